#include "SearchRows.h"
#include "TicketFixture.h"

#include "tickets/ProtocolService.h"
#include "tickets/TicketFields.h"

#include <catch2/catch.hpp>

using namespace atende;

namespace {

std::string why(const Error& e) {
    return (e.userMessage + QStringLiteral(" / ") + e.detail).toStdString();
}

} // namespace

TEST_CASE("Creating a ticket takes its contact's protocol, the initial status, priority, deadline and sector",
          "[tickets]") {
    test::TicketFixture f;
    ProtocolService protocols(f.db(), f.clock(), QStringLiteral("01"));
    auto contact = protocols.reserve(f.agent, QStringLiteral("phone"), f.customerId);
    REQUIRE(contact.ok());

    NewTicket n = test::TicketFixture::question(f.customerId, QStringLiteral("Relatório de vendas vazio"));
    n.contactRecordId = contact->id;
    n.ticket.urgency = 1;
    n.ticket.impact = 1;
    auto t = f.tickets().create(f.agent, n);
    INFO(((t) ? std::string() : why(t.error())));
    REQUIRE(t.ok());
    CHECK(t->protocol == contact->protocol);
    CHECK(t->statusId == f.statusId(QStringLiteral("new")));
    CHECK(t->priority == 1);
    CHECK(t->sectorId == 1); // Relatórios -> Suporte
    CHECK(t->openedBy == f.agent.userId());
    // Priority 1 = 4 business hours: Tuesday 10:00 -> 14:00.
    CHECK(QDateTime::fromMSecsSinceEpoch(*t->deadlineAt, QTimeZone("America/Sao_Paulo")).time() == QTime(14, 0));
    CHECK(f.count(QStringLiteral("SELECT ticket_id FROM contact_records WHERE id = ?"), {contact->id}) == t->id);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND entity_id = ? AND "
                                 "action = 'create' AND field = 'title'"),
                  {t->id}) == 1);
    // Found by full-text search, accents ignored, through its protocol or its words.
    CHECK(test::searchRowIds(f.db(), SearchHit::Kind::Ticket, QStringLiteral("relatorio")) == QList<qint64>{t->id});
    auto byProtocol = f.tickets().getByProtocol(f.agent, t->protocol);
    REQUIRE(byProtocol.ok());
    CHECK(byProtocol->ticket.id == t->id);
    CHECK(byProtocol->statusName == QStringLiteral("Novo"));
    CHECK(byProtocol->customerName == QStringLiteral("Maria Souza"));
    CHECK(byProtocol->contactChannel == QStringLiteral("phone"));

    // A contact already used by a ticket cannot give its protocol to a second one.
    auto again = f.tickets().create(f.agent, n);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
}

TEST_CASE("Creating a ticket without a contact starts one with a new protocol", "[tickets]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    CHECK(t.protocol.endsWith(QStringLiteral("-01-000001")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contact_records WHERE ticket_id = ? AND channel = 'email'"),
                  {t.id}) == 1);
}

