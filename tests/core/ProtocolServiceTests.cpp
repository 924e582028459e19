#include "AuthFixture.h"
#include "HelperProcess.h"

#include "auth/UserService.h"
#include "tickets/ProtocolService.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

using namespace atende;

namespace {

// Reserves N protocols on the database given, as the first administrator, for workstation "07", printing each.
const test::HelperProcess::Registration
    reserveProtocols(QStringLiteral("reserve-protocols"), [](const QStringList& args) {
        auto db = Database::open(args.value(0));
        if (!db)
            return 2;
        QSqlQuery q((*db)->connection());
        if (!q.exec(QStringLiteral("SELECT id, login, name FROM users ORDER BY id LIMIT 1")) || !q.next())
            return 3;
        const Actor actor(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          {QStringLiteral("call.run")});
        q.finish(); // an unfinished SELECT would keep a read snapshot open and make every BEGIN IMMEDIATE fail
        ProtocolService protocols(**db, SystemClock::instance(), QStringLiteral("07"));
        const int count = args.value(1).toInt();
        for (int i = 0; i < count; ++i) {
            auto r = protocols.reserve(actor, QStringLiteral("phone"));
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().detail));
                return 4;
            }
            std::printf("%s\n", qPrintable(r->protocol));
            std::fflush(stdout);
        }
        return 0;
    });

} // namespace

TEST_CASE("Protocol format renders date, workstation and a zero-padded sequence", "[protocol]") {
    CHECK(ProtocolService::render(ProtocolService::DefaultFormat, QDate(2026, 11, 22), QStringLiteral("01"), 123) ==
          QStringLiteral("20261122-01-000123"));
    CHECK(ProtocolService::render(QStringLiteral("{ws}/{yy}{MM}/{seq:4}"), QDate(2026, 1, 5), QStringLiteral("A2"),
                                  7) == QStringLiteral("A2/2601/0007"));
    CHECK(ProtocolService::render(QStringLiteral("{seq}"), QDate(2026, 1, 5), QStringLiteral("01"), 42) ==
          QStringLiteral("42"));
}

TEST_CASE("Reserving a protocol records the contact with a per-day per-workstation sequence", "[protocol]") {
    test::AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente"), test::AuthFixture::AgenteProfile);
    ProtocolService ws1(f.db(), f.clock(), QStringLiteral("01"));
    ProtocolService ws2(f.db(), f.clock(), QStringLiteral("02"));

    auto a = ws1.reserve(agent, QStringLiteral("phone"));
    REQUIRE(a.ok());
    auto b = ws1.reserve(agent, QStringLiteral("email"));
    auto c = ws2.reserve(agent, QStringLiteral("phone"));
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    const QString day = f.clock().nowLocal().date().toString(QStringLiteral("yyyyMMdd"));
    CHECK(a->protocol == day + QStringLiteral("-01-000001"));
    CHECK(b->protocol == day + QStringLiteral("-01-000002"));
    CHECK(c->protocol == day + QStringLiteral("-02-000001"));
    CHECK(a->agentId == agent.userId());

    // The next day starts again at 1.
    f.clock().advanceSecs(24 * 3600);
    auto d = ws1.reserve(agent, QStringLiteral("phone"));
    REQUIRE(d.ok());
    CHECK(d->protocol.endsWith(QStringLiteral("-01-000001")));
    CHECK(d->protocol != a->protocol);

    // A contact keeps its protocol without a ticket, and is found by it.
    REQUIRE(ws1.finish(agent, a->id, QStringLiteral("Dúvida rápida respondida")).ok());
    auto found = ws1.find(agent, QStringLiteral(" ") + a->protocol + QStringLiteral(" "));
    REQUIRE(found.ok());
    CHECK(found->id == a->id);
    CHECK(found->summary == QStringLiteral("Dúvida rápida respondida"));
    CHECK_FALSE(found->ticketId.has_value());
    CHECK(found->endedAt.has_value());
    CHECK(ws1.find(agent, QStringLiteral("19990101-01-000001")).error().code == Error::Code::NotFound);

    // The lookup walks the unique index.
    QSqlQuery plan(f.db().connection());
    if (f.db().isPostgres()) {
        // On a table of a few rows the planner rightly prefers reading it whole; without that choice it must still
        // find an index (with none it reads the table anyway), which is what is asked here.
        REQUIRE(plan.exec(QStringLiteral("SET enable_seqscan = off")));
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN SELECT id FROM contact_records WHERE protocol = 'x'")));
        QString text;
        while (plan.next())
            text += plan.value(0).toString() + QLatin1Char('\n');
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Index")));
        REQUIRE(plan.exec(QStringLiteral("RESET enable_seqscan")));
    } else {
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contact_records WHERE protocol = 'x'")));
        REQUIRE(plan.next());
        CHECK(plan.value(3).toString().contains(QStringLiteral("INDEX")));
    }
}

