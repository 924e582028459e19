// The protocol e-mail from template to the real server: what a customer named João Conceição D'Ávila receives.
// ATENDE_MAIL_EVIDENCE=1 prints the message as received (headers and decoded body).
#include <catch2/catch.hpp>

#include "FakeClock.h"
#include "SmtpTestServer.h"
#include "TempDatabase.h"

#include "mail/MailSettingsStore.h"
#include "mail/OutboxSender.h"
#include "mail/OutboxStore.h"
#include "mail/ProtocolMailQueue.h"
#include "storage/Database.h"

#include <cstdio>

using namespace atende;
using test::SmtpTestServer;

namespace {
ProtocolMailRequest joao() {
    ProtocolMailRequest r;
    r.customer = {QStringLiteral("João Conceição D'Ávila"), QStringLiteral("joao.avila@example.com.br")};
    r.protocol = QStringLiteral("20261122-01-000123");
    r.agentName = QStringLiteral("Carla Souza");
    r.at = QDateTime(QDate(2026, 11, 22), QTime(14, 30), Qt::LocalTime);
    r.serviceOrder = QStringLiteral("OS-4471");
    r.subject = QStringLiteral("Boleto em atraso");
    return r;
}
} // namespace

TEST_CASE("Protocol e-mail without e-mail or receptionist is refused, with receptionist goes there (F-14)") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    ProtocolMailQueue queue(*db, clock);
    ProtocolMailRequest r = joao();
    r.customer.address.clear();
    r.viaReceptionist = true;
    auto refused = queue.enqueueProtocol(r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(OutboxStore(*db, clock).list()->isEmpty());

    REQUIRE(MailSettingsStore(*db).setValue(QStringLiteral("mail.receptionist.address"),
                                            QStringLiteral("recepcao@example.com.br")));
    auto id = queue.enqueueProtocol(r);
    REQUIRE(id.ok());
    CHECK(OutboxStore(*db, clock).find(*id)->to.address == QStringLiteral("recepcao@example.com.br"));

    r = joao();
    r.viaReceptionist = true;
    id = queue.enqueueProtocol(r);
    REQUIRE(id.ok());
    const auto m = OutboxStore(*db, clock).find(*id);
    CHECK(m->to.address == QStringLiteral("joao.avila@example.com.br"));
    REQUIRE(m->cc.size() == 1);
    CHECK(m->cc.first().address == QStringLiteral("recepcao@example.com.br"));
}

TEST_CASE("A reply with a copy to a third party queues two messages from their templates") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    auto ids = ProtocolMailQueue(*db, clock)
                   .enqueueReply(joao(), QStringLiteral("Segue a segunda via do boleto."),
                                 MailAddress{QStringLiteral("Contabilidade"), QStringLiteral("contab@example.com")});
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 2);
    OutboxStore store(*db, clock);
    CHECK(store.find(ids->at(0))->subject == QStringLiteral("Re: Protocolo 20261122-01-000123 - Boleto em atraso"));
    CHECK(store.find(ids->at(0))->bodyText.contains(QStringLiteral("Segue a segunda via do boleto.")));
    CHECK(store.find(ids->at(1))->to.address == QStringLiteral("contab@example.com"));
    CHECK(store.find(ids->at(1))
              ->bodyText.startsWith(QStringLiteral("Esta é uma cópia da resposta enviada a João Conceição D'Ávila")));
}

TEST_CASE("The protocol e-mail for João Conceição D'Ávila as the real server receives it") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("starttls")));
    server.start();
    MailSettingsStore settings(*db);
    REQUIRE(settings.setValue(QStringLiteral("mail.from.address"), QStringLiteral("atendimento@example.com.br")));
    REQUIRE(settings.setValue(QStringLiteral("mail.from.name"), QStringLiteral("Atende Demonstração")));
    auto id = ProtocolMailQueue(*db, clock).enqueueProtocol(joao());
    REQUIRE(id.ok());

    SmtpSettings s = *settings.load();
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = SmtpSecurity::StartTls;
    s.pinnedSha256 = SmtpTestServer::certificateSha256();
    s.timeoutMs = 3000;
    REQUIRE(OutboxSender(*db, clock, s).processDue()->sent == 1);
    REQUIRE(server.received().size() == 1);
    const QByteArray eml = server.received()[0].eml;
    const QJsonObject parsed = SmtpTestServer::parseWithPython(eml);
    CHECK(parsed.value(QStringLiteral("defects")).toInt() == 0);
    CHECK(parsed.value(QStringLiteral("to_name")).toString() == QStringLiteral("João Conceição D'Ávila"));
    CHECK(parsed.value(QStringLiteral("from_name")).toString() == QStringLiteral("Atende Demonstração"));
    CHECK(parsed.value(QStringLiteral("subject")).toString() ==
          QStringLiteral("Protocolo de atendimento 20261122-01-000123 - Atende Demonstração"));
    CHECK(parsed.value(QStringLiteral("message_id")).toString() == OutboxStore(*db, clock).find(*id)->messageId);
    const QString text = parsed.value(QStringLiteral("text")).toString();
    CHECK(text.contains(QStringLiteral("Olá, João Conceição D'Ávila.")));
    CHECK(text.contains(QStringLiteral("protocolo 20261122-01-000123 em 22/11/2026 às 14:30")));
    CHECK(text.contains(QStringLiteral("Ordem de serviço (O.S.): OS-4471")));
    CHECK(text.contains(QStringLiteral("Carla Souza")));
    if (qEnvironmentVariable("ATENDE_MAIL_EVIDENCE") == QLatin1String("1")) {
        std::printf(
            "---- received by the server (raw headers) ----\n%s\n---- decoded by Python's email ----\n"
            "From: %s\nTo: %s\nSubject: %s\nMessage-ID: %s\n\n%s\n",
            eml.left(eml.indexOf("\r\n\r\n")).constData(), qPrintable(parsed.value(QStringLiteral("from")).toString()),
            qPrintable(parsed.value(QStringLiteral("to")).toString()),
            qPrintable(parsed.value(QStringLiteral("subject")).toString()),
            qPrintable(parsed.value(QStringLiteral("message_id")).toString()), qPrintable(QString(text).remove(u'\r')));
    }
}
