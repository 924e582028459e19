#include "CustomerFixture.h"
#include "SearchRows.h"

#include "auth/Permission.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::CustomerFixture;
using atende::test::searchRowsFor;
using atende::test::searchRowsMatching;

namespace {

Customer joao() {
    Customer c;
    c.kind = Customer::Kind::PF;
    c.document = QStringLiteral("529.982.247-25");
    c.code = QStringLiteral("C000123");
    c.name = QStringLiteral("  João da Conceição  ");
    c.emails = {QStringLiteral("Joao.C@Exemplo.com.br")};
    c.phones = {QStringLiteral("+55 (11) 98765-4321")};
    c.plan = QStringLiteral("Ouro");
    c.observation = QStringLiteral("Portão lateral.\r\nLigar antes.");
    c.city = QStringLiteral("São Paulo");
    c.state = QStringLiteral("sp");
    c.contacts = {CustomerContact{0, QStringLiteral("Marta Souza"), QStringLiteral("Financeiro"),
                                  QStringLiteral("11 3333-4444"), QStringLiteral("marta@exemplo.com.br")}};
    return c;
}

QStringList auditFields(CustomerFixture& f, qint64 id, const QString& action) {
    QStringList out;
    const QString joined = f.scalar(QStringLiteral("SELECT group_concat(field, ',') FROM (SELECT field FROM audit_log "
                                                   "WHERE entity = 'customer' AND entity_id = ? AND action = ? "
                                                   "ORDER BY id) AS fields"),
                                    {id, action})
                               .toString();
    return joined.isEmpty() ? out : joined.split(QLatin1Char(','));
}

} // namespace

TEST_CASE("CustomerService: create, then find by document, code, name prefix, phone and e-mail", "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();

    auto id = service.create(ana, joao());
    INFO((id ? QString() : id.error().userMessage + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());

    auto got = service.get(ana, *id);
    REQUIRE(got.ok());
    CHECK(got->document == QLatin1String("52998224725")); // stored without mask
    CHECK(got->name == QStringLiteral("João da Conceição"));
    CHECK(got->phones == QStringList{QStringLiteral("(11) 98765-4321")});
    CHECK(got->emails == QStringList{QStringLiteral("Joao.C@Exemplo.com.br")});
    CHECK(got->state == QLatin1String("SP"));
    CHECK(got->observation == QStringLiteral("Portão lateral.\nLigar antes."));
    REQUIRE(got->contacts.size() == 1);
    CHECK(got->contacts[0].id > 0);
    CHECK(got->contacts[0].phone == QStringLiteral("(11) 3333-4444"));
    CHECK(got->rowVersion == 1);
    CHECK(got->createdAt == f.clock().nowMs());
    CHECK_FALSE(got->personalDataMasked);

    for (const QString& typed :
         {QStringLiteral("52998224725"), QStringLiteral("529.982.247-25"), QStringLiteral(" 529 982 247 25 ")}) {
        auto found = service.findByDocument(ana, typed);
        REQUIRE(found.ok());
        CHECK(found->id == *id);
    }
    auto badDocument = service.findByDocument(ana, QStringLiteral("529.982.247-26"));
    REQUIRE_FALSE(badDocument.ok());
    CHECK(badDocument.error().code == Error::Code::InvalidInput);
    auto unknown = service.findByDocument(ana, CustomerFixture::cpf(7));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::NotFound);

    auto byCode = service.findByCode(ana, QStringLiteral(" C000123 "));
    REQUIRE(byCode.ok());
    CHECK(byCode->id == *id);

    for (const QString& prefix : {QStringLiteral("joao da conc"), QStringLiteral("JOÃO"), QStringLiteral("João  da")}) {
        INFO(prefix.toStdString());
        auto byName = service.findByNamePrefix(ana, prefix);
        REQUIRE(byName.ok());
        REQUIRE(byName->size() == 1);
        CHECK(byName->constFirst().id == *id);
    }
    auto middle = service.findByNamePrefix(ana, QStringLiteral("conceicao"));
    REQUIRE(middle.ok());
    CHECK(middle->isEmpty()); // a prefix, not a substring

    for (const QString& phone :
         {QStringLiteral("11987654321"), QStringLiteral("(11) 98765-4321"), QStringLiteral("+55 11 98765 4321")}) {
        auto byPhone = service.findByPhone(ana, phone);
        REQUIRE(byPhone.ok());
        REQUIRE(byPhone->size() == 1);
        CHECK(byPhone->constFirst().id == *id);
    }
    auto noDdd = service.findByPhone(ana, QStringLiteral("98765-4321"));
    REQUIRE_FALSE(noDdd.ok());
    CHECK(noDdd.error().code == Error::Code::InvalidInput);

    auto byEmail = service.findByEmail(ana, QStringLiteral("JOAO.c@exemplo.COM.br"));
    REQUIRE(byEmail.ok());
    REQUIRE(byEmail->size() == 1);
    CHECK(byEmail->constFirst().id == *id);

    // The full-text row: title the name, body code + document + e-mails; accents do not matter.
    CHECK(searchRowsMatching(f.db(), SearchHit::Kind::Customer, QStringLiteral("joao conceicao"), *id) == 1);
    CHECK(searchRowsMatching(f.db(), SearchHit::Kind::Customer, QStringLiteral("52998224725")) == 1);
    CHECK(searchRowsMatching(f.db(), SearchHit::Kind::Customer, QStringLiteral("c000123")) == 1);

    // Creation is audited field by field.
    const QStringList created = auditFields(f, *id, QStringLiteral("create"));
    for (const char* field :
         {"kind", "document", "code", "name", "emails", "phones", "plan", "observation", "city", "state"})
        CHECK(created.contains(QString::fromLatin1(field)));
    CHECK(created.contains(QStringLiteral("contact.%1.name").arg(got->contacts[0].id)));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                 "field = 'document' AND new_value = '52998224725' AND user_id = ?"),
                  {*id, ana.userId()}) == 1);
}

