// The outbox table's states, backoff and crash recovery, without a network.
#include <catch2/catch.hpp>

#include "FakeClock.h"
#include "TempDatabase.h"

#include "mail/OutboxStore.h"
#include "storage/Database.h"

using namespace atende;

namespace {
OutboxDraft draft(const QString& to = QStringLiteral("cliente@example.com")) {
    OutboxDraft d;
    d.to = {QStringLiteral("João Conceição D'Ávila"), to};
    d.cc = {{QStringLiteral("Recepção"), QStringLiteral("recepcao@example.com")}};
    d.subject = QStringLiteral("Protocolo 1");
    d.bodyText = QStringLiteral("Olá");
    return d;
}
} // namespace

TEST_CASE("Backoff doubles from one minute up to one hour") {
    CHECK(OutboxStore::backoffMs(1) == 60000);
    CHECK(OutboxStore::backoffMs(2) == 120000);
    CHECK(OutboxStore::backoffMs(3) == 240000);
    CHECK(OutboxStore::backoffMs(7) == 3600000);
    CHECK(OutboxStore::backoffMs(50) == 3600000);
}

TEST_CASE("Enqueue keeps addresses and a Message-ID, and refuses a bad address") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    auto id = store.enqueue(draft(), QStringLiteral("suporte@example.com.br"));
    INFO((id.ok() ? QString() : id.error().userMessage + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());
    auto m = store.find(*id);
    REQUIRE(m.ok());
    CHECK(m->state == QStringLiteral("queued"));
    CHECK(m->to.name == QStringLiteral("João Conceição D'Ávila"));
    CHECK(m->to.address == QStringLiteral("cliente@example.com"));
    REQUIRE(m->cc.size() == 1);
    CHECK(m->cc.first().address == QStringLiteral("recepcao@example.com"));
    CHECK(m->messageId.endsWith(QStringLiteral("@example.com.br>")));
    CHECK(m->createdAt == clock.nowMs());

    auto bad = store.enqueue(draft(QStringLiteral("x@y.com\r\nRCPT TO:<z@w.com>")), QStringLiteral("s@example.com"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::InvalidInput);
    CHECK(store.list()->size() == 1);
}

TEST_CASE("Enqueue joins the caller's transaction: a rollback leaves no message") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    const Status s = db->inTransaction(
        [&]() -> Status {
            if (auto id = store.enqueue(draft(), QStringLiteral("s@example.com")); !id)
                return id.error();
            return Error::make(Error::Code::Generic, QStringLiteral("ticket failed"));
        },
        QStringLiteral("x"));
    CHECK_FALSE(s.ok());
    CHECK(store.list()->isEmpty());
}

TEST_CASE("Claim, temporary failure with backoff, permanent failure, retry and cancel") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    const qint64 id = *store.enqueue(draft(), QStringLiteral("s@example.com"));

    auto claimed = store.claimNextDue(600000);
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->attempts == 1);
    CHECK(store.find(id)->state == QStringLiteral("sending"));
    CHECK_FALSE(store.claimNextDue(600000)->has_value()); // nobody else takes a message being sent

    REQUIRE(store.markFailed(id, true, QStringLiteral("451 try later")));
    CHECK(store.find(id)->state == QStringLiteral("failed_temporary"));
    CHECK(*store.find(id)->nextAttemptAt == clock.nowMs() + 60000);
    CHECK_FALSE(store.claimNextDue(600000)->has_value()); // not due yet
    clock.advanceSecs(60);
    REQUIRE(store.claimNextDue(600000)->has_value());
    REQUIRE(store.markFailed(id, true, QStringLiteral("451 try later")));
    CHECK(*store.find(id)->nextAttemptAt == clock.nowMs() + 120000);

    clock.advanceSecs(120);
    REQUIRE(store.claimNextDue(600000)->has_value());
    REQUIRE(store.markFailed(id, false, QStringLiteral("550 5.1.1 User unknown")));
    auto failed = store.find(id);
    CHECK(failed->state == QStringLiteral("failed_permanent"));
    CHECK(failed->lastError == QStringLiteral("550 5.1.1 User unknown"));
    CHECK(store.counts()->failed == 1);

    REQUIRE(store.retry(id));
    CHECK(store.find(id)->state == QStringLiteral("queued"));
    REQUIRE(store.cancel(id));
    CHECK(store.find(id)->state == QStringLiteral("cancelled"));
    CHECK_FALSE(store.cancel(id).ok());
    CHECK_FALSE(store.claimNextDue(600000)->has_value());

    REQUIRE(store.retry(id));
    REQUIRE(store.claimNextDue(600000)->has_value());
    REQUIRE(store.markSent(id));
    CHECK(store.find(id)->state == QStringLiteral("sent"));
    const Status again = store.retry(id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(store.counts()->waiting == 0);
}

TEST_CASE("A message left in sending is queued again with the same Message-ID once its lease ends") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    OutboxStore store(*db, clock);
    const qint64 id = *store.enqueue(draft(), QStringLiteral("s@example.com"));
    const QString messageId = store.find(id)->messageId;
    REQUIRE(store.claimNextDue(600000)->has_value());

    CHECK(*store.recoverInterrupted() == 0); // its sender may still be working
    clock.advanceSecs(601);
    CHECK(*store.recoverInterrupted() == 1);
    auto m = store.find(id);
    CHECK(m->state == QStringLiteral("queued"));
    CHECK(m->messageId == messageId);
    CHECK(m->attempts == 1);
}
