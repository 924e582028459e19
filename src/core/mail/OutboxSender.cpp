#include "mail/OutboxSender.h"

#include "mail/MimeBuilder.h"
#include "mail/OutboxStore.h"
#include "mail/SmtpClient.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDateTime>

namespace atende {

OutboxSender::OutboxSender(Database& db, const Clock& clock, SmtpSettings settings)
    : m_db(db)
    , m_clock(clock)
    , m_settings(std::move(settings)) {}

qint64 OutboxSender::leaseMs(const SmtpSettings& settings) {
    // connect, TLS, greeting, EHLO x2, STARTTLS, AUTH (3), MAIL, RCPT..., DATA, data, end: ~16 steps at most.
    return qint64(settings.timeoutMs) * 20 + 60 * 1000;
}

Result<QByteArray> OutboxSender::toEml(const OutboxMessage& message, const SmtpSettings& settings) {
    MailMessage mail;
    mail.from = {settings.fromName, settings.fromAddress};
    mail.to = {message.to};
    mail.cc = message.cc;
    mail.subject = message.subject;
    mail.textBody = message.bodyText;
    mail.htmlBody = message.bodyHtml;
    mail.attachments = message.attachments;
    mail.messageId = message.messageId;
    // The Date is when the message was queued, so every attempt sends the same bytes.
    mail.date = QDateTime::fromMSecsSinceEpoch(message.createdAt).toLocalTime();
    return MimeBuilder::build(mail);
}

Result<OutboxSender::Report> OutboxSender::processDue(int maxMessages, const std::atomic_bool* stop) {
    OutboxStore store(m_db, m_clock);
    Report report;
    auto recovered = store.recoverInterrupted();
    if (!recovered)
        return recovered.error();
    report.recovered = *recovered;
    if (report.recovered > 0)
        log::warn("outbox: {} message(s) interrupted while sending are queued again (same Message-ID)",
                  report.recovered);

    for (int tried = 0; maxMessages < 0 || tried < maxMessages; ++tried) {
        if (stop && stop->load())
            break;
        auto claimed = store.claimNextDue(leaseMs(m_settings));
        if (!claimed)
            return claimed.error();
        if (!claimed->has_value())
            break;
        const OutboxMessage& message = **claimed;
        auto eml = toEml(message, m_settings);
        if (!eml) {
            // A message that cannot be written (bad sender in settings) is a settings problem: keep it.
            SmtpOutcome outcome;
            outcome.failure = SmtpOutcome::Failure::Configuration;
            outcome.userMessage = eml.error().userMessage;
            report.lastFailure = outcome;
            ++report.temporary;
            if (auto s = store.markFailed(message.id, true, eml.error().userMessage); !s)
                return s.error();
            break;
        }
        QStringList recipients{message.to.address};
        for (const MailAddress& cc : message.cc)
            recipients << cc.address;
        SmtpClient client(m_settings);
        const SmtpOutcome outcome = client.send(m_settings.fromAddress, recipients, *eml);
        Status recorded;
        if (outcome.sent()) {
            ++report.sent;
            recorded = store.markSent(message.id);
        } else {
            report.lastFailure = outcome;
            const bool retry = outcome.temporary || outcome.sessionProblem();
            retry ? ++report.temporary : ++report.permanent;
            const QString error = outcome.serverReply.isEmpty()
                                      ? outcome.userMessage
                                      : outcome.userMessage + QStringLiteral("\n") + outcome.serverReply;
            recorded = store.markFailed(message.id, retry, error);
        }
        if (!recorded)
            return recorded.error(); // the row stays 'sending' and is recovered when its lease ends
        if (!outcome.sent() && (outcome.sessionProblem() || outcome.failure == SmtpOutcome::Failure::Dns ||
                                outcome.failure == SmtpOutcome::Failure::ConnectionRefused ||
                                outcome.failure == SmtpOutcome::Failure::Timeout))
            break;
    }
    return report;
}

} // namespace atende
