#pragma once

#include "mail/MailAddress.h"
#include "mail/MailMessage.h"

#include <QList>
#include <QString>

#include <optional>

namespace atende {

// What to queue: the outbox gives it a Message-ID and keeps it until it is sent or someone cancels it.
struct OutboxDraft {
    MailAddress to;
    QList<MailAddress> cc;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QList<MailAttachment> attachments; // table outbox_attachments (migration 0006)
    std::optional<qint64> ticketId;
};

// One row of table outbox. States: queued -> sending -> sent | failed_temporary (nextAttemptAt set) |
// failed_permanent (lastError holds the server's reply) | cancelled.
struct OutboxMessage {
    qint64 id = 0;
    QString messageId;
    MailAddress to;
    QList<MailAddress> cc;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QString state;
    int attempts = 0;
    std::optional<qint64> nextAttemptAt; // ms since epoch; while 'sending', the end of the sender's lease
    QString lastError;
    std::optional<qint64> ticketId;
    QList<MailAttachment> attachments; // filled by find() and claimNextDue(), not by list()
    qint64 createdAt = 0;
    std::optional<qint64> sentAt;
};

struct OutboxCounts {
    int waiting = 0; // queued, sending, failed_temporary: will still go out
    int failed = 0;  // failed_permanent: needs a person
};

} // namespace atende