TEST_CASE("CustomerService: a company with a lower-case alphanumeric CNPJ is stored upper case and found any way",
          "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();

    Customer company;
    company.kind = Customer::Kind::PJ;
    company.document = QStringLiteral("12.abc.345/01de-35");
    company.name = QStringLiteral("Imobiliária Horizonte Ltda");
    auto id = service.create(ana, company);
    REQUIRE(id.ok());
    CHECK(f.scalar(QStringLiteral("SELECT document FROM customers WHERE id = ?"), {*id}).toString() ==
          QLatin1String("12ABC34501DE35"));
    for (const QString& typed : {QStringLiteral("12abc34501de35"), QStringLiteral("12.ABC.345/01DE-35"),
                                 QStringLiteral("12.abc.345/01DE-35")}) {
        INFO(typed.toStdString());
        auto found = service.findByDocument(ana, typed);
        REQUIRE(found.ok());
        CHECK(found->id == *id);
        CHECK(found->kind == Customer::Kind::PJ);
    }

    // A CNPJ cannot identify an individual, nor a CPF a company.
    Customer wrongKind = company;
    wrongKind.kind = Customer::Kind::PF;
    wrongKind.document = CustomerFixture::cnpj(3);
    auto refused = service.create(ana, wrongKind);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().detail.contains(QLatin1String("document")));
    wrongKind.kind = Customer::Kind::PJ;
    wrongKind.document = CustomerFixture::cpf(3);
    CHECK(service.create(ana, wrongKind).error().code == Error::Code::InvalidInput);
}

