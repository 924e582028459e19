// atendectl backup and restore: a round trip brings the data back; a bad backup changes nothing.
#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "TempDatabase.h"

#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace atende;
using namespace atende::test;

namespace {

const QString FixtureV1 = QStringLiteral(ATENDE_FIXTURES_DIR "/schema-v1.sqlite");

void init(const AtendeCtl& ctl) {
    const auto outcome = ctl.run({QStringLiteral("init")});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
}

QStringList leftovers(const TempDatabase& temp) {
    return QDir(temp.dir())
        .entryList({QStringLiteral("*.bak"), QStringLiteral("*.restore-*"), QStringLiteral("*.partial")},
                   QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("backup then restore brings the data back", "[cli][backup][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    addCustomers(temp.path(), 30);
    const QString customers = QStringLiteral("SELECT id, document, name FROM customers ORDER BY id");
    const QByteArray original = queryChecksum(temp.path(), customers);
    const QString backup = temp.filePath(QStringLiteral("copias/atende-2026-11-22.sqlite"));

    const auto saved = ctl.run({QStringLiteral("--json"), QStringLiteral("backup"), backup});
    INFO(saved.describe());
    REQUIRE(saved.exitCode == 0);
    const QJsonObject savedDoc = saved.json();
    CHECK(savedDoc.value(QStringLiteral("command")) == QStringLiteral("backup"));
    CHECK(savedDoc.value(QStringLiteral("backupPath")) == backup);
    CHECK(savedDoc.value(QStringLiteral("bytes")).toInteger() == QFileInfo(backup).size());
    CHECK(savedDoc.value(QStringLiteral("schemaVersion")).toInt() == Migrator::latestVersion());
    REQUIRE(QFile::exists(backup));
    CHECK_FALSE(QFile::exists(backup + QStringLiteral("-wal")));
    CHECK(queryChecksum(backup, customers) == original);

    // The day's work is lost...
    execSql(temp.path(), QStringLiteral("DELETE FROM customers; INSERT INTO customers(kind, document, name, "
                                        "name_key, created_at, updated_at) VALUES ('PF', '52998224725', 'Depois', "
                                        "'depois', 0, 0);"));
    REQUIRE(queryChecksum(temp.path(), customers) != original);

    // ...and restored.
    const auto restored = ctl.run({QStringLiteral("--json"), QStringLiteral("restore"), backup});
    INFO(restored.describe());
    REQUIRE(restored.exitCode == 0);
    const QJsonObject doc = restored.json();
    CHECK(doc.value(QStringLiteral("command")) == QStringLiteral("restore"));
    CHECK(doc.value(QStringLiteral("source")) == backup);
    CHECK(doc.value(QStringLiteral("restoredVersion")).toInt() == Migrator::latestVersion());
    CHECK(doc.value(QStringLiteral("schemaVersion")).toInt() == Migrator::latestVersion());
    CHECK(doc.value(QStringLiteral("migrated")) == false);
    CHECK(queryChecksum(temp.path(), customers) == original);

    // What the restore replaced was kept.
    const QString previous = doc.value(QStringLiteral("previousCopy")).toString();
    REQUIRE(QFile::exists(previous));
    CHECK(queryText(previous, QStringLiteral("SELECT name FROM customers")) == QStringLiteral("Depois"));

    const auto check = ctl.run({QStringLiteral("check"), QStringLiteral("--full")});
    INFO(check.describe());
    CHECK(check.exitCode == 0);

    // The text form says the same.
    const auto text = ctl.run({QStringLiteral("backup"), backup});
    INFO(text.describe());
    CHECK(text.exitCode == 0);
    CHECK(text.outText().contains(QDir::toNativeSeparators(backup)));
}

TEST_CASE("backup refuses to overwrite a file that is not a backup, or a folder", "[cli][backup][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    SECTION("someone's document") {
        const QString document = temp.filePath(QStringLiteral("contrato.txt"));
        writeFile(document, QByteArray("Contrato de locação\n").repeated(50));
        const QByteArray before = fileSha256(document);
        const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("backup"), document});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        CHECK_FALSE(outcome.err.trimmed().isEmpty());
        CHECK(outcome.json().value(QStringLiteral("ok")) == false);
        CHECK(fileSha256(document) == before);
    }
    SECTION("a folder") {
        const auto outcome = ctl.run({QStringLiteral("backup"), temp.dir()});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        CHECK_FALSE(outcome.err.trimmed().isEmpty());
    }
    SECTION("the database itself") {
        const QByteArray before = fileSha256(temp.path());
        const auto outcome = ctl.run({QStringLiteral("backup"), temp.path()});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        CHECK(fileSha256(temp.path()) == before);
    }
    SECTION("a database that does not exist") {
        const auto outcome = ctl.runWithoutDatabase({QStringLiteral("--db"), temp.filePath(QStringLiteral("x.sqlite")),
                                                     QStringLiteral("backup"), temp.filePath(QStringLiteral("y"))});
        INFO(outcome.describe());
        CHECK(outcome.exitCode == 1);
        CHECK_FALSE(QFile::exists(temp.filePath(QStringLiteral("x.sqlite"))));
        CHECK_FALSE(QFile::exists(temp.filePath(QStringLiteral("y"))));
    }
}

