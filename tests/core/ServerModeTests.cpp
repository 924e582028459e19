// Team mode on a real PostgreSQL server (issue 9): what only a server has — notices between workstations, a
// server that restarts under a session, the copy of a workstation's file into it, and a database of someone else.
// Tagged [postgresql]: they run in the PostgreSQL pass of the suite (TempDatabase on the throwaway cluster).
#include "TempDatabase.h"
#include "TicketFixture.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Migrator.h"
#include "storage/ServerLocation.h"
#include "storage/ServerMigration.h"
#include "sync/ChangeListener.h"
#include "tickets/TicketService.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

using namespace atende;

namespace {

// Waits for `spy` to hold at least `count` signals, serving the event loop (notices arrive through it).
bool waitFor(QSignalSpy& spy, int count, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < timeoutMs)
        spy.wait(50);
    return spy.count() >= count;
}

QString clusterScript() {
    return QStringLiteral(ATENDE_SOURCE_DIR "/tests/support/pg_cluster.sh");
}

} // namespace

TEST_CASE("Both engines' migration chains end at the same schema version", "[storage]") {
    const auto& sqlite = Migrator::embedded(Database::Engine::SQLite);
    const auto& server = Migrator::embedded(Database::Engine::PostgreSQL);
    REQUIRE_FALSE(server.isEmpty());
    REQUIRE(sqlite.size() == server.size());
    for (qsizetype i = 0; i < sqlite.size(); ++i) {
        CHECK(sqlite[i].version == server[i].version);
        CHECK(sqlite[i].name == server[i].name);
    }
}

TEST_CASE("A server that does not answer never freezes the thread that listens for changes", "[sync]") {
    // A host that takes the TCP connection and then says nothing, as after a network cut behind a firewall: each
    // connection attempt waits for connect_timeout. The kernel completes the handshake from the listen backlog, so
    // nothing is ever accepted here.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    ChangeListener listener(
        QStringLiteral("postgresql://atende@127.0.0.1:%1/atende?connect_timeout=2").arg(silent.serverPort()));
    listener.setHeartbeatInterval(100);
    REQUIRE(listener.start());

    // The window's event loop keeps turning: a 20 ms timer never waits much longer than that.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    while (clock.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    WARN("longest pause of the listener's thread while the server did not answer: " << longestGap << " ms");
    CHECK(longestGap < 500);
    CHECK_FALSE(listener.isConnected());
}

TEST_CASE("The server's fold functions work under the search path PostgreSQL 17 uses for maintenance",
          "[postgresql][storage]") {
    // PostgreSQL 17 builds indexes and runs VACUUM FULL, ANALYZE and REINDEX with search_path = pg_catalog,
    // pg_temp, and pg_restore clears it: the functions in the sort index and the search tables' generated columns
    // must name the schemas of what they call (migration 10).
    test::TempDatabase temp;
    auto db = temp.open();
    REQUIRE(db->isPostgres());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT current_schema()")));
    REQUIRE(q.next());
    const QString schema = q.value(0).toString();
    REQUIRE(q.exec(QStringLiteral("SET search_path = pg_catalog, pg_temp")));
    INFO(q.lastError().text().toStdString());
    const bool folded = q.exec(
        QStringLiteral("SELECT %1.atende_fold('Área do Cliente'), %1.atende_search_words('João@Conceição.com.br')")
            .arg(schema));
    INFO(q.lastError().text().toStdString());
    REQUIRE(folded);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("area do cliente"));
    CHECK(q.value(1).toString() == QStringLiteral("joao conceicao com br"));
    const bool reindexed = q.exec(QStringLiteral("REINDEX INDEX %1.tickets_title_folded").arg(schema));
    INFO(q.lastError().text().toStdString());
    CHECK(reindexed);
    REQUIRE(q.exec(QStringLiteral("RESET search_path")));
}

TEST_CASE("A server address is read with its TLS options and shown without its password", "[storage]") {
    auto location = ServerLocation::parse(
        QStringLiteral("postgresql://equipe:s3gr3d0@db.empresa.local:6543/atende?sslmode=verify-full"));
    REQUIRE(location.ok());
    CHECK(location->host == QStringLiteral("db.empresa.local"));
    CHECK(location->port == 6543);
    CHECK(location->user == QStringLiteral("equipe"));
    CHECK(location->password == QStringLiteral("s3gr3d0"));
    CHECK(location->database == QStringLiteral("atende"));
    CHECK(location->connectOptions == QStringLiteral("sslmode=verify-full"));
    const QString shown =
        ServerLocation::withoutPassword(QStringLiteral("postgresql://equipe:s3gr3d0@db.empresa.local/atende"));
    CHECK_FALSE(shown.contains(QStringLiteral("s3gr3d0")));
    CHECK(shown.contains(QStringLiteral("db.empresa.local")));

    auto typo = ServerLocation::parse(QStringLiteral("postgresql://equipe@db/atende?ssl_mode=require"));
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().userMessage.contains(QStringLiteral("ssl_mode")));
    CHECK_FALSE(ServerLocation::parse(QStringLiteral("postgresql://equipe@db/")).ok());
}

