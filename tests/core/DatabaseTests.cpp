#include "FakeClock.h"
#include "HelperProcess.h"
#include "TempDatabase.h"

#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseHealth.h"
#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace atende;
using atende::test::TempDatabase;

namespace {

int scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString pragmaText(Database& db, const QString& pragma) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + pragma));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Crashes the process in the middle of migration step 2: the step's SQL has run, its transaction is open,
// nothing is committed. Runs in a child process (see HelperProcess).
const test::HelperProcess::Registration
    crashInMigration(QStringLiteral("crash-in-migration"), [](const QStringList& args) {
        Database::Options options;
        options.migrate = false;
        auto db = Database::open(args.value(0), options);
        if (!db)
            return 2;
        sqlite3_create_function_v2((*db)->handle(), "crash_now", 0, SQLITE_UTF8, nullptr,
                                   [](sqlite3_context*, int, sqlite3_value**) { std::abort(); }, nullptr, nullptr,
                                   nullptr);
        QList<Migration> steps = Migrator::embedded().mid(0, 1);
        steps.append(Migration{2, QStringLiteral("half_done"),
                               QStringLiteral("CREATE TABLE half_done(x); INSERT INTO half_done VALUES (1); "
                                              "UPDATE customers SET name = 'x'; SELECT crash_now();")});
        Migrator migrator(**db, steps);
        (void)migrator.migrate();
        return 3; // not reached: crash_now() aborts
    });

} // namespace

TEST_CASE("A new database is created at the newest schema with Atende's identity and pragmas", "[storage][sqlite]") {
    TempDatabase temp;
    auto db = temp.open();
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 2);
    CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")) == Database::ApplicationId);
    CHECK(pragmaText(*db, QStringLiteral("journal_mode")) == QLatin1String("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA synchronous")) == 2); // FULL
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA secure_delete")) == 1);
    CHECK(db->lastBackupPath().isEmpty()); // nothing to back up in a new file

    // The lookups have their indexes.
    for (const char* index : {"sqlite_autoindex_customers_1", "sqlite_autoindex_tickets_1", "tickets_status_updated",
                              "tickets_customer_status"}) {
        INFO(index);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='index' AND name='%1'")
                              .arg(QLatin1String(index))) == 1);
    }
}

TEST_CASE("Full-text search ignores accents and case", "[storage][sqlite]") {
    TempDatabase temp;
    auto db = temp.open();
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO customer_search(rowid, title, body) VALUES (1, 'João Conceição', '')")));
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'joao conceicao'")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH 'CONCEI*'")) ==
          1);
    CHECK(scalar(*db, QStringLiteral("SELECT atende_fold('ÁRVORE  Ção') = 'arvore cao'")) == 1);
}

TEST_CASE("Migrating a version-1 file keeps its data, takes a backup first, and reaches the newest schema",
          "[storage][sqlite]") {
    TempDatabase temp;
    REQUIRE(QFile::copy(QStringLiteral(ATENDE_FIXTURES_DIR "/schema-v1.sqlite"), temp.path()));
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto db = temp.open();
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    // The fixture's customer survived.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Maria da Conceição'")) == 1);
    // The configuration of migration 2 arrived.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM workflow_statuses")) == 8);
    REQUIRE_FALSE(db->lastBackupPath().isEmpty());
    REQUIRE(QFile::exists(db->lastBackupPath()));

    // The backup is the version-1 file, whole.
    Database::Options readOnly;
    readOnly.migrate = false;
    readOnly.readOnly = true;
    auto backup = Database::open(db->lastBackupPath(), readOnly);
    REQUIRE(backup.ok());
    CHECK((*backup)->schemaVersion() == 1);
    CHECK(scalar(**backup, QStringLiteral("SELECT count(*) FROM customers")) == 1);
}

TEST_CASE("Every earlier schema version has a fixture that migrates to the newest", "[storage][sqlite]") {
    for (int version = 1; version < Migrator::latestVersion(); ++version) {
        const QString fixture = QStringLiteral(ATENDE_FIXTURES_DIR "/schema-v%1.sqlite").arg(version);
        INFO(fixture.toStdString());
        REQUIRE(QFile::exists(fixture));
        TempDatabase temp;
        REQUIRE(QFile::copy(fixture, temp.path()));
        QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner);
        auto db = temp.open();
        CHECK(db->schemaVersion() == Migrator::latestVersion());
        CHECK(DatabaseHealth::check(*db, DatabaseHealth::Depth::Full).healthy());
    }
}

