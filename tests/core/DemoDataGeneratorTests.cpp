#include "FakeClock.h"
#include "TempDatabase.h"

#include "demo/DemoDataGenerator.h"
#include "docs/DocumentNumber.h"
#include "storage/DatabaseHealth.h"
#include "util/TextFolding.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace atende;

namespace {

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A hash of the rows of the tables demo data fills, in id order: equal hashes mean equal data.
QByteArray contentHash(Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table :
         {"customers", "customer_channels", "contacts", "users", "directory_entries", "tickets", "interactions",
          "properties", "rental_contracts", "contact_records", "ticket_search", "customer_search", "article_search"}) {
        QSqlQuery q(db.connection());
        // Password hashes have a random salt by design: the demo accounts' hash differs on every run.
        const QString columns = qstrcmp(table, "users") == 0
                                    ? QStringLiteral("id, login, name, email, sector_id, profile_id, active")
                                    : QStringLiteral("*");
        REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns, QLatin1String(table))));
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result().toHex();
}

DemoSummary generate(Database& db, const Clock& clock, qint64 customers, qint64 tickets, quint64 seed) {
    DemoDataGenerator generator(db, clock);
    auto result = generator.generate(DemoOptions{customers, tickets, seed});
    INFO((result ? QString() : result.error().userMessage + QLatin1Char(' ') + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("Demo data is deterministic by seed", "[demo][sqlite]") {
    test::FakeClock clock;
    test::TempDatabase a, b, c;
    auto dbA = a.open();
    auto dbB = b.open();
    auto dbC = c.open();
    generate(*dbA, clock, 200, 1500, 42);
    generate(*dbB, clock, 200, 1500, 42);
    generate(*dbC, clock, 200, 1500, 43);
    const QByteArray hashA = contentHash(*dbA);
    CHECK(hashA == contentHash(*dbB));
    CHECK(hashA != contentHash(*dbC));
}

TEST_CASE("Demo data is realistic, complete and consistent", "[demo][sqlite]") {
    test::FakeClock clock;
    test::TempDatabase temp;
    auto db = temp.open();
    const DemoSummary summary = generate(*db, clock, 300, 3000, 7);
    CHECK(summary.customers == 300);
    CHECK(summary.tickets == 3000);
    CHECK(summary.interactions >= 3000);
    CHECK(summary.users > 20);
    CHECK(summary.properties > 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM tickets")) == 3000);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM interactions")) == summary.interactions);

    SECTION("every CPF and CNPJ is valid and unique, and some CNPJs are alphanumeric") {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT kind, document FROM customers")));
        QSet<QString> seen;
        int alphanumeric = 0, companies = 0, people = 0;
        while (q.next()) {
            const auto doc = DocumentNumber::parse(q.value(1).toString());
            INFO(q.value(1).toString().toStdString());
            REQUIRE(doc.isValid());
            CHECK((q.value(0).toString() == QLatin1String("PF")) == (doc.kind() == DocumentNumber::Kind::Cpf));
            CHECK_FALSE(seen.contains(doc.normalized()));
            seen.insert(doc.normalized());
            if (doc.kind() == DocumentNumber::Kind::Cnpj) {
                ++companies;
                alphanumeric += doc.normalized().left(12).contains(QRegularExpression(QStringLiteral("[A-Z]")));
            } else {
                ++people;
            }
        }
        CHECK(people > companies);
        CHECK(alphanumeric > 0);
        CHECK(alphanumeric < companies);
    }
    SECTION("people's names never repeat a word (\"Conceição Conceição\")") {
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT name FROM customers WHERE kind = 'PF' UNION ALL SELECT name FROM users")));
        int names = 0;
        while (q.next()) {
            const QStringList words = q.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            INFO(q.value(0).toString().toStdString());
            for (qsizetype i = 1; i < words.size(); ++i)
                CHECK(words[i] != words[i - 1]);
            ++names;
        }
        CHECK(names > 200);
    }
    SECTION("every status, sector, subject and attendance type is used") {
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM workflow_statuses WHERE id NOT IN "
                                         "(SELECT status_id FROM tickets)")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sectors WHERE id NOT IN "
                                         "(SELECT sector_id FROM tickets)")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM subjects WHERE parent_id IS NULL AND id NOT IN "
                                         "(SELECT subject_id FROM tickets)")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM subjects WHERE parent_id IS NOT NULL AND id NOT IN "
                                         "(SELECT sub_subject_id FROM tickets WHERE sub_subject_id IS NOT NULL)")) ==
              0);
        CHECK(scalar(*db, QStringLiteral(
                              "SELECT count(*) FROM attendance_types WHERE id NOT IN "
                              "(SELECT attendance_type_id FROM tickets WHERE attendance_type_id IS NOT NULL)")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT kind) FROM tickets")) == 4);
        CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT priority) FROM tickets")) == 5);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM rental_processes")) > 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM capture_processes")) > 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM rental_contracts WHERE active = 1")) > 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM service_orders")) > 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT kind) FROM directory_entries")) == 4);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM contact_records WHERE ticket_id IS NULL")) > 0);
    }
    SECTION("times and references are consistent") {
        CHECK(DatabaseHealth::check(*db, DatabaseHealth::Depth::Full).healthy());
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM tickets WHERE updated_at < opened_at OR opened_at > %1")
                              .arg(clock.nowMs())) == 0);
        CHECK(
            scalar(*db, QStringLiteral("SELECT count(*) FROM tickets t JOIN workflow_statuses s ON s.id = t.status_id "
                                       "WHERE (s.is_closed = 1) <> (t.closed_at IS NOT NULL)")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM interactions i JOIN tickets t ON t.id = i.ticket_id "
                                         "WHERE i.at < t.opened_at OR i.at > t.updated_at")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT protocol) FROM tickets")) == 3000);
        CHECK(scalar(*db, QStringLiteral(
                              "SELECT count(*) FROM tickets WHERE protocol NOT GLOB "
                              "'[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-01-[0-9][0-9][0-9][0-9][0-9][0-9]'")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE name_key <> atende_fold(name)")) == 0);
    }
    SECTION("accented names are found without accents") {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM customers WHERE name GLOB '*[ãçéíóúâêô]*' LIMIT 1")));
        REQUIRE(q.next());
        const QString accented = q.value(0).toString();
        const QString plain = TextFolding::fold(accented);
        REQUIRE(plain != accented.toLower());
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"%1\"'")
                              .arg(plain)) >= 1);
    }
}

