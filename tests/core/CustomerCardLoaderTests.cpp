#include "CustomerFixture.h"

#include "auth/Permission.h"
#include "customers/CustomerCardLoader.h"
#include "customers/CustomerLookup.h"
#include "customers/CustomerService.h"
#include "directory/DirectoryService.h"
#include "docs/DocumentNumber.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::CustomerFixture;

TEST_CASE("CustomerCardLoader: partner, finance reason, tickets of every sector and masking", "[customers]") {
    CustomerFixture f;
    const Actor admin = f.admin();
    DirectoryService directory(f.db(), f.clock());
    DirectoryEntry partner;
    partner.kind = DirectoryEntry::Kind::Partner;
    partner.name = QStringLiteral("TecnoParceira Ltda");
    partner.email = QStringLiteral("suporte@tecnoparceira.com.br");
    auto partnerId = directory.add(admin, partner);
    REQUIRE(partnerId.ok());

    CustomerService customers(f.db(), f.clock());
    Customer c = CustomerFixture::person(7, QStringLiteral("Paulo Cartão"));
    c.partnerId = *partnerId;
    c.observation = QStringLiteral("Acesso pelo portão 2.");
    c.licenseDaysOverdue = 9;
    c.inDebt = true;
    auto id = customers.create(admin, c);
    REQUIRE(id.ok());
    f.addTicket(*id, QStringLiteral("Erro no boleto"), {}, 2, 1);
    f.addTicket(*id, QStringLiteral("Dúvida de contrato"), {}, 2, 2);

    CustomerCardLoader loader(f.db(), f.clock());
    auto card = loader.load(admin, *id);
    REQUIRE(card.ok());
    CHECK(card->partnerName == QStringLiteral("TecnoParceira Ltda"));
    CHECK(card->finance == CustomerCard::Finance::Blocked);
    CHECK(card->blockAfterDays == CustomerService::DefaultBlockAfterDays);
    CHECK(CustomerCardLoader::financeText(*card).contains(QStringLiteral("9")));
    REQUIRE(card->tickets.size() == 2);
    CHECK(card->tickets.at(0).sectorName != card->tickets.at(1).sectorName);
    CHECK(card->customer.observation == QStringLiteral("Acesso pelo portão 2."));
    CHECK_FALSE(card->customer.personalDataMasked);

    Customer lighter = c;
    lighter.licenseDaysOverdue = 3;
    lighter.inDebt = false;
    CHECK(CustomerCardLoader::financeOf(lighter, 7) == CustomerCard::Finance::Overdue);
    lighter.inDebt = true;
    CHECK(CustomerCardLoader::financeOf(lighter, 7) == CustomerCard::Finance::InDebt);
    lighter.licenseDaysOverdue = 0;
    lighter.inDebt = false;
    CHECK(CustomerCardLoader::financeOf(lighter, 7) == CustomerCard::Finance::Ok);
    CHECK(CustomerCardLoader::financeOf(c, 0) == CustomerCard::Finance::InDebt); // 0: never blocks

    const Actor viewer = f.actor(QStringLiteral("bia"), {Permission::CustomerView});
    auto masked = loader.load(viewer, *id);
    REQUIRE(masked.ok());
    CHECK(masked->customer.personalDataMasked);
    CHECK(masked->customer.document == DocumentNumber::maskNormalized(DocumentNumber::parse(c.document).normalized()));

    const Actor nobody = f.actor(QStringLiteral("zeca"), {Permission::TicketView});
    auto refused = loader.load(nobody, *id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
}

TEST_CASE("CustomerLookup: one box finds by document, e-mail, phone, code and name", "[customers]") {
    CustomerFixture f;
    const Actor agent = f.agent();
    CustomerService customers(f.db(), f.clock());
    Customer c = CustomerFixture::person(11, QStringLiteral("Érica Busca"));
    c.code = QStringLiteral("X-77");
    auto id = customers.create(agent, c);
    REQUIRE(id.ok());
    REQUIRE(customers.create(agent, CustomerFixture::person(12, QStringLiteral("Outro Nome"))).ok());

    CustomerLookup lookup(f.db(), f.clock());
    auto expectOne = [&](const QString& text, CustomerLookup::Kind kind) {
        INFO(text.toStdString());
        auto found = lookup.find(agent, text);
        REQUIRE(found.ok());
        CHECK(found->kind == kind);
        REQUIRE(found->customers.size() == 1);
        CHECK(found->customers.first().id == *id);
    };
    const DocumentNumber document = DocumentNumber::parse(c.document);
    expectOne(document.formatted(), CustomerLookup::Kind::Document);
    expectOne(document.normalized(), CustomerLookup::Kind::Document);
    expectOne(c.emails.first().toUpper(), CustomerLookup::Kind::Email);
    expectOne(c.phones.first(), CustomerLookup::Kind::Phone);
    expectOne(QStringLiteral("X-77"), CustomerLookup::Kind::Code);
    expectOne(QStringLiteral("erica"), CustomerLookup::Kind::Name);

    auto none = lookup.find(agent, QStringLiteral("ninguém assim"));
    REQUIRE(none.ok());
    CHECK(none->customers.isEmpty());
    auto empty = lookup.find(agent, QStringLiteral("   "));
    REQUIRE(empty.ok());
    CHECK(empty->kind == CustomerLookup::Kind::None);
}
