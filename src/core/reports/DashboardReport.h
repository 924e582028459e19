#pragma once

#include "auth/AccessGuard.h"
#include "reports/DashboardFigures.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// The dashboard's numbers (F-41) for a period of local days, optionally one sector. Needs report.view (refusals
// audited). Every figure is one aggregate over a covering index range (contacts by start, tickets by opening, deadline
// or status and sector), so a month of a million-ticket base takes well under a second; callers still run it off the
// GUI thread with their own connection.
//
// Days are local to `utcOffsetSeconds` (Brazil, UTC-3, has had no daylight saving since 2019), so a test or a
// server in another zone gets the same days the office sees. The sector narrows contacts through their ticket
// (contacts without a ticket belong to no sector), tickets by their own sector and short calls by the agent's
// sector.
class DashboardReport {
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    static constexpr qint64 ShortCallMs = 5 * 60 * 1000;
    static constexpr int DefaultUtcOffsetSeconds = -3 * 3600;

    struct Period {
        QDate from; // first day, inclusive
        QDate to;   // last day, inclusive
        std::optional<qint64> sectorId;
        int utcOffsetSeconds = DefaultUtcOffsetSeconds;

        qint64 startMs() const;
        qint64 endMs() const; // exclusive: midnight after `to`
    };

    DashboardReport(Database& db, const Clock& clock);

    // InvalidInput when a date is missing or `from` is after `to`; at most MaxDays days.
    Result<DashboardFigures> compute(const Actor& actor, const Period& period);

    static constexpr int MaxDays = 366;

private:
    Status volume(const Period& p, DashboardFigures& f);
    Status backlog(const Period& p, DashboardFigures& f);
    Status breaches(const Period& p, DashboardFigures& f);
    Status responseTimes(const Period& p, DashboardFigures& f);
    Status shortCalls(const Period& p, DashboardFigures& f);

    Database& m_db;
    const Clock& m_clock;
    AccessGuard m_guard;
};

} // namespace atende
