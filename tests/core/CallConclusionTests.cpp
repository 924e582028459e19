// The call's "Conclude" (F-10..F-14): one transaction for contact, ticket, interaction, form answers, process and
// protocol e-mail; the 5-minute rule for a call without ticket.
#include "TicketFixture.h"

#include "attendance/AttendanceTypeService.h"
#include "call/CallConclusion.h"
#include "tickets/ProtocolService.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace atende;

namespace {

struct CallFixture : test::TicketFixture {
    CallConclusion conclusion{db(), clock(), QStringLiteral("01")};
    ProtocolService protocols{db(), clock(), QStringLiteral("01")};

    AttendanceType type(const QString& code) {
        AttendanceTypeService types(db(), clock());
        auto all = types.list(agent);
        REQUIRE(all.ok());
        for (const AttendanceType& t : *all)
            if (t.code == code)
                return t;
        FAIL("no type " << code.toStdString());
        return {};
    }

    CallConclusionRequest start(std::optional<qint64> customer) {
        auto contact = protocols.reserve(agent, QStringLiteral("phone"));
        REQUIRE(contact.ok());
        CallConclusionRequest r;
        r.contactRecordId = contact->id;
        r.protocol = contact->protocol;
        r.customerId = customer;
        r.startedAt = clock().nowMs();
        r.agentName = QStringLiteral("Juliana");
        return r;
    }
};

} // namespace

TEST_CASE("Concluding an error report saves ticket, answers, interaction, contact and the protocol e-mail", "[call]") {
    CallFixture f;
    f.scalar(QStringLiteral("UPDATE customers SET has_portal_access = 1 WHERE id = ?"), {f.customerId});
    CallConclusionRequest r = f.start(f.customerId);
    r.type = f.type(QStringLiteral("error"));
    r.answers = QJsonObject{{QStringLiteral("tool"), QStringLiteral("Relatórios")},
                            {QStringLiteral("expected"), QStringLiteral("Emitir o relatório de vendas")},
                            {QStringLiteral("where"), QStringLiteral("Gerenciamento > Relatórios")},
                            {QStringLiteral("screenshot"), QStringLiteral("Pedir print ao cliente")}};
    r.notes = QStringLiteral("Relatório de vendas fica em branco");
    f.clock().advanceSecs(400);
    auto done = f.conclusion.conclude(f.agent, r);
    INFO((done ? QString() : done.error().userMessage + QStringLiteral(" / ") + done.error().detail).toStdString());
    REQUIRE(done.ok());
    REQUIRE(done->ticketId);
    CHECK(f.scalar(QStringLiteral("SELECT protocol FROM tickets WHERE id = ?"), {*done->ticketId}).toString() ==
          r.protocol);
    const QJsonObject stored =
        QJsonDocument::fromJson(
            f.scalar(QStringLiteral("SELECT form_answers FROM tickets WHERE id = ?"), {*done->ticketId}).toByteArray())
            .object();
    CHECK(stored.value(QStringLiteral("tool")).toString() == QStringLiteral("Relatórios"));
    CHECK(f.count(QStringLiteral("SELECT attendance_type_id FROM tickets WHERE id = ?"), {*done->ticketId}) ==
          r.type->id);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ? AND kind = 'record' AND "
                                 "channel = 'phone'"),
                  {*done->ticketId}) == 1);
    CHECK(f.count(QStringLiteral("SELECT ticket_id FROM contact_records WHERE id = ?"), {r.contactRecordId}) ==
          *done->ticketId);
    CHECK(f.count(QStringLiteral("SELECT ended_at IS NOT NULL FROM contact_records WHERE id = ?"),
                  {r.contactRecordId}) == 1);
    CHECK(done->emailTo.contains(QStringLiteral("maria@exemplo.com.br")));
    const QString body =
        f.scalar(QStringLiteral("SELECT body_text FROM outbox WHERE id = ?"), {done->outboxId}).toString();
    CHECK(body.contains(r.protocol));
    CHECK(body.contains(QStringLiteral("Juliana")));
    CHECK(body.contains(QStringLiteral("Obrigado")));
}