TEST_CASE("Mandatory fields are refused with one message on every path", "[tickets][mandatory]") {
    test::TicketFixture f;
    const QStringList both{QStringLiteral("sub_subject_id"), QStringLiteral("description")};

    SECTION("create") {
        NewTicket n;
        n.ticket.customerId = f.customerId;
        n.ticket.subjectId = 2; // Erro: sub-subject and description are mandatory
        n.ticket.title = QStringLiteral("Erro ao salvar");
        auto t = f.tickets().create(f.agent, n);
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().code == Error::Code::InvalidInput);
        CHECK(t.error().fields == both);
        CHECK(t.error().userMessage ==
              TicketFields::tr("Fill in the mandatory fields before saving: %1.")
                  .arg(TicketFields::label(QStringLiteral("sub_subject_id")) + QStringLiteral(", ") +
                       TicketFields::label(QStringLiteral("description"))));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM contact_records")) == 0);
    }
    SECTION("update and forward") {
        const Ticket t = f.createTicket();
        Ticket edited = f.tickets().get(f.agent, t.id)->ticket;
        edited.subjectId = 2; // to Erro, without its sub-subject, and the description erased
        edited.subSubjectId.reset();
        edited.description.clear();
        edited.sectorId = 5; // forwarded to Desenvolvimento at the same time
        auto r = f.tickets().update(f.agent, edited);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().fields == both);
        CHECK(f.scalar(QStringLiteral("SELECT sector_id FROM tickets WHERE id = ?"), {t.id}).toLongLong() == 1);
    }
    SECTION("status change and resolve: the subject's fields and the transition's in the same message") {
        const Ticket t = f.createTicket();
        f.scalar(QStringLiteral("UPDATE tickets SET subject_id = 2, sub_subject_id = NULL, description = '' WHERE "
                                "id = ?"),
                 {t.id});
        auto r = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("resolved")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().fields ==
              QStringList{QStringLiteral("sub_subject_id"), QStringLiteral("description"), QStringLiteral("solution")});
        CHECK(r.error().userMessage.contains(TicketFields::label(QStringLiteral("solution"))));
        auto moved = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("pending")));
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().fields == both);
        CHECK(f.scalar(QStringLiteral("SELECT status_id FROM tickets WHERE id = ?"), {t.id}).toLongLong() ==
              f.statusId(QStringLiteral("new")));
    }
    SECTION("close without solution") {
        const Ticket t = f.createTicket();
        auto r = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("resolved")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().fields == QStringList{QStringLiteral("solution")});
        CHECK(r.error().userMessage == TicketFields::tr("Fill in the mandatory fields before saving: %1.")
                                           .arg(TicketFields::label(QStringLiteral("solution"))));
    }
    SECTION("clone") {
        const Ticket t = f.createTicket();
        f.scalar(QStringLiteral("UPDATE subjects SET mandatory_fields = '[\"responsible_id\"]' WHERE id = 1"));
        auto c = f.tickets().clone(f.agent, t.id);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().fields == QStringList{QStringLiteral("responsible_id")});
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);
    }
}

TEST_CASE("Permissions are enforced in core and refusals audited", "[tickets][permission]") {
    test::TicketFixture f;
    auto refused = f.tickets().create(f.captador, test::TicketFixture::question(f.customerId, QStringLiteral("x")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    const Ticket t = f.createTicket();
    // The agent has no ticket.cancel.
    auto cancel = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("cancelled")));
    REQUIRE_FALSE(cancel.ok());
    CHECK(cancel.error().code == Error::Code::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity = 'ticket' AND "
                                 "new_value = 'ticket.cancel'")) == 1);
    // The leader may.
    auto leaderCancel = f.tickets().changeStatus(f.leader, t.id, t.rowVersion, f.statusId(QStringLiteral("cancelled")));
    INFO(((leaderCancel) ? std::string() : why(leaderCancel.error())));
    CHECK(leaderCancel.ok());
    // The captador may not edit nor reply... only view and reply: edit is refused.
    Ticket edited = f.tickets().get(f.captador, t.id)->ticket;
    CHECK(f.tickets().update(f.captador, edited).error().code == Error::Code::PermissionDenied);
    CHECK(f.tickets().clone(f.captador, t.id).error().code == Error::Code::PermissionDenied);
}

TEST_CASE("Status changes follow the workflow, record the solution and keep the history", "[tickets][workflow]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    auto v = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("closed")));
    REQUIRE_FALSE(v.ok()); // Novo -> Fechado does not exist
    CHECK(v.error().code == Error::Code::InvalidInput);

    auto v2 = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("in_progress")));
    REQUIRE(v2.ok());
    // A stale version is a conflict.
    auto stale = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("pending")));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == Error::Code::Conflict);

    auto v3 = f.tickets().changeStatus(f.agent, t.id, *v2, f.statusId(QStringLiteral("resolved")),
                                       QStringLiteral("Configurado o filtro de datas do relatório."),
                                       QStringLiteral("Cliente confirmou."));
    INFO(((v3) ? std::string() : why(v3.error())));
    REQUIRE(v3.ok());
    auto d = f.tickets().get(f.agent, t.id);
    REQUIRE(d.ok());
    CHECK(d->statusCode == QStringLiteral("resolved"));
    CHECK(d->ticket.solution == QStringLiteral("Configurado o filtro de datas do relatório."));
    CHECK(d->ticket.resolvedAt == f.clock().nowMs());
    CHECK(d->interactions.size() == 1);
    CHECK(d->interactions[0].kind == QStringLiteral("system"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND entity_id = ? AND field "
                                 "= 'status_id' AND action = 'status'"),
                  {t.id}) == 2);
    auto history = f.tickets().history(f.agent, t.id);
    REQUIRE(history.ok());
    QStringList statusMoves;
    for (const auto& h : *history)
        if (h.action == QLatin1String("status") && h.field == QLatin1String("status_id"))
            statusMoves.append(h.oldValue + QStringLiteral(">") + h.newValue + QStringLiteral(" by ") + h.userName);
    CHECK(statusMoves == QStringList{QStringLiteral("1>3 by %1").arg(f.agent.name()),
                                     QStringLiteral("3>6 by %1").arg(f.agent.name())});
    CHECK(history->first().action == QStringLiteral("create"));
    CHECK(test::searchRowsMatching(f.db(), SearchHit::Kind::Ticket, QStringLiteral("filtro"), t.id) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ticket_search")) == 1);
}

