#pragma once

#include "mail/MailAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace atende {

// A file sent with a message; its bytes travel base64-encoded and arrive unchanged.
struct MailAttachment {
    QString fileName;
    QString contentType = QStringLiteral("application/octet-stream");
    QByteArray data;
};

// Everything MimeBuilder needs to write one message. messageId is fixed by the outbox when the message is queued
// and never regenerated, so a resend after a crash carries the same id and the receiver can tell it is the same.
struct MailMessage {
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString textBody;
    QString htmlBody; // empty: text/plain only
    QList<MailAttachment> attachments;
    QString messageId; // "<id@domain>"
    QDateTime date;
};

} // namespace atende
