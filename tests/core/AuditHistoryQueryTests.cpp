#include "CustomerFixture.h"

#include "audit/AuditHistoryQuery.h"
#include "auth/Permission.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::CustomerFixture;

namespace {

const AuditHistoryRow* findField(const QList<AuditHistoryRow>& rows, const QString& field) {
    for (const AuditHistoryRow& row : rows) {
        if (row.field == field)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("AuditHistoryQuery: personal values are masked for readers without personal_data.view", "[audit]") {
    CustomerFixture f;
    const Actor admin = f.admin();
    CustomerService customers(f.db(), f.clock());
    Customer c = CustomerFixture::person(1, QStringLiteral("Maria Auditada"));
    auto id = customers.create(admin, c);
    REQUIRE(id.ok());
    const QString document = DocumentNumber::parse(c.document).normalized();

    AuditHistoryQuery history(f.db(), f.clock());
    AuditHistoryFilter filter;
    filter.entity = QStringLiteral("customer");
    filter.entityId = *id;

    // The administrator sees the values as they were written.
    auto full = history.find(admin, filter);
    REQUIRE(full.ok());
    const AuditHistoryRow* doc = findField(*full, QStringLiteral("document"));
    REQUIRE(doc);
    CHECK(doc->newValue == document);
    CHECK_FALSE(doc->masked);
    CHECK(findField(*full, QStringLiteral("name"))->newValue == QStringLiteral("Maria Auditada"));

    // An agent without personal_data.view reads the customer's history (customer.view) with the values masked.
    const Actor viewer = f.actor(QStringLiteral("bia"), {Permission::CustomerView});
    auto masked = history.find(viewer, filter);
    REQUIRE(masked.ok());
    doc = findField(*masked, QStringLiteral("document"));
    REQUIRE(doc);
    CHECK(doc->masked);
    CHECK(doc->newValue == DocumentNumber::maskNormalized(document));
    CHECK_FALSE(doc->newValue.contains(document));
    const AuditHistoryRow* emails = findField(*masked, QStringLiteral("emails"));
    REQUIRE(emails);
    CHECK(emails->newValue.contains(QLatin1Char('*')));
    CHECK_FALSE(emails->newValue.contains(c.emails.first().section(QLatin1Char('@'), 0, 0)));
    const AuditHistoryRow* phones = findField(*masked, QStringLiteral("phones"));
    REQUIRE(phones);
    CHECK(phones->newValue.startsWith(QStringLiteral("(**)")));
    // A field that is not personal data stays readable.
    CHECK(findField(*masked, QStringLiteral("name"))->newValue == QStringLiteral("Maria Auditada"));

    // Typing the full CPF does not find the masked row: the text filter only sees what the reader sees.
    filter.text = document;
    auto search = history.find(viewer, filter);
    REQUIRE(search.ok());
    CHECK(search->isEmpty());
    auto adminSearch = history.find(admin, filter);
    REQUIRE(adminSearch.ok());
    CHECK(adminSearch->size() == 1);
}

TEST_CASE("AuditHistoryQuery: the global history needs audit.view and filters by user, entity and period", "[audit]") {
    CustomerFixture f;
    const Actor admin = f.admin();
    const Actor agent = f.agent();
    CustomerService customers(f.db(), f.clock());
    const qint64 before = f.clock().nowMs();
    REQUIRE(customers.create(agent, CustomerFixture::person(2, QStringLiteral("Carlos Filtro"))).ok());
    f.clock().advanceSecs(2 * 60 * 60);
    REQUIRE(customers.create(admin, CustomerFixture::person(3, QStringLiteral("Dora Filtro"))).ok());

    AuditHistoryQuery history(f.db(), f.clock());
    // The agent may read one customer's history but not the global one; the refusal is audited.
    auto refused = history.find(agent, AuditHistoryFilter{});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(f.deniedRows(agent, QStringLiteral("read_history")) == 1);

    AuditHistoryFilter byUser;
    byUser.userId = agent.userId();
    auto agentRows = history.find(admin, byUser);
    REQUIRE(agentRows.ok());
    REQUIRE_FALSE(agentRows->isEmpty());
    for (const AuditHistoryRow& row : *agentRows)
        CHECK(row.userLogin == agent.login());

    AuditHistoryFilter period;
    period.entity = QStringLiteral("customer");
    period.from = QDateTime::fromMSecsSinceEpoch(before, Qt::UTC);
    period.to = QDateTime::fromMSecsSinceEpoch(before + 60 * 60 * 1000, Qt::UTC);
    auto early = history.find(admin, period);
    REQUIRE(early.ok());
    REQUIRE_FALSE(early->isEmpty());
    for (const AuditHistoryRow& row : *early) {
        CHECK(row.entity == QStringLiteral("customer"));
        CHECK(row.at.toMSecsSinceEpoch() < before + 60 * 60 * 1000);
    }
    CHECK(findField(*early, QStringLiteral("name"))->newValue == QStringLiteral("Carlos Filtro"));

    AuditHistoryFilter text;
    text.text = QStringLiteral("dora");
    auto dora = history.find(admin, text);
    REQUIRE(dora.ok());
    REQUIRE(dora->size() == 1);
    CHECK(dora->first().newValue == QStringLiteral("Dora Filtro"));

    auto entities = history.entities(admin);
    REQUIRE(entities.ok());
    CHECK(entities->contains(QStringLiteral("customer")));
}