TEST_CASE("Demo generation reports progress, can be cancelled and refuses a database with data", "[demo][sqlite]") {
    test::FakeClock clock;
    test::TempDatabase temp;
    auto db = temp.open();
    DemoDataGenerator generator(*db, clock);
    const qint64 indexesBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"));
    QList<qint64> seen;
    auto cancelled = generator.generate(DemoOptions{100, 45000, 1}, [&](qint64 done, qint64 total) {
        CHECK(total == 45000);
        seen.append(done);
        return done < 20000; // stop after the first batch of tickets
    });
    // A cancelled run is one transaction rolled back: the database is as it was, indexes included.
    REQUIRE_FALSE(cancelled.ok());
    CHECK_FALSE(seen.isEmpty());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM tickets")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'tickets_status_updated'")) == 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);

    auto result = generator.generate(DemoOptions{100, 5000, 1}, [&](qint64, qint64) { return true; });
    REQUIRE(result.ok());
    CHECK(result->tickets == 5000);
    CHECK(DatabaseHealth::check(*db, DatabaseHealth::Depth::Quick).healthy());
    // Every index dropped for the load was built again.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'")) == indexesBefore);
    // Back to the normal mode of every connection: WAL.
    QSqlQuery mode(db->connection());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QLatin1String("wal"));

    auto again = generator.generate(DemoOptions{10, 10, 1});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM tickets")) == 5000);

    test::TempDatabase other;
    auto empty = other.open();
    DemoDataGenerator negative(*empty, clock);
    CHECK_FALSE(negative.generate(DemoOptions{-1, 10, 1}).ok());
}