TEST_CASE("CustomerService: validation names every bad field and saves nothing", "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();

    Customer bad;
    bad.kind = Customer::Kind::PF;
    bad.name = QStringLiteral("   ");
    bad.document = QStringLiteral("111.111.111-11");
    bad.emails = {QStringLiteral("ok@exemplo.com.br"), QStringLiteral("vitima@exemplo.com\r\nBcc: todos@exemplo.com")};
    bad.phones = {QStringLiteral("98765-4321")};
    bad.state = QStringLiteral("São Paulo");
    bad.licenseDaysOverdue = -1;
    bad.contacts = {CustomerContact{0, QString(), QString(), QString(), QStringLiteral("sem-arroba")}};
    auto refused = service.create(ana, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK_FALSE(refused.error().userMessage.isEmpty());
    for (const char* field : {"name", "document", "emails", "phones", "state", "license_days_overdue",
                              "contacts.0.name", "contacts.0.email"}) {
        INFO(field);
        CHECK(refused.error().detail.contains(QString::fromLatin1(field)));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")) == 0);

    // A multi-line name would break lists and mail headers.
    Customer twoLines = CustomerFixture::person(1, QStringLiteral("Ana\nBcc: x"));
    CHECK(service.create(ana, twoLines).error().code == Error::Code::InvalidInput);
}

TEST_CASE("CustomerService: the document and the code are unique - the message names the code, never the document",
          "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();

    Customer first = CustomerFixture::person(1, QStringLiteral("Carlos Menezes"));
    first.code = QStringLiteral("CLI-77");
    auto id = service.create(ana, first);
    REQUIRE(id.ok());

    Customer again = CustomerFixture::person(2, QStringLiteral("Outra Pessoa"));
    again.document = DocumentNumber::formatNormalized(first.document); // typed with the mask this time
    auto taken = service.create(ana, again);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == Error::Code::Conflict);
    CHECK(taken.error().userMessage.contains(QLatin1String("CLI-77")));
    CHECK_FALSE(taken.error().userMessage.contains(first.document));
    CHECK_FALSE(taken.error().userMessage.contains(DocumentNumber::formatNormalized(first.document)));
    CHECK_FALSE(taken.error().detail.contains(first.document));

    Customer sameCode = CustomerFixture::person(3, QStringLiteral("Terceira Pessoa"));
    sameCode.code = QStringLiteral("CLI-77");
    auto codeTaken = service.create(ana, sameCode);
    REQUIRE_FALSE(codeTaken.ok());
    CHECK(codeTaken.error().code == Error::Code::Conflict);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 1);

    // Changing a customer to someone else's document is refused the same way.
    Customer other = CustomerFixture::person(4, QStringLiteral("Quarta Pessoa"));
    auto otherId = service.create(ana, other);
    REQUIRE(otherId.ok());
    auto loaded = service.get(ana, *otherId);
    REQUIRE(loaded.ok());
    Customer changed = *loaded;
    changed.document = first.document;
    CHECK(service.update(ana, changed).error().code == Error::Code::Conflict);
}

TEST_CASE("CustomerService: possible duplicates are the same folded name with a phone in common, or an e-mail",
          "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();

    Customer maria = CustomerFixture::person(1, QStringLiteral("Maria José Souza"));
    maria.emails = {QStringLiteral("maria.souza@exemplo.com.br")};
    maria.phones = {QStringLiteral("(11) 3333-4444")};
    auto mariaId = service.create(ana, maria);
    REQUIRE(mariaId.ok());

    // Same name (other accents and case) and the same phone typed otherwise.
    Customer sameNamePhone = CustomerFixture::person(2, QStringLiteral("MARIA JOSE  souza"));
    sameNamePhone.emails.clear();
    sameNamePhone.phones = {QStringLiteral("1133334444")};
    auto duplicates = service.possibleDuplicates(ana, sameNamePhone);
    REQUIRE(duplicates.ok());
    REQUIRE(duplicates->size() == 1);
    CHECK(duplicates->constFirst().id == *mariaId);
    auto refused = service.create(ana, sameNamePhone);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().detail == QStringLiteral("possible duplicates: %1").arg(*mariaId));
    CHECK_FALSE(refused.error().userMessage.isEmpty());

    // Same phone, another name: a relative sharing the line, not a duplicate.
    Customer samePhone = CustomerFixture::person(3, QStringLiteral("Pedro Souza"));
    samePhone.phones = {QStringLiteral("(11) 3333-4444")};
    auto none = service.possibleDuplicates(ana, samePhone);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    // Same e-mail in another case, whatever the name.
    Customer sameEmail = CustomerFixture::person(4, QStringLiteral("M. J. Souza"));
    sameEmail.emails = {QStringLiteral("MARIA.SOUZA@exemplo.com.br")};
    auto byEmail = service.possibleDuplicates(ana, sameEmail);
    REQUIRE(byEmail.ok());
    REQUIRE(byEmail->size() == 1);
    CHECK(byEmail->constFirst().id == *mariaId);

    // A record is not its own duplicate.
    auto stored = service.get(ana, *mariaId);
    REQUIRE(stored.ok());
    auto self = service.possibleDuplicates(ana, *stored);
    REQUIRE(self.ok());
    CHECK(self->isEmpty());

    // Once the agent confirms it is someone else, it is created.
    auto confirmed = service.create(ana, sameNamePhone, true);
    REQUIRE(confirmed.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 2);
}