TEST_CASE("A crash in the middle of a migration step leaves the previous version intact", "[storage][crash][sqlite]") {
    TempDatabase temp;
    {
        Database::Options options;
        options.migrate = false;
        auto db = temp.open(options);
        Migrator first(*db, Migrator::embedded().mid(0, 1));
        REQUIRE(first.migrate().ok());
        REQUIRE(
            db->execRaw(QStringLiteral("INSERT INTO customers(kind, document, name, name_key, created_at, updated_at) "
                                       "VALUES ('PF', '52998224725', 'Ana Luíza', 'ana luiza', 0, 0)"))
                .ok());
    }
    const auto outcome = test::HelperProcess::start(QStringLiteral("crash-in-migration"), {temp.path()});
    INFO(outcome.output.toStdString());
    REQUIRE(outcome.crashed); // it really died, with the step's transaction open

    Database::Options options;
    options.migrate = false;
    auto db = temp.open(options);
    CHECK(db->schemaVersion() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Ana Luíza'")) == 1);
    CHECK(DatabaseHealth::check(*db, DatabaseHealth::Depth::Full).integrity == QLatin1String("ok"));

    // And the real migration then completes.
    Migrator migrator(*db);
    REQUIRE(migrator.migrate().ok());
    CHECK(db->schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("A failing migration step is rolled back and reported", "[storage][sqlite]") {
    TempDatabase temp;
    Database::Options options;
    options.migrate = false;
    auto db = temp.open(options);
    QList<Migration> steps = Migrator::embedded().mid(0, 1);
    steps.append(Migration{2, QStringLiteral("broken"),
                           QStringLiteral("CREATE TABLE partial(x); INSERT INTO no_such_table VALUES (1);")});
    Migrator migrator(*db, steps);
    const Status s = migrator.migrate();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().userMessage.contains(QStringLiteral("2")));
    CHECK(db->schemaVersion() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'partial'")) == 0);
}

TEST_CASE("A database newer than the program is refused and not written", "[storage][sqlite]") {
    TempDatabase temp;
    {
        auto db = temp.open();
        REQUIRE(db->execRaw(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5)).ok());
        REQUIRE(db->execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")).ok());
    }
    const QByteArray before = test::fileSha256(temp.path());
    REQUIRE_FALSE(before.isEmpty());
    auto db = Database::open(temp.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::NewerDatabase);
    CHECK(db.error().userMessage.contains(QStringLiteral("mais nova"))); // said in Portuguese
    CHECK(test::fileSha256(temp.path()) == before);
    CHECK_FALSE(QFile::exists(temp.path() + QStringLiteral("-wal")));
}

TEST_CASE("Files that are not Atende databases are refused and left alone", "[storage][sqlite]") {
    TempDatabase temp;
    SECTION("a text file") {
        QFile f(temp.path());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("isto não é um banco de dados\n").repeated(200));
        f.close();
    }
    SECTION("another program's SQLite file") {
        sqlite3* other = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(temp.path()).constData(), &other) == SQLITE_OK);
        REQUIRE(sqlite3_exec(other, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);", nullptr, nullptr,
                             nullptr) == SQLITE_OK);
        sqlite3_close(other);
    }
    const QByteArray before = test::fileSha256(temp.path());
    auto db = Database::open(temp.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::NotAnAtendeDatabase);
    CHECK_FALSE(db.error().userMessage.isEmpty());
    CHECK(test::fileSha256(temp.path()) == before);
}

TEST_CASE("Backup and restore through the online backup API", "[storage][sqlite]") {
    TempDatabase temp;
    auto db = temp.open();
    REQUIRE(db->execRaw(QStringLiteral("INSERT INTO customers(kind, document, name, name_key, created_at, updated_at) "
                                       "VALUES ('PJ', '12ABC34501DE35', 'Imobiliária Sol', 'imobiliaria sol', 0, 0)"))
                .ok());
    const QString backupPath = temp.filePath(QStringLiteral("copia.sqlite"));
    REQUIRE(DatabaseBackup::backupTo(*db, backupPath).ok());
    CHECK_FALSE(QFile::exists(backupPath + QStringLiteral(".partial")));

    REQUIRE(db->execRaw(QStringLiteral("DELETE FROM customers")).ok());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    REQUIRE(DatabaseBackup::restoreFrom(*db, backupPath).ok());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE document = '12ABC34501DE35'")) == 1);
    CHECK(pragmaText(*db, QStringLiteral("journal_mode")) == QLatin1String("wal"));

    SECTION("restoring something that is not an Atende database changes nothing") {
        const QString junk = temp.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("junk");
        f.close();
        const Status s = DatabaseBackup::restoreFrom(*db, junk);
        REQUIRE_FALSE(s.ok());
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == 1);
    }
}

TEST_CASE("Health check reports damage-free databases as healthy and out-of-date ones as not", "[storage][sqlite]") {
    TempDatabase temp;
    {
        auto db = temp.open();
        const auto report = DatabaseHealth::check(*db, DatabaseHealth::Depth::Full);
        CHECK(report.healthy());
        CHECK(report.integrity == QLatin1String("ok"));
        CHECK(report.schemaVersion == Migrator::latestVersion());
    }
    Database::Options noMigrate;
    noMigrate.migrate = false;
    TempDatabase older;
    auto db = older.open(noMigrate);
    Migrator first(*db, Migrator::embedded().mid(0, 1));
    REQUIRE(first.migrate().ok());
    REQUIRE(db->execRaw(QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO contacts(customer_id, name) "
                                       "VALUES (999, 'Órfão')"))
                .ok());
    const auto report = DatabaseHealth::check(*db, DatabaseHealth::Depth::Quick);
    CHECK_FALSE(report.healthy());
    CHECK(report.foreignKeyViolations == 1);
    CHECK(report.problems.size() == 2);
}

TEST_CASE("Restoring a backup of an older schema is allowed and the caller migrates it", "[storage][sqlite]") {
    TempDatabase temp;
    auto db = temp.open();
    const QString old = temp.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(ATENDE_FIXTURES_DIR "/schema-v1.sqlite"), old));
    REQUIRE(DatabaseBackup::restoreFrom(*db, old).ok());
    CHECK(db->schemaVersion() == 1);
    Migrator migrator(*db);
    REQUIRE(migrator.migrate().ok());
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Maria da Conceição'")) == 1);
}
