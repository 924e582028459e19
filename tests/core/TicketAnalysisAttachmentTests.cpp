#include "TicketFixture.h"

#include "tickets/AnalysisService.h"
#include "tickets/AttachmentService.h"
#include "tickets/NotificationService.h"
#include "tickets/ServiceOrderService.h"
#include "tickets/TicketCatalog.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

using namespace atende;

TEST_CASE("A database analysis past 24 hours goes to supervisor analysis and notifies the leader",
          "[tickets][analysis]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    REQUIRE(f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("in_progress"))).ok());
    AnalysisService analyses(f.db(), f.clock());
    const qint64 callback = f.clock().nowMs() + 2 * 3600 * 1000;
    auto a = analyses.start(f.agent, t.id, 90, true, callback, QStringLiteral("Banco do cliente copiado"));
    REQUIRE(a.ok());
    CHECK(a->limitAt == f.clock().nowMs() + 24 * 3600 * 1000);
    CHECK(f.tickets().get(f.agent, t.id)->ticket.nextActionAt == callback); // the callback is the next action
    // A plain analysis has no limit.
    auto plain = analyses.start(f.agent, t.id, 15, false);
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->limitAt.has_value());

    f.clock().advanceSecs(23 * 3600 + 59 * 60);
    auto none = analyses.escalateOverdueAnalyses(f.clock());
    REQUIRE(none.ok());
    CHECK(*none == 0);
    CHECK(f.tickets().get(f.agent, t.id)->statusCode == QStringLiteral("in_progress"));

    f.clock().advanceSecs(60);
    auto moved = analyses.escalateOverdueAnalyses(f.clock());
    REQUIRE(moved.ok());
    CHECK(*moved == 1);
    auto d = f.tickets().get(f.agent, t.id);
    CHECK(d->statusCode == QStringLiteral("supervisor_analysis"));
    CHECK(d->interactions.last().kind == QStringLiteral("system"));
    // The leader (same sector, ticket.supervise) is notified; the agent is not.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND ticket_id = ? AND kind = "
                                 "'analysis_overdue'"),
                  {f.leader.userId(), t.id}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"), {f.agent.userId()}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'escalation' AND user_id IS NULL AND "
                                 "field = 'status_id'")) == 1);
    NotificationService notifications(f.db(), f.clock());
    auto mine = notifications.mine(f.leader);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->at(0).message.contains(t.protocol));
    REQUIRE(notifications.markRead(f.leader, mine->at(0).id).ok());
    CHECK(notifications.markRead(f.agent, mine->at(0).id).error().code == Error::Code::NotFound); // not theirs
    CHECK(notifications.mine(f.leader)->at(0).readAt.has_value());
    // Run again: nothing more to do.
    CHECK(*analyses.escalateOverdueAnalyses(f.clock()) == 0);
    // The agent cannot take it back out of supervisor analysis; the leader can.
    const qint64 v = d->ticket.rowVersion;
    CHECK(f.tickets().changeStatus(f.agent, t.id, v, f.statusId(QStringLiteral("in_progress"))).error().code ==
          Error::Code::PermissionDenied);
    CHECK(f.tickets().changeStatus(f.leader, t.id, v, f.statusId(QStringLiteral("in_progress"))).ok());
}

TEST_CASE("A finished analysis is not escalated", "[tickets][analysis]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    AnalysisService analyses(f.db(), f.clock());
    auto a = analyses.start(f.agent, t.id, 60, true);
    REQUIRE(a.ok());
    f.clock().advanceSecs(3600);
    REQUIRE(analyses.finish(f.agent, a->id, QStringLiteral("Resolvido no banco")).ok());
    f.clock().advanceSecs(48 * 3600);
    CHECK(*analyses.escalateOverdueAnalyses(f.clock()) == 0);
    CHECK(f.tickets().get(f.agent, t.id)->statusCode == QStringLiteral("new"));
    CHECK(analyses.start(f.captador, t.id, 10, false).error().code == Error::Code::PermissionDenied);
}