TEST_CASE("Waiting for the customer pauses the deadline", "[tickets][deadline]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket(); // Tuesday 10:00, priority 3: 18 business hours -> Thursday 08:00 + ...
    const qint64 deadline = *t.deadlineAt;
    auto v = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("in_progress")));
    REQUIRE(v.ok());
    f.clock().advanceSecs(3600); // 11:00
    v = f.tickets().changeStatus(f.agent, t.id, *v, f.statusId(QStringLiteral("awaiting_feedback")));
    REQUIRE(v.ok());
    CHECK(f.tickets().get(f.agent, t.id)->ticket.deadlinePausedAt.has_value());
    f.clock().advanceSecs(24 * 3600); // Wednesday 11:00: one full business day (10 h) paused
    v = f.tickets().changeStatus(f.agent, t.id, *v, f.statusId(QStringLiteral("in_progress")));
    REQUIRE(v.ok());
    const Ticket after = f.tickets().get(f.agent, t.id)->ticket;
    CHECK_FALSE(after.deadlinePausedAt.has_value());
    CHECK(*after.deadlineAt - deadline == qint64(24) * 3600 * 1000); // moved by the paused day
}

TEST_CASE("Updating forwards, changes priority and is refused on a stale version", "[tickets]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    Ticket e = f.tickets().get(f.agent, t.id)->ticket;
    e.sectorId = 5;
    e.responsibleId = f.leader.userId();
    e.urgency = 1;
    e.impact = 1;
    e.nextActionAt = f.clock().nowMs() + 3600000;
    auto v = f.tickets().update(f.agent, e);
    INFO(((v) ? std::string() : why(v.error())));
    REQUIRE(v.ok());
    const Ticket after = f.tickets().get(f.agent, t.id)->ticket;
    CHECK(after.priority == 1);
    CHECK(after.deadlineAt < t.deadlineAt);
    CHECK(after.responsibleId == f.leader.userId());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'update' AND field "
                                 "IN ('sector_id','responsible_id','priority','urgency','impact','next_action_at',"
                                 "'deadline_at')"),
                  {t.id}) == 7);
    CHECK(f.tickets().update(f.agent, e).error().code == Error::Code::Conflict); // e has the old version
    // A sub-subject of another subject is refused.
    Ticket bad = after;
    bad.subSubjectId = 13; // Erro no sistema (subject Erro)
    CHECK(f.tickets().update(f.agent, bad).error().code == Error::Code::InvalidInput);
}

