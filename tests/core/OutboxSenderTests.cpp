// The outbox against a real SMTP server (python3-aiosmtpd): every fault ends in the right state with no
// message lost and none sent twice, and a sender killed in the middle of a send is recovered with the same
// Message-ID. ATENDE_MAIL_EVIDENCE=1 prints the fault table (case, final state, lost, duplicated).
#include <catch2/catch.hpp>

#include "FakeClock.h"
#include "HelperProcess.h"
#include "SmtpTestServer.h"
#include "TempDatabase.h"

#include "mail/MailSettingsStore.h"
#include "mail/OutboxSender.h"
#include "mail/OutboxStore.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>

#include <cstdio>

using namespace atende;
using test::SmtpTestServer;

namespace {
SmtpSettings plainSettings(int port) {
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSecurity::Plain;
    s.fromAddress = QStringLiteral("suporte@example.com.br");
    s.fromName = QStringLiteral("Atende Suporte");
    s.timeoutMs = 700;
    return s;
}

OutboxDraft draft(const QString& to = QStringLiteral("joao@example.com.br")) {
    OutboxDraft d;
    d.to = {QStringLiteral("João Conceição D'Ávila"), to};
    d.subject = QStringLiteral("Protocolo de atendimento 20261122-01-000123");
    d.bodyText = QStringLiteral("Olá, João.\n.\nObrigado.");
    return d;
}

int closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

QString messageIdOf(const QByteArray& eml) {
    static const QRegularExpression id(QStringLiteral("\r\nMessage-ID: (<[^>]+>)\r\n"));
    return id.match(QString::fromLatin1(eml)).captured(1);
}

// How many times each queued Message-ID reached the server.
struct Delivery {
    int lost = 0;
    int duplicated = 0;
};
Delivery delivery(const QList<SmtpTestServer::Received>& received, const QStringList& messageIds,
                  const QStringList& expectDelivered) {
    Delivery d;
    for (const QString& id : messageIds) {
        int times = 0;
        for (const auto& r : received)
            times += messageIdOf(r.eml) == id ? 1 : 0;
        if (times > 1)
            d.duplicated += times - 1;
        if (times == 0 && expectDelivered.contains(id))
            ++d.lost;
    }
    return d;
}

void printRow(const char* name, const QString& state, const Delivery& d) {
    if (qEnvironmentVariable("ATENDE_MAIL_EVIDENCE") == QLatin1String("1"))
        std::printf("| %-44s | %-18s | %d | %d |\n", name, qPrintable(state), d.lost, d.duplicated);
}

// Runs the sender until the message is sent or `rounds` are over, moving the clock past each backoff.
void sendWithRetries(Database& db, test::FakeClock& clock, const SmtpSettings& settings, int rounds) {
    OutboxStore store(db, clock);
    for (int i = 0; i < rounds; ++i) {
        REQUIRE(OutboxSender(db, clock, settings).processDue().ok());
        if (store.counts()->waiting == 0)
            return;
        clock.advanceMs(OutboxStore::MaxRetryMs);
    }
}
} // namespace

TEST_CASE("Temporary refusals are retried with backoff and the message arrives once") {
    if (!SmtpTestServer::usable())
        return;
    struct Case {
        const char* name;
        SmtpTestServer::Options options;
    };
    const QList<Case> cases{
        {"451 at end of DATA twice, then accepted",
         SmtpTestServer::Options::in(QStringLiteral("plain")).withTempfailData(2)},
        {"421 greeting, then accepted", SmtpTestServer::Options::in(QStringLiteral("plain")).withGreet421(1)},
        {"connection dropped in the middle of DATA",
         SmtpTestServer::Options::in(QStringLiteral("plain")).withDropInData(1)},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        test::TempDatabase temp;
        auto db = temp.open();
        test::FakeClock clock;
        OutboxStore store(*db, clock);
        const qint64 id = *store.enqueue(draft(), QStringLiteral("suporte@example.com.br"));
        SmtpTestServer server(c.options);
        server.start();

        auto first = OutboxSender(*db, clock, plainSettings(server.port())).processDue();
        REQUIRE(first.ok());
        CHECK(first->temporary == 1);
        CHECK(store.find(id)->state == QStringLiteral("failed_temporary"));
        CHECK(*store.find(id)->nextAttemptAt == clock.nowMs() + OutboxStore::FirstRetryMs);
        // Not due yet: nothing is tried before the backoff ends.
        CHECK(OutboxSender(*db, clock, plainSettings(server.port())).processDue()->temporary == 0);

        sendWithRetries(*db, clock, plainSettings(server.port()), 5);
        const auto m = store.find(id);
        CHECK(m->state == QStringLiteral("sent"));
        const Delivery d = delivery(server.received(), {m->messageId}, {m->messageId});
        CHECK(server.received().size() == 1);
        CHECK(d.lost == 0);
        CHECK(d.duplicated == 0);
        printRow(c.name, m->state, d);
    }
}

