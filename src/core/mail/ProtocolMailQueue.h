#pragma once

#include "mail/MailAddress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace atende {

class Clock;
class Database;

// What the ticket flow knows when it queues a customer e-mail.
struct ProtocolMailRequest {
    MailAddress customer; // may have no address when the customer has no e-mail (F-14)
    QString protocol;     // "20261122-01-000123"
    QString agentName;    // who attended
    QDateTime at;         // when the call was registered (shown in local time)
    QString serviceOrder; // O.S. number, empty when none
    QString subject;      // the ticket's subject (Assunto), for replies
    std::optional<qint64> ticketId;
    bool viaReceptionist = false; // no portal access: the protocol also goes to the receptionist (F-14)
};

// Renders the administrator's templates and queues the e-mails of a ticket, in the caller's transaction (the
// ticket and its e-mails are saved together or not at all): the protocol e-mail at the end of a call (F-11),
// forwarded to the receptionist for customers without portal access (F-14), and replies with an optional copy
// to a third party (seed 004).
class ProtocolMailQueue {
    Q_DECLARE_TR_FUNCTIONS(ProtocolMailQueue)

public:
    ProtocolMailQueue(Database& db, const Clock& clock);

    // Returns the outbox id. Without a customer address and without a receptionist, refuses with a message.
    Result<qint64> enqueueProtocol(const ProtocolMailRequest& request);
    // The reply to the customer, and (when copyTo is given) the copy template to that third party as a separate
    // message. Returns the ids (reply first).
    Result<QList<qint64>> enqueueReply(const ProtocolMailRequest& request, const QString& replyText,
                                       const std::optional<MailAddress>& copyTo = std::nullopt);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace atende
