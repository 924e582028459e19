#pragma once

#include "mail/OutboxMessage.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

class Clock;
class Database;

// Table outbox: the durable queue between "the agent concluded the call" and "the SMTP server took the
// message". enqueue() joins the caller's transaction, so a ticket and its protocol e-mail are saved together
// or not at all. Claiming a message for sending is one IMMEDIATE transaction, so two workstations sharing the
// database never send the same row at once (docs/architecture.md "Outbox").
class OutboxStore {
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)

public:
    static constexpr qint64 FirstRetryMs = 60 * 1000;    // 1 min, 2, 4, 8 ... after each temporary failure
    static constexpr qint64 MaxRetryMs = 60 * 60 * 1000; // never more than an hour between attempts

    OutboxStore(Database& db, const Clock& clock);

    // Queues a message (no transaction of its own: the caller's one, or autocommit). Returns the row id; the
    // Message-ID is created here, once, from the sender's domain.
    Result<qint64> enqueue(const OutboxDraft& draft, const QString& fromAddress);

    // The oldest due message (queued, or failed_temporary whose time came), now marked 'sending' with one
    // more attempt and a lease until now + leaseMs; nullopt when nothing is due.
    Result<std::optional<OutboxMessage>> claimNextDue(qint64 leaseMs);
    Status markSent(qint64 id);
    // Temporary: back to the queue with the next attempt after an exponential wait. Permanent: kept with the
    // server's words for a person to read, retry or cancel.
    Status markFailed(qint64 id, bool temporary, const QString& error);
    // Rows left in 'sending' by a process that died (its lease ran out) go back to 'queued' with their
    // Message-ID unchanged. Returns how many.
    Result<int> recoverInterrupted();

    // By a person: retry now (failed or cancelled), or cancel (anything not yet sent or being sent).
    Status retry(qint64 id);
    Status cancel(qint64 id);

    Result<OutboxMessage> find(qint64 id) const;
    // Newest first; `state` empty for all.
    Result<QList<OutboxMessage>> list(const QString& state = {}, int limit = 500) const;
    Result<OutboxCounts> counts() const;
    // The files of a message, in the order they were queued.
    Result<QList<MailAttachment>> attachments(qint64 id) const;

    static qint64 backoffMs(int attempts);
    static QString formatMailbox(const MailAddress& address);
    static MailAddress parseMailbox(const QString& text);

private:
    Status changeState(qint64 id, const QStringList& from, const QString& to, const QString& refusal);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace atende