TEST_CASE("A 550 recipient is failed_permanent with the server's reply kept, the others still go") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain"))
                              .withRejectRecipients(QStringList{QStringLiteral("nao.existe@example.com")}));
    server.start();
    const qint64 bad = *store.enqueue(draft(QStringLiteral("nao.existe@example.com")), QStringLiteral("s@example.com"));
    const qint64 good = *store.enqueue(draft(), QStringLiteral("s@example.com"));
    auto report = OutboxSender(*db, clock, plainSettings(server.port())).processDue();
    REQUIRE(report.ok());
    CHECK(report->permanent == 1);
    CHECK(report->sent == 1);
    const auto failed = store.find(bad);
    CHECK(failed->state == QStringLiteral("failed_permanent"));
    CHECK(failed->lastError.contains(QStringLiteral("550 5.1.1")));
    CHECK(store.find(good)->state == QStringLiteral("sent"));
    CHECK(server.received().size() == 1);
    printRow("550 recipient rejected", failed->state, {0, 0});
}

TEST_CASE("Nothing is lost while the server is down for hours, and nothing is sent twice when it returns") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << store.find(*store.enqueue(draft(), QStringLiteral("s@example.com")))->messageId;

    const SmtpSettings down = plainSettings(closedPort());
    for (int hour = 0; hour < 6; ++hour) {
        auto report = OutboxSender(*db, clock, down).processDue();
        REQUIRE(report.ok());
        CHECK(report->sent == 0);
        CHECK(report->permanent == 0);
        CHECK(store.counts()->waiting == 5);
        clock.advanceSecs(3600);
    }
    // The backoff never grows past an hour.
    const auto all = store.list();
    REQUIRE(all.ok());
    for (const OutboxMessage& m : *all) // a round stops at the first refusal: the others wait, still queued
        if (m.nextAttemptAt)
            CHECK(*m.nextAttemptAt - clock.nowMs() <= OutboxStore::MaxRetryMs);

    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")));
    server.start();
    auto report = OutboxSender(*db, clock, plainSettings(server.port())).processDue();
    REQUIRE(report.ok());
    CHECK(report->sent == 5);
    CHECK(store.counts()->waiting == 0);
    const Delivery d = delivery(server.received(), ids, ids);
    CHECK(d.lost == 0);
    CHECK(d.duplicated == 0);
    printRow("server down (refused) for 6 hours", QStringLiteral("sent"), d);
}

