// atendectl config, mail test and outbox, run as a script would run them, against a real SMTP server.
#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "SmtpTestServer.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>

using namespace atende;
using namespace atende::test;

namespace {
void configure(const AtendeCtl& ctl, const QString& key, const QString& value) {
    const auto outcome =
        ctl.run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("set"), key, value});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.json().value(QStringLiteral("value")).toString() == value);
}

void queueMessage(const QString& db, const QString& messageId, const QString& to) {
    execSql(db, QStringLiteral("INSERT INTO outbox(message_id, to_address, subject, body_text, created_at) VALUES "
                               "('%1', '%2', 'Protocolo 20261122-01-000123', 'Olá, João.', 1795000000000)")
                    .arg(messageId, to));
}
// The first administrator of a new database, created through atendectl, and a ctl acting as them (mail settings
// and the outbox need mail.admin).
AtendeCtl mailAdmin(const TempDatabase& temp) {
    AtendeCtl first(temp);
    first.setEnvironment(QStringLiteral("ATENDE_NEW_PASSWORD"), QStringLiteral("Senha-do-Chefe-1"));
    const auto created = first.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chefe"),
                                    QStringLiteral("--name"), QStringLiteral("Carla Chefe")});
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
    AtendeCtl ctl(temp);
    ctl.setEnvironment(QStringLiteral("ATENDE_USER"), QStringLiteral("chefe"));
    ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), QStringLiteral("Senha-do-Chefe-1"));
    return ctl;
}
} // namespace

TEST_CASE("The mail commands need a logged-in user with mail.admin", "[cli][mail]") {
    TempDatabase temp;
    temp.open();
    const AtendeCtl admin = mailAdmin(temp);
    AtendeCtl nobody(temp);
    const auto anonymous = nobody.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list")});
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.errText().contains(QStringLiteral("--user")));
    AtendeCtl adder = admin;
    adder.setEnvironment(QStringLiteral("ATENDE_NEW_PASSWORD"), QStringLiteral("Senha-da-Agente-1"));
    REQUIRE(adder
                .run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--name"),
                      QStringLiteral("Ana Agente")})
                .exitCode == 0);
    AtendeCtl agent(temp);
    agent.setEnvironment(QStringLiteral("ATENDE_USER"), QStringLiteral("ana"));
    agent.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), QStringLiteral("Senha-da-Agente-1"));
    const auto refused = agent.run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("set"),
                                    QStringLiteral("mail.smtp.host"), QStringLiteral("evil.example.com")});
    INFO(refused.describe());
    CHECK(refused.exitCode == 1);
    CHECK(refused.json().value(QStringLiteral("error"))[QStringLiteral("code")] == QStringLiteral("permissionDenied"));
}

TEST_CASE("config set and get the mail settings, refusing bad values and unknown keys", "[cli][mail]") {
    TempDatabase temp;
    temp.open();
    AtendeCtl ctl = mailAdmin(temp);
    configure(ctl, QStringLiteral("mail.smtp.host"), QStringLiteral("smtp.example.com.br"));
    configure(ctl, QStringLiteral("mail.smtp.port"), QStringLiteral("465"));
    auto outcome = ctl.run(
        {QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("mail.smtp.port")});
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.json().value(QStringLiteral("value")).toString() == QStringLiteral("465"));
    CHECK(queryText(temp.path(), QStringLiteral("SELECT value FROM app_settings WHERE key = 'mail.smtp.port'")) ==
          QStringLiteral("465"));

    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("set"),
                       QStringLiteral("mail.smtp.port"), QStringLiteral("99999")});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("invalidInput"));
    CHECK(queryText(temp.path(), QStringLiteral("SELECT value FROM app_settings WHERE key = 'mail.smtp.port'")) ==
          QStringLiteral("465"));

    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("set"),
                       QStringLiteral("mail.from.address"), QStringLiteral("a@b.com\r\nBcc: x@y.com")});
    CHECK(outcome.exitCode == 1);

    outcome = ctl.run(
        {QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("mail.nada")});
    CHECK(outcome.exitCode == 2);

    // Templates are settings too, checked for unknown variables.
    configure(ctl, QStringLiteral("mail.template.protocol.subject"), QStringLiteral("Protocolo {protocolo}"));
    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("set"),
                       QStringLiteral("mail.template.protocol.subject"), QStringLiteral("Protocolo {protocol}")});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.errText().contains(QStringLiteral("{protocol}")));
}

