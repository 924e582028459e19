// atendectl's command line itself: help, version, usage errors and the JSON contract.
#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "TempDatabase.h"

#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>

using namespace atende;
using atende::test::AtendeCtl;
using atende::test::TempDatabase;

namespace {

void requireUsageError(const AtendeCtl& ctl, const QStringList& args) {
    INFO(args.join(QLatin1Char(' ')).toStdString());
    const auto text = ctl.run(args);
    INFO(text.describe());
    CHECK(text.finished);
    CHECK(text.exitCode == 2);
    CHECK_FALSE(text.err.trimmed().isEmpty());
    CHECK(text.out.isEmpty());

    const auto json = ctl.run(QStringList{QStringLiteral("--json")} + args);
    INFO(json.describe());
    CHECK(json.exitCode == 2);
    CHECK_FALSE(json.err.trimmed().isEmpty());
    const QJsonObject doc = json.json();
    CHECK(doc.value(QStringLiteral("ok")) == false);
    CHECK(doc.value(QStringLiteral("error"))[QStringLiteral("code")] == QStringLiteral("usage"));
    CHECK_FALSE(doc.value(QStringLiteral("error"))[QStringLiteral("message")].toString().isEmpty());
}

} // namespace

TEST_CASE("atendectl --version names the program version and the newest schema", "[cli]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const auto text = ctl.runWithoutDatabase({QStringLiteral("--version")});
    INFO(text.describe());
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("atendectl " ATENDE_VERSION)));

    for (const QStringList& args : {QStringList{QStringLiteral("--json"), QStringLiteral("--version")},
                                    QStringList{QStringLiteral("version"), QStringLiteral("--json")}}) {
        const auto json = ctl.runWithoutDatabase(args);
        INFO(json.describe());
        REQUIRE(json.exitCode == 0);
        const QJsonObject doc = json.json();
        CHECK(doc.value(QStringLiteral("command")) == QStringLiteral("version"));
        CHECK(doc.value(QStringLiteral("ok")) == true);
        CHECK(doc.value(QStringLiteral("version")) == QStringLiteral(ATENDE_VERSION));
        CHECK(doc.value(QStringLiteral("schemaVersion")).toInt() == Migrator::latestVersion());
    }
    // Asking for the version never creates a database.
    CHECK_FALSE(QFile::exists(temp.path()));
}

TEST_CASE("atendectl help lists every command and explains each one", "[cli]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const QStringList commands{QStringLiteral("init"),   QStringLiteral("migrate"), QStringLiteral("check"),
                               QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("demo"),
                               QStringLiteral("doc"),    QStringLiteral("version"), QStringLiteral("help")};

    for (const QStringList& args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")}}) {
        const auto text = ctl.run(args);
        INFO(text.describe());
        REQUIRE(text.exitCode == 0);
        for (const QString& name : commands)
            CHECK(text.outText().contains(QStringLiteral("\n  ") + name));
        CHECK(text.outText().contains(QStringLiteral("ATENDE_DB")));
        CHECK(text.outText().contains(QStringLiteral("--json")));
    }

    const auto json = ctl.run({QStringLiteral("--json"), QStringLiteral("help")});
    INFO(json.describe());
    REQUIRE(json.exitCode == 0);
    QStringList listed;
    for (const QJsonValue& command : json.json().value(QStringLiteral("commands")).toArray())
        listed << command[QStringLiteral("name")].toString();
    for (const QString& name : commands)
        CHECK(listed.contains(name));

    // Help of one command, asked for in both ways.
    for (const QStringList& args : {QStringList{QStringLiteral("check"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("help"), QStringLiteral("check")}}) {
        const auto one = ctl.run(args);
        INFO(one.describe());
        REQUIRE(one.exitCode == 0);
        CHECK(one.outText().contains(QStringLiteral("check [--full]")));
        CHECK(one.outText().contains(QStringLiteral("integrity_check")));
    }
    CHECK_FALSE(QFile::exists(temp.path()));
}