TEST_CASE("A write on one workstation is heard by another within a second", "[postgresql][sync]") {
    test::TicketFixture f;
    REQUIRE(f.db().isPostgres());
    ChangeListener listener(f.db().path());
    QSignalSpy changes(&listener, &ChangeListener::changed);
    QSignalSpy connected(&listener, &ChangeListener::connectedChanged);
    REQUIRE(listener.start());
    // It connects in its own thread, and says so.
    REQUIRE(waitFor(connected, 1, 5000));
    REQUIRE(listener.isConnected());

    // Another workstation: its own connection and services.
    auto other = Database::openExisting(f.db().path());
    REQUIRE(other.ok());
    TicketService otherTickets(**other, f.clock(), QStringLiteral("02"));
    QElapsedTimer timer;
    timer.start();
    auto created = otherTickets.create(f.agent, test::TicketFixture::question(f.customerId, QStringLiteral("Boleto")));
    REQUIRE(created.ok());
    const qint64 committedAtNs = timer.nsecsElapsed();
    REQUIRE(waitFor(changes, 1, 2000));
    const double latencyMs = double(timer.nsecsElapsed() - committedAtNs) / 1e6;
    WARN("notice latency after commit: " << latencyMs << " ms (save itself: " << double(committedAtNs) / 1e6 << " ms)");
    CHECK(latencyMs < 1000);
    bool heardTicket = false;
    for (const auto& args : changes) {
        const auto event = args.at(0).value<ChangeEvent>();
        if (event.kind == ChangeEvent::Kind::Ticket && event.id == created->id) {
            heardTicket = true;
            CHECK(event.writerPid == (*other)->backendPid());
            CHECK(event.writerPid != f.db().backendPid());
        }
    }
    CHECK(heardTicket);
}

TEST_CASE("After the server restarts the listener and the connection come back by themselves",
          "[postgresql][sync][restart]") {
    // A cluster of its own: restarting the shared one would break the tests running beside this one.
    QTemporaryDir state;
    REQUIRE(state.isValid());
    REQUIRE(QProcess::execute(QStringLiteral("bash"), {clusterScript(), QStringLiteral("start"), state.path()}) == 0);
    struct Stop {
        QString dir;
        ~Stop() { QProcess::execute(QStringLiteral("bash"), {clusterScript(), QStringLiteral("stop"), dir}); }
    } stop{state.path()};
    QFile urlFile(state.filePath(QStringLiteral("url")));
    REQUIRE(urlFile.open(QIODevice::ReadOnly));
    auto admin = ServerLocation::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    REQUIRE(admin.ok());
    const QString url = admin->urlFor(QStringLiteral("postgres"));

    auto writer = Database::open(url);
    REQUIRE(writer.ok());
    ChangeListener listener(url);
    listener.setHeartbeatInterval(200);
    QSignalSpy connected(&listener, &ChangeListener::connectedChanged);
    QSignalSpy resynced(&listener, &ChangeListener::resynced);
    QSignalSpy changes(&listener, &ChangeListener::changed);
    REQUIRE(listener.start());
    REQUIRE(waitFor(connected, 1, 2000));

    REQUIRE(QProcess::execute(QStringLiteral("bash"), {clusterScript(), QStringLiteral("restart"), state.path()}) == 0);
    // Down (false), then up again (true) and a resync for whatever was missed.
    REQUIRE(waitFor(resynced, 1, 15000));
    CHECK(connected.count() >= 3);
    CHECK(connected.at(1).at(0).toBool() == false);
    CHECK(connected.last().at(0).toBool() == true);
    CHECK(listener.isConnected());

    // The session's own connection died with the server; it reconnects and writes again.
    CHECK_FALSE((*writer)->isAlive());
    REQUIRE((*writer)->reconnect().ok());
    REQUIRE((*writer)
                ->execRaw(QStringLiteral("UPDATE customers SET name = name WHERE id = 0; "
                                         "INSERT INTO customers (kind, document, name, name_key, created_at, "
                                         "updated_at) VALUES ('PF', '52998224725', 'Ana', 'ana', 0, 0)"))
                .ok());
    REQUIRE(waitFor(changes, 1, 2000));
    CHECK(changes.last().at(0).value<ChangeEvent>().kind == ChangeEvent::Kind::Customer);
}