TEST_CASE("Service orders are linked to tickets with status and released version", "[tickets][os]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    ServiceOrderService orders(f.db(), f.clock());
    auto so = orders.create(f.agent, QStringLiteral("OS-4521"), QStringLiteral("Corrigir XML"));
    REQUIRE(so.ok());
    CHECK(orders.create(f.agent, QStringLiteral("OS-4521"), {}).error().code == Error::Code::Conflict);
    Ticket e = f.tickets().get(f.agent, t.id)->ticket;
    e.serviceOrderId = so->id;
    REQUIRE(f.tickets().update(f.agent, e).ok());
    CHECK(orders.setStatus(f.agent, so->id, QStringLiteral("released")).error().fields ==
          QStringList{QStringLiteral("released_in_version")});
    REQUIRE(orders.setStatus(f.agent, so->id, QStringLiteral("released"), QStringLiteral("5.2.1")).ok());
    auto back = orders.get(f.agent, so->id);
    CHECK(back->status == QStringLiteral("released"));
    CHECK(back->releasedInVersion == QStringLiteral("5.2.1"));
    CHECK(f.tickets().get(f.agent, t.id)->ticket.serviceOrderId == so->id);
    // The O.S. number reaches the customer through the {os} variable of a canned reply.
    f.scalar(QStringLiteral("INSERT INTO canned_replies (id, title, body) VALUES (50, 'Finalização com O.S.', "
                            "'Olá, {cliente}. A correção está na O.S. {os}, protocolo {protocolo}.')"));
    auto text = f.tickets().previewCannedReply(f.agent, t.id, 50);
    REQUIRE(text.ok());
    INFO(text->toStdString());
    CHECK(*text == QStringLiteral("Olá, Maria Souza. A correção está na O.S. OS-4521, protocolo %1.").arg(t.protocol));
}