TEST_CASE("A wrong command line exits with 2 and says why on stderr", "[cli]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const QList<QStringList> wrong{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--no-such-option"), QStringLiteral("check")},
        {QStringLiteral("check"), QStringLiteral("--no-such-option")},
        {QStringLiteral("check"), QStringLiteral("extra")},
        {QStringLiteral("init"), QStringLiteral("extra")},
        {QStringLiteral("migrate"), QStringLiteral("extra")},
        {QStringLiteral("backup")},
        {QStringLiteral("backup"), QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite")},
        {QStringLiteral("restore")},
        {QStringLiteral("restore"), QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite")},
        {QStringLiteral("doc")},
        {QStringLiteral("doc"), QStringLiteral("frobnicate"), QStringLiteral("52998224725")},
        {QStringLiteral("doc"), QStringLiteral("validate")},
        {QStringLiteral("help"), QStringLiteral("frobnicate")},
        {QStringLiteral("version"), QStringLiteral("extra")},
        {QStringLiteral("demo")},
        {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10")},
        {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("ten"), QStringLiteral("--tickets"),
         QStringLiteral("5")},
        {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("-3"), QStringLiteral("--tickets"),
         QStringLiteral("5")},
        {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"), QStringLiteral("--tickets"),
         QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("x")},
        {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("99999999999999999999"),
         QStringLiteral("--tickets"), QStringLiteral("5")},
        {QStringLiteral("demo"), QStringLiteral("--customers")},
    };
    for (const QStringList& args : wrong)
        requireUsageError(ctl, args);

    // --db without a value, or with an empty one.
    const auto missing = ctl.runWithoutDatabase({QStringLiteral("check"), QStringLiteral("--db")});
    CHECK(missing.exitCode == 2);
    const auto empty = ctl.runWithoutDatabase({QStringLiteral("--db"), QString(), QStringLiteral("check")});
    CHECK(empty.exitCode == 2);

    // None of it created or touched a database.
    CHECK_FALSE(QFile::exists(temp.path()));
}

TEST_CASE("The options --db and --json are accepted before and after the command", "[cli]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const auto after =
        ctl.runWithoutDatabase({QStringLiteral("init"), QStringLiteral("--db"), temp.path(), QStringLiteral("--json")});
    INFO(after.describe());
    REQUIRE(after.exitCode == 0);
    CHECK(after.json().value(QStringLiteral("path")) == temp.path());
    if (temp.isPostgres())
        CHECK(test::queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM workflow_statuses")) > 0);
    else
        CHECK(QFile::exists(temp.path()));
}

TEST_CASE("Messages follow ATENDE_LANG, Portuguese by default", "[cli][i18n]") {
    TempDatabase temp;
    // Something init must refuse: a file of junk, or on a server a database holding another program's table.
    if (temp.isPostgres())
        test::execSql(temp.path(), QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); "
                                                  "ALTER TABLE notes OWNER TO atende_app"));
    else
        test::writeFile(temp.path(), QByteArray("isto não é um banco de dados\n").repeated(100));
    AtendeCtl ctl(temp);
    const auto english = ctl.run({QStringLiteral("init")});
    ctl.setLanguage({});
    const auto portuguese = ctl.run({QStringLiteral("init")});
    INFO(english.describe());
    INFO(portuguese.describe());
    CHECK(english.exitCode == 1);
    CHECK(portuguese.exitCode == 1);
    CHECK(english.errText().contains(temp.isPostgres() ? QStringLiteral("another program")
                                                       : QStringLiteral("is not an Atende database")));
    CHECK_FALSE(portuguese.err.trimmed().isEmpty());
    CHECK(portuguese.err != english.err);
}