TEST_CASE("restore refuses junk, other programs' files, damaged and newer backups, and changes nothing",
          "[cli][restore][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    addCustomers(temp.path(), 20);
    // Still in WAL mode as Atende leaves it, with every change in the main file: its bytes are the whole story.
    REQUIRE_FALSE(QFile::exists(temp.path() + QStringLiteral("-wal")));
    const QByteArray before = fileSha256(temp.path());
    const QString source = temp.filePath(QStringLiteral("backup.sqlite"));
    QString expectedCode;

    SECTION("a text file") {
        writeFile(source, QByteArray("junk ").repeated(1000));
        expectedCode = QStringLiteral("notAnAtendeDatabase");
    }
    SECTION("an empty file") {
        writeFile(source, {});
        expectedCode = QStringLiteral("notAnAtendeDatabase");
    }
    SECTION("another program's SQLite file") {
        makeForeignSqlite(source);
        expectedCode = QStringLiteral("notAnAtendeDatabase");
    }
    SECTION("a backup from a newer Atende") {
        REQUIRE(ctl.run({QStringLiteral("backup"), source}).exitCode == 0);
        makeNewer(source, Migrator::latestVersion() + 1);
        expectedCode = QStringLiteral("newerDatabase");
    }
    SECTION("a damaged backup") {
        REQUIRE(ctl.run({QStringLiteral("backup"), source}).exitCode == 0);
        corruptTablePage(source, QStringLiteral("customers"));
        expectedCode = QStringLiteral("invalidInput");
    }
    SECTION("a damaged backup of an older schema") {
        REQUIRE(QFile::copy(FixtureV1, source));
        QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
        addCustomers(source, 300);
        corruptTablePage(source, QStringLiteral("customers"));
        expectedCode = QStringLiteral("invalidInput");
    }
    SECTION("a file that does not exist") {
        expectedCode = QStringLiteral("notFound");
    }
    const QByteArray sourceBefore = fileSha256(source);

    const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("restore"), source});
    INFO(outcome.describe());
    CHECK(outcome.finished);
    CHECK(outcome.exitCode == 1);
    CHECK_FALSE(outcome.err.trimmed().isEmpty());
    const QJsonObject doc = outcome.json();
    CHECK(doc.value(QStringLiteral("ok")) == false);
    CHECK(doc.value(QStringLiteral("error"))[QStringLiteral("code")] == expectedCode);

    CHECK(fileSha256(temp.path()) == before);
    CHECK(fileSha256(source) == sourceBefore);
    CHECK(leftovers(temp).isEmpty());
}