TEST_CASE("CustomerService: update audits each changed field, keeps the search row in step and detects conflicts",
          "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();
    const Actor bia = f.agent(QStringLiteral("bia"));

    auto id = service.create(ana, joao());
    REQUIRE(id.ok());
    auto opened = service.get(ana, *id);
    auto openedByBia = service.get(bia, *id);
    REQUIRE(opened.ok());
    REQUIRE(openedByBia.ok());

    f.clock().advanceSecs(60);
    Customer changed = *opened;
    changed.name = QStringLiteral("João da Conceição Filho");
    changed.plan = QStringLiteral("Prata");
    changed.phones.append(QStringLiteral("(21) 2222-3333"));
    changed.contacts[0].role = QStringLiteral("Sócia");
    changed.contacts.append(CustomerContact{0, QStringLiteral("Rui Barros"), QString(), QString(), QString()});
    auto version = service.update(ana, changed);
    INFO((version ? QString() : version.error().userMessage + QStringLiteral(" / ") + version.error().detail)
             .toStdString());
    REQUIRE(version.ok());
    CHECK(*version == 2);

    auto saved = service.get(ana, *id);
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == 2);
    CHECK(saved->updatedAt == f.clock().nowMs());
    CHECK(saved->phones == QStringList{QStringLiteral("(11) 98765-4321"), QStringLiteral("(21) 2222-3333")});
    REQUIRE(saved->contacts.size() == 2);
    const qint64 rui = saved->contacts[1].id;

    const QStringList fields = auditFields(f, *id, QStringLiteral("update"));
    CHECK(fields.size() == 5);
    CHECK(fields.contains(QStringLiteral("name")));
    CHECK(fields.contains(QStringLiteral("plan")));
    CHECK(fields.contains(QStringLiteral("phones")));
    CHECK(fields.contains(QStringLiteral("contact.%1.role").arg(saved->contacts[0].id)));
    CHECK(fields.contains(QStringLiteral("contact.%1.name").arg(rui)));
    CHECK(f.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE entity_id = ? AND "
                                  "action = 'update' AND field = 'plan'"),
                   {*id})
              .toString() == QStringLiteral("Ouro>Prata"));

    // The search row follows the name.
    CHECK(searchRowsMatching(f.db(), SearchHit::Kind::Customer, QStringLiteral("filho"), *id) == 1);
    CHECK(searchRowsFor(f.db(), SearchHit::Kind::Customer, *id) == 1);

    // Bia still holds version 1: her save would silently undo Ana's.
    Customer stale = *openedByBia;
    stale.plan = QStringLiteral("Bronze");
    auto conflict = service.update(bia, stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK_FALSE(conflict.error().userMessage.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT plan FROM customers WHERE id = ?"), {*id}).toString() ==
          QLatin1String("Prata"));

    // Saving without a change writes nothing.
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto same = service.update(ana, *saved);
    REQUIRE(same.ok());
    CHECK(*same == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);

    // A contact a ticket points at cannot be removed; one that nobody references can.
    f.exec(QStringLiteral("INSERT INTO tickets(protocol, customer_id, contact_id, status_id, opened_at, updated_at, "
                          "title) VALUES ('P-1', ?, ?, 1, 0, 0, 'x')"),
           {*id, saved->contacts[0].id});
    Customer withoutMarta = *saved;
    withoutMarta.contacts.removeFirst();
    auto inUse = service.update(ana, withoutMarta);
    REQUIRE_FALSE(inUse.ok());
    CHECK(inUse.error().code == Error::Code::Conflict);
    Customer withoutRui = *saved;
    withoutRui.contacts.removeLast();
    REQUIRE(service.update(ana, withoutRui).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ?"), {rui}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND field = ? AND "
                                 "new_value IS NULL AND old_value = 'Rui Barros'"),
                  {*id, QStringLiteral("contact.%1.name").arg(rui)}) == 1);

    auto gone = service.get(ana, 9999);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == Error::Code::NotFound);
}

