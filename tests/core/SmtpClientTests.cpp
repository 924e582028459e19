// SmtpClient against a real SMTP server (python3-aiosmtpd, tests/support/SmtpTestServer): TLS modes, AUTH,
// certificate pinning, refusals and network faults, and the bytes the server received.
#include <catch2/catch.hpp>

#include "SmtpTestServer.h"

#include "mail/MimeBuilder.h"
#include "mail/SmtpClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTimeZone>

using namespace atende;
using test::SmtpTestServer;

namespace {
SmtpSettings settingsFor(const SmtpTestServer& server, SmtpSecurity security) {
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = security;
    s.fromAddress = QStringLiteral("suporte@example.com.br");
    s.timeoutMs = 3000;
    return s;
}

MailMessage sampleMessage() {
    MailMessage m;
    m.from = {QStringLiteral("Atende Suporte"), QStringLiteral("suporte@example.com.br")};
    m.to = {{QStringLiteral("João Conceição D'Ávila"), QStringLiteral("joao@example.com.br")}};
    m.subject = QStringLiteral("Protocolo 20261122-01-000123 — atendimento concluído");
    m.textBody = QStringLiteral("Olá, João!\n.\n..dois pontos\nLinha com acentuação: ção, ã, é.\n");
    m.htmlBody = QStringLiteral("<p>Olá, <b>João</b>!</p>");
    QByteArray binary;
    for (int i = 0; i < 3000; ++i)
        binary.append(char(i * 7 % 256));
    m.attachments = {{QStringLiteral("print da tela.png"), QStringLiteral("image/png"), binary}};
    m.messageId = QStringLiteral("<protocolo-123@example.com.br>");
    m.date = QDateTime(QDate(2026, 11, 22), QTime(14, 30), QTimeZone(-3 * 3600));
    return m;
}

int freeClosedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort(); // closed when probe goes: nothing listens there
}
} // namespace

