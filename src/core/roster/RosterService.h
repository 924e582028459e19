#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "roster/RosterEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace atende {

class Actor;
class Clock;
class Database;

// The on-call roster (F-43, plantão): weekly slots plus dated exceptions for holidays, and who is on duty at an
// instant. Changing it needs roster.edit (refusals audited; each change audited as entity 'roster_slot' or
// 'roster_exception'). Reading who is on duty needs nothing: the status bar shows it to everyone.
//
// Local time is the office's, a fixed offset from UTC (Brazil: UTC-3, no daylight saving since 2019), so the
// answer does not depend on the zone of the machine asking.
//
// A slot that runs past midnight belongs to the day it starts: its tail still counts on the next day even when
// that day is a holiday (whoever started the night finishes it); the holiday's exceptions replace only the slots
// that start on it.
class RosterService {
    Q_DECLARE_TR_FUNCTIONS(RosterService)

public:
    static constexpr int DefaultUtcOffsetSeconds = -3 * 3600;

    RosterService(Database& db, const Clock& clock, int utcOffsetSeconds = DefaultUtcOffsetSeconds);

    Result<QList<RosterSlot>> weeklySlots();
    Result<qint64> addSlot(const Actor& actor, const RosterSlot& slot);
    Status removeSlot(const Actor& actor, qint64 id);

    // Exceptions of the days from `from` to `to`, both included.
    Result<QList<RosterException>> exceptions(const QDate& from, const QDate& to);
    Result<qint64> addException(const Actor& actor, const RosterException& exception);
    Status removeException(const Actor& actor, qint64 id);

    // Who is on duty at `utc`, leaders first, then by name.
    Result<QList<OnDuty>> onDutyAt(const QDateTime& utc);
    // The same for the clock's now.
    Result<QList<OnDuty>> onDutyNow();

private:
    Status validate(const RosterSlot& slot) const;
    Status validate(const RosterException& exception) const;
    Status requireEditor(const Actor& actor, const QString& entity, std::optional<qint64> id, const QString& what);
    Status removeRow(const Actor& actor, const QString& table, const QString& entity, qint64 id);

    Database& m_db;
    const Clock& m_clock;
    int m_utcOffsetSeconds;
    AccessGuard m_guard;
    AuditLog m_audit;
};

} // namespace atende
