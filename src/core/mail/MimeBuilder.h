#pragma once

#include "mail/MailMessage.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace atende {

// Writes a MailMessage as RFC 5322/MIME bytes with CRLF line ends: the same bytes are sent over SMTP (after
// dot-stuffing) and saved as .eml. Output is deterministic for a given message (boundaries derive from the
// Message-ID), so tests compare exact bytes and a resend is byte-identical.
//
// Shapes: text/plain; multipart/alternative (text + HTML); multipart/mixed around either when there are
// attachments. Text parts are UTF-8 quoted-printable, attachments base64; no line exceeds 998 octets.
class MimeBuilder {
    Q_DECLARE_TR_FUNCTIONS(MimeBuilder)

public:
    // Refuses (InvalidInput) a message without a valid sender, recipient or Message-ID; names and subject
    // have their CR/LF removed, so no text from data can start a header of its own.
    static Result<QByteArray> build(const MailMessage& message);

    // "<hex@domain>" for a new outbox message; the domain is the sender's so receivers see a sensible id.
    static QString newMessageId(const QString& fromAddress);
    // RFC 5322 date-time with the numeric zone of `date` ("Sun, 22 Nov 2026 11:30:00 -0300").
    static QByteArray rfc5322Date(const QDateTime& date);
};

} // namespace atende
