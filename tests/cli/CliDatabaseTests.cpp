// atendectl init, migrate and check against real database files.
#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "TempDatabase.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace atende;
using namespace atende::test;

namespace {

const QString FixtureV1 = QStringLiteral(ATENDE_FIXTURES_DIR "/schema-v1.sqlite");

void copyFixture(const QString& to) {
    REQUIRE(QFile::copy(FixtureV1, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

void init(const AtendeCtl& ctl) {
    const auto outcome = ctl.run({QStringLiteral("init")});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
}

} // namespace

TEST_CASE("init creates a database at the newest schema, and a second init changes nothing", "[cli][init]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const auto created = ctl.run({QStringLiteral("--json"), QStringLiteral("init")});
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
    CHECK(created.err.isEmpty());
    const QJsonObject doc = created.json();
    CHECK(doc.value(QStringLiteral("command")) == QStringLiteral("init"));
    CHECK(doc.value(QStringLiteral("ok")) == true);
    CHECK(doc.value(QStringLiteral("created")) == true);
    CHECK(doc.value(QStringLiteral("schemaVersion")).toInt() == Migrator::latestVersion());
    CHECK(doc.value(QStringLiteral("path")) == temp.path());
    CHECK(doc.value(QStringLiteral("backupPath")).isNull());
    // Whose database it is and its version: SQLite's header pragmas, the atende_schema row on a server.
    const bool server = temp.isPostgres();
    CHECK(queryInt(temp.path(), server ? QStringLiteral("SELECT application_id FROM atende_schema")
                                       : QStringLiteral("PRAGMA application_id")) == Database::ApplicationId);
    CHECK(queryInt(temp.path(), server ? QStringLiteral("SELECT version FROM atende_schema")
                                       : QStringLiteral("PRAGMA user_version")) == Migrator::latestVersion());
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM workflow_statuses")) > 0);

    const auto again = ctl.run({QStringLiteral("init")});
    INFO(again.describe());
    REQUIRE(again.exitCode == 0);
    CHECK(again.outText().contains(QStringLiteral("already")));
    const auto againJson = ctl.run({QStringLiteral("init"), QStringLiteral("--json")});
    CHECK(againJson.json().value(QStringLiteral("created")) == false);
}

TEST_CASE("init of a version-1 database updates it after a backup", "[cli][init][sqlite]") {
    TempDatabase temp;
    copyFixture(temp.path());
    AtendeCtl ctl(temp);
    const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("init")});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    const QJsonObject doc = outcome.json();
    CHECK(doc.value(QStringLiteral("created")) == false);
    CHECK(doc.value(QStringLiteral("fromVersion")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("schemaVersion")).toInt() == Migrator::latestVersion());
    const QString backup = doc.value(QStringLiteral("backupPath")).toString();
    REQUIRE(QFile::exists(backup));
    CHECK(queryInt(backup, QStringLiteral("PRAGMA user_version")) == 1);
    CHECK(queryChecksum(backup, QStringLiteral("SELECT * FROM customers ORDER BY id")) ==
          queryChecksum(FixtureV1, QStringLiteral("SELECT * FROM customers ORDER BY id")));
}

TEST_CASE("init finds the app's database without --db, or ATENDE_DB's", "[cli][init][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const QString appDefault = QDir(ctl.xdgDataHome()).filePath(QStringLiteral("Atende/atende.sqlite"));

    SECTION("the app's file") {
        const auto outcome = ctl.runWithoutDatabase({QStringLiteral("--json"), QStringLiteral("init")});
        INFO(outcome.describe());
        REQUIRE(outcome.exitCode == 0);
        CHECK(outcome.json().value(QStringLiteral("path")) == appDefault);
        CHECK(QFile::exists(appDefault));
    }
    SECTION("ATENDE_DB, unless --db is given") {
        const QString fromEnv = temp.filePath(QStringLiteral("env.sqlite"));
        ctl.setEnvironment(QStringLiteral("ATENDE_DB"), fromEnv);
        const auto outcome = ctl.runWithoutDatabase({QStringLiteral("--json"), QStringLiteral("init")});
        INFO(outcome.describe());
        REQUIRE(outcome.exitCode == 0);
        CHECK(outcome.json().value(QStringLiteral("path")) == fromEnv);
        CHECK(QFile::exists(fromEnv));
        CHECK_FALSE(QFile::exists(appDefault));

        const auto explicitDb = ctl.run({QStringLiteral("--json"), QStringLiteral("init")});
        REQUIRE(explicitDb.exitCode == 0);
        CHECK(explicitDb.json().value(QStringLiteral("path")) == temp.path());
    }
}

TEST_CASE("init refuses a file that is not an Atende database or is newer, and leaves it unchanged",
          "[cli][init][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    QString expectedCode;
    QString expectedWords;
    SECTION("a text file") {
        expectedWords = QStringLiteral("is not an Atende database");
        writeFile(temp.path(), QByteArray("Relatório de atendimentos de março\n").repeated(300));
        expectedCode = QStringLiteral("notAnAtendeDatabase");
    }
    SECTION("another program's SQLite file") {
        makeForeignSqlite(temp.path());
        expectedCode = QStringLiteral("notAnAtendeDatabase");
        expectedWords = QStringLiteral("another program");
    }
    SECTION("a database of a newer Atende") {
        init(ctl);
        makeNewer(temp.path(), Migrator::latestVersion() + 3);
        expectedCode = QStringLiteral("newerDatabase");
        expectedWords = QStringLiteral("newer version of Atende");
    }
    const QByteArray before = fileSha256(temp.path());
    REQUIRE_FALSE(before.isEmpty());

    const auto text = ctl.run({QStringLiteral("init")});
    INFO(text.describe());
    CHECK(text.exitCode == 1);
    CHECK(text.out.isEmpty());
    CHECK_FALSE(text.err.trimmed().isEmpty());
    CHECK(text.errText().contains(expectedWords));

    const auto json = ctl.run({QStringLiteral("init"), QStringLiteral("--json")});
    INFO(json.describe());
    CHECK(json.exitCode == 1);
    const QJsonObject doc = json.json();
    CHECK(doc.value(QStringLiteral("ok")) == false);
    CHECK(doc.value(QStringLiteral("error"))[QStringLiteral("code")] == expectedCode);

    CHECK(fileSha256(temp.path()) == before);
    CHECK_FALSE(QFile::exists(temp.path() + QStringLiteral("-wal")));
    CHECK(QDir(temp.dir()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("migrate brings the version-1 fixture to the newest schema and names the backup it took",
          "[cli][migrate][sqlite]") {
    TempDatabase temp;
    copyFixture(temp.path());
    AtendeCtl ctl(temp);

    SECTION("as text") {
        const auto outcome = ctl.run({QStringLiteral("migrate")});
        INFO(outcome.describe());
        REQUIRE(outcome.exitCode == 0);
        CHECK(outcome.outText().contains(QStringLiteral("from schema 1 to %1").arg(Migrator::latestVersion())));
        const QStringList backups = QDir(temp.dir()).entryList({QStringLiteral("*.bak")}, QDir::Files);
        REQUIRE(backups.size() == 1);
        CHECK(outcome.outText().contains(backups.first()));
    }
    SECTION("as JSON") {
        const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("migrate")});
        INFO(outcome.describe());
        REQUIRE(outcome.exitCode == 0);
        const QJsonObject doc = outcome.json();
        CHECK(doc.value(QStringLiteral("command")) == QStringLiteral("migrate"));
        CHECK(doc.value(QStringLiteral("fromVersion")).toInt() == 1);
        CHECK(doc.value(QStringLiteral("toVersion")).toInt() == Migrator::latestVersion());
        CHECK(doc.value(QStringLiteral("migrated")) == true);
        const QString backup = doc.value(QStringLiteral("backupPath")).toString();
        REQUIRE(QFile::exists(backup));
        CHECK(queryInt(backup, QStringLiteral("PRAGMA user_version")) == 1);
        CHECK(queryChecksum(backup, QStringLiteral("SELECT * FROM customers ORDER BY id")) ==
              queryChecksum(FixtureV1, QStringLiteral("SELECT * FROM customers ORDER BY id")));
    }
    CHECK(queryInt(temp.path(), QStringLiteral("PRAGMA user_version")) == Migrator::latestVersion());
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Maria da Conceição'")) ==
          1);

    // Nothing left to do the second time, and no second backup.
    const auto again = ctl.run({QStringLiteral("--json"), QStringLiteral("migrate")});
    INFO(again.describe());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("migrated")) == false);
    CHECK(again.json().value(QStringLiteral("backupPath")).isNull());
    CHECK(QDir(temp.dir()).entryList({QStringLiteral("*.bak")}, QDir::Files).size() == 1);
}

