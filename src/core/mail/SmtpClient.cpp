#include "mail/SmtpClient.h"

#include "mail/MailAddress.h"
#include "mail/MimeEncoding.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>

namespace atende {

namespace {
constexpr qint64 MaxReplyLine = 4096; // RFC 5321 says 512; a server sending more is not one we understand

QString normalizedFingerprint(const QString& text) {
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}
} // namespace

QString SmtpClient::Reply::text() const {
    QStringList out;
    for (const QString& line : lines)
        out << QStringLiteral("%1 %2").arg(code).arg(line);
    return out.join(u'\n');
}

SmtpClient::SmtpClient(SmtpSettings settings)
    : m_settings(std::move(settings)) {
    if (m_settings.heloName.isEmpty())
        m_settings.heloName = QStringLiteral("atende.localhost");
}

SmtpClient::~SmtpClient() = default;

SmtpOutcome SmtpClient::fail(SmtpOutcome::Failure failure, bool temporary, const QString& userMessage,
                             const QString& detail, const Reply* reply) const {
    SmtpOutcome outcome;
    outcome.failure = failure;
    outcome.temporary = temporary;
    outcome.userMessage = userMessage;
    outcome.detail = detail;
    if (reply) {
        outcome.replyCode = reply->code;
        outcome.serverReply = reply->text();
    }
    log::warn("smtp {}:{} failed ({}): {}", m_settings.host.toStdString(), m_settings.port,
              SmtpOutcome::failureName(failure).toStdString(), detail.toStdString());
    return outcome;
}

SmtpOutcome SmtpClient::socketFailure(const QString& step) const {
    using F = SmtpOutcome::Failure;
    const QString host = m_settings.host;
    if (m_readProblem == ReadProblem::Garbage)
        return fail(F::Protocol, false,
                    tr("The server at %1:%2 does not speak SMTP as expected. Check the port and the security mode.")
                        .arg(host)
                        .arg(m_settings.port),
                    QStringLiteral("%1: malformed reply").arg(step));
    const auto error = m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError;
    const QString detail = QStringLiteral("%1: %2").arg(step, m_socket ? m_socket->errorString() : QString());
    if (!m_tlsProblem.isEmpty())
        return fail(F::Tls, false,
                    tr("The mail server's certificate was refused: %1. If this server really uses its own "
                       "certificate, an administrator can pin its SHA-256 fingerprint in the e-mail settings.")
                        .arg(m_tlsProblem),
                    detail + QStringLiteral(" / ") + m_tlsProblem);
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return fail(F::Dns, true,
                    tr("The mail server \"%1\" was not found (DNS). Check the server name in the e-mail settings "
                       "and the network connection.")
                        .arg(host),
                    detail);
    case QAbstractSocket::ConnectionRefusedError:
        return fail(F::ConnectionRefused, true,
                    tr("The mail server %1 refused the connection on port %2. Check the port, or whether the "
                       "server is running; messages stay in the outbox and are tried again later.")
                        .arg(host)
                        .arg(m_settings.port),
                    detail);
    case QAbstractSocket::SocketTimeoutError:
        return fail(F::Timeout, true,
                    tr("The mail server %1 did not answer in time (%2). It will be tried again later.").arg(host, step),
                    detail);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return fail(F::Tls, false,
                    tr("The secure connection (TLS) to %1 failed: %2. Check the security mode and the port.")
                        .arg(host, m_socket->errorString()),
                    detail);
    default:
        break;
    }
    if (m_readProblem == ReadProblem::Timeout)
        return fail(F::Timeout, true,
                    tr("The mail server %1 did not answer in time (%2). It will be tried again later.").arg(host, step),
                    detail);
    return fail(F::Network, true,
                tr("The connection to the mail server %1 was lost (%2). It will be tried again later.").arg(host, step),
                detail);
}

