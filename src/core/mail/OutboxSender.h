#pragma once

#include "mail/OutboxMessage.h"
#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>

namespace atende {

class Clock;
class Database;

// Sends what is due in the outbox, one SMTP session per message, and records each outcome. Blocking (see
// SmtpClient): the worker thread, atendectl and tests call it, never the GUI thread.
class OutboxSender {
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    struct Report {
        int sent = 0;
        int temporary = 0; // back in the queue for a later attempt
        int permanent = 0; // failed_permanent
        int recovered = 0; // found in 'sending' after a crash, queued again
        SmtpOutcome lastFailure;
    };

    // `settings` includes the password (MailPasswordStore).
    OutboxSender(Database& db, const Clock& clock, SmtpSettings settings);

    // Recovers interrupted sends, then sends due messages until none is due, `maxMessages` were tried or
    // stop is set. A session problem (server down, wrong password) ends the round early: the rest would
    // fail the same way and keep their place in the queue.
    Result<Report> processDue(int maxMessages = -1, const std::atomic_bool* stop = nullptr);

    // The message exactly as it is sent (also what "save as .eml" writes).
    static Result<QByteArray> toEml(const OutboxMessage& message, const SmtpSettings& settings);
    // How long a claimed message stays 'sending' before another process may take it as interrupted: longer
    // than any send can last with these timeouts.
    static qint64 leaseMs(const SmtpSettings& settings);

private:
    Database& m_db;
    const Clock& m_clock;
    SmtpSettings m_settings;
};

} // namespace atende
