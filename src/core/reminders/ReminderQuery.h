#pragma once

#include "auth/AccessGuard.h"
#include "reminders/Reminder.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace atende {

class Actor;
class Clock;
class Database;

// Reminders (F-42), driven by the Clock: the next actions and callbacks due for the responsible agent, and, for
// the leader, the tickets left in supervision analysis longer than the analysis limit (seed 003: an analysis must
// not take more than 24 hours). Both read an index range (tickets_next_action, tickets_status_updated), so the
// main window may poll them every minute.
class ReminderQuery {
    Q_DECLARE_TR_FUNCTIONS(ReminderQuery)

public:
    static constexpr qint64 DefaultHorizonMs = 60 * 60 * 1000; // next actions of the coming hour are shown too
    static constexpr qint64 AnalysisLimitMs = 24 * 60 * 60 * 1000;
    static inline const char* SupervisionStatusCode = "supervisor_analysis";

    ReminderQuery(Database& db, const Clock& clock);

    // Open tickets of the actor with a next action before now + `horizonMs`, the oldest first. Needs ticket.view.
    Result<QList<Reminder>> dueFor(const Actor& actor, qint64 horizonMs = DefaultHorizonMs);
    // Open tickets in supervision analysis not updated for AnalysisLimitMs, the oldest first (due = last update
    // + limit). Needs ticket.supervise; an actor without it gets PermissionDenied (the window just shows none).
    Result<QList<Reminder>> analysisOverdue(const Actor& actor);

private:
    Result<QList<Reminder>> read(const QString& sql, const QVariantList& binds, qint64 addToDue);

    Database& m_db;
    const Clock& m_clock;
    AccessGuard m_guard;
};

} // namespace atende