SmtpOutcome SmtpClient::replyFailure(SmtpOutcome::Failure failure, const QString& step, const Reply& reply) const {
    using F = SmtpOutcome::Failure;
    const bool temporary = reply.code / 100 == 4;
    const QString said = reply.text();
    QString message;
    switch (failure) {
    case F::Authentication:
        message = tr("The mail server refused the user or password (%1).").arg(said);
        break;
    case F::RejectedSender:
        message = tr("The mail server refused the sender address (%1).").arg(said);
        break;
    case F::RejectedRecipient:
        message =
            temporary
                ? tr("The mail server cannot take the recipient now (%1); it will be tried again later.").arg(said)
                : tr("The mail server refused the recipient (%1).").arg(said);
        break;
    case F::RejectedMessage:
        message = temporary
                      ? tr("The mail server cannot take the message now (%1); it will be tried again later.").arg(said)
                      : tr("The mail server refused the message (%1).").arg(said);
        break;
    case F::Unavailable:
        message = tr("The mail server is not taking mail now (%1); it will be tried again later.").arg(said);
        break;
    case F::Tls:
        message = tr("The mail server could not start a secure connection (%1).").arg(said);
        break;
    default:
        message = tr("The mail server answered something unexpected (%1).").arg(said);
        break;
    }
    return fail(failure, temporary, message, QStringLiteral("%1: %2").arg(step, said), &reply);
}

bool SmtpClient::readReply(Reply* reply) {
    reply->code = 0;
    reply->lines.clear();
    m_readProblem = ReadProblem::None;
    const QDeadlineTimer deadline(m_settings.timeoutMs);
    for (;;) {
        while (!m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() > MaxReplyLine) {
                m_readProblem = ReadProblem::Garbage;
                return false;
            }
            if (deadline.hasExpired()) {
                m_readProblem = ReadProblem::Timeout;
                return false;
            }
            if (!m_socket->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())))) {
                m_readProblem = m_socket->error() == QAbstractSocket::SocketTimeoutError ? ReadProblem::Timeout
                                                                                         : ReadProblem::Closed;
                return false;
            }
        }
        QByteArray line = m_socket->readLine(MaxReplyLine);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        const char separator = line.size() > 3 ? line.at(3) : ' ';
        if (!ok || code < 200 || code > 599 || (separator != ' ' && separator != '-') ||
            (reply->code != 0 && code != reply->code)) {
            m_readProblem = ReadProblem::Garbage;
            return false;
        }
        reply->code = code;
        reply->lines << QString::fromUtf8(line.mid(4));
        if (separator == ' ')
            return true;
    }
}

bool SmtpClient::writeRaw(const QByteArray& bytes) {
    if (m_socket->write(bytes) != bytes.size())
        return false;
    while (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_settings.timeoutMs)) {
            m_readProblem =
                m_socket->error() == QAbstractSocket::SocketTimeoutError ? ReadProblem::Timeout : ReadProblem::Closed;
            return false;
        }
    }
    return true;
}

bool SmtpClient::writeLine(const QByteArray& line) {
    return writeRaw(line + "\r\n");
}

bool SmtpClient::command(const QByteArray& line, Reply* reply) {
    return writeLine(line) && readReply(reply);
}

bool SmtpClient::ehlo(Reply* reply, QSet<QString>* capabilities, QStringList* authMechanisms) {
    if (!command("EHLO " + m_settings.heloName.toLatin1(), reply))
        return false;
    capabilities->clear();
    authMechanisms->clear();
    for (qsizetype i = 1; i < reply->lines.size(); ++i) { // line 0 is the server's greeting name
        const QStringList words = reply->lines.at(i).toUpper().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        capabilities->insert(words.first());
        if (words.first() == QLatin1String("AUTH"))
            *authMechanisms = words.mid(1);
    }
    return true;
}

bool SmtpClient::checkPin(QString* problem) const {
    const QString pin = normalizedFingerprint(m_settings.pinnedSha256);
    if (pin.isEmpty() || pin == m_peerSha256)
        return true;
    *problem = tr("the certificate does not match the pinned fingerprint (server presents %1)").arg(m_peerSha256);
    return false;
}

bool SmtpClient::startTls() {
    // Anything the server sent after its "220 ready" and before the handshake was not protected by TLS and
    // could have been injected by a man in the middle (CVE-2011-0411 style): it is thrown away, never read.
    m_socket->readAll();
    m_socket->startClientEncryption();
    return m_socket->waitForEncrypted(m_settings.timeoutMs);
}