TEST_CASE("CustomerService: every operation is refused without its permission, and each refusal is audited",
          "[customers][access]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();
    auto id = service.create(ana, joao());
    REQUIRE(id.ok());
    auto stored = service.get(ana, *id);
    REQUIRE(stored.ok());

    const Actor nobody = f.actor(QStringLiteral("nobody"), {});
    const Actor viewer = f.actor(QStringLiteral("viewer"), {Permission::CustomerView, Permission::PersonalDataView});
    // Claims rights its profile in the database does not grant (demoted since login): core believes the database.
    const Actor stale(f.actor(QStringLiteral("stale"), {}).userId(), QStringLiteral("stale"), QStringLiteral("Stale"),
                      {Permission::CustomerView, Permission::CustomerEdit, Permission::CustomerMerge});

    auto expectDenied = [&](const Actor& actor, const QString& operation, const Error& error) {
        INFO(actor.login().toStdString() + " " + operation.toStdString());
        CHECK(error.code == Error::Code::PermissionDenied);
        CHECK_FALSE(error.userMessage.isEmpty());
        CHECK(f.deniedRows(actor, operation) >= 1);
    };
    const qint64 customersBefore = f.count(QStringLiteral("SELECT count(*) FROM customers"));

    for (const Actor* actor : {&nobody, &stale}) {
        expectDenied(*actor, QStringLiteral("view"), service.get(*actor, *id).error());
        expectDenied(*actor, QStringLiteral("find"),
                     service.findByDocument(*actor, QStringLiteral("52998224725")).error());
        expectDenied(*actor, QStringLiteral("find"), service.findByCode(*actor, QStringLiteral("C000123")).error());
        expectDenied(*actor, QStringLiteral("find"), service.findByNamePrefix(*actor, QStringLiteral("jo")).error());
        expectDenied(*actor, QStringLiteral("find"),
                     service.findByPhone(*actor, QStringLiteral("11987654321")).error());
        expectDenied(*actor, QStringLiteral("find"),
                     service.findByEmail(*actor, QStringLiteral("joao.c@exemplo.com.br")).error());
        expectDenied(*actor, QStringLiteral("tickets"), service.ticketsOf(*actor, *id).error());
        expectDenied(*actor, QStringLiteral("duplicates"), service.possibleDuplicates(*actor, *stored).error());
    }
    for (const Actor* actor : {&nobody, &viewer, &stale}) {
        expectDenied(*actor, QStringLiteral("create"),
                     service.create(*actor, CustomerFixture::person(9, QStringLiteral("Nova"))).error());
        expectDenied(*actor, QStringLiteral("create"),
                     service.checkCreate(*actor, CustomerFixture::person(9, QStringLiteral("Nova"))).error());
        expectDenied(*actor, QStringLiteral("update"), service.update(*actor, *stored).error());
        expectDenied(*actor, QStringLiteral("merge"), service.merge(*actor, *id, *id + 1).error());
    }
    // The agent may edit but not merge.
    expectDenied(ana, QStringLiteral("merge"), service.merge(ana, *id, *id + 1).error());

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == customersBefore);
    CHECK(f.count(QStringLiteral("SELECT row_version FROM customers WHERE id = ?"), {*id}) == 1);
    // The 'denied' rows name the permission that was missing.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND user_id = ? AND "
                                 "field = 'create' AND new_value = 'customer.edit'"),
                  {viewer.userId()}) == 2);
}

