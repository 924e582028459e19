// Two agents, two connections to one database file (as two workstations on one shared database): the second save
// of the same record is refused with Conflict, and the merge keeps both agents' edits, asking only about the fields
// both changed differently.
#include "CustomerFixture.h"
#include "TicketFixture.h"

#include "auth/Permission.h"
#include "customers/CustomerConflictMerge.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "tickets/TicketConflictMerge.h"
#include "tickets/TicketService.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::CustomerFixture;
using atende::test::TicketFixture;

namespace {

std::unique_ptr<Database> secondConnection(const QString& path) {
    auto db = Database::openExisting(path);
    INFO((db ? QString() : db.error().detail).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

Ticket stored(TicketService& service, const Actor& actor, qint64 id) {
    auto d = service.get(actor, id);
    REQUIRE(d.ok());
    return d->ticket;
}

} // namespace

TEST_CASE("Ticket conflict: A's description and B's title and status are both kept", "[conflicts][tickets]") {
    TicketFixture f;
    const Ticket created = f.createTicket(QStringLiteral("Impressora fiscal não imprime"));
    auto otherDb = secondConnection(f.db().path());
    TicketService agentB(*otherDb, f.clock());

    // Both open the ticket.
    const Ticket baseA = stored(f.tickets(), f.agent, created.id);
    Ticket editB = stored(agentB, f.leader, created.id);

    // B saves a new title, then moves the status.
    editB.title = QStringLiteral("Impressora fiscal Bematech não imprime cupom");
    auto versionB = agentB.update(f.leader, editB);
    REQUIRE(versionB.ok());
    REQUIRE(agentB.changeStatus(f.leader, created.id, *versionB, f.statusId(QStringLiteral("in_progress"))).ok());

    // A, still on the old read, saves a description: refused, nothing of A's overwrites B's.
    Ticket mine = baseA;
    mine.description = QStringLiteral("Cliente reiniciou a impressora; continua sem imprimir o cupom.");
    auto refused = f.tickets().update(f.agent, mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(stored(f.tickets(), f.agent, created.id).title == editB.title);

    TicketConflictMerge merge(f.db(), f.clock());
    auto conflict = merge.compare(f.agent, baseA, mine);
    REQUIRE(conflict.ok());
    const RecordConflict& record = conflict->record;
    CHECK(record.conflictingFields().isEmpty());
    CHECK(record.isResolved());
    CHECK(record.changedByName == QStringLiteral("Pessoa lider"));
    REQUIRE(record.field(QStringLiteral("title")));
    CHECK(record.field(QStringLiteral("title"))->changedByThem);
    CHECK_FALSE(record.field(QStringLiteral("title"))->changedByMe);
    CHECK(record.field(QStringLiteral("title"))->choice == ConflictField::Choice::Theirs);
    CHECK(record.field(QStringLiteral("status_id"))->changedByThem);
    CHECK(record.field(QStringLiteral("status_id"))->theirsText == QStringLiteral("Em atendimento"));
    CHECK(record.field(QStringLiteral("description"))->changedByMe);
    CHECK(record.field(QStringLiteral("description"))->choice == ConflictField::Choice::Mine);
    QStringList changed;
    for (const ConflictField& field : record.changedFields())
        changed.append(field.name);
    CHECK(changed == QStringList{QStringLiteral("title"), QStringLiteral("status_id"), QStringLiteral("description")});

    auto version = merge.save(f.agent, *conflict);
    INFO((version ? QString() : version.error().userMessage).toStdString());
    REQUIRE(version.ok());
    CHECK(*version == record.currentRowVersion + 1);

    const Ticket after = stored(agentB, f.leader, created.id); // read through B's connection
    CHECK(after.title == editB.title);
    CHECK(after.statusId == f.statusId(QStringLiteral("in_progress")));
    CHECK(after.description == mine.description);
    // The merge is in the history as A's, with only the field it changed.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND entity_id = ? AND "
                                 "action = 'merge' AND user_id = ?"),
                  {created.id, f.agent.userId()}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND entity_id = ? AND "
                                 "action = 'merge' AND field = 'description'"),
                  {created.id}) == 1);
}

