#pragma once

#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <memory>

class QSslSocket;

namespace atende {

// One SMTP session per send(): connect, (STARTTLS,) EHLO, AUTH, MAIL, RCPT..., DATA, QUIT.
//
// Synchronous on purpose, with QSslSocket's waitFor* calls: a send is a strict request/reply dialogue, and
// written straight down it reads like RFC 5321 does, with one timeout per step and no state machine to get
// wrong. It must therefore never run on the GUI thread: the outbox worker (OutboxWorker, a QThread) and the
// settings dialog's test (a QThread of its own) call it; atendectl calls it directly.
class SmtpClient {
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)

public:
    explicit SmtpClient(SmtpSettings settings);
    ~SmtpClient();

    // Sends `message` (MimeBuilder bytes, not yet dot-stuffed) from `envelopeFrom` to every recipient. Any
    // refused recipient fails the whole send, so a message is never delivered to only part of its addressees.
    SmtpOutcome send(const QString& envelopeFrom, const QStringList& recipients, const QByteArray& message);

    // Connects, negotiates TLS and authenticates, then QUITs: the settings dialog's check before a test send.
    SmtpOutcome verify();

    // SHA-256 (hex, lower case) of the certificate the server presented in the last session, empty before any
    // TLS; the settings dialog offers it for pinning after a certificate refusal.
    QString lastPeerCertificateSha256() const { return m_peerSha256; }

    // A multi-line reply ("250-a\r\n250 b\r\n") read to its end.
    struct Reply {
        int code = 0;
        QStringList lines; // text after "NNN-"/"NNN "
        QString text() const;
    };

private:
    enum class ReadProblem { None, Timeout, Closed, Garbage };
    SmtpOutcome open();
    void close();
    SmtpOutcome fail(SmtpOutcome::Failure failure, bool temporary, const QString& userMessage, const QString& detail,
                     const Reply* reply = nullptr) const;
    SmtpOutcome socketFailure(const QString& step) const;
    SmtpOutcome replyFailure(SmtpOutcome::Failure failure, const QString& step, const Reply& reply) const;
    bool readReply(Reply* reply);
    bool writeLine(const QByteArray& line);
    bool writeRaw(const QByteArray& bytes);
    bool command(const QByteArray& line, Reply* reply);
    bool ehlo(Reply* reply, QSet<QString>* capabilities, QStringList* authMechanisms);
    bool startTls();
    bool checkPin(QString* problem) const;
    SmtpOutcome authenticate(const QStringList& mechanisms);

    SmtpSettings m_settings;
    std::unique_ptr<QSslSocket> m_socket;
    QString m_peerSha256;
    QString m_tlsProblem;
    ReadProblem m_readProblem = ReadProblem::None;
};

} // namespace atende