TEST_CASE("Session problems keep the message queued: silent server, wrong password, untrusted certificate") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    const qint64 id = *store.enqueue(draft(), QStringLiteral("s@example.com"));
    const QString messageId = store.find(id)->messageId;

    SmtpTestServer silent(SmtpTestServer::Options::in(QStringLiteral("silent")));
    silent.start();
    auto report = OutboxSender(*db, clock, plainSettings(silent.port())).processDue();
    CHECK(report->lastFailure.failure == SmtpOutcome::Failure::Timeout);
    CHECK(store.find(id)->state == QStringLiteral("failed_temporary"));
    printRow("server never answers (timeout)", store.find(id)->state, {0, 0});
    clock.advanceMs(OutboxStore::MaxRetryMs);

    SmtpTestServer tls(SmtpTestServer::Options::in(QStringLiteral("starttls"))
                           .withAuthUser(QStringLiteral("atende"))
                           .withAuthPassword(QStringLiteral("certa")));
    tls.start();
    SmtpSettings s = plainSettings(tls.port());
    s.security = SmtpSecurity::StartTls;
    s.user = QStringLiteral("atende");
    s.password = QStringLiteral("errada");
    report = OutboxSender(*db, clock, s).processDue();
    CHECK(report->lastFailure.failure == SmtpOutcome::Failure::Tls); // not pinned yet
    CHECK(store.find(id)->state == QStringLiteral("failed_temporary"));
    printRow("untrusted certificate", store.find(id)->state, {0, 0});
    clock.advanceMs(OutboxStore::MaxRetryMs);

    s.pinnedSha256 = SmtpTestServer::certificateSha256();
    report = OutboxSender(*db, clock, s).processDue();
    CHECK(report->lastFailure.failure == SmtpOutcome::Failure::Authentication);
    CHECK(store.find(id)->state == QStringLiteral("failed_temporary"));
    CHECK(store.find(id)->lastError.contains(QStringLiteral("535")));
    printRow("wrong password", store.find(id)->state, {0, 0});
    clock.advanceMs(OutboxStore::MaxRetryMs);

    s.password = QStringLiteral("certa");
    report = OutboxSender(*db, clock, s).processDue();
    CHECK(report->sent == 1);
    CHECK(store.find(id)->state == QStringLiteral("sent"));
    const Delivery d = delivery(tls.received() + silent.received(), {messageId}, {messageId});
    CHECK(d.lost == 0);
    CHECK(d.duplicated == 0);
    printRow("all of the above fixed", store.find(id)->state, d);
}

namespace {
// The child process of the crash test: sends what is due from the database given, with the real clock, to a
// server that stores the message and then never answers; the test kills it while it waits.
const test::HelperProcess::Registration sendOnce(QStringLiteral("outbox-send-once"), [](const QStringList& args) {
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(args.value(0), options);
    if (!db)
        return 2;
    SystemClock clock;
    auto settings = MailSettingsStore(**db).load();
    if (!settings)
        return 3;
    return OutboxSender(**db, clock, *settings).processDue().ok() ? 0 : 4;
});
} // namespace

TEST_CASE("A sender killed in the middle of a send: the message is sent again with the same Message-ID") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    SystemClock systemClock;
    OutboxStore writer(*db, systemClock);
    const qint64 id = *writer.enqueue(draft(), QStringLiteral("suporte@example.com.br"));
    const QString messageId = writer.find(id)->messageId;

    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")).withHangAfterData(1));
    server.start();
    MailSettingsStore settings(*db);
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.host"), QStringLiteral("127.0.0.1")));
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.port"), QString::number(server.port())));
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.security"), QStringLiteral("plain")));
    REQUIRE(settings.setValue(QStringLiteral("mail.from.address"), QStringLiteral("suporte@example.com.br")));
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.timeout_ms"), QStringLiteral("60000")));

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--atende-helper"), QStringLiteral("outbox-send-once"), temp.path()});
    REQUIRE(child.waitForStarted(10000));
    // The server has the whole message; the sender waits for the "250" that never comes. Kill it now.
    REQUIRE(server.waitForReceived(1, 20000));
    child.kill();
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    OutboxStore store(*db, systemClock);
    CHECK(store.find(id)->state == QStringLiteral("sending"));
    // Within its lease nobody touches it (the sender might be alive on another workstation)...
    CHECK(*store.recoverInterrupted() == 0);
    // ...after it, the next round queues it again and sends it with the same Message-ID.
    test::FakeClock later(QDateTime::currentDateTimeUtc().addMSecs(OutboxSender::leaseMs(*settings.load()) + 1000));
    auto report = OutboxSender(*db, later, *settings.load()).processDue();
    REQUIRE(report.ok());
    CHECK(report->recovered == 1);
    CHECK(report->sent == 1);
    CHECK(store.find(id)->state == QStringLiteral("sent"));
    CHECK(store.find(id)->attempts == 2);

    const auto received = server.received();
    REQUIRE(received.size() == 2);
    CHECK(messageIdOf(received[0].eml) == messageId);
    CHECK(messageIdOf(received[1].eml) == messageId);
    CHECK(received[0].eml == received[1].eml); // byte-identical: the receiver can drop the copy by Message-ID
    printRow("sender killed after DATA, before the 250", QStringLiteral("sent"),
             delivery(received, {messageId}, {messageId}));
}