TEST_CASE("Three ways to answer: canned with variables, manual, record; e-mail and copy queued", "[tickets][reply]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    auto preview = f.tickets().previewCannedReply(f.agent, t.id, 3); // Atendimento resolvido
    REQUIRE(preview.ok());
    const QString expected = QStringLiteral("Olá, Maria Souza. O atendimento %1 foi resolvido em 24/11/2026 às 10:00. "
                                            "Qualquer dúvida, estamos à disposição. %2.")
                                 .arg(t.protocol, f.agent.name());
    CHECK(*preview == expected);

    NewInteraction canned;
    canned.kind = QStringLiteral("canned");
    canned.channel = QStringLiteral("email");
    canned.cannedReplyId = 3;
    canned.emailToCustomer = true;
    canned.copyTo = QStringLiteral("contador@escritorio.com.br");
    auto id = f.tickets().addInteraction(f.agent, t.id, canned);
    INFO(((id) ? std::string() : why(id.error())));
    REQUIRE(id.ok());
    CHECK(f.scalar(QStringLiteral("SELECT text FROM interactions WHERE id = ?"), {*id}).toString() == expected);
    CHECK(f.scalar(QStringLiteral("SELECT to_address || '|' || cc_address || '|' || state FROM outbox WHERE ticket_id "
                                  "= ?"),
                   {t.id})
              .toString() == QStringLiteral("maria@exemplo.com.br|contador@escritorio.com.br|queued"));
    // The first visible answer is the first response.
    CHECK(f.tickets().get(f.agent, t.id)->ticket.firstResponseAt == f.clock().nowMs());

    f.clock().advanceSecs(600);
    NewInteraction manual;
    manual.text = QStringLiteral("Segue o passo a passo.");
    manual.visibleToCustomer = true;
    REQUIRE(f.tickets().addInteraction(f.agent, t.id, manual).ok());
    NewInteraction record;
    record.kind = QStringLiteral("record");
    record.channel = QStringLiteral("phone");
    record.text = QStringLiteral("Liguei e expliquei o filtro.");
    record.nextActionAt = f.clock().nowMs() + 86400000;
    REQUIRE(f.tickets().addInteraction(f.agent, t.id, record).ok());
    auto d = f.tickets().get(f.agent, t.id);
    REQUIRE(d->interactions.size() == 3);
    CHECK(d->ticket.firstResponseAt == f.clock().nowMs() - 600000); // unchanged by later answers
    CHECK(d->ticket.nextActionAt == record.nextActionAt);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == 1);

    // Refusals: e-mail to a customer without e-mail, a bad copy address, an empty text.
    NewTicket other = test::TicketFixture::question(f.customerNoEmailId, QStringLiteral("Outro"));
    auto t2 = f.tickets().create(f.agent, other);
    REQUIRE(t2.ok());
    NewInteraction mail;
    mail.text = QStringLiteral("Olá");
    mail.emailToCustomer = true;
    CHECK(f.tickets().addInteraction(f.agent, t2->id, mail).error().code == Error::Code::InvalidInput);
    NewInteraction badCopy;
    badCopy.text = QStringLiteral("Olá");
    badCopy.copyTo = QStringLiteral("a@b.com, c@d.com");
    CHECK(f.tickets().addInteraction(f.agent, t2->id, badCopy).error().code == Error::Code::InvalidInput);
    NewInteraction empty;
    CHECK(f.tickets().addInteraction(f.agent, t2->id, empty).error().fields == QStringList{QStringLiteral("text")});
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ?"), {t2->id}) == 0);
    CHECK(f.tickets().addInteraction(f.captador, t2->id, manual).ok()); // captador has ticket.reply
}

TEST_CASE("A ticket handled by phone needs a phone record before it is resolved", "[tickets][documentation]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket(QStringLiteral("Dúvida por telefone"), QStringLiteral("phone"));
    auto r = f.tickets().changeStatus(f.agent, t.id, t.rowVersion, f.statusId(QStringLiteral("resolved")),
                                      QStringLiteral("Expliquei o relatório."));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().fields == QStringList{QStringLiteral("phone_record")});
    // A manual reply does not count; a phone record does.
    NewInteraction manual;
    manual.text = QStringLiteral("Respondi por e-mail.");
    REQUIRE(f.tickets().addInteraction(f.agent, t.id, manual).ok());
    auto version = f.tickets().get(f.agent, t.id)->ticket.rowVersion;
    CHECK_FALSE(f.tickets()
                    .changeStatus(f.agent, t.id, version, f.statusId(QStringLiteral("resolved")),
                                  QStringLiteral("Expliquei o relatório."))
                    .ok());
    NewInteraction record;
    record.kind = QStringLiteral("record");
    record.channel = QStringLiteral("phone");
    record.text = QStringLiteral("Cliente ligou; expliquei onde fica o relatório.");
    REQUIRE(f.tickets().addInteraction(f.agent, t.id, record).ok());
    version = f.tickets().get(f.agent, t.id)->ticket.rowVersion;
    CHECK(f.tickets()
              .changeStatus(f.agent, t.id, version, f.statusId(QStringLiteral("resolved")),
                            QStringLiteral("Expliquei o relatório."))
              .ok());

    SECTION("configurable per subject") {
        f.scalar(QStringLiteral("UPDATE subjects SET requires_phone_record = 0"));
        const Ticket t2 = f.createTicket(QStringLiteral("Outra por telefone"), QStringLiteral("phone"));
        CHECK(f.tickets()
                  .changeStatus(f.agent, t2.id, t2.rowVersion, f.statusId(QStringLiteral("resolved")),
                                QStringLiteral("Feito."))
                  .ok());
    }
}

