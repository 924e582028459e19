#include "GuiTestData.h"

#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "util/TextFolding.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace atende::test {

void GuiTestData::seed(Database& db, int customers, int tickets) {
    const QStringList names{QStringLiteral("João da Silva"), QStringLiteral("Joana Araújo"),
                            QStringLiteral("Ângela Conceição"), QStringLiteral("Mário Souza"),
                            QStringLiteral("Imobiliária Horizonte Ltda")};
    REQUIRE(db.begin().ok());
    QSqlQuery customer(db.connection());
    REQUIRE(customer.prepare(QStringLiteral(
        "INSERT INTO customers(id, kind, document, code, name, name_key, city, state, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'Curitiba', 'PR', 0, 0)")));
    for (int i = 1; i <= customers; ++i) {
        const bool company = i % 5 == 0;
        const QString name = names.at(i % names.size()) + QStringLiteral(" %1").arg(i);
        customer.addBindValue(i);
        customer.addBindValue(company ? QStringLiteral("PJ") : QStringLiteral("PF"));
        customer.addBindValue(
            company ? DocumentNumber::cnpjWithCheckDigits(QStringLiteral("12ABC%1").arg(i, 7, 10, QLatin1Char('0')))
                    : DocumentNumber::cpfWithCheckDigits(QStringLiteral("%1").arg(200000000 + i, 9)));
        customer.addBindValue(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')));
        customer.addBindValue(name);
        customer.addBindValue(TextFolding::fold(name));
        INFO(customer.lastError().text().toStdString());
        REQUIRE(customer.exec());
    }
    QSqlQuery ticket(db.connection());
    REQUIRE(ticket.prepare(QStringLiteral(
        "INSERT INTO tickets(id, protocol, customer_id, sector_id, subject_id, priority, status_id, opened_at, "
        "updated_at, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    const qint64 base = 1790000000000;
    for (int i = 1; i <= tickets; ++i) {
        ticket.addBindValue(i);
        ticket.addBindValue(QStringLiteral("20261122-01-%1").arg(i, 6, 10, QLatin1Char('0')));
        ticket.addBindValue(customers > 0 ? QVariant(1 + i % customers) : QVariant());
        ticket.addBindValue(1 + i % 7);
        ticket.addBindValue(1 + i % 9);
        ticket.addBindValue(1 + i % 5);
        ticket.addBindValue(1 + i % 8);
        ticket.addBindValue(base + qint64(i) * 60000);
        ticket.addBindValue(base + qint64((i * 37) % tickets) * 60000);
        ticket.addBindValue(QStringLiteral("Atendimento de teste %1").arg(i));
        INFO(ticket.lastError().text().toStdString());
        REQUIRE(ticket.exec());
    }
    REQUIRE(db.commit().ok());
}

} // namespace atende::test