TEST_CASE("A server database of another program or of a newer Atende is refused and left alone",
          "[postgresql][storage]") {
    test::TempDatabase other;
    {
        auto db = other.open();
        REQUIRE(db->execRaw(QStringLiteral("UPDATE atende_schema SET version = 999")).ok());
    }
    auto newer = Database::open(other.path());
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == Error::Code::NewerDatabase);

    test::TempDatabase foreign;
    {
        Database::Options raw;
        raw.migrate = false;
        auto db = foreign.open(raw);
        REQUIRE(db->execRaw(QStringLiteral("CREATE TABLE invoices (id integer)")).ok());
    }
    auto refused = Database::open(foreign.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NotAnAtendeDatabase);
    // Refused again for the same reason: the first attempt created nothing of Atende's in it.
    auto again = Database::open(foreign.path());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::NotAnAtendeDatabase);
}

TEST_CASE("migrate-to copies a 100k-ticket workstation into the server, resumes after an interruption and verifies",
          "[postgresql][migrate-to]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = Database::open(dir.filePath(QStringLiteral("posto.sqlite")));
    REQUIRE(file.ok());
    DemoOptions options;
    options.customers = 20000;
    options.tickets = 100000;
    DemoDataGenerator generator(**file, SystemClock::instance());
    REQUIRE(generator.generate(options).ok());

    test::TempDatabase server;
    auto target = server.open();
    ServerMigration first(**file, *target);
    int batches = 0;
    auto interrupted = first.run({}, [&] { return ++batches > 40; });
    REQUIRE_FALSE(interrupted.ok());
    {
        // Stopped part way: some tickets are on the server, not all.
        QSqlQuery partial(target->connection());
        REQUIRE(partial.exec(QStringLiteral("SELECT count(*) FROM tickets")));
        REQUIRE(partial.next());
        CHECK(partial.value(0).toLongLong() < 100000);
    }

    QElapsedTimer timer;
    timer.start();
    ServerMigration second(**file, *target);
    auto report = second.run();
    INFO((report ? QString() : report.error().userMessage + QStringLiteral(" / ") + report.error().detail)
             .toStdString());
    REQUIRE(report.ok());
    CHECK(report->resumed);
    CHECK(report->verified());
    qint64 rows = 0;
    for (const auto& table : report->tables) {
        INFO(table.name.toStdString());
        CHECK(table.sourceRows == table.targetRows);
        CHECK(table.sourceChecksum == table.targetChecksum);
        rows += table.sourceRows;
        if (table.name == QLatin1String("tickets"))
            CHECK(table.targetRows == 100000);
    }
    WARN("migrate-to resumed run: " << report->rowsCopied << " of " << rows << " rows copied in " << report->copyMs
                                    << " ms, verified in " << report->verifyMs << " ms");
    CHECK(report->rowsCopied < rows); // the first run's batches were kept, not copied again

    // The server database works as the file did: new ids continue after the copied ones, search finds people.
    QSqlQuery q(target->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO sectors (name) VALUES ('Setor novo') RETURNING id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() > 1);
    q.finish();
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const QString firstName = q.value(0).toString().section(QLatin1Char(' '), 0, 0);
    q.finish();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customer_search WHERE document @@ "
                                  "plainto_tsquery('simple', atende_fold('%1'))")
                       .arg(firstName)));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() >= 1);

    // A database that already holds a team's data is not a target: refused, nothing changed.
    test::TempDatabase busy;
    auto busyTarget = busy.open();
    REQUIRE(busyTarget
                ->execRaw(QStringLiteral("INSERT INTO customers (kind, document, name, name_key, created_at, "
                                         "updated_at) VALUES ('PF', '52998224725', 'Ana', 'ana', 0, 0)"))
                .ok());
    ServerMigration refused(**file, *busyTarget);
    auto refusal = refused.run();
    REQUIRE_FALSE(refusal.ok());
    CHECK(refusal.error().code == Error::Code::Conflict);
    QSqlQuery count(busyTarget->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM customers")));
    REQUIRE(count.next());
    CHECK(count.value(0).toLongLong() == 1);
}
