// The call's core pieces: the greeting of the time of day and the crash-proof draft (F-01, F-15).
#include "AuthFixture.h"
#include "FakeClock.h"
#include "HelperProcess.h"
#include "TempDatabase.h"

#include "auth/Permission.h"
#include "auth/UserService.h"
#include "call/CallDraftStore.h"
#include "call/CallGreeting.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <limits>

#include <csignal>

using namespace atende;
using atende::test::AuthFixture;

namespace {

// Logs in as `login` and saves a draft, then dies by SIGKILL right after the save returned: what a kill -9 or a
// power cut does to the app in the middle of a call. Runs in a child process.
const test::HelperProcess::Registration saveThenDie(QStringLiteral("save-draft-then-die"), [](const QStringList& args) {
    auto db = Database::open(args.value(0));
    if (!db)
        return 2;
    UserService users(**db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto actor = users.authenticate(args.value(1), args.value(2));
    if (!actor)
        return 3;
    CallDraftStore store(**db, SystemClock::instance(), QStringLiteral("01"));
    CallDraft draft;
    draft.protocol = QStringLiteral("20261130-01-000777");
    draft.stage = QStringLiteral("form");
    draft.payload = QJsonObject{{QStringLiteral("notes"), QStringLiteral("Cliente relata vazamento na cozinha")}};
    if (!store.save(*actor, draft))
        return 4;
    std::raise(SIGKILL);
    return 5; // not reached
});

} // namespace

TEST_CASE("The greeting follows the clock", "[call]") {
    CHECK(CallGreeting::salutation(QTime(8, 0)) == QStringLiteral("Bom dia"));
    CHECK(CallGreeting::salutation(QTime(11, 59)) == QStringLiteral("Bom dia"));
    CHECK(CallGreeting::salutation(QTime(12, 0)) == QStringLiteral("Boa tarde"));
    CHECK(CallGreeting::salutation(QTime(17, 59)) == QStringLiteral("Boa tarde"));
    CHECK(CallGreeting::salutation(QTime(18, 0)) == QStringLiteral("Boa noite"));
    const QDateTime morning(QDate(2026, 11, 30), QTime(9, 15), Qt::LocalTime);
    const QString line =
        CallGreeting::script(morning, QStringLiteral("Imobiliária Ipê"), QStringLiteral("Juliana Ribeiro"));
    CHECK(line.startsWith(QStringLiteral("Bom dia!")));
    CHECK(line.contains(QStringLiteral("Imobiliária Ipê")));
    CHECK(line.contains(QStringLiteral("Juliana")));
    CHECK_FALSE(line.contains(QStringLiteral("Ribeiro")));
}

TEST_CASE("A call draft is saved, updated in place, kept per user and discarded at the end", "[call]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("juliana"), AuthFixture::AgenteProfile);
    const Actor other = f.addUser(QStringLiteral("marcos"), AuthFixture::AgenteProfile);
    CallDraftStore store(f.db(), f.clock(), QStringLiteral("01"));
    CHECK_FALSE(store.load(agent)->has_value());

    CallDraft draft;
    draft.protocol = QStringLiteral("20261130-01-000001");
    draft.stage = QStringLiteral("identification");
    draft.payload = QJsonObject{{QStringLiteral("typed"), QStringLiteral("529.982.247")}};
    REQUIRE(store.save(agent, draft).ok());
    const qint64 started = store.load(agent)->value().startedAt;
    f.clock().advanceSecs(40);
    draft.stage = QStringLiteral("form");
    draft.payload.insert(QStringLiteral("typed"), QStringLiteral("529.982.247-25"));
    REQUIRE(store.save(agent, draft).ok());

    auto loaded = store.load(agent);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->stage == QStringLiteral("form"));
    CHECK((*loaded)->payload.value(QStringLiteral("typed")) == QStringLiteral("529.982.247-25"));
    CHECK((*loaded)->startedAt == started); // the call timer goes on from the first save
    CHECK((*loaded)->updatedAt == started + 40000);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM call_drafts")) == 1);
    CHECK_FALSE(store.load(other)->has_value());

    // The call screen saves with the time its call started (milliseconds since 1970, past 32 bits).
    draft.startedAt = f.clock().nowMs() - 5000;
    REQUIRE(draft.startedAt > std::numeric_limits<qint32>::max());
    REQUIRE(store.save(agent, draft).ok());
    CHECK(store.load(agent)->value().startedAt == draft.startedAt);

    REQUIRE(store.discard(agent).ok());
    CHECK_FALSE(store.load(agent)->has_value());

    const Actor noCalls = f.addUser(QStringLiteral("captador"), AuthFixture::CaptadorProfile);
    CHECK_FALSE(store.save(noCalls, draft).ok());
}

TEST_CASE("A draft saved just before a kill -9 is there at the next start", "[call][crash]") {
    test::TempDatabase temp;
    {
        auto db = temp.open();
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        REQUIRE(users
                    .createFirstAdministrator(QStringLiteral("chefe"), QStringLiteral("Carla Chefe"),
                                              QStringLiteral("Senha-Forte-2026"))
                    .ok());
    }
    const auto outcome =
        test::HelperProcess::start(QStringLiteral("save-draft-then-die"),
                                   {temp.path(), QStringLiteral("chefe"), QStringLiteral("Senha-Forte-2026")});
    INFO(outcome.output.toStdString());
    REQUIRE(outcome.crashed);

    auto db = temp.open();
    UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto actor = users.authenticate(QStringLiteral("chefe"), QStringLiteral("Senha-Forte-2026"));
    REQUIRE(actor.ok());
    CallDraftStore store(*db, SystemClock::instance(), QStringLiteral("01"));
    auto draft = store.load(*actor);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    CHECK((*draft)->protocol == QStringLiteral("20261130-01-000777"));
    CHECK((*draft)->stage == QStringLiteral("form"));
    CHECK((*draft)->payload.value(QStringLiteral("notes")) == QStringLiteral("Cliente relata vazamento na cozinha"));
}