TEST_CASE("Only active tickets can be linked", "[tickets][links]") {
    test::TicketFixture f;
    const Ticket a = f.createTicket(QStringLiteral("A"));
    const Ticket b = f.createTicket(QStringLiteral("B"));
    const Ticket c = f.createTicket(QStringLiteral("C"));
    REQUIRE(f.tickets().changeStatus(f.leader, c.id, c.rowVersion, f.statusId(QStringLiteral("cancelled"))).ok());
    // Only the customer's active tickets are offered.
    auto offered = f.tickets().linkableTickets(f.agent, a.id);
    REQUIRE(offered.ok());
    QList<qint64> offeredIds;
    for (const auto& o : *offered)
        offeredIds.append(o.id);
    CHECK(offeredIds == QList<qint64>{b.id});
    REQUIRE(f.tickets().link(f.agent, a.id, b.id).ok());
    REQUIRE(f.tickets().link(f.agent, b.id, a.id).ok()); // already linked: nothing new
    auto closed = f.tickets().link(f.agent, a.id, c.id);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().userMessage.contains(QStringLiteral("Cancelado")));
    CHECK(f.tickets().link(f.agent, a.id, a.id).error().code == Error::Code::InvalidInput);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ticket_links")) == 1);
    auto da = f.tickets().get(f.agent, a.id);
    auto db = f.tickets().get(f.agent, b.id);
    REQUIRE(da->links.size() == 1);
    CHECK(da->links[0].id == b.id);
    REQUIRE(db->links.size() == 1);
    CHECK(db->links[0].id == a.id);
    REQUIRE(f.tickets().unlink(f.agent, b.id, a.id).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ticket_links")) == 0);
}

TEST_CASE("Tasks need a sub-subject", "[tickets][tasks]") {
    test::TicketFixture f;
    NewTicket n = test::TicketFixture::question(f.customerId, QStringLiteral("Sem subassunto"));
    n.ticket.subSubjectId.reset();
    auto t = f.tickets().create(f.agent, n);
    REQUIRE(t.ok());
    auto refused = f.tickets().addTask(f.agent, t->id, QStringLiteral("Ligar de volta"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fields == QStringList{QStringLiteral("sub_subject_id")});
    const Ticket ok = f.createTicket();
    auto task = f.tickets().addTask(f.agent, ok.id, QStringLiteral("Ligar de volta"), f.agent.userId());
    REQUIRE(task.ok());
    REQUIRE(f.tickets().setTaskDone(f.agent, *task, true).ok());
    auto d = f.tickets().get(f.agent, ok.id);
    REQUIRE(d->tasks.size() == 1);
    CHECK(d->tasks[0].done);
}

TEST_CASE("Cloning copies the ticket with a new protocol and links it to the original", "[tickets][clone]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    f.clock().advanceSecs(60);
    auto c = f.tickets().clone(f.agent, t.id);
    INFO(((c) ? std::string() : why(c.error())));
    REQUIRE(c.ok());
    CHECK(c->id != t.id);
    CHECK(c->protocol != t.protocol);
    CHECK(c->title == t.title);
    CHECK(c->description == t.description);
    CHECK(c->subSubjectId == t.subSubjectId);
    CHECK(c->customerId == t.customerId);
    CHECK(c->statusId == f.statusId(QStringLiteral("new")));
    CHECK(c->openedAt == f.clock().nowMs());
    auto d = f.tickets().get(f.agent, c->id);
    REQUIRE(d->links.size() == 1);
    CHECK(d->links[0].id == t.id);
    CHECK(d->interactions[0].text.contains(t.protocol));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'clone' AND field = 'cloned_from' AND "
                                 "new_value = ?"),
                  {QString::number(t.id)}) == 1);
}