TEST_CASE("restore of a version-1 backup brings it to the newest schema", "[cli][restore][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    const QString source = temp.filePath(QStringLiteral("antigo.sqlite"));
    REQUIRE(QFile::copy(FixtureV1, source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);

    const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("restore"), source});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    const QJsonObject doc = outcome.json();
    CHECK(doc.value(QStringLiteral("restoredVersion")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("schemaVersion")).toInt() == Migrator::latestVersion());
    CHECK(doc.value(QStringLiteral("migrated")) == true);
    CHECK(queryInt(temp.path(), QStringLiteral("PRAGMA user_version")) == Migrator::latestVersion());
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Maria da Conceição'")) ==
          1);
    // The backup file itself is never changed.
    CHECK(fileSha256(source) == fileSha256(FixtureV1));
    CHECK(ctl.run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode == 0);
    CHECK(QDir(temp.dir()).entryList({QStringLiteral("*.restore-*")}, QDir::Dirs | QDir::Files).isEmpty());
}

TEST_CASE("restore into a database that does not exist yet creates it, and a failed one leaves nothing",
          "[cli][restore][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    addCustomers(temp.path(), 5);
    const QString backup = temp.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(ctl.run({QStringLiteral("backup"), backup}).exitCode == 0);

    const QString fresh = temp.filePath(QStringLiteral("nova/atende.sqlite"));
    const auto restored = ctl.runWithoutDatabase(
        {QStringLiteral("--json"), QStringLiteral("--db"), fresh, QStringLiteral("restore"), backup});
    INFO(restored.describe());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.json().value(QStringLiteral("previousCopy")).isNull());
    CHECK(queryInt(fresh, QStringLiteral("SELECT count(*) FROM customers")) == 5);

    const QString junk = temp.filePath(QStringLiteral("junk.sqlite"));
    writeFile(junk, "junk");
    const QString never = temp.filePath(QStringLiteral("outra/atende.sqlite"));
    const auto failed = ctl.runWithoutDatabase({QStringLiteral("--db"), never, QStringLiteral("restore"), junk});
    INFO(failed.describe());
    CHECK(failed.exitCode == 1);
    CHECK_FALSE(QFile::exists(never));
}

TEST_CASE("restore refuses to restore the database onto itself", "[cli][restore][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    init(ctl);
    const QByteArray before = fileSha256(temp.path());
    const auto outcome = ctl.run({QStringLiteral("restore"), temp.path()});
    INFO(outcome.describe());
    CHECK(outcome.exitCode == 1);
    CHECK(fileSha256(temp.path()) == before);
    CHECK(leftovers(temp).isEmpty());
}

// The file commands copy and replace files; pointed at a team's server they refuse, and write nothing anywhere.
TEST_CASE("backup and restore refuse a PostgreSQL server and write no file", "[cli][backup][restore]") {
    TempDatabase temp;
    if (!temp.isPostgres()) {
        SUCCEED("only meaningful in the PostgreSQL run");
        return;
    }
    AtendeCtl ctl(temp);
    REQUIRE(ctl.run({QStringLiteral("init")}).exitCode == 0);
    const QString out = temp.filePath(QStringLiteral("copia.sqlite"));
    const auto backup = ctl.run({QStringLiteral("--json"), QStringLiteral("backup"), out});
    INFO(backup.describe());
    CHECK(backup.exitCode == 1);
    CHECK(backup.errText().contains(QStringLiteral("pg_dump")));
    CHECK_FALSE(QFile::exists(out));

    writeFile(out, QByteArray("not a backup"));
    const QByteArray before = queryChecksum(temp.path(), QStringLiteral("SELECT id, name FROM users ORDER BY id"));
    const auto restore = ctl.run({QStringLiteral("--json"), QStringLiteral("restore"), out});
    INFO(restore.describe());
    CHECK(restore.exitCode == 1);
    CHECK(restore.errText().contains(QStringLiteral("pg_restore")));
    // Nothing new beside the test's file and atendectl's own home (settings, logs).
    QStringList entries = QDir(temp.dir()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    entries.removeAll(QStringLiteral("home"));
    CHECK(entries == QStringList{QStringLiteral("copia.sqlite")});
    CHECK(queryChecksum(temp.path(), QStringLiteral("SELECT id, name FROM users ORDER BY id")) == before);
}