TEST_CASE("STARTTLS with AUTH delivers the exact message, decoded by Python's email parser") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("starttls"))
                              .withAuthUser(QStringLiteral("atende"))
                              .withAuthPassword(QStringLiteral("s3nh@ çerta")));
    server.start();
    SmtpSettings s = settingsFor(server, SmtpSecurity::StartTls);
    s.user = QStringLiteral("atende");
    s.password = QStringLiteral("s3nh@ çerta");
    s.pinnedSha256 = SmtpTestServer::certificateSha256();
    const MailMessage message = sampleMessage();
    const QByteArray bytes = *MimeBuilder::build(message);

    SmtpClient client(s);
    const SmtpOutcome outcome = client.send(s.fromAddress, {QStringLiteral("joao@example.com.br")}, bytes);
    INFO(outcome.userMessage.toStdString() << " / " << outcome.detail.toStdString());
    REQUIRE(outcome.sent());
    CHECK(outcome.replyCode == 250);

    const auto received = server.received();
    REQUIRE(received.size() == 1);
    // Dot-stuffing undone by the server: exactly the bytes MimeBuilder wrote.
    CHECK(received[0].eml == bytes);
    CHECK(received[0].meta.value(QStringLiteral("tls")).toBool());
    CHECK(received[0].meta.value(QStringLiteral("authenticated")).toBool());
    CHECK(received[0].meta.value(QStringLiteral("mail_from")).toString() == QStringLiteral("suporte@example.com.br"));

    const QJsonObject parsed = SmtpTestServer::parseWithPython(received[0].eml);
    CHECK(parsed.value(QStringLiteral("defects")).toInt() == 0);
    CHECK(parsed.value(QStringLiteral("subject")).toString() == message.subject);
    CHECK(parsed.value(QStringLiteral("to_name")).toString() == QStringLiteral("João Conceição D'Ávila"));
    CHECK(parsed.value(QStringLiteral("from_name")).toString() == QStringLiteral("Atende Suporte"));
    CHECK(parsed.value(QStringLiteral("message_id")).toString() == message.messageId);
    INFO(parsed.value(QStringLiteral("text")).toString().toUtf8().toPercentEncoding().toStdString());
    // Python keeps the CRLF line ends of the wire.
    CHECK(parsed.value(QStringLiteral("text")).toString() ==
          QString(message.textBody).replace(u'\n', QStringLiteral("\r\n")));
    CHECK(parsed.value(QStringLiteral("html")).toString().trimmed() == message.htmlBody);
    const QJsonArray attachments = parsed.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0].toObject().value(QStringLiteral("filename")).toString() ==
          QStringLiteral("print da tela.png"));
    CHECK(
        attachments[0].toObject().value(QStringLiteral("sha256")).toString() ==
        QString::fromLatin1(QCryptographicHash::hash(message.attachments[0].data, QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("Implicit TLS with AUTH LOGIN or PLAIN and a pinned certificate") {
    if (!SmtpTestServer::usable())
        return;
    for (const QString& mechanism : {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}) {
        INFO(mechanism.toStdString());
        SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("tls"))
                                  .withAuthUser(QStringLiteral("atende"))
                                  .withAuthPassword(QStringLiteral("pw çã"))
                                  .withAuthOnly(mechanism));
        server.start();
        SmtpSettings s = settingsFor(server, SmtpSecurity::ImplicitTls);
        s.user = QStringLiteral("atende");
        s.password = QStringLiteral("pw çã");
        s.pinnedSha256 = SmtpTestServer::certificateSha256().toUpper(); // pasted as admins see it
        const SmtpOutcome outcome =
            SmtpClient(s).send(s.fromAddress, {QStringLiteral("a@example.com")}, *MimeBuilder::build(sampleMessage()));
        INFO(outcome.userMessage.toStdString());
        REQUIRE(outcome.sent());
        REQUIRE(server.received().size() == 1);
        CHECK(server.received()[0].meta.value(QStringLiteral("login")).toString() == QStringLiteral("atende"));
        CHECK(server.received()[0].meta.value(QStringLiteral("authenticated")).toBool());
    }
}

TEST_CASE("An untrusted certificate is refused with a clear message, then accepted once pinned") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("tls")));
    server.start();
    SmtpSettings s = settingsFor(server, SmtpSecurity::ImplicitTls);
    SmtpClient refusing(s);
    const SmtpOutcome refused = refusing.verify();
    CHECK(refused.failure == SmtpOutcome::Failure::Tls);
    CHECK_FALSE(refused.temporary);
    CHECK(refused.userMessage.contains(QStringLiteral("SHA-256"))); // says how to pin it
    CHECK(refusing.lastPeerCertificateSha256() == SmtpTestServer::certificateSha256());

    s.pinnedSha256 = QString(64, u'0'); // a pin that does not match refuses too
    CHECK(SmtpClient(s).verify().failure == SmtpOutcome::Failure::Tls);

    s.pinnedSha256 = refusing.lastPeerCertificateSha256();
    const SmtpOutcome accepted = SmtpClient(s).verify();
    INFO(accepted.userMessage.toStdString());
    CHECK(accepted.sent());
}

TEST_CASE("Bytes injected in clear before the STARTTLS handshake are discarded, and EHLO is asked again") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("starttls"))
                              .withAuthUser(QStringLiteral("atende"))
                              .withAuthPassword(QStringLiteral("pw"))
                              .withInjectAfterStartTls());
    server.start();
    SmtpSettings s = settingsFor(server, SmtpSecurity::StartTls);
    s.user = QStringLiteral("atende");
    s.password = QStringLiteral("pw");
    s.pinnedSha256 = SmtpTestServer::certificateSha256();
    // AUTH is only offered after TLS: it works only if the client ignored the forged "250" and read the real
    // EHLO answer over the encrypted channel.
    const SmtpOutcome outcome =
        SmtpClient(s).send(s.fromAddress, {QStringLiteral("a@example.com")}, *MimeBuilder::build(sampleMessage()));
    INFO(outcome.userMessage.toStdString() << " / " << outcome.detail.toStdString());
    REQUIRE(outcome.sent());
    REQUIRE(server.received().size() == 1);
    CHECK(server.received()[0].meta.value(QStringLiteral("authenticated")).toBool());
}

TEST_CASE("STARTTLS that is not offered is never downgraded to clear text") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")));
    server.start();
    const SmtpOutcome outcome = SmtpClient(settingsFor(server, SmtpSecurity::StartTls))
                                    .send(QStringLiteral("s@example.com"), {QStringLiteral("a@example.com")}, "x\r\n");
    CHECK(outcome.failure == SmtpOutcome::Failure::Tls);
    CHECK(server.received().isEmpty());
}

TEST_CASE("A password is never sent over a plain connection") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")));
    server.start();
    SmtpSettings s = settingsFor(server, SmtpSecurity::Plain);
    s.user = QStringLiteral("atende");
    s.password = QStringLiteral("pw");
    const SmtpOutcome outcome = SmtpClient(s).verify();
    CHECK(outcome.failure == SmtpOutcome::Failure::Configuration);
}

