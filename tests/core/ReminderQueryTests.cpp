#include "AuthFixture.h"

#include "reminders/ReminderQuery.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace atende;
using atende::test::AuthFixture;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;

void ticket(AuthFixture& f, int id, qint64 responsible, int status, const QVariant& nextAction, qint64 updated) {
    QSqlQuery q(f.db().connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO tickets(id, protocol, responsible_id, status_id, opened_at, "
                                     "updated_at, next_action_at, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant& v : QVariantList{id, QStringLiteral("P%1").arg(id), responsible, status, updated, updated,
                                          nextAction, QStringLiteral("Retornar ligação %1").arg(id)})
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

QList<qint64> ids(const QList<Reminder>& reminders) {
    QList<qint64> list;
    for (const Reminder& r : reminders)
        list << r.ticketId;
    return list;
}

} // namespace

TEST_CASE("Reminders follow the clock: due next actions of the responsible, overdue first", "[reminders]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente"), AuthFixture::AgenteProfile);
    const Actor other = f.addUser(QStringLiteral("outro"), AuthFixture::AgenteProfile);
    const qint64 now = f.clock().nowMs();
    ticket(f, 1, agent.userId(), 3, now - 2 * HourMs, now);    // overdue
    ticket(f, 2, agent.userId(), 2, now + 30 * MinuteMs, now); // due within the hour
    ticket(f, 3, agent.userId(), 2, now + 3 * HourMs, now);    // later today: not yet
    ticket(f, 4, other.userId(), 2, now - HourMs, now);        // someone else's
    ticket(f, 5, agent.userId(), 7, now - HourMs, now);        // closed: nothing to do
    ticket(f, 6, agent.userId(), 1, QVariant(), now);          // no next action
    ticket(f, 7, agent.userId(), 4, now - 10 * MinuteMs, now); // overdue, more recent

    ReminderQuery reminders(f.db(), f.clock());
    auto due = reminders.dueFor(agent);
    REQUIRE(due.ok());
    CHECK(ids(*due) == QList<qint64>{1, 7, 2});
    CHECK((*due)[0].overdue);
    CHECK((*due)[1].overdue);
    CHECK_FALSE((*due)[2].overdue);
    CHECK((*due)[0].responsibleName == agent.name());

    // Two hours later the third one is inside the horizon, and the second is overdue.
    f.clock().advanceSecs(2 * 3600 + 60);
    due = reminders.dueFor(agent);
    REQUIRE(due.ok());
    CHECK(ids(*due) == QList<qint64>{1, 7, 2, 3});
    CHECK((*due)[2].overdue);
    CHECK_FALSE((*due)[3].overdue);
}

TEST_CASE("The leader is warned of tickets in supervision analysis past 24 hours", "[reminders]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente"), AuthFixture::AgenteProfile);
    const Actor leader = f.addUser(QStringLiteral("lider"), AuthFixture::LiderProfile);
    const qint64 now = f.clock().nowMs();
    ticket(f, 1, agent.userId(), 5, QVariant(), now - 30 * HourMs); // 6 hours past the limit
    ticket(f, 2, agent.userId(), 5, QVariant(), now - 23 * HourMs); // an hour left
    ticket(f, 3, agent.userId(), 3, QVariant(), now - 48 * HourMs); // another status

    ReminderQuery reminders(f.db(), f.clock());
    auto late = reminders.analysisOverdue(leader);
    REQUIRE(late.ok());
    CHECK(ids(*late) == QList<qint64>{1});
    CHECK(late->first().dueAtMs == now - 6 * HourMs);
    CHECK(late->first().overdue);

    f.clock().advanceSecs(3600 + 1);
    late = reminders.analysisOverdue(leader);
    REQUIRE(late.ok());
    CHECK(ids(*late) == QList<qint64>{1, 2});

    auto refused = reminders.analysisOverdue(agent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
}
