#include "AuthFixture.h"

#include "roster/RosterService.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::AuthFixture;

namespace {

// Local time in Brazil (UTC-3) as the UTC instant the clock holds.
QDateTime local(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).addSecs(3 * 3600);
}

QStringList names(const Result<QList<OnDuty>>& onDuty) {
    REQUIRE(onDuty.ok());
    QStringList list;
    for (const OnDuty& d : *onDuty)
        list << d.name;
    return list;
}

} // namespace

TEST_CASE("On duty across midnight, across the week's end and on a holiday", "[roster]") {
    AuthFixture f;
    const Actor leader = f.addUser(QStringLiteral("lider"), AuthFixture::LiderProfile);
    const qint64 ana = f.addUser(QStringLiteral("ana"), AuthFixture::AgenteProfile).userId();
    const qint64 bia = f.addUser(QStringLiteral("bia"), AuthFixture::AgenteProfile).userId();
    const qint64 caio = f.addUser(QStringLiteral("caio"), AuthFixture::AgenteProfile).userId();
    RosterService roster(f.db(), f.clock());
    for (int weekday = 1; weekday <= 5; ++weekday)
        REQUIRE(roster.addSlot(leader, {0, ana, {}, weekday, 8 * 60, 18 * 60, false}).ok());
    REQUIRE(roster.addSlot(leader, {0, bia, {}, 1, 18 * 60, 2 * 60, true}).ok());   // Monday night
    REQUIRE(roster.addSlot(leader, {0, caio, {}, 7, 22 * 60, 6 * 60, false}).ok()); // Sunday night into Monday
    // Friday 20 November 2026 (Consciência Negra): only Caio, in the morning.
    REQUIRE(
        roster
            .addException(
                leader, {0, QDate(2026, 11, 20), QStringLiteral("Consciência Negra"), caio, {}, 9 * 60, 13 * 60, false})
            .ok());

    const QString anaName = QStringLiteral("Pessoa ana"), biaName = QStringLiteral("Pessoa bia"),
                  caioName = QStringLiteral("Pessoa caio");
    CHECK(names(roster.onDutyAt(local(11, 23, 10))) == QStringList{anaName}); // Monday morning
    CHECK(names(roster.onDutyAt(local(11, 23, 17, 59))) == QStringList{anaName});
    CHECK(names(roster.onDutyAt(local(11, 23, 18))) == QStringList{biaName}); // the night starts
    CHECK(names(roster.onDutyAt(local(11, 23, 23, 30))) == QStringList{biaName});
    CHECK(names(roster.onDutyAt(local(11, 24, 1, 59))) == QStringList{biaName});  // Tuesday, the tail
    CHECK(names(roster.onDutyAt(local(11, 24, 2))).isEmpty());                    // ends at 02:00
    CHECK(names(roster.onDutyAt(local(11, 23, 0, 30))) == QStringList{caioName}); // Sunday's night on Monday
    CHECK(names(roster.onDutyAt(local(11, 22, 23))) == QStringList{caioName});    // Sunday 23:00
    CHECK(names(roster.onDutyAt(local(11, 23, 6))).isEmpty());
    // The holiday replaces Friday's slot.
    CHECK(names(roster.onDutyAt(local(11, 20, 10))) == QStringList{caioName});
    CHECK(names(roster.onDutyAt(local(11, 20, 14))).isEmpty());
    CHECK(names(roster.onDutyAt(local(11, 27, 10))) == QStringList{anaName}); // the next Friday
    // The leader flag travels for escalation.
    auto night = roster.onDutyAt(local(11, 23, 20));
    REQUIRE(night.ok());
    CHECK(night->first().isLeader);

    // Driven by the clock: now is Monday 23:30 local.
    f.clock().set(local(11, 23, 23, 30));
    CHECK(names(roster.onDutyNow()) == QStringList{biaName});
}

TEST_CASE("A holiday without anyone, and a night that started before the holiday", "[roster]") {
    AuthFixture f;
    const Actor leader = f.addUser(QStringLiteral("lider"), AuthFixture::LiderProfile);
    const qint64 bia = f.addUser(QStringLiteral("bia"), AuthFixture::AgenteProfile).userId();
    RosterService roster(f.db(), f.clock());
    // Tuesday and Wednesday nights 20:00-04:00; Wednesday 2 December 2026 is made a holiday with nobody on duty.
    REQUIRE(roster.addSlot(leader, {0, bia, {}, 2, 20 * 60, 4 * 60, false}).ok());
    REQUIRE(roster.addSlot(leader, {0, bia, {}, 3, 20 * 60, 4 * 60, false}).ok());
    REQUIRE(
        roster.addException(leader, {0, QDate(2026, 12, 2), QStringLiteral("Feriado"), 0, {}, 0, 1440, false}).ok());
    // Tuesday's night runs into the holiday: whoever started it finishes it.
    CHECK(names(roster.onDutyAt(local(12, 2, 3))) == QStringList{QStringLiteral("Pessoa bia")});
    // The holiday's own night slot is replaced by "nobody", and so is its tail on Thursday.
    CHECK(names(roster.onDutyAt(local(12, 2, 21))).isEmpty());
    CHECK(names(roster.onDutyAt(local(12, 3, 1))).isEmpty());
}

TEST_CASE("Changing the roster needs roster.edit and valid times, and is audited", "[roster]") {
    AuthFixture f;
    const Actor leader = f.addUser(QStringLiteral("lider"), AuthFixture::LiderProfile);
    const Actor agent = f.addUser(QStringLiteral("agente"), AuthFixture::AgenteProfile);
    RosterService roster(f.db(), f.clock());
    auto refused = roster.addSlot(agent, {0, agent.userId(), {}, 1, 8 * 60, 12 * 60, false});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(roster.addSlot(leader, {0, agent.userId(), {}, 8, 8 * 60, 12 * 60, false}).error().code ==
          Error::Code::InvalidInput);
    CHECK(roster.addSlot(leader, {0, agent.userId(), {}, 1, 8 * 60, 8 * 60, false}).error().code ==
          Error::Code::InvalidInput);
    CHECK(roster.addException(leader, {0, QDate(2026, 12, 25), {}, 0, {}, 600, 500, false}).error().code ==
          Error::Code::InvalidInput);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM roster_slots")) == 0);

    auto id = roster.addSlot(leader, {0, agent.userId(), {}, 1, 8 * 60, 12 * 60, false});
    REQUIRE(id.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'roster_slot' AND action = 'create' "
                                 "AND entity_id = ?"),
                  {*id}) == 4);
    CHECK(roster.removeSlot(agent, *id).error().code == Error::Code::PermissionDenied);
    REQUIRE(roster.removeSlot(leader, *id).ok());
    CHECK(roster.removeSlot(leader, *id).error().code == Error::Code::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM roster_slots")) == 0);
}