TEST_CASE("Attachments: size limit, SHA-256, hostile names, read back", "[tickets][attachments]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    AttachmentService attachments(f.db(), f.clock());
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'x');
    auto a = attachments.add(f.agent, t.id, QStringLiteral("print do erro.png"), QStringLiteral("image/png"), png);
    REQUIRE(a.ok());
    CHECK(a->sha256 == QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    CHECK(a->size == png.size());
    auto back = attachments.read(f.agent, a->id);
    REQUIRE(back.ok());
    CHECK(back->data == png);
    CHECK(back->info.fileName == QStringLiteral("print do erro.png"));
    CHECK(f.tickets().get(f.agent, t.id)->attachments.size() == 1);
    // Another ticket of the same customer (ids that differ from the customer's) lists only its own.
    const Ticket second = f.createTicket(QStringLiteral("Segundo"));
    const Ticket third = f.createTicket(QStringLiteral("Terceiro"));
    REQUIRE(attachments.add(f.agent, third.id, QStringLiteral("b.png"), {}, png).ok());
    CHECK(f.tickets().get(f.agent, second.id)->attachments.isEmpty());
    REQUIRE(f.tickets().get(f.agent, third.id)->attachments.size() == 1);
    CHECK(f.tickets().get(f.agent, third.id)->attachments[0].fileName == QStringLiteral("b.png"));

    SECTION("size limit") {
        f.scalar(QStringLiteral("UPDATE app_settings SET value = '4096' WHERE key = 'attachment.max_bytes'"));
        auto big = attachments.add(f.agent, t.id, QStringLiteral("audio.ogg"), QStringLiteral("audio/ogg"), png);
        REQUIRE_FALSE(big.ok());
        CHECK(big.error().code == Error::Code::InvalidInput);
        CHECK(big.error().userMessage.contains(QStringLiteral("audio.ogg")));
        CHECK(big.error().userMessage.contains(QStringLiteral("KiB")));
        CHECK(attachments.add(f.agent, t.id, QStringLiteral("vazio.txt"), {}, {}).error().code ==
              Error::Code::InvalidInput);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM attachments")) == 2); // the two of before, no more
    }
    SECTION("hostile names") {
        CHECK(AttachmentService::sanitizeFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
        CHECK(AttachmentService::sanitizeFileName(QStringLiteral("..\\..\\Windows\\system.ini")) ==
              QStringLiteral("system.ini"));
        CHECK(AttachmentService::sanitizeFileName(QStringLiteral("CON.txt")) == QStringLiteral("_CON.txt"));
        CHECK(AttachmentService::sanitizeFileName(QStringLiteral("a\x01"
                                                                 "b<c>:d?.png")) == QStringLiteral("a_b_c__d_.png"));
        CHECK(AttachmentService::sanitizeFileName(QStringLiteral(".bashrc")) == QStringLiteral("bashrc"));
        CHECK(AttachmentService::sanitizeFileName(QStringLiteral("..")) == QStringLiteral("anexo"));
        CHECK(AttachmentService::sanitizeFileName(QStringLiteral("nome.  ")) == QStringLiteral("nome"));
        const QString longName = QString(400, QLatin1Char('a')) + QStringLiteral(".pdf");
        const QString cut = AttachmentService::sanitizeFileName(longName);
        CHECK(cut.size() == AttachmentService::MaxFileNameLength);
        CHECK(cut.endsWith(QStringLiteral(".pdf")));
        auto stored = attachments.add(f.agent, t.id, QStringLiteral("/tmp/../../root/.ssh/id_rsa"), {}, png);
        REQUIRE(stored.ok());
        CHECK(stored->fileName == QStringLiteral("id_rsa"));
    }
    SECTION("permissions") {
        const Actor nobody(f.captador.userId() + 100, QStringLiteral("x"), QStringLiteral("x"), {});
        CHECK(attachments.add(nobody, t.id, QStringLiteral("a.png"), {}, png).error().code ==
              Error::Code::PermissionDenied);
    }
}

TEST_CASE("The catalog offers subjects with their rules, sectors and responsibles", "[tickets][catalog]") {
    test::TicketFixture f;
    TicketCatalog catalog(f.db());
    auto subjects = catalog.subjects();
    REQUIRE(subjects.ok());
    REQUIRE(subjects->size() == 29);
    CHECK_FALSE(subjects->first().parentId.has_value()); // subjects before sub-subjects
    CHECK(subjects->last().parentId.has_value());
    CHECK(*catalog.mandatoryFields(2, 13) ==
          QStringList{QStringLiteral("title"), QStringLiteral("sub_subject_id"), QStringLiteral("description")});
    CHECK(*catalog.mandatoryFields(std::nullopt, std::nullopt) == QStringList{QStringLiteral("title")});
    CHECK(catalog.sectors()->size() == 7);
    CHECK(catalog.responsibles()->size() == 4);
}

TEST_CASE("An answer and its attachments are saved together or not at all", "[tickets][attachments]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    f.scalar(QStringLiteral("UPDATE app_settings SET value = '4096' WHERE key = 'attachment.max_bytes'"));
    NewInteraction answer;
    answer.kind = QStringLiteral("manual");
    answer.text = QStringLiteral("Segue o print e o log.");
    const QList<TicketService::NewAttachment> tooBig{
        {QStringLiteral("print.png"), QStringLiteral("image/png"), QByteArray(100, 'p'), std::nullopt},
        {QStringLiteral("log.txt"), QStringLiteral("text/plain"), QByteArray(5000, 'l'), std::nullopt}};
    auto refused = f.tickets().addInteraction(f.agent, t.id, answer, tooBig);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().userMessage.contains(QStringLiteral("log.txt")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ?"), {t.id}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM attachments WHERE ticket_id = ?"), {t.id}) == 0);

    const QList<TicketService::NewAttachment> fine{
        {QStringLiteral("print.png"), QStringLiteral("image/png"), QByteArray(100, 'p'), std::nullopt},
        {QStringLiteral("log.txt"), QStringLiteral("text/plain"), QByteArray(200, 'l'), std::nullopt}};
    auto id = f.tickets().addInteraction(f.agent, t.id, answer, fine);
    REQUIRE(id.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM attachments WHERE ticket_id = ? AND interaction_id = ?"),
                  {t.id, *id}) == 2);
}