TEST_CASE("CustomerService: without personal_data.view documents, e-mails and phones are masked, and a masked "
          "record saves without losing them",
          "[customers][lgpd]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();
    const Actor limited = f.actor(QStringLiteral("limited"), {Permission::CustomerView, Permission::CustomerEdit});
    auto id = service.create(ana, joao());
    REQUIRE(id.ok());

    auto masked = service.get(limited, *id);
    REQUIRE(masked.ok());
    CHECK(masked->personalDataMasked);
    CHECK(masked->document == QStringLiteral("***.982.247-**"));
    CHECK(masked->emails == QStringList{QStringLiteral("J***@Exemplo.com.br")});
    CHECK(masked->phones == QStringList{QStringLiteral("(**) *****-4321")});
    CHECK(masked->contacts[0].phone == QStringLiteral("(**) *****-4444"));
    CHECK(masked->contacts[0].email == QStringLiteral("m***@exemplo.com.br"));
    CHECK(masked->name == QStringLiteral("João da Conceição")); // the name is how the agent greets the customer

    // Every way of finding returns the masked form too.
    auto found = service.findByDocument(limited, QStringLiteral("52998224725"));
    REQUIRE(found.ok());
    CHECK(found->document == QStringLiteral("***.982.247-**"));
    auto byPhone = service.findByPhone(limited, QStringLiteral("11987654321"));
    REQUIRE(byPhone.ok());
    CHECK(byPhone->constFirst().phones.constFirst() == QStringLiteral("(**) *****-4321"));
    auto byName = service.findByNamePrefix(limited, QStringLiteral("joao"));
    REQUIRE(byName.ok());
    CHECK(byName->constFirst().emails.constFirst().contains(QLatin1String("***")));

    // The limited agent changes the plan and adds a phone: the stored document, e-mail and phones stay whole.
    Customer edited = *masked;
    edited.plan = QStringLiteral("Diamante");
    edited.phones.append(QStringLiteral("(31) 3222-1000"));
    auto saved = service.update(limited, edited);
    INFO((saved ? QString() : saved.error().userMessage + QStringLiteral(" / ") + saved.error().detail).toStdString());
    REQUIRE(saved.ok());
    auto full = service.get(ana, *id);
    REQUIRE(full.ok());
    CHECK(full->document == QLatin1String("52998224725"));
    CHECK(full->emails == QStringList{QStringLiteral("Joao.C@Exemplo.com.br")});
    CHECK(full->phones == QStringList{QStringLiteral("(11) 98765-4321"), QStringLiteral("(31) 3222-1000")});
    CHECK(full->contacts[0].phone == QStringLiteral("(11) 3333-4444"));
    CHECK(full->contacts[0].email == QStringLiteral("marta@exemplo.com.br"));
    CHECK(full->plan == QLatin1String("Diamante"));
    const QStringList fields = auditFields(f, *id, QStringLiteral("update"));
    CHECK(fields == QStringList{QStringLiteral("phones"), QStringLiteral("plan")});

    // The helper itself.
    CHECK(CustomerPrivacy::maskDocument(QStringLiteral("12ABC34501DE35")) == QStringLiteral("**.ABC.345/****-**"));
}

