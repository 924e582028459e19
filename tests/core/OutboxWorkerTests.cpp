// OutboxWorker: the background thread with its own connection sends what the GUI thread queued.
#include <catch2/catch.hpp>

#include "SmtpTestServer.h"
#include "TempDatabase.h"

#include "mail/MailSettingsStore.h"
#include "mail/OutboxStore.h"
#include "mail/OutboxWorker.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QSignalSpy>
#include <QThread>

using namespace atende;
using test::SmtpTestServer;

TEST_CASE("The outbox worker sends queued messages off the calling thread and reports the counts") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")));
    server.start();
    test::TempDatabase temp;
    auto db = temp.open();
    SystemClock clock;
    MailSettingsStore settings(*db);
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.host"), QStringLiteral("127.0.0.1")));
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.port"), QString::number(server.port())));
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.security"), QStringLiteral("plain")));
    REQUIRE(settings.setValue(QStringLiteral("mail.from.address"), QStringLiteral("suporte@example.com.br")));
    OutboxStore store(*db, clock);
    for (int i = 0; i < 3; ++i) {
        OutboxDraft d;
        d.to = {QStringLiteral("Cliente %1").arg(i), QStringLiteral("cliente%1@example.com").arg(i)};
        d.subject = QStringLiteral("Protocolo %1").arg(i);
        d.bodyText = QStringLiteral("Olá");
        REQUIRE(store.enqueue(d, QStringLiteral("suporte@example.com.br")).ok());
    }

    OutboxWorker worker(temp.path(), clock, 60000);
    QSignalSpy counts(&worker, &OutboxWorker::countsChanged);
    worker.start();
    REQUIRE(counts.wait(10000));
    const QList<QVariant> last = counts.last();
    CHECK(last.at(0).toInt() == 0); // nothing waiting
    CHECK(last.at(1).toInt() == 0); // nothing failed
    CHECK(server.received().size() == 3);
    CHECK(store.counts()->waiting == 0);

    // wake() sends a message queued later without waiting for the interval.
    OutboxDraft d;
    d.to = {QString(), QStringLiteral("tarde@example.com")};
    d.subject = QStringLiteral("Depois");
    REQUIRE(store.enqueue(d, QStringLiteral("suporte@example.com.br")).ok());
    worker.wake();
    REQUIRE(counts.wait(10000));
    CHECK(server.received().size() == 4);
    worker.stop();
}
