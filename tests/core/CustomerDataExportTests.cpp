#include "CustomerFixture.h"

#include "auth/Permission.h"
#include "customers/CustomerDataExport.h"
#include "customers/CustomerService.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace atende;
using atende::test::CustomerFixture;

TEST_CASE("CustomerDataExport: one customer's data with contacts, channels and tickets with interactions, as JSON",
          "[customers][lgpd]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor ana = f.agent();

    Customer c = CustomerFixture::person(1, QStringLiteral("Lúcia Helena Prado"));
    c.emails.append(QStringLiteral("lucia@trabalho.com.br"));
    c.observation = QStringLiteral("Prefere contato à tarde");
    c.contacts = {CustomerContact{0, QStringLiteral("Davi Prado"), QStringLiteral("Filho"),
                                  QStringLiteral("(11) 3000-1000"), QString()}};
    auto id = service.create(ana, c);
    REQUIRE(id.ok());
    const qint64 ticket = f.addTicket(*id, QStringLiteral("Dúvida sobre boleto"), QStringLiteral("Detalhes"));
    f.addInteraction(ticket, QStringLiteral("Cliente entrou em contato"));
    f.addInteraction(ticket, QStringLiteral("Nota interna"));
    f.addTicket(*id, QStringLiteral("Segunda via"));

    CustomerDataExport exporter(f.db(), f.clock());
    auto document = exporter.exportCustomer(ana, *id);
    INFO((document ? QString() : document.error().userMessage + QStringLiteral(" / ") + document.error().detail)
             .toStdString());
    REQUIRE(document.ok());
    const QJsonObject root = document->object();
    CHECK(root.value(QStringLiteral("format")).toString() == QLatin1String("atende.customer-data"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    const QJsonObject customer = root.value(QStringLiteral("customer")).toObject();
    CHECK(customer.value(QStringLiteral("name")).toString() == QStringLiteral("Lúcia Helena Prado"));
    CHECK(customer.value(QStringLiteral("document")).toString().size() == 14); // formatted, in full
    CHECK(customer.value(QStringLiteral("emails")).toArray().size() == 2);
    CHECK(customer.value(QStringLiteral("phones")).toArray().size() == 1);
    CHECK(customer.value(QStringLiteral("observation")).toString() == QStringLiteral("Prefere contato à tarde"));
    CHECK(root.value(QStringLiteral("contacts")).toArray().size() == 1);
    const QJsonArray tickets = root.value(QStringLiteral("tickets")).toArray();
    REQUIRE(tickets.size() == 2);
    const QJsonObject first = tickets.at(0).toObject();
    CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("Dúvida sobre boleto"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("Pendente"));
    CHECK(first.value(QStringLiteral("sector")).toString() == QStringLiteral("Suporte"));
    CHECK(first.value(QStringLiteral("opened_at")).toString().endsWith(QLatin1Char('Z')));
    const QJsonArray interactions = first.value(QStringLiteral("interactions")).toArray();
    REQUIRE(interactions.size() == 2);
    CHECK(interactions.at(0).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("Cliente entrou em contato"));
    CHECK(interactions.at(0).toObject().contains(QStringLiteral("visible_to_customer")));
    CHECK(root.value(QStringLiteral("properties")).isArray());
    CHECK(root.value(QStringLiteral("rentalContracts")).isArray());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_data' AND entity_id = ? AND "
                                 "user_id = ?"),
                  {*id, ana.userId()}) == 1);

    // Full personal data: not for a profile that only sees it masked.
    const Actor limited = f.actor(QStringLiteral("limited"), {Permission::CustomerView});
    auto refused = exporter.exportCustomer(limited, *id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(f.deniedRows(limited, QStringLiteral("export_data")) == 1);
    CHECK(exporter.exportCustomer(ana, 9999).error().code == Error::Code::NotFound);
}
