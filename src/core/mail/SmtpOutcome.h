#pragma once

#include <QString>

namespace atende {

// What one attempt to send ended in. `temporary` decides the outbox state: 4xx replies and network trouble
// (DNS, refused, timeout, dropped connection) are worth retrying later; 5xx replies, TLS and authentication
// failures need a person and are permanent.
struct SmtpOutcome {
    enum class Failure {
        None,
        Configuration,     // settings incomplete or unsafe (AUTH without TLS, no host)
        Dns,               // host name not found
        ConnectionRefused, // nothing listens on host:port
        Timeout,           // a step took longer than the timeout
        Network,           // connection dropped or other socket error
        Tls,               // handshake failed, certificate refused, STARTTLS not offered
        Authentication,    // user or password refused, no usable mechanism
        RejectedSender,    // MAIL FROM refused
        RejectedRecipient, // RCPT TO refused
        RejectedMessage,   // DATA refused
        Protocol,          // the server said something that is not SMTP
        Unavailable,       // the server greeted with 421/554: not taking mail now
    };

    Failure failure = Failure::None;
    bool temporary = false;
    int replyCode = 0;   // last SMTP reply code, 0 when none came
    QString serverReply; // the server's words ("550 5.1.1 <x>: User unknown"), kept for the agent
    QString userMessage; // translated diagnosis: what happened and what to do
    QString detail;      // for the log

    bool sent() const { return failure == Failure::None; }
    // Failures of the session rather than of this message (settings, TLS, password, a server that is down or
    // not SMTP): every queued message would fail the same way, so the outbox keeps them for a later attempt
    // instead of giving up on each (docs/architecture.md "Outbox").
    bool sessionProblem() const {
        return failure == Failure::Configuration || failure == Failure::Tls || failure == Failure::Authentication ||
               failure == Failure::Protocol || failure == Failure::Unavailable;
    }
    static QString failureName(Failure failure); // "dns", "tls", ... for JSON and logs
};

} // namespace atende
