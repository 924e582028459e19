// atendectl demo: counts, determinism by seed, and the progress bar only on a terminal.
#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "TempDatabase.h"

#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

using namespace atende;
using namespace atende::test;

namespace {

QStringList demoArgs(int customers, int tickets, int seed) {
    return {QStringLiteral("demo"),      QStringLiteral("--customers"), QString::number(customers),
            QStringLiteral("--tickets"), QString::number(tickets),      QStringLiteral("--seed"),
            QString::number(seed)};
}

// Columns that depend only on the seed (not on the time of the run), in a stable order.
QByteArray contentChecksum(const QString& path) {
    QByteArray all;
    for (const char* sql : {
             "SELECT id, kind, document, name, observation, city, state FROM customers ORDER BY id",
             "SELECT id, customer_id, name, role, phone, email FROM contacts ORDER BY id",
             "SELECT id, customer_id, contact_id, sector_id, subject_id, kind, priority, status_id, title, "
             "description FROM tickets ORDER BY id",
             "SELECT id, ticket_id, channel, text FROM interactions ORDER BY id",
         }) {
        all += queryChecksum(path, QString::fromLatin1(sql));
    }
    return all;
}

// A pseudo-terminal: the child gets the slave side as its stderr, the test reads the master side.
class PseudoTerminal {
public:
    PseudoTerminal() {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        REQUIRE(m_master >= 0);
        REQUIRE(::grantpt(m_master) == 0);
        REQUIRE(::unlockpt(m_master) == 0);
        const char* name = ::ptsname(m_master);
        REQUIRE(name != nullptr);
        // Kept open here until the output is read, so the master never sees a hang-up and loses nothing.
        m_slave = ::open(name, O_RDWR | O_NOCTTY);
        REQUIRE(m_slave >= 0);
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~PseudoTerminal() {
        ::close(m_slave);
        ::close(m_master);
    }
    PseudoTerminal(const PseudoTerminal&) = delete;
    PseudoTerminal& operator=(const PseudoTerminal&) = delete;

    int slave() const { return m_slave; }
    void drain() {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
            m_output.append(buffer, n);
    }
    const QByteArray& output() const { return m_output; }

private:
    int m_master = -1;
    int m_slave = -1;
    QByteArray m_output;
};

} // namespace

TEST_CASE("demo fills a new database and reports counts, rate and size", "[cli][demo][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const auto outcome = ctl.run(QStringList{QStringLiteral("--json")} + demoArgs(50, 300, 7));
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    // stderr is a pipe here, not a terminal: no progress bar.
    CHECK(outcome.err.isEmpty());
    const QJsonObject doc = outcome.json();
    CHECK(doc.value(QStringLiteral("command")) == QStringLiteral("demo"));
    CHECK(doc.value(QStringLiteral("ok")) == true);
    CHECK(doc.value(QStringLiteral("seed")).toInteger() == 7);
    CHECK(doc.value(QStringLiteral("customers")).toInteger() == 50);
    CHECK(doc.value(QStringLiteral("tickets")).toInteger() == 300);
    CHECK(doc.value(QStringLiteral("contacts")).toInteger() > 0);
    CHECK(doc.value(QStringLiteral("interactions")).toInteger() >= 300);
    CHECK(doc.value(QStringLiteral("users")).toInteger() > 0);
    CHECK(doc.value(QStringLiteral("properties")).toInteger() >= 0);
    CHECK(doc.value(QStringLiteral("rentalContracts")).toInteger() >= 0);
    CHECK(doc.value(QStringLiteral("elapsedMs")).toInteger() >= 0);
    CHECK(doc.value(QStringLiteral("ticketsPerSecond")).toInteger() > 0);
    CHECK(doc.value(QStringLiteral("databaseBytes")).toInteger() == QFileInfo(temp.path()).size());

    // The counts are what the file holds.
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers")) == 50);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM tickets")) == 300);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM contacts")) ==
          doc.value(QStringLiteral("contacts")).toInteger());
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM interactions")) ==
          doc.value(QStringLiteral("interactions")).toInteger());
    CHECK(queryInt(temp.path(), QStringLiteral("PRAGMA user_version")) == Migrator::latestVersion());

    // And the result is a healthy database.
    const auto check = ctl.run({QStringLiteral("check"), QStringLiteral("--full")});
    INFO(check.describe());
    CHECK(check.exitCode == 0);
}

TEST_CASE("demo prints a summary for people", "[cli][demo][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const auto outcome = ctl.run(demoArgs(20, 100, 3));
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.outText().contains(QStringLiteral("tickets/s")));
    CHECK(outcome.outText().contains(QStringLiteral("100 tickets")));
    CHECK(outcome.outText().contains(temp.path()));
    CHECK(outcome.err.isEmpty());
}