TEST_CASE("Odd input never crashes atendectl", "[cli]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const QList<QStringList> odd{
        {QStringLiteral("--db"), temp.dir(), QStringLiteral("check")},                     // a folder
        {QStringLiteral("--db"), temp.dir(), QStringLiteral("init")},                      // a folder
        {QStringLiteral("--db"), QStringLiteral("/proc/version"), QStringLiteral("init")}, // not writable, not ours
        {QStringLiteral("--db"), QStringLiteral("/proc/no/such/dir/x.sqlite"), QStringLiteral("init")},
        {QStringLiteral("--db"), QStringLiteral("/dev/null"), QStringLiteral("check")},
        {QStringLiteral("doc"), QStringLiteral("validate"), QString()},
        {QStringLiteral("doc"), QStringLiteral("validate"), QStringLiteral("💥🇧🇷"), QString(5000, QLatin1Char('9'))},
        {QStringLiteral("backup"), temp.dir()},
        {QStringLiteral("restore"), QStringLiteral("/dev/null")},
    };
    for (const QStringList& args : odd) {
        for (const bool json : {false, true}) {
            const auto outcome = ctl.runWithoutDatabase(json ? QStringList{QStringLiteral("--json")} + args : args);
            INFO(args.join(QLatin1Char(' ')).toStdString());
            INFO(outcome.describe());
            CHECK(outcome.finished);
            CHECK((outcome.exitCode == 1 || outcome.exitCode == 2));
            CHECK_FALSE(outcome.err.trimmed().isEmpty());
            if (json)
                CHECK(outcome.json().value(QStringLiteral("ok")) == false);
        }
    }
}

TEST_CASE("With --json every command prints exactly one JSON document on stdout", "[cli][json]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const QString backup = temp.filePath(QStringLiteral("backup.sqlite"));
    const QString junk = temp.filePath(QStringLiteral("junk.txt"));
    test::writeFile(junk, "not a database");
    struct Step {
        QStringList args;
        QString command; // expected "command" field
        int exitCode;
    };
    // On a PostgreSQL server demo, backup and restore are refused (they write or copy SQLite files): the refusal
    // must still be one JSON document.
    const bool server = temp.isPostgres();
    const QList<Step> steps{
        {{QStringLiteral("init")}, QStringLiteral("init"), 0},
        {{QStringLiteral("migrate")}, QStringLiteral("migrate"), 0},
        {{QStringLiteral("check")}, QStringLiteral("check"), 0},
        {{QStringLiteral("check"), QStringLiteral("--full")}, QStringLiteral("check"), 0},
        {{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--tickets"),
          QStringLiteral("20")},
         QStringLiteral("demo"),
         server ? 1 : 0},
        {{QStringLiteral("backup"), backup}, QStringLiteral("backup"), server ? 1 : 0},
        {{QStringLiteral("restore"), backup}, QStringLiteral("restore"), server ? 1 : 0},
        {{QStringLiteral("restore"), junk}, QStringLiteral("restore"), 1},
        {{QStringLiteral("doc"), QStringLiteral("validate"), QStringLiteral("52998224725")},
         QStringLiteral("doc validate"),
         0},
        {{QStringLiteral("doc"), QStringLiteral("validate"), QStringLiteral("52998224724")},
         QStringLiteral("doc validate"),
         1},
        {{QStringLiteral("version")}, QStringLiteral("version"), 0},
        {{QStringLiteral("--version")}, QStringLiteral("version"), 0},
        {{QStringLiteral("help")}, QStringLiteral("help"), 0},
        {{QStringLiteral("help"), QStringLiteral("demo")}, QStringLiteral("help"), 0},
        {{QStringLiteral("--help")}, QStringLiteral("help"), 0},
        {{QStringLiteral("nonsense")}, QStringLiteral("nonsense"), 2},
    };
    for (const Step& step : steps) {
        const auto outcome = ctl.run(QStringList{QStringLiteral("--json")} + step.args);
        INFO(step.args.join(QLatin1Char(' ')).toStdString());
        INFO(outcome.describe());
        CHECK(outcome.exitCode == step.exitCode);
        const QJsonObject doc = outcome.json(); // fails unless stdout is one JSON object and nothing else
        CHECK(doc.value(QStringLiteral("command")) == step.command);
        CHECK(doc.value(QStringLiteral("ok")) == (step.exitCode == 0));
        CHECK(doc.contains(QStringLiteral("error")) == (step.exitCode != 0 && step.command != "doc validate"));
        CHECK(outcome.err.trimmed().isEmpty() == (step.exitCode == 0));
    }
}