TEST_CASE("The .eml export is exactly what the server receives") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    const qint64 id = *store.enqueue(draft(), QStringLiteral("s@example.com"));
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")));
    server.start();
    const SmtpSettings s = plainSettings(server.port());
    const auto eml = OutboxSender::toEml(*store.find(id), s);
    REQUIRE(eml.ok());
    REQUIRE(OutboxSender(*db, clock, s).processDue()->sent == 1);
    REQUIRE(server.received().size() == 1);
    CHECK(server.received()[0].eml == *eml);
    const QJsonObject parsed = SmtpTestServer::parseWithPython(*eml);
    CHECK(parsed.value(QStringLiteral("to_name")).toString() == QStringLiteral("João Conceição D'Ávila"));
    CHECK(parsed.value(QStringLiteral("text")).toString() == QStringLiteral("Olá, João.\r\n.\r\nObrigado.\r\n"));
}

TEST_CASE("Attachments queued with a message arrive byte-exact, also after a resend") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    OutboxDraft d = draft();
    d.bodyHtml = QStringLiteral("<p>Segue o print.</p>");
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 5000; ++i)
        png.append(char(i * 31 % 256));
    d.attachments = {{QStringLiteral("print da tela.png"), QStringLiteral("image/png"), png},
                     {QStringLiteral("relatório.txt"), QStringLiteral("text/plain"), QByteArray("linha 1\n.\nfim\n")}};
    const qint64 id = *store.enqueue(d, QStringLiteral("s@example.com"));
    REQUIRE(store.find(id)->attachments.size() == 2);
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")).withTempfailData(1));
    server.start();
    sendWithRetries(*db, clock, plainSettings(server.port()), 3);
    CHECK(store.find(id)->state == QStringLiteral("sent"));
    REQUIRE(server.received().size() == 1);
    const QJsonObject parsed = SmtpTestServer::parseWithPython(server.received()[0].eml);
    const QJsonArray files = parsed.value(QStringLiteral("attachments")).toArray();
    REQUIRE(files.size() == 2);
    CHECK(files[0].toObject().value(QStringLiteral("filename")).toString() == QStringLiteral("print da tela.png"));
    CHECK(files[0].toObject().value(QStringLiteral("sha256")).toString() ==
          QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    CHECK(files[1].toObject().value(QStringLiteral("filename")).toString() == QStringLiteral("relatório.txt"));
    CHECK(files[1].toObject().value(QStringLiteral("size")).toInt() == 14);
    // Cancelled messages keep their files until the row goes; deleting the row removes them (ON DELETE CASCADE).
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM outbox WHERE id = %1").arg(id)));
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox_attachments")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Sending 1000 queued messages", "[.bench]") {
    if (!SmtpTestServer::usable())
        return;
    test::TempDatabase temp;
    auto db = temp.open();
    SystemClock clock;
    OutboxStore store(*db, clock);
    REQUIRE(db->inTransaction(
        [&]() -> Status {
            for (int i = 0; i < 1000; ++i)
                if (auto id = store.enqueue(draft(), QStringLiteral("s@example.com")); !id)
                    return id.error();
            return {};
        },
        QStringLiteral("enqueue")));
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")));
    server.start();
    QElapsedTimer timer;
    timer.start();
    auto report = OutboxSender(*db, clock, plainSettings(server.port())).processDue();
    const qint64 ms = timer.elapsed();
    REQUIRE(report.ok());
    CHECK(report->sent == 1000);
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    const QString vmHwm =
        QString::fromLatin1(status.readAll()).section(QStringLiteral("VmHWM:"), 1).section(u'\n', 0, 0);
    std::printf("1000 messages sent in %lld ms (%.1f/s); peak RSS %s\n", ms, 1000.0 * 1000 / ms,
                qPrintable(vmHwm.simplified()));
    CHECK(server.received().size() == 1000);
}