TEST_CASE("Resolving a problem resolves its incidents with one message to each customer", "[tickets][problem]") {
    test::TicketFixture f;
    NewTicket p = test::TicketFixture::question(f.customerId, QStringLiteral("Falha geral no XML"));
    p.ticket.kind = QStringLiteral("problem");
    auto problem = f.tickets().create(f.leader, p);
    REQUIRE(problem.ok());
    QList<qint64> incidents;
    for (qint64 customer : {f.customerId, f.customerNoEmailId}) {
        NewTicket n = test::TicketFixture::question(customer, QStringLiteral("XML não gera"));
        n.ticket.kind = QStringLiteral("incident");
        n.ticket.parentProblemId = problem->id;
        auto i = f.tickets().create(f.agent, n);
        INFO(((i) ? std::string() : why(i.error())));
        REQUIRE(i.ok());
        incidents.append(i->id);
    }
    // A third incident is Pendente, from where the workflow has no way straight to Resolvido: it is reported.
    NewTicket pendingNew = test::TicketFixture::question(f.customerId, QStringLiteral("XML pendente"));
    pendingNew.ticket.kind = QStringLiteral("incident");
    pendingNew.ticket.parentProblemId = problem->id;
    auto pending = f.tickets().create(f.agent, pendingNew);
    REQUIRE(pending.ok());
    REQUIRE(f.tickets()
                .changeStatus(f.agent, pending->id, pending->rowVersion, f.statusId(QStringLiteral("pending")))
                .ok());
    // Only a problem can be a parent.
    NewTicket wrong = test::TicketFixture::question(f.customerId, QStringLiteral("x"));
    wrong.ticket.parentProblemId = incidents[0];
    CHECK(f.tickets().create(f.agent, wrong).error().code == Error::Code::InvalidInput);

    auto detail = f.tickets().get(f.leader, problem->id);
    CHECK(detail->incidents.size() == 3);
    auto r = f.tickets().resolveProblem(f.leader, problem->id, problem->rowVersion,
                                        QStringLiteral("Corrigido o gerador de XML na versão 5.2."), true,
                                        QStringLiteral("O problema do XML foi corrigido. Atualize para a versão 5.2."));
    INFO(((r) ? std::string() : why(r.error())));
    REQUIRE(r.ok());
    for (const auto& skipped : r->skippedIncidents)
        UNSCOPED_INFO(skipped.first << ": " << skipped.second.toStdString());
    CHECK(r->resolvedIncidents == incidents);
    REQUIRE(r->skippedIncidents.size() == 1);
    CHECK(r->skippedIncidents[0].first == pending->id);
    for (qint64 id : incidents) {
        auto d = f.tickets().get(f.leader, id);
        CHECK(d->statusCode == QStringLiteral("resolved"));
        CHECK(d->ticket.solution == QStringLiteral("Corrigido o gerador de XML na versão 5.2."));
        REQUIRE(d->interactions.size() == 1);
        CHECK(d->interactions[0].visibleToCustomer);
    }
    // Only the customer with an e-mail gets one.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == 1);
    CHECK(f.tickets().get(f.leader, problem->id)->statusCode == QStringLiteral("resolved"));
}

TEST_CASE("TicketFields lists every missing field once, in order, with its label", "[tickets][mandatory]") {
    Ticket t;
    t.title = QStringLiteral("  ");
    const QStringList missing = TicketFields::missing(
        t, {QStringLiteral("title"), QStringLiteral("solution"), QStringLiteral("title"), QStringLiteral("unknown")});
    CHECK(missing == QStringList{QStringLiteral("title"), QStringLiteral("solution")});
    const Error e = TicketFields::missingFieldsError(missing);
    CHECK(e.userMessage == TicketFields::tr("Fill in the mandatory fields before saving: %1.")
                               .arg(TicketFields::label(QStringLiteral("title")) + QStringLiteral(", ") +
                                    TicketFields::label(QStringLiteral("solution"))));
    CHECK(e.fields == missing);
}

TEST_CASE("A change whose audit cannot be written is not saved at all", "[tickets][audit]") {
    test::TicketFixture f;
    const Ticket t = f.createTicket();
    f.breakAuditLog();
    auto created = f.tickets().create(f.agent, test::TicketFixture::question(f.customerId, QStringLiteral("Novo")));
    REQUIRE_FALSE(created.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contact_records")) == 1);
    Ticket e = f.tickets().get(f.agent, t.id)->ticket;
    e.title = QStringLiteral("Outro título");
    REQUIRE_FALSE(f.tickets().update(f.agent, e).ok());
    NewInteraction reply;
    reply.text = QStringLiteral("Resposta");
    reply.emailToCustomer = true;
    REQUIRE_FALSE(f.tickets().addInteraction(f.agent, t.id, reply).ok());
    const Ticket after = f.tickets().get(f.agent, t.id)->ticket;
    CHECK(after.title == t.title);
    CHECK(after.rowVersion == t.rowVersion);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM interactions")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    CHECK(test::searchRowsMatching(f.db(), SearchHit::Kind::Ticket, QStringLiteral("outro")) == 0);
}
