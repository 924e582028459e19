#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "tickets/TicketAnalysis.h"
#include "tickets/TicketStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace atende {

class Actor;
class Clock;
class Database;

// Analyses of tickets (seed 003, F-30): estimated time, callback scheduling (also the ticket's next action) and the
// database analysis limit (app_settings 'analysis.limit_hours', 24 by default). escalateOverdueAnalyses() is what
// a timer calls: every database analysis past its limit moves its ticket to Análise de Supervisão (a rule of the
// house, applied by the system even where the workflow has no transition for agents) and notifies the leaders of
// the ticket's sector (users whose profile grants ticket.supervise; every leader when the sector has none).
class AnalysisService {
    Q_DECLARE_TR_FUNCTIONS(AnalysisService)

public:
    static constexpr int DefaultLimitHours = 24;
    static inline const QString SupervisorStatusCode = QStringLiteral("supervisor_analysis");

    AnalysisService(Database& db, const Clock& clock);

    // Needs ticket.edit. Returns the stored analysis.
    Result<TicketAnalysis> start(const Actor& actor, qint64 ticketId, int estimatedMinutes, bool isDatabase,
                                 std::optional<qint64> callbackAt = std::nullopt, const QString& note = {});
    Status finish(const Actor& actor, qint64 analysisId, const QString& note = {});
    Result<QList<TicketAnalysis>> ofTicket(const Actor& actor, qint64 ticketId);

    // Escalates every overdue database analysis as of `clock`; returns how many tickets moved. Each ticket is its
    // own transaction (ticket, audit as the system, notification rows, analysis marked escalated).
    Result<int> escalateOverdueAnalyses(const Clock& clock);

    int limitHours();

private:
    Status escalate(const TicketAnalysis& analysis, qint64 nowMs);

    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
    TicketStore m_store;
};

} // namespace atende