SmtpOutcome SmtpClient::open() {
    using F = SmtpOutcome::Failure;
    if (m_settings.host.trimmed().isEmpty() || m_settings.port <= 0 || m_settings.port > 65535)
        return fail(F::Configuration, false, tr("The mail server and port are not set in the e-mail settings."),
                    QStringLiteral("no host or port"));
    if (!m_settings.user.isEmpty() && m_settings.security == SmtpSecurity::Plain)
        return fail(F::Configuration, false,
                    tr("A user and password are never sent without encryption: choose TLS or STARTTLS, or remove "
                       "the user for a local relay."),
                    QStringLiteral("AUTH requested on a plain connection"));

    m_socket = std::make_unique<QSslSocket>();
    m_tlsProblem.clear();
    m_peerSha256.clear();
    m_readProblem = ReadProblem::None;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(tls);
    // Runs inside waitForEncrypted(): a certificate that does not verify is accepted only when it is the one
    // the administrator pinned.
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors, [this](const QList<QSslError>& errors) {
        m_peerSha256 = QString::fromLatin1(m_socket->peerCertificate().digest(QCryptographicHash::Sha256).toHex());
        const QString pin = normalizedFingerprint(m_settings.pinnedSha256);
        if (!pin.isEmpty() && pin == m_peerSha256) {
            m_socket->ignoreSslErrors();
            return;
        }
        QStringList texts;
        for (const QSslError& e : errors)
            texts << e.errorString();
        m_tlsProblem = texts.join(QStringLiteral("; "));
    });

    if (m_settings.security == SmtpSecurity::ImplicitTls)
        m_socket->connectToHostEncrypted(m_settings.host, static_cast<quint16>(m_settings.port));
    else
        m_socket->connectToHost(m_settings.host, static_cast<quint16>(m_settings.port));
    if (!m_socket->waitForConnected(m_settings.timeoutMs))
        return socketFailure(tr("connecting"));
    if (m_settings.security == SmtpSecurity::ImplicitTls && !m_socket->waitForEncrypted(m_settings.timeoutMs))
        return socketFailure(tr("TLS handshake"));

    Reply reply;
    if (!readReply(&reply))
        return socketFailure(tr("greeting"));
    if (reply.code != 220)
        return replyFailure(F::Unavailable, QStringLiteral("greeting"), reply);

    QSet<QString> capabilities;
    QStringList mechanisms;
    if (!ehlo(&reply, &capabilities, &mechanisms))
        return socketFailure(QStringLiteral("EHLO"));
    if (reply.code != 250)
        return replyFailure(F::Protocol, QStringLiteral("EHLO"), reply);

    if (m_settings.security == SmtpSecurity::StartTls) {
        if (!capabilities.contains(QStringLiteral("STARTTLS")))
            return fail(F::Tls, false,
                        tr("The mail server %1 does not offer STARTTLS, so the message would travel unencrypted. "
                           "Choose another port or security mode.")
                            .arg(m_settings.host),
                        QStringLiteral("STARTTLS not offered"));
        if (!command("STARTTLS", &reply))
            return socketFailure(QStringLiteral("STARTTLS"));
        if (reply.code != 220)
            return replyFailure(F::Tls, QStringLiteral("STARTTLS"), reply);
        if (!startTls())
            return socketFailure(tr("TLS handshake"));
    }
    if (m_socket->isEncrypted()) {
        m_peerSha256 = QString::fromLatin1(m_socket->peerCertificate().digest(QCryptographicHash::Sha256).toHex());
        QString problem;
        if (!checkPin(&problem)) {
            m_tlsProblem = problem;
            return socketFailure(tr("TLS handshake"));
        }
    }
    if (m_settings.security == SmtpSecurity::StartTls) {
        // What the server said before TLS may have been altered: ask again and trust only the new answer.
        if (!ehlo(&reply, &capabilities, &mechanisms))
            return socketFailure(QStringLiteral("EHLO"));
        if (reply.code != 250)
            return replyFailure(F::Protocol, QStringLiteral("EHLO"), reply);
    }
    if (!m_settings.user.isEmpty())
        return authenticate(mechanisms);
    return {};
}