TEST_CASE("Ticket conflict: the same field edited by both is asked, and the chosen value is saved",
          "[conflicts][tickets]") {
    TicketFixture f;
    const Ticket created = f.createTicket();
    auto otherDb = secondConnection(f.db().path());
    TicketService agentB(*otherDb, f.clock());
    const Ticket baseA = stored(f.tickets(), f.agent, created.id);
    Ticket editB = stored(agentB, f.leader, created.id);

    editB.title = QStringLiteral("Relatório de vendas: erro ao filtrar por mês");
    editB.solution = QStringLiteral("Atualizar para a versão 4.3.");
    REQUIRE(agentB.update(f.leader, editB).ok());

    Ticket mine = baseA;
    mine.title = QStringLiteral("Relatório de vendas vazio em novembro");
    mine.urgency = 1;
    REQUIRE(f.tickets().update(f.agent, mine).error().code == Error::Code::Conflict);

    TicketConflictMerge merge(f.db(), f.clock());
    auto conflict = merge.compare(f.agent, baseA, mine);
    REQUIRE(conflict.ok());
    CHECK(conflict->record.conflictingFields() == QStringList{QStringLiteral("title")});
    const ConflictField* title = conflict->record.field(QStringLiteral("title"));
    CHECK(title->mineText == mine.title);
    CHECK(title->theirsText == editB.title);
    CHECK(title->choice == ConflictField::Choice::Undecided);
    CHECK(conflict->record.field(QStringLiteral("urgency"))->choice == ConflictField::Choice::Mine);

    // Undecided: nothing is saved, and the message names the field.
    const qint64 versionBefore = f.count(QStringLiteral("SELECT row_version FROM tickets WHERE id = ?"), {created.id});
    auto undecided = merge.save(f.agent, *conflict);
    REQUIRE_FALSE(undecided.ok());
    CHECK(undecided.error().code == Error::Code::InvalidInput);
    CHECK(undecided.error().fields == QStringList{QStringLiteral("title")});
    CHECK(undecided.error().userMessage.contains(QStringLiteral("Título")));
    CHECK(f.count(QStringLiteral("SELECT row_version FROM tickets WHERE id = ?"), {created.id}) == versionBefore);

    // A field nobody is fighting over cannot be flipped.
    CHECK_FALSE(conflict->record.choose(QStringLiteral("solution"), ConflictField::Choice::Mine));
    REQUIRE(conflict->record.choose(QStringLiteral("title"), ConflictField::Choice::Mine));
    REQUIRE(merge.save(f.agent, *conflict).ok());
    const Ticket after = stored(f.tickets(), f.agent, created.id);
    CHECK(after.title == mine.title);        // chosen
    CHECK(after.solution == editB.solution); // B's, kept
    CHECK(after.urgency == 1);               // A's, kept
    CHECK(after.priority != baseA.priority); // the matrix follows the new urgency
}

TEST_CASE("Ticket conflict: a merge based on a version that moved again is refused, then merged anew",
          "[conflicts][tickets]") {
    TicketFixture f;
    const Ticket created = f.createTicket();
    auto otherDb = secondConnection(f.db().path());
    TicketService agentB(*otherDb, f.clock());
    const Ticket baseA = stored(f.tickets(), f.agent, created.id);

    Ticket editB = stored(agentB, f.leader, created.id);
    editB.title = QStringLiteral("Primeira mudança de B");
    REQUIRE(agentB.update(f.leader, editB).ok());

    Ticket mine = baseA;
    mine.solution = QStringLiteral("Orientado a limpar o cache do navegador.");
    TicketConflictMerge merge(f.db(), f.clock());
    auto conflict = merge.compare(f.agent, baseA, mine);
    REQUIRE(conflict.ok());

    // B saves again while A looks at the merge.
    editB = stored(agentB, f.leader, created.id);
    editB.description = QStringLiteral("Segunda mudança de B.");
    REQUIRE(agentB.update(f.leader, editB).ok());

    auto again = merge.save(f.agent, *conflict);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(stored(f.tickets(), f.agent, created.id).solution.isEmpty());

    auto fresh = merge.compare(f.agent, baseA, mine);
    REQUIRE(fresh.ok());
    REQUIRE(merge.save(f.agent, *fresh).ok());
    const Ticket after = stored(f.tickets(), f.agent, created.id);
    CHECK(after.title == QStringLiteral("Primeira mudança de B"));
    CHECK(after.description == QStringLiteral("Segunda mudança de B."));
    CHECK(after.solution == mine.solution);
}

TEST_CASE("Customer update: a stale row version is refused with Conflict", "[conflicts][customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent(QStringLiteral("ana"));
    auto id = service.create(ana, CustomerFixture::person(7, QStringLiteral("Padaria Pão Quente")));
    REQUIRE(id.ok());
    Customer first = *service.get(ana, *id);
    Customer second = first;
    first.plan = QStringLiteral("Ouro");
    REQUIRE(service.update(ana, first).ok());
    second.plan = QStringLiteral("Prata");
    auto stale = service.update(ana, second);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(service.get(ana, *id)->plan == QStringLiteral("Ouro"));
}