TEST_CASE("CustomerService: a customer's tickets of every sector and status, newest first, with their names",
          "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();
    auto id = service.create(ana, joao());
    auto other = service.create(ana, CustomerFixture::person(5, QStringLiteral("Outro Cliente")));
    REQUIRE(id.ok());
    REQUIRE(other.ok());

    const qint64 t0 = f.clock().nowMs();
    const qint64 oldest = f.addTicket(*id, QStringLiteral("Boleto"), {}, 7, 4, t0 - 3000); // Fechado, Financeiro
    const qint64 newest = f.addTicket(*id, QStringLiteral("Erro"), {}, 2, 1, t0 - 1000);   // Pendente, Suporte
    const qint64 middle = f.addTicket(*id, QStringLiteral("Treino"), {}, 4, 2, t0 - 2000); // Aguardando, Implantação
    f.addTicket(*other, QStringLiteral("De outro"), {}, 2, 1, t0);

    auto tickets = service.ticketsOf(ana, *id);
    REQUIRE(tickets.ok());
    REQUIRE(tickets->size() == 3);
    CHECK(tickets->at(0).id == newest);
    CHECK(tickets->at(1).id == middle);
    CHECK(tickets->at(2).id == oldest);
    CHECK(tickets->at(0).statusName == QStringLiteral("Pendente"));
    CHECK(tickets->at(0).sectorName == QStringLiteral("Suporte"));
    CHECK_FALSE(tickets->at(0).closed);
    CHECK(tickets->at(2).statusCode == QLatin1String("closed"));
    CHECK(tickets->at(2).closed);
    CHECK(tickets->at(2).sectorName == QStringLiteral("Financeiro"));
    CHECK(tickets->at(1).sectorName == QStringLiteral("Implantação"));
    CHECK_FALSE(tickets->at(0).protocol.isEmpty());

    auto limited = service.ticketsOf(ana, *id, 2);
    REQUIRE(limited.ok());
    CHECK(limited->size() == 2);
    CHECK(service.ticketsOf(ana, 9999).error().code == Error::Code::NotFound);
}

TEST_CASE("CustomerService: the licence is blocked at finance.block_after_days (7 by default)", "[customers]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    Customer c = CustomerFixture::person(1, QStringLiteral("Devedor"));
    CHECK(service.blockAfterDays() == 7);
    c.licenseDaysOverdue = 6;
    CHECK_FALSE(service.isBlocked(c));
    c.licenseDaysOverdue = 7;
    CHECK(service.isBlocked(c));

    f.exec(QStringLiteral("UPDATE app_settings SET value = '3' WHERE key = 'finance.block_after_days'"));
    c.licenseDaysOverdue = 3;
    CHECK(service.isBlocked(c));
    c.licenseDaysOverdue = 2;
    CHECK_FALSE(service.isBlocked(c));

    f.exec(QStringLiteral("UPDATE app_settings SET value = 'sete' WHERE key = 'finance.block_after_days'"));
    CHECK(service.blockAfterDays() == CustomerService::DefaultBlockAfterDays);
    f.exec(QStringLiteral("DELETE FROM app_settings WHERE key = 'finance.block_after_days'"));
    CHECK(service.blockAfterDays() == CustomerService::DefaultBlockAfterDays);
    c.licenseDaysOverdue = 0;
    CHECK_FALSE(CustomerService::isBlocked(c, 0));
}