TEST_CASE("Protocol format is configurable and bad channels or workstation codes are refused", "[protocol]") {
    test::AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente"), test::AuthFixture::AgenteProfile);
    f.scalar(QStringLiteral("UPDATE app_settings SET value = 'AT-{ws}-{yy}{MM}{dd}-{seq:3}' WHERE key = "
                            "'protocol.format'"));
    ProtocolService ws(f.db(), f.clock(), QStringLiteral("B3"));
    auto a = ws.reserve(agent, QStringLiteral("chatbot"));
    REQUIRE(a.ok());
    CHECK(a->protocol.startsWith(QStringLiteral("AT-B3-")));
    CHECK(a->protocol.endsWith(QStringLiteral("-001")));

    auto bad = ws.reserve(agent, QStringLiteral("fax"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::InvalidInput);
    ProtocolService badWs(f.db(), f.clock(), QStringLiteral("01/../"));
    CHECK(badWs.reserve(agent, QStringLiteral("phone")).error().code == Error::Code::InvalidInput);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contact_records")) == 1);
}

TEST_CASE("Reserving a protocol needs call.run or ticket.create", "[protocol]") {
    test::AuthFixture f;
    const Actor captador = f.addUser(QStringLiteral("captador"), test::AuthFixture::CaptadorProfile);
    ProtocolService ws(f.db(), f.clock(), QStringLiteral("01"));
    auto r = ws.reserve(captador, QStringLiteral("phone"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contact_records")) == 0);
}

TEST_CASE("Two processes reserving protocols at once never get the same number", "[protocol][process]") {
    test::TempDatabase temp;
    {
        auto db = temp.open();
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        REQUIRE(users
                    .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana"),
                                              QStringLiteral("Adm!n-Segredo-2026"))
                    .ok());
    }
    constexpr int PerProcess = 150;
    QProcess first;
    QProcess second;
    const QStringList args{QStringLiteral("--atende-helper"), QStringLiteral("reserve-protocols"), temp.path(),
                           QString::number(PerProcess)};
    first.start(QCoreApplication::applicationFilePath(), args);
    second.start(QCoreApplication::applicationFilePath(), args);
    REQUIRE(first.waitForFinished(120000));
    REQUIRE(second.waitForFinished(120000));
    INFO(QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError()).toStdString());
    REQUIRE(first.exitCode() == 0);
    REQUIRE(second.exitCode() == 0);
    const QStringList a = QString::fromUtf8(first.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList b =
        QString::fromUtf8(second.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(a.size() == PerProcess);
    REQUIRE(b.size() == PerProcess);
    QSet<QString> all(a.begin(), a.end());
    all.unite(QSet<QString>(b.begin(), b.end()));
    CHECK(all.size() == 2 * PerProcess);

    auto db = temp.open();
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT protocol), max(last_value) FROM contact_records, "
                                  "protocol_counters")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2 * PerProcess);
    CHECK(q.value(1).toInt() == 2 * PerProcess); // one sequence, no gaps, no repeats
}
