#include "ModelTestData.h"

#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "util/TextFolding.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace atende::test {

namespace {

void exec(QSqlQuery& query) {
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
}

} // namespace

QString ModelTestData::cpfFor(int index) {
    return DocumentNumber::cpfWithCheckDigits(
        QStringLiteral("%1").arg(100000000 + index * 7919, 9, 10, QLatin1Char('0')));
}

QString ModelTestData::cnpjFor(int index) {
    // Letters in the first 12 characters, as allowed since July 2026.
    const QString base =
        QStringLiteral("%1AB%2").arg(10 + index % 80, 2, 10, QLatin1Char('0')).arg(index, 8, 10, QLatin1Char('0'));
    return DocumentNumber::cnpjWithCheckDigits(base);
}

void ModelTestData::seedCustomers(Database& db, int count) {
    const QStringList first{QStringLiteral("João"),   QStringLiteral("Joana"), QStringLiteral("Ângela"),
                            QStringLiteral("Álvaro"), QStringLiteral("Maria"), QStringLiteral("Mário"),
                            QStringLiteral("Úrsula"), QStringLiteral("Ítalo"), QStringLiteral("Ana"),
                            QStringLiteral("joão"),   QStringLiteral("Zé"),    QStringLiteral("Conceição")};
    const QStringList last{QStringLiteral("da Silva"), QStringLiteral("Conceição"), QStringLiteral("Araújo"),
                           QStringLiteral("Souza")};
    REQUIRE(db.begin().ok());
    QSqlQuery insert(db.connection());
    REQUIRE(insert.prepare(QStringLiteral(
        "INSERT INTO customers(id, kind, document, code, name, name_key, city, state, in_debt, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")));
    for (int i = 0; i < count; ++i) {
        const bool company = isCompany(i);
        // Few distinct names: many customers share a name key, so the id decides their order.
        const QString name =
            company ? QStringLiteral("Imobiliária %1 Ltda").arg(last.at(i % last.size()))
                    : QStringLiteral("%1 %2").arg(first.at(i % first.size()), last.at((i / 3) % last.size()));
        insert.addBindValue(i + 1);
        insert.addBindValue(company ? QStringLiteral("PJ") : QStringLiteral("PF"));
        insert.addBindValue(company ? cnpjFor(i) : cpfFor(i));
        insert.addBindValue(i % 3 == 0 ? QVariant()
                                       : QVariant(QStringLiteral("C%1").arg((i * 37) % 1000, 4, 10, QLatin1Char('0')) +
                                                  QString::number(i)));
        insert.addBindValue(name);
        insert.addBindValue(TextFolding::fold(name));
        insert.addBindValue(i % 2 ? QStringLiteral("São Paulo") : QStringLiteral("Florianópolis"));
        insert.addBindValue(i % 2 ? QStringLiteral("SP") : QStringLiteral("SC"));
        insert.addBindValue(i % 5 == 0 ? 1 : 0);
        exec(insert);
    }
    REQUIRE(db.commit().ok());
}

void ModelTestData::seedTickets(Database& db, int count, int customerCount) {
    REQUIRE(db.begin().ok());
    QSqlQuery users(db.connection());
    REQUIRE(users.prepare(
        QStringLiteral("INSERT INTO users(id, login, name, profile_id, created_at) VALUES (?, ?, ?, 1, 0)")));
    for (int i = 1; i <= 3; ++i) {
        users.addBindValue(i);
        users.addBindValue(QStringLiteral("agente%1").arg(i));
        users.addBindValue(QStringLiteral("Agente Número %1").arg(i));
        exec(users);
    }
    QSqlQuery insert(db.connection());
    REQUIRE(insert.prepare(QStringLiteral(
        "INSERT INTO tickets(id, protocol, customer_id, sector_id, subject_id, sub_subject_id, priority, status_id, "
        "responsible_id, opened_at, updated_at, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    QRandomGenerator random(20261122);
    const qint64 base = 1790000000000; // 2026-09
    for (int i = 1; i <= count; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("20261122-01-%1").arg((i * 7919) % 1000003, 7, 10, QLatin1Char('0')));
        insert.addBindValue(customerCount > 0 && i % 10 != 0 ? QVariant(1 + int(random.bounded(customerCount)))
                                                             : QVariant());
        insert.addBindValue(1 + int(random.bounded(7)));
        insert.addBindValue(2);
        insert.addBindValue(i % 2 ? QVariant(14) : QVariant());
        insert.addBindValue(1 + int(random.bounded(5)));
        insert.addBindValue(1 + int(random.bounded(8)));
        insert.addBindValue(i % 4 ? QVariant(1 + int(random.bounded(3))) : QVariant());
        // Only 40 distinct minutes: plenty of equal timestamps to tie.
        insert.addBindValue(base + qint64(random.bounded(40)) * 60000);
        insert.addBindValue(base + qint64(random.bounded(40)) * 60000);
        insert.addBindValue(QStringLiteral("Atendimento %1").arg(i));
        exec(insert);
    }
    REQUIRE(db.commit().ok());
}

} // namespace atende::test