TEST_CASE("CustomerService: merge moves tickets, contacts, channels and processes, removes the other and audits",
          "[customers][merge]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();
    const Actor leader = f.actor(QStringLiteral("lider"), {Permission::CustomerView, Permission::CustomerEdit,
                                                           Permission::CustomerMerge, Permission::PersonalDataView});

    Customer keep = CustomerFixture::person(1, QStringLiteral("Paulo Ramos"));
    keep.emails = {QStringLiteral("paulo@exemplo.com.br")};
    Customer removed = CustomerFixture::person(2, QStringLiteral("Paulo R. Ramos"));
    removed.code = QStringLiteral("OLD-2");
    removed.plan = QStringLiteral("Ouro");
    removed.emails = {QStringLiteral("PAULO@exemplo.com.br"), QStringLiteral("paulo.ramos@trabalho.com.br")};
    removed.contacts = {CustomerContact{0, QStringLiteral("Secretária Lia"), QString(), QString(), QString()}};
    auto keepId = service.create(ana, keep);
    auto removeId = service.create(ana, removed, true);
    REQUIRE(keepId.ok());
    REQUIRE(removeId.ok());

    f.addTicket(*keepId, QStringLiteral("Do que fica"));
    const qint64 moved1 = f.addTicket(*removeId, QStringLiteral("Do removido 1"));
    const qint64 moved2 = f.addTicket(*removeId, QStringLiteral("Do removido 2"));
    f.exec(QStringLiteral("INSERT INTO contact_records(protocol, channel, customer_id, started_at) VALUES "
                          "('CR-1', 'phone', ?, 0)"),
           {*removeId});
    f.exec(QStringLiteral("INSERT INTO properties(code, address, owner_id) VALUES ('IM-1', 'Rua A, 1', ?)"),
           {*removeId});
    const qint64 property = f.count(QStringLiteral("SELECT id FROM properties WHERE code = 'IM-1'"));
    f.exec(QStringLiteral("INSERT INTO rental_contracts(property_id, tenant_id, started_on) VALUES (?, ?, "
                          "'2026-01-01')"),
           {property, *removeId});
    f.exec(QStringLiteral("INSERT INTO rental_processes(customer_id, property_id, created_at) VALUES (?, ?, 0)"),
           {*removeId, property});
    f.exec(QStringLiteral("INSERT INTO capture_processes(owner_id, created_at) VALUES (?, 0)"), {*removeId});

    auto summary = service.merge(leader, *keepId, *removeId);
    INFO((summary ? QString() : summary.error().userMessage + QStringLiteral(" / ") + summary.error().detail)
             .toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->tickets == 2);
    CHECK(summary->contactRecords == 1);
    CHECK(summary->contacts == 1);
    CHECK(summary->properties == 1);
    CHECK(summary->rentalContracts == 1);
    CHECK(summary->rentalProcesses == 1);
    CHECK(summary->captureProcesses == 1);
    CHECK(summary->channels == 2); // its phone and the work e-mail; the repeated e-mail was dropped

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {*removeId}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"), {*keepId}) == 3);
    CHECK(f.count(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"), {moved1}) == *keepId);
    CHECK(f.count(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"), {moved2}) == *keepId);
    for (const char* sql : {"SELECT count(*) FROM contact_records WHERE customer_id = ?",
                            "SELECT count(*) FROM properties WHERE owner_id = ?",
                            "SELECT count(*) FROM rental_contracts WHERE tenant_id = ?",
                            "SELECT count(*) FROM rental_processes WHERE customer_id = ?",
                            "SELECT count(*) FROM capture_processes WHERE owner_id = ?"})
        CHECK(f.count(QString::fromLatin1(sql), {*keepId}) == 1);

    auto merged = service.get(leader, *keepId);
    REQUIRE(merged.ok());
    CHECK(merged->emails ==
          QStringList{QStringLiteral("paulo@exemplo.com.br"), QStringLiteral("paulo.ramos@trabalho.com.br")});
    CHECK(merged->phones.size() == 2);
    CHECK(merged->contacts.size() == 1);
    CHECK(merged->code == QLatin1String("OLD-2")); // it had none: takes the removed one's
    CHECK(merged->plan == QLatin1String("Ouro"));
    CHECK(merged->rowVersion == 2);

    // Search: the removed one's row is gone, the kept one's now carries the moved e-mail.
    CHECK(searchRowsFor(f.db(), SearchHit::Kind::Customer, *removeId) == 0);
    CHECK(searchRowsMatching(f.db(), SearchHit::Kind::Customer, QStringLiteral("trabalho"), *keepId) == 1);

    // The history on both ids.
    CHECK(f.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                  "action = 'merge' AND field = 'merged_customer_id'"),
                   {*keepId})
              .toLongLong() == *removeId);
    CHECK(f.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                  "action = 'merge' AND field = 'moved_tickets'"),
                   {*keepId})
              .toInt() == 2);
    CHECK(f.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                  "action = 'merge' AND field = 'merged_into'"),
                   {*removeId})
              .toLongLong() == *keepId);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'merge' AND "
                                 "field = 'document' AND old_value = ?"),
                  {*removeId, removed.document}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge' AND user_id = ?"),
                  {leader.userId()}) > 2);

    CHECK(service.merge(leader, *keepId, *keepId).error().code == Error::Code::InvalidInput);
    CHECK(service.merge(leader, *keepId, *removeId).error().code == Error::Code::NotFound);
    // No reference left dangling. PostgreSQL checks foreign keys on every statement, so there a dangling one would
    // have failed the merge itself; SQLite is asked.
    if (!f.db().isPostgres())
        CHECK(f.count(QStringLiteral("PRAGMA foreign_key_check")) == 0);
}