TEST_CASE("outbox list, cancel, retry and export", "[cli][mail]") {
    TempDatabase temp;
    temp.open();
    AtendeCtl ctl = mailAdmin(temp);
    configure(ctl, QStringLiteral("mail.from.address"), QStringLiteral("suporte@example.com.br"));
    queueMessage(temp.path(), QStringLiteral("<m1@example.com.br>"), QStringLiteral("João <joao@example.com.br>"));

    auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list")});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    const QJsonArray messages = outcome.json().value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].toObject().value(QStringLiteral("state")) == QStringLiteral("queued"));
    CHECK(outcome.json().value(QStringLiteral("waiting")) == 1);
    const QString id = QString::number(messages[0].toObject().value(QStringLiteral("id")).toInteger());

    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("cancel"), id});
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.json().value(QStringLiteral("state")) == QStringLiteral("cancelled"));
    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("cancel"), id});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
          QStringLiteral("conflict"));
    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("retry"), id});
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.json().value(QStringLiteral("state")) == QStringLiteral("queued"));

    const QString file = temp.filePath(QStringLiteral("m1.eml"));
    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("export"), id, file});
    REQUIRE(outcome.exitCode == 0);
    QFile eml(file);
    REQUIRE(eml.open(QIODevice::ReadOnly));
    const QByteArray bytes = eml.readAll();
    CHECK(bytes.contains("Message-ID: <m1@example.com.br>\r\n"));
    CHECK(bytes.contains("To: =?UTF-8?Q?Jo=C3=A3o?= <joao@example.com.br>\r\n"));

    outcome =
        ctl.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("x")});
    CHECK(outcome.exitCode == 2);
}

TEST_CASE("mail test and outbox flush through a real STARTTLS server with the password from the environment",
          "[cli][mail]") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("starttls"))
                              .withAuthUser(QStringLiteral("atende"))
                              .withAuthPassword(QStringLiteral("segredo"))
                              .withRejectRecipients({QStringLiteral("nao.existe@example.com")}));
    server.start();
    TempDatabase temp;
    temp.open();
    AtendeCtl ctl = mailAdmin(temp);
    configure(ctl, QStringLiteral("mail.smtp.host"), QStringLiteral("127.0.0.1"));
    configure(ctl, QStringLiteral("mail.smtp.port"), QString::number(server.port()));
    configure(ctl, QStringLiteral("mail.smtp.security"), QStringLiteral("starttls"));
    configure(ctl, QStringLiteral("mail.smtp.user"), QStringLiteral("atende"));
    configure(ctl, QStringLiteral("mail.smtp.timeout_ms"), QStringLiteral("3000"));
    configure(ctl, QStringLiteral("mail.from.address"), QStringLiteral("suporte@example.com.br"));
    ctl.setEnvironment(QStringLiteral("ATENDE_SMTP_PASSWORD"), QStringLiteral("segredo"));

    // Not pinned yet: refused, with the fingerprint to pin.
    auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("test"),
                            QStringLiteral("--to"), QStringLiteral("joao@example.com.br")});
    INFO(outcome.describe());
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.json().value(QStringLiteral("failure")) == QStringLiteral("tls"));
    CHECK(outcome.json().value(QStringLiteral("certificateSha256")) == SmtpTestServer::certificateSha256());

    configure(ctl, QStringLiteral("mail.smtp.pinned_sha256"), SmtpTestServer::certificateSha256());
    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                       QStringLiteral("joao@example.com.br")});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.json().value(QStringLiteral("sent")) == true);
    REQUIRE(server.received().size() == 1);
    CHECK(server.received()[0].meta.value(QStringLiteral("tls")).toBool());

    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                       QStringLiteral("nao.existe@example.com")});
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.json().value(QStringLiteral("failure")) == QStringLiteral("rejected_recipient"));
    CHECK(outcome.json().value(QStringLiteral("replyCode")) == 550);

    queueMessage(temp.path(), QStringLiteral("<f1@example.com.br>"), QStringLiteral("joao@example.com.br"));
    queueMessage(temp.path(), QStringLiteral("<f2@example.com.br>"), QStringLiteral("nao.existe@example.com"));
    outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("flush")});
    INFO(outcome.describe());
    CHECK(outcome.exitCode == 1); // one failed for good
    CHECK(outcome.json().value(QStringLiteral("sent")) == 1);
    CHECK(outcome.json().value(QStringLiteral("permanent")) == 1);
    CHECK(queryText(temp.path(), QStringLiteral("SELECT state FROM outbox WHERE message_id = '<f1@example.com.br>'")) ==
          QStringLiteral("sent"));
    CHECK(queryText(temp.path(), QStringLiteral("SELECT state FROM outbox WHERE message_id = '<f2@example.com.br>'")) ==
          QStringLiteral("failed_permanent"));
    CHECK(server.received().size() == 2);
}