TEST_CASE("migrate refuses a missing, foreign or newer file", "[cli][migrate][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    SECTION("missing: nothing is created") {
        const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("migrate")});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.json().value(QStringLiteral("error"))[QStringLiteral("code")] == QStringLiteral("notFound"));
        CHECK(outcome.errText().contains(QStringLiteral("atendectl init")));
        CHECK_FALSE(QFile::exists(temp.path()));
    }
    SECTION("foreign or newer: unchanged") {
        SECTION("foreign") {
            makeForeignSqlite(temp.path());
        }
        SECTION("newer") {
            init(ctl);
            makeNewer(temp.path(), Migrator::latestVersion() + 1);
        }
        const QByteArray before = fileSha256(temp.path());
        const auto outcome = ctl.run({QStringLiteral("migrate")});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        CHECK_FALSE(outcome.err.trimmed().isEmpty());
        CHECK(fileSha256(temp.path()) == before);
    }
}

TEST_CASE("check reports a healthy database with exit code 0", "[cli][check]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    addCustomers(temp.path(), 50);

    const auto text = ctl.run({QStringLiteral("check")});
    INFO(text.describe());
    REQUIRE(text.exitCode == 0);
    CHECK(text.err.isEmpty());
    CHECK(text.outText().contains(QStringLiteral("healthy")));

    for (const bool full : {false, true}) {
        QStringList args{QStringLiteral("--json"), QStringLiteral("check")};
        if (full)
            args << QStringLiteral("--full");
        const auto outcome = ctl.run(args);
        INFO(outcome.describe());
        REQUIRE(outcome.exitCode == 0);
        const QJsonObject doc = outcome.json();
        CHECK(doc.value(QStringLiteral("command")) == QStringLiteral("check"));
        CHECK(doc.value(QStringLiteral("healthy")) == true);
        CHECK(doc.value(QStringLiteral("integrity")) == QStringLiteral("ok"));
        CHECK(doc.value(QStringLiteral("foreignKeyViolations")).toInt() == 0);
        CHECK(doc.value(QStringLiteral("schemaVersion")).toInt() == Migrator::latestVersion());
        CHECK(doc.value(QStringLiteral("latestVersion")).toInt() == Migrator::latestVersion());
        CHECK(doc.value(QStringLiteral("depth")) == (full ? QStringLiteral("full") : QStringLiteral("quick")));
        CHECK(doc.value(QStringLiteral("problems")).toArray().isEmpty());
    }
}

