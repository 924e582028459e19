#pragma once

#include "attendance/AttendanceType.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// What the call screen hands over at "Conclude" (F-10).
struct CallConclusionRequest {
    qint64 contactRecordId = 0; // reserved at the greeting (ProtocolService::reserve)
    QString protocol;
    std::optional<qint64> customerId;
    qint64 startedAt = 0; // ms since the epoch, UTC: when the call began
    // The attendance type chosen, with its form's answers; none: a quick question concluded as a contact only.
    std::optional<AttendanceType> type;
    QJsonObject answers;
    QString notes;     // what was said and agreed (the ticket's description, the contact's summary)
    QString agentName; // signs the protocol e-mail
};

// What was saved.
struct CallConclusionResult {
    std::optional<qint64> ticketId;
    std::optional<qint64> processId; // the rental or capture process started or attached
    qint64 outboxId = 0;             // the protocol e-mail; 0 when there was nowhere to send it
    QString emailTo;
};

// Concludes a call (F-10..F-14) in ONE transaction: the ticket with its form answers and the phone interaction
// (TicketService::createWithInteractions), the rental or capture process the type starts, the contact record's
// end and summary, and the protocol e-mail queued in the outbox — to the customer's e-mail, or to the
// receptionist's address when the customer has no portal access (F-14), through the mail module's
// ProtocolMailQueue (the administrator's template). Either all of it is saved or nothing.
//
// Without a type the call is a quick question: only the contact record is finished (ProtocolService::finish), and
// that is refused once the call is older than app_settings call.ticket_required_after_seconds (300 by default).
class CallConclusion {
    Q_DECLARE_TR_FUNCTIONS(CallConclusion)

public:
    static constexpr int DefaultTicketRequiredAfterSeconds = 300;

    CallConclusion(Database& db, const Clock& clock, QString workstationCode);

    Result<CallConclusionResult> conclude(const Actor& actor, const CallConclusionRequest& request);

    // app_settings call.ticket_required_after_seconds (the default when absent or not a number).
    int ticketRequiredAfterSeconds();
    // Whether a call started at `startedAt` must become a ticket now.
    bool ticketRequired(qint64 startedAt);

private:
    Result<std::optional<qint64>> startProcess(const AttendanceType& type, const CallConclusionRequest& request,
                                               const QJsonObject& answers, qint64 ticketId);
    Result<CallConclusionResult> queueEmail(const Actor& actor, const CallConclusionRequest& request,
                                            std::optional<qint64> ticketId);
    QString setting(const QString& key, const QString& fallback);

    Database& m_db;
    const Clock& m_clock;
    QString m_workstation;
};

} // namespace atende