TEST_CASE("Customer conflict: both agents' edits are kept, the field both changed is chosen",
          "[conflicts][customers]") {
    CustomerFixture f;
    const Actor ana = f.agent(QStringLiteral("ana"));
    const Actor bia = f.agent(QStringLiteral("bia"));
    CustomerService serviceA(f.db(), f.clock());
    auto id = serviceA.create(ana, CustomerFixture::person(3, QStringLiteral("Mercado São Jorge")));
    REQUIRE(id.ok());
    auto otherDb = secondConnection(f.db().path());
    CustomerService serviceB(*otherDb, f.clock());

    const Customer baseA = *serviceA.get(ana, *id);
    Customer editB = *serviceB.get(bia, *id);
    editB.name = QStringLiteral("Mercado São Jorge Ltda");
    editB.plan = QStringLiteral("Ouro");
    REQUIRE(serviceB.update(bia, editB).ok());

    // A types as the editor shows it: the document with its mask.
    Customer mine = baseA;
    mine.document = DocumentNumber::parse(baseA.document).formatted();
    mine.observation = QStringLiteral("Entrega pelos fundos, portão azul.");
    mine.plan = QStringLiteral("Prata");
    auto refused = serviceA.update(ana, mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);

    CustomerConflictMerge merge(f.db(), f.clock());
    auto conflict = merge.compare(ana, baseA, mine);
    REQUIRE(conflict.ok());
    CHECK(conflict->record.changedByName == QStringLiteral("Pessoa bia"));
    CHECK_FALSE(conflict->record.field(QStringLiteral("document"))->changed()); // the mask is not a change
    CHECK(conflict->record.conflictingFields() == QStringList{QStringLiteral("plan")});
    CHECK(conflict->record.field(QStringLiteral("name"))->choice == ConflictField::Choice::Theirs);
    CHECK(conflict->record.field(QStringLiteral("observation"))->choice == ConflictField::Choice::Mine);

    REQUIRE(merge.save(ana, *conflict).error().code == Error::Code::InvalidInput);
    REQUIRE(conflict->record.choose(QStringLiteral("plan"), ConflictField::Choice::Theirs));
    auto version = merge.save(ana, *conflict);
    INFO((version ? QString() : version.error().userMessage).toStdString());
    REQUIRE(version.ok());

    const Customer after = *serviceB.get(bia, *id);
    CHECK(after.name == editB.name);
    CHECK(after.plan == QStringLiteral("Ouro"));
    CHECK(after.observation == mine.observation);
    CHECK(after.rowVersion == *version);
    // One audit row for the merge, of the one field Ana's side brought in.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                 "action = 'merge'"),
                  {*id}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                 "action = 'merge' AND field = 'observation'"),
                  {*id}) == 1);
}

TEST_CASE("Customer conflict: an agent who sees masked personal data merges without writing a mask over the data",
          "[conflicts][customers]") {
    CustomerFixture f;
    const Actor full = f.agent(QStringLiteral("ana"));
    const Actor limited = f.actor(QStringLiteral("caio"), {Permission::CustomerView, Permission::CustomerEdit});
    CustomerService service(f.db(), f.clock());
    auto id = service.create(full, CustomerFixture::person(5, QStringLiteral("Oficina Dois Irmãos")));
    REQUIRE(id.ok());
    const Customer original = *service.get(full, *id);

    const Customer baseLimited = *service.get(limited, *id);
    REQUIRE(baseLimited.personalDataMasked);

    // The full agent changes a phone meanwhile; the limited one, on the old read, changes the plan.
    Customer editFull = original;
    editFull.phones = {QStringLiteral("(11) 97777-1234")};
    auto otherDb = secondConnection(f.db().path());
    REQUIRE(CustomerService(*otherDb, f.clock()).update(full, editFull).ok());
    Customer mine = baseLimited;
    mine.plan = QStringLiteral("Bronze");
    REQUIRE(service.update(limited, mine).error().code == Error::Code::Conflict);

    CustomerConflictMerge merge(f.db(), f.clock());
    auto conflict = merge.compare(limited, baseLimited, mine);
    REQUIRE(conflict.ok());
    CHECK(conflict->record.conflictingFields().isEmpty());
    // The phone change shows masked to whoever may not see it.
    CHECK(conflict->record.field(QStringLiteral("phones"))->theirsText.contains(QLatin1Char('*')));
    REQUIRE(merge.save(limited, *conflict).ok());

    const Customer after = *service.get(full, *id);
    CHECK(after.plan == QStringLiteral("Bronze"));
    CHECK(after.phones == QStringList{QStringLiteral("(11) 97777-1234")});
    CHECK(after.document == original.document);
    CHECK(after.emails == original.emails);
}