TEST_CASE("Without portal access the protocol e-mail is copied to the receptionist, or goes to them alone", "[call]") {
    CallFixture f;
    f.scalar(QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('mail.receptionist.address', "
                            "'recepcao@imobiliaria.com.br') ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    CallConclusionRequest r = f.start(f.customerId);
    r.notes = QStringLiteral("Cliente perguntou o horário de atendimento");
    auto done = f.conclusion.conclude(f.agent, r);
    REQUIRE(done.ok());
    CHECK_FALSE(done->ticketId);
    CHECK(done->emailTo.contains(QStringLiteral("maria@exemplo.com.br")));
    CHECK(f.scalar(QStringLiteral("SELECT cc_address FROM outbox WHERE id = ?"), {done->outboxId}).toString() ==
          QStringLiteral("recepcao@imobiliaria.com.br"));
    CHECK(
        f.scalar(QStringLiteral("SELECT summary FROM contact_records WHERE id = ?"), {r.contactRecordId}).toString() ==
        r.notes);

    // A customer without e-mail: the receptionist forwards the protocol (F-14).
    CallConclusionRequest other = f.start(f.customerNoEmailId);
    other.notes = QStringLiteral("Quer saber o valor do condomínio");
    auto forwarded = f.conclusion.conclude(f.agent, other);
    REQUIRE(forwarded.ok());
    CHECK(forwarded->emailTo == QStringLiteral("recepcao@imobiliaria.com.br"));
}

TEST_CASE("A call past the configured time needs a ticket", "[call]") {
    CallFixture f;
    CallConclusionRequest r = f.start(f.customerId);
    r.notes = QStringLiteral("Dúvida rápida");
    f.clock().advanceSecs(301);
    auto refused = f.conclusion.conclude(f.agent, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fields == QStringList{QStringLiteral("attendance_type")});
    CHECK(f.count(QStringLiteral("SELECT ended_at IS NULL FROM contact_records WHERE id = ?"), {r.contactRecordId}) ==
          1);
    f.scalar(QStringLiteral("UPDATE app_settings SET value = '600' WHERE key = 'call.ticket_required_after_seconds'"));
    CHECK(f.conclusion.conclude(f.agent, r).ok());
}

TEST_CASE("A failure late in the conclusion leaves nothing half-saved", "[call]") {
    CallFixture f;
    const qint64 ticketsBefore = f.count(QStringLiteral("SELECT count(*) FROM tickets"));
    CallConclusionRequest r = f.start(f.customerId);
    r.type = f.type(QStringLiteral("property_info"));
    r.answers = QJsonObject{{QStringLiteral("property"), 9999}, {QStringLiteral("question"), QStringLiteral("Valor")}};
    auto refused = f.conclusion.conclude(f.agent, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fields == QStringList{QStringLiteral("property")});
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == ticketsBefore);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    CHECK(f.count(QStringLiteral("SELECT ended_at IS NULL FROM contact_records WHERE id = ?"), {r.contactRecordId}) ==
          1);

    f.scalar(QStringLiteral("INSERT INTO properties (id, code, address) VALUES (9999, 'AP-9999', 'Rua A, 1')"));
    auto done = f.conclusion.conclude(f.agent, r);
    REQUIRE(done.ok());
    REQUIRE(done->processId);
    CHECK(f.count(QStringLiteral("SELECT ticket_id FROM rental_processes WHERE id = ?"), {*done->processId}) ==
          *done->ticketId);
}

TEST_CASE("Administration types are refused without an active rental contract", "[call]") {
    CallFixture f;
    CallConclusionRequest r = f.start(f.customerId);
    r.type = f.type(QStringLiteral("admin_maintenance"));
    r.answers = QJsonObject{{QStringLiteral("problem"), QStringLiteral("Vazamento")}, {QStringLiteral("urgent"), true}};
    auto refused = f.conclusion.conclude(f.agent, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE protocol = ?"), {r.protocol}) == 0);
}