SmtpOutcome SmtpClient::authenticate(const QStringList& mechanisms) {
    using F = SmtpOutcome::Failure;
    if (!m_socket->isEncrypted())
        return fail(F::Configuration, false, tr("A password is never sent without encryption."),
                    QStringLiteral("AUTH without TLS"));
    Reply reply;
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        const QByteArray token = QByteArray('\0' + m_settings.user.toUtf8() + '\0' + m_settings.password.toUtf8());
        if (!command("AUTH PLAIN " + token.toBase64(), &reply))
            return socketFailure(QStringLiteral("AUTH"));
    } else if (mechanisms.contains(QStringLiteral("LOGIN"))) {
        if (!command("AUTH LOGIN", &reply))
            return socketFailure(QStringLiteral("AUTH"));
        if (reply.code == 334 && !command(m_settings.user.toUtf8().toBase64(), &reply))
            return socketFailure(QStringLiteral("AUTH"));
        if (reply.code == 334 && !command(m_settings.password.toUtf8().toBase64(), &reply))
            return socketFailure(QStringLiteral("AUTH"));
    } else {
        return fail(F::Authentication, false,
                    tr("The mail server offers no sign-in method Atende supports (PLAIN or LOGIN)."),
                    QStringLiteral("AUTH mechanisms: %1").arg(mechanisms.join(u' ')));
    }
    if (reply.code != 235)
        return replyFailure(F::Authentication, QStringLiteral("AUTH"), reply);
    return {};
}

void SmtpClient::close() {
    if (!m_socket)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        // A polite QUIT, but the message is already accepted: a slow goodbye must not delay the next one.
        m_socket->write("QUIT\r\n");
        m_socket->waitForBytesWritten(qMin(m_settings.timeoutMs, 2000));
        m_socket->waitForReadyRead(qMin(m_settings.timeoutMs, 2000));
    }
    m_socket->abort();
}

SmtpOutcome SmtpClient::verify() {
    SmtpOutcome outcome = open();
    close();
    return outcome;
}

SmtpOutcome SmtpClient::send(const QString& envelopeFrom, const QStringList& recipients, const QByteArray& message) {
    using F = SmtpOutcome::Failure;
    // Envelope addresses go into SMTP commands: refused before a byte is written if they could carry one.
    if (!MailAddress::isValidAddress(envelopeFrom))
        return fail(F::Configuration, false,
                    tr("The sender address \"%1\" is not valid; check the e-mail settings.")
                        .arg(MailAddress::singleLine(envelopeFrom)),
                    QStringLiteral("invalid envelope sender"));
    if (recipients.isEmpty())
        return fail(F::RejectedRecipient, false, tr("The message has no recipient."), QStringLiteral("no recipient"));
    for (const QString& r : recipients)
        if (!MailAddress::isValidAddress(r))
            return fail(F::RejectedRecipient, false,
                        tr("\"%1\" is not a valid e-mail address.").arg(MailAddress::singleLine(r)),
                        QStringLiteral("invalid recipient"));

    SmtpOutcome outcome = open();
    if (!outcome.sent()) {
        close();
        return outcome;
    }
    outcome = [&]() -> SmtpOutcome {
        Reply reply;
        if (!command("MAIL FROM:<" + envelopeFrom.toLatin1() + ">", &reply))
            return socketFailure(QStringLiteral("MAIL FROM"));
        if (reply.code != 250)
            return replyFailure(F::RejectedSender, QStringLiteral("MAIL FROM"), reply);
        for (const QString& r : recipients) {
            if (!command("RCPT TO:<" + r.toLatin1() + ">", &reply))
                return socketFailure(QStringLiteral("RCPT TO"));
            if (reply.code != 250 && reply.code != 251)
                return replyFailure(F::RejectedRecipient, QStringLiteral("RCPT TO"), reply);
        }
        if (!command("DATA", &reply))
            return socketFailure(QStringLiteral("DATA"));
        if (reply.code != 354)
            return replyFailure(F::RejectedMessage, QStringLiteral("DATA"), reply);
        if (!writeRaw(MimeEncoding::dotStuff(message) + ".\r\n"))
            return socketFailure(tr("sending the message"));
        if (!readReply(&reply))
            return socketFailure(tr("waiting for the server to accept the message"));
        if (reply.code != 250)
            return replyFailure(F::RejectedMessage, QStringLiteral("end of DATA"), reply);
        SmtpOutcome sent;
        sent.replyCode = reply.code;
        sent.serverReply = reply.text();
        return sent;
    }();
    close();
    return outcome;
}

} // namespace atende