TEST_CASE("demo gives the same data for the same seed, and other data for another", "[cli][demo][sqlite]") {
    TempDatabase first;
    TempDatabase second;
    TempDatabase third;
    REQUIRE(AtendeCtl(first).run(demoArgs(50, 300, 7)).exitCode == 0);
    REQUIRE(AtendeCtl(second).run(demoArgs(50, 300, 7)).exitCode == 0);
    REQUIRE(AtendeCtl(third).run(demoArgs(50, 300, 8)).exitCode == 0);
    const QByteArray a = contentChecksum(first.path());
    CHECK(a == contentChecksum(second.path()));
    CHECK(a != contentChecksum(third.path()));
}

TEST_CASE("demo draws a progress bar on stderr when it is a terminal", "[cli][demo][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    PseudoTerminal terminal;
    const int slave = terminal.slave();
    const auto outcome = ctl.runWithChildSetup(
        QStringList{QStringLiteral("--json")} + demoArgs(50, 300, 7),
        // In the child, after QProcess set up its pipes: stderr becomes the terminal.
        [slave] { ::dup2(slave, STDERR_FILENO); }, [&terminal](qint64) { terminal.drain(); });
    terminal.drain();
    const QByteArray bar = terminal.output();
    INFO(outcome.describe());
    INFO(bar.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(bar.contains('\r'));
    CHECK(bar.contains("100%"));
    CHECK(bar.contains("300/300"));
    // The JSON document on stdout is untouched by the bar.
    CHECK(outcome.json().value(QStringLiteral("tickets")).toInteger() == 300);
}

TEST_CASE("demo refuses a database that is not Atende's", "[cli][demo][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    makeForeignSqlite(temp.path());
    const QByteArray before = fileSha256(temp.path());
    const auto outcome = ctl.run(QStringList{QStringLiteral("--json")} + demoArgs(5, 10, 1));
    INFO(outcome.describe());
    CHECK(outcome.exitCode == 1);
    CHECK_FALSE(outcome.err.trimmed().isEmpty());
    CHECK(outcome.json().value(QStringLiteral("error"))[QStringLiteral("code")] ==
          QStringLiteral("notAnAtendeDatabase"));
    CHECK(fileSha256(temp.path()) == before);
}

TEST_CASE("Ctrl+C stops demo and leaves the database as it was", "[cli][demo][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    PseudoTerminal terminal;
    const int slave = terminal.slave();
    bool interrupted = false;
    // Far more tickets than it will get to: the interrupt comes as soon as the first batch is reported.
    const auto outcome = ctl.runWithChildSetup(
        QStringList{QStringLiteral("--json")} + demoArgs(200, 5000000, 7), [slave] { ::dup2(slave, STDERR_FILENO); },
        [&](qint64 pid) {
            terminal.drain();
            // The first bar is drawn after the first batch of tickets is committed.
            if (!interrupted && terminal.output().contains(" tickets ")) {
                ::kill(pid_t(pid), SIGINT);
                interrupted = true;
            }
        });
    INFO(outcome.describe());
    INFO(terminal.output().toStdString());
    REQUIRE(interrupted);
    CHECK(outcome.finished); // ended by itself, not killed by the signal
    CHECK(outcome.exitCode == 1);
    CHECK_FALSE(terminal.output().trimmed().isEmpty());
    const QJsonObject doc = outcome.json();
    CHECK(doc.value(QStringLiteral("ok")) == false);
    // The generator runs in one transaction: the interrupt rolls it back and the file holds no demo ticket.
    CHECK(doc.contains(QStringLiteral("error")));
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM tickets")) == 0);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    const auto check = ctl.run({QStringLiteral("check")});
    INFO(check.describe());
    CHECK(check.exitCode == 0);
}

TEST_CASE("demo refuses a database that already holds customers", "[cli][demo][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    REQUIRE(ctl.run({QStringLiteral("init")}).exitCode == 0);
    addCustomers(temp.path(), 3);
    const QByteArray before = queryChecksum(temp.path(), QStringLiteral("SELECT * FROM customers ORDER BY id"));
    const auto outcome = ctl.run(QStringList{QStringLiteral("--json")} + demoArgs(5, 10, 1));
    INFO(outcome.describe());
    CHECK(outcome.exitCode == 1);
    CHECK_FALSE(outcome.err.trimmed().isEmpty());
    CHECK(outcome.json().contains(QStringLiteral("error")));
    CHECK(queryChecksum(temp.path(), QStringLiteral("SELECT * FROM customers ORDER BY id")) == before);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM tickets")) == 0);
}

// The demo generator writes through SQLite's own API; on a team's server it refuses, clearly and without writing.
TEST_CASE("demo refuses a PostgreSQL server and writes nothing there", "[cli][demo]") {
    TempDatabase temp;
    if (!temp.isPostgres()) {
        SUCCEED("only meaningful in the PostgreSQL run");
        return;
    }
    AtendeCtl ctl(temp);
    REQUIRE(ctl.run({QStringLiteral("init")}).exitCode == 0);
    const auto outcome = ctl.run(QStringList{QStringLiteral("--json")} + demoArgs(5, 10, 1));
    INFO(outcome.describe());
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.errText().contains(QStringLiteral("PostgreSQL")));
    CHECK(outcome.json().value(QStringLiteral("error"))[QStringLiteral("code")] == QStringLiteral("invalidInput"));
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM users")) == 0);
}