TEST_CASE("A wrong password is an authentication failure with the server's reply") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("starttls"))
                              .withAuthUser(QStringLiteral("atende"))
                              .withAuthPassword(QStringLiteral("right")));
    server.start();
    SmtpSettings s = settingsFor(server, SmtpSecurity::StartTls);
    s.pinnedSha256 = SmtpTestServer::certificateSha256();
    s.user = QStringLiteral("atende");
    s.password = QStringLiteral("wrong");
    const SmtpOutcome outcome = SmtpClient(s).verify();
    CHECK(outcome.failure == SmtpOutcome::Failure::Authentication);
    CHECK(outcome.replyCode == 535);
    CHECK_FALSE(outcome.temporary);
}

TEST_CASE("Recipient refusals: 550 is permanent, 450 temporary, with the server's words") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain"))
                              .withRejectRecipients(QStringList{QStringLiteral("nao.existe@example.com")})
                              .withTempfailRecipients(QStringList{QStringLiteral("ocupado@example.com")}));
    server.start();
    SmtpSettings s = settingsFor(server, SmtpSecurity::Plain);
    const SmtpOutcome rejected =
        SmtpClient(s).send(s.fromAddress, {QStringLiteral("nao.existe@example.com")}, "Subject: x\r\n\r\nx\r\n");
    CHECK(rejected.failure == SmtpOutcome::Failure::RejectedRecipient);
    CHECK(rejected.replyCode == 550);
    CHECK_FALSE(rejected.temporary);
    CHECK(rejected.serverReply.contains(QStringLiteral("User unknown")));
    const SmtpOutcome busy =
        SmtpClient(s).send(s.fromAddress, {QStringLiteral("ocupado@example.com")}, "Subject: x\r\n\r\nx\r\n");
    CHECK(busy.failure == SmtpOutcome::Failure::RejectedRecipient);
    CHECK(busy.temporary);
    CHECK(server.received().isEmpty());
}

TEST_CASE("Network faults are temporary: refused, silent server, dropped in DATA, 421 greeting") {
    if (!SmtpTestServer::usable())
        return;
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.security = SmtpSecurity::Plain;
    s.timeoutMs = 500;
    s.fromAddress = QStringLiteral("s@example.com");
    const QByteArray message = "Subject: x\r\n\r\nx\r\n";

    s.port = freeClosedPort();
    SmtpOutcome outcome = SmtpClient(s).send(s.fromAddress, {QStringLiteral("a@example.com")}, message);
    CHECK(outcome.failure == SmtpOutcome::Failure::ConnectionRefused);
    CHECK(outcome.temporary);

    SmtpTestServer silent(SmtpTestServer::Options::in(QStringLiteral("silent")));
    silent.start();
    s.port = silent.port();
    QElapsedTimer timer;
    timer.start();
    outcome = SmtpClient(s).send(s.fromAddress, {QStringLiteral("a@example.com")}, message);
    CHECK(outcome.failure == SmtpOutcome::Failure::Timeout);
    CHECK(outcome.temporary);
    CHECK(timer.elapsed() < 3000);

    SmtpTestServer dropping(SmtpTestServer::Options::in(QStringLiteral("plain")).withDropInData(1));
    dropping.start();
    s.port = dropping.port();
    outcome = SmtpClient(s).send(s.fromAddress, {QStringLiteral("a@example.com")}, message);
    CHECK((outcome.failure == SmtpOutcome::Failure::Network || outcome.failure == SmtpOutcome::Failure::Timeout));
    CHECK(outcome.temporary);
    CHECK(dropping.received().isEmpty());

    SmtpTestServer busy(SmtpTestServer::Options::in(QStringLiteral("plain")).withGreet421(1));
    busy.start();
    s.port = busy.port();
    outcome = SmtpClient(s).send(s.fromAddress, {QStringLiteral("a@example.com")}, message);
    CHECK(outcome.failure == SmtpOutcome::Failure::Unavailable);
    CHECK(outcome.replyCode == 421);
    CHECK(outcome.temporary);

    s.host = QStringLiteral("host-que-nao-existe.invalid");
    outcome = SmtpClient(s).send(s.fromAddress, {QStringLiteral("a@example.com")}, message);
    CHECK(outcome.failure == SmtpOutcome::Failure::Dns);
    CHECK(outcome.temporary);
}