TEST_CASE("check finds a reference to a record that does not exist", "[cli][check]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    execSql(temp.path(), QStringLiteral("INSERT INTO contacts(customer_id, name) VALUES (4242, 'Órfão da Silva')"));
    const auto contents = [&] {
        // The file's bytes; on a server, what can change: the rows and the schema version.
        if (temp.isPostgres())
            return queryChecksum(temp.path(), QStringLiteral("SELECT c.id, c.customer_id, c.name, s.version FROM "
                                                             "contacts c, atende_schema s ORDER BY c.id"));
        checkpoint(temp.path());
        return fileSha256(temp.path());
    };
    const QByteArray before = contents();

    const auto text = ctl.run({QStringLiteral("check")});
    INFO(text.describe());
    CHECK(text.exitCode == 1);
    CHECK_FALSE(text.err.trimmed().isEmpty());

    const auto json = ctl.run({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--full")});
    INFO(json.describe());
    CHECK(json.exitCode == 1);
    const QJsonObject doc = json.json();
    CHECK(doc.value(QStringLiteral("ok")) == false);
    CHECK(doc.value(QStringLiteral("healthy")) == false);
    CHECK(doc.value(QStringLiteral("integrity")) == QStringLiteral("ok"));
    CHECK(doc.value(QStringLiteral("foreignKeyViolations")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("problems")).toArray().size() == 1);

    // A check only reads.
    CHECK(contents() == before);
}

TEST_CASE("check finds a damaged page", "[cli][check][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    addCustomers(temp.path(), 400); // several pages, so the table's root is an interior page in the file's middle
    corruptTablePage(temp.path(), QStringLiteral("customers"));

    for (const QString& depth : {QStringLiteral("quick"), QStringLiteral("full")}) {
        QStringList args{QStringLiteral("--json"), QStringLiteral("check")};
        if (depth == QLatin1String("full"))
            args << QStringLiteral("--full");
        const auto outcome = ctl.run(args);
        INFO(outcome.describe());
        CHECK(outcome.finished);
        CHECK(outcome.exitCode == 1);
        CHECK_FALSE(outcome.err.trimmed().isEmpty());
        const QJsonObject doc = outcome.json();
        CHECK(doc.value(QStringLiteral("healthy")) == false);
        CHECK(doc.value(QStringLiteral("integrity")) != QStringLiteral("ok"));
        CHECK_FALSE(doc.value(QStringLiteral("problems")).toArray().isEmpty());
    }
    const auto text = ctl.run({QStringLiteral("check")});
    CHECK(text.exitCode == 1);
    CHECK(text.errText().contains(QStringLiteral("not healthy")));
}

TEST_CASE("check counts an old schema as a problem and a missing file as a failure", "[cli][check][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    SECTION("old schema") {
        copyFixture(temp.path());
        const QByteArray before = fileSha256(temp.path());
        const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("check")});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        const QJsonObject doc = outcome.json();
        CHECK(doc.value(QStringLiteral("schemaVersion")).toInt() == 1);
        CHECK(doc.value(QStringLiteral("integrity")) == QStringLiteral("ok"));
        CHECK(doc.value(QStringLiteral("healthy")) == false);
        CHECK(fileSha256(temp.path()) == before); // not migrated by a check
    }
    SECTION("missing file") {
        const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("check")});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.json().value(QStringLiteral("error"))[QStringLiteral("code")] == QStringLiteral("notFound"));
        CHECK_FALSE(QFile::exists(temp.path()));
    }
}
