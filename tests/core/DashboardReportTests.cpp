#include "AuthFixture.h"

#include "reports/DashboardReport.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace atende;
using atende::test::AuthFixture;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;

// Brazil's local time (UTC-3) as UTC milliseconds.
qint64 local(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch() + 3 * HourMs;
}

void exec(AuthFixture& f, const QString& sql, const QVariantList& binds) {
    QSqlQuery q(f.db().connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

struct Planted {
    qint64 agentA = 0;
    qint64 agentB = 0;
};

// Six tickets and seven contacts whose figures are worked out by hand in the test below.
Planted plant(AuthFixture& f) {
    Planted p;
    p.agentA = f.addUser(QStringLiteral("agente-a"), AuthFixture::AgenteProfile).userId();
    p.agentB = f.addUser(QStringLiteral("agente-b"), AuthFixture::AgenteProfile).userId();
    exec(f, QStringLiteral("UPDATE users SET sector_id = 2 WHERE id = ?"), {p.agentB});
    const QVariant none;
    const QString ticket =
        QStringLiteral("INSERT INTO tickets(id, protocol, sector_id, responsible_id, status_id, opened_at, updated_at, "
                       "first_response_at, resolved_at, deadline_at, title) VALUES (?,?,?,?,?,?,?,?,?,?,'t')");
    const qint64 t1 = local(11, 2, 10), t2 = local(11, 2, 11), t3 = local(11, 3, 9), t4 = local(11, 20, 9),
                 t5 = local(10, 15, 9), t6 = local(11, 4, 9);
    // id, protocol, sector, responsible, status, opened, updated, first response, resolved, deadline
    exec(f, ticket, {1, "P1", 1, p.agentA, 3, t1, t1, t1 + HourMs, none, local(11, 10, 12)});
    exec(f, ticket, {2, "P2", 2, p.agentB, 6, t2, t2, t2 + 3 * HourMs, t2 + 10 * HourMs, t2 + 5 * HourMs});
    exec(f, ticket, {3, "P3", 1, p.agentA, 7, t3, t3, t3 + 3 * HourMs, t3 + 20 * HourMs, t3 + 48 * HourMs});
    exec(f, ticket, {4, "P4", 1, p.agentB, 1, t4, t4, none, none, local(11, 25, 12)});
    exec(f, ticket, {5, "P5", 2, p.agentA, 5, t5, t5, none, none, local(11, 15, 12)});
    exec(f, ticket, {6, "P6", 2, none, 8, t6, t6, none, none, local(11, 5, 12)});
    const QString contact = QStringLiteral("INSERT INTO contact_records(protocol, channel, agent_id, ticket_id, "
                                           "started_at, ended_at) VALUES (?,?,?,?,?,?)");
    const auto call = [&](const char* protocol, const char* channel, qint64 agent, const QVariant& ticketId,
                          qint64 start, qint64 minutes) {
        exec(f, contact, {protocol, channel, agent, ticketId, start, start + minutes * MinuteMs});
    };
    call("C1", "phone", p.agentA, 1, local(11, 2, 10), 10);
    call("C2", "phone", p.agentA, none, local(11, 2, 23, 30), 3); // 02:30 UTC on the 3rd: still the 2nd locally
    call("C3", "email", p.agentB, 2, local(11, 2, 12), 0);
    call("C4", "phone", p.agentB, none, local(11, 5, 9), 6); // six minutes: not short
    call("C5", "phone", p.agentB, none, local(11, 5, 9, 30), 4);
    call("C6", "phone", p.agentA, none, local(10, 31, 23), 1); // 1 November in UTC, October locally: outside
    call("C7", "phone", p.agentA, none, local(11, 30, 23, 59), 1);
    return p;
}

} // namespace

TEST_CASE("The dashboard figures of a month match what was planted, by local day, with and without a sector",
          "[reports]") {
    AuthFixture f;
    const Planted p = plant(f);
    const Actor leader = f.addUser(QStringLiteral("lider"), AuthFixture::LiderProfile);
    f.clock().set(QDateTime(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC));
    DashboardReport report(f.db(), f.clock());
    DashboardReport::Period month{QDate(2026, 11, 1), QDate(2026, 11, 30), std::nullopt};

    auto figures = report.compute(leader, month);
    INFO((figures ? QString() : figures.error().detail).toStdString());
    REQUIRE(figures.ok());
    const DashboardFigures& d = *figures;

    REQUIRE(d.volume.size() == 4);
    CHECK(d.volume[0].day == QDate(2026, 11, 2));
    CHECK(d.volume[0].channel == QStringLiteral("email"));
    CHECK(d.volume[0].count == 1);
    CHECK(d.volume[1].day == QDate(2026, 11, 2));
    CHECK(d.volume[1].channel == QStringLiteral("phone"));
    CHECK(d.volume[1].count == 2);
    CHECK(d.volume[2].day == QDate(2026, 11, 5));
    CHECK(d.volume[2].count == 2);
    CHECK(d.volume[3].day == QDate(2026, 11, 30));
    CHECK(d.volume[3].count == 1);
    CHECK(d.totalVolume() == 6);

    REQUIRE(d.backlog.size() == 3);
    CHECK(d.backlog[0].statusName == QStringLiteral("Novo"));
    CHECK(d.backlog[0].sectorName == QStringLiteral("Suporte"));
    CHECK(d.backlog[1].statusName == QStringLiteral("Em atendimento"));
    CHECK(d.backlog[2].statusName == QStringLiteral("Análise de Supervisão"));
    CHECK(d.backlog[2].sectorName == QStringLiteral("Implantação"));
    CHECK(d.totalBacklog() == 3);

    REQUIRE(d.breaches.size() == 2);
    CHECK(d.breaches[0].sectorName == QStringLiteral("Implantação"));
    CHECK(d.breaches[0].count == 2); // resolved late, and open past its deadline though opened in October
    CHECK(d.breaches[1].sectorName == QStringLiteral("Suporte"));
    CHECK(d.breaches[1].count == 1); // the cancelled and the not-yet-due ones are no breach

    REQUIRE(d.byAgent.size() == 3);
    CHECK(d.byAgent[0].id == 0); // nobody responsible sorts first
    CHECK(d.byAgent[0].tickets == 1);
    CHECK(d.byAgent[0].responded == 0);
    CHECK(d.byAgent[0].avgFirstResponseMs == 0);
    CHECK(d.byAgent[1].id == p.agentA);
    CHECK(d.byAgent[1].tickets == 2);
    CHECK(d.byAgent[1].responded == 2);
    CHECK(d.byAgent[1].avgFirstResponseMs == 2 * HourMs);
    CHECK(d.byAgent[1].resolved == 1);
    CHECK(d.byAgent[1].avgResolutionMs == 20 * HourMs);
    CHECK(d.byAgent[2].id == p.agentB);
    CHECK(d.byAgent[2].tickets == 2);
    CHECK(d.byAgent[2].avgFirstResponseMs == 3 * HourMs);
    CHECK(d.byAgent[2].avgResolutionMs == 10 * HourMs);

    REQUIRE(d.bySector.size() == 2);
    CHECK(d.bySector[0].name == QStringLiteral("Implantação"));
    CHECK(d.bySector[0].tickets == 2);
    CHECK(d.bySector[0].avgFirstResponseMs == 3 * HourMs);
    CHECK(d.bySector[1].name == QStringLiteral("Suporte"));
    CHECK(d.bySector[1].tickets == 3);
    CHECK(d.bySector[1].responded == 2);
    CHECK(d.bySector[1].avgFirstResponseMs == 2 * HourMs);
    CHECK(d.bySector[1].avgResolutionMs == 20 * HourMs);

    REQUIRE(d.shortCalls.size() == 2);
    CHECK(d.shortCalls[0].agentId == p.agentA);
    CHECK(d.shortCalls[0].count == 2);
    CHECK(d.shortCalls[1].agentId == p.agentB);
    CHECK(d.shortCalls[1].count == 1);

    // Sector Suporte only.
    DashboardReport::Period support = month;
    support.sectorId = 1;
    auto narrowed = report.compute(leader, support);
    REQUIRE(narrowed.ok());
    CHECK(narrowed->totalVolume() == 1); // only the call that became a Suporte ticket
    CHECK(narrowed->totalBacklog() == 2);
    CHECK(narrowed->totalBreaches() == 1);
    REQUIRE(narrowed->bySector.size() == 1);
    CHECK(narrowed->bySector[0].tickets == 3);
    CHECK(narrowed->totalShortCalls() == 2); // agent A works in Suporte

    // One day at the October boundary: the call at 23:00 local on the 31st.
    DashboardReport::Period lastOctober{QDate(2026, 10, 31), QDate(2026, 10, 31), std::nullopt};
    auto october = report.compute(leader, lastOctober);
    REQUIRE(october.ok());
    CHECK(october->totalVolume() == 1);
    CHECK(october->totalShortCalls() == 1);
}

TEST_CASE("The dashboard needs report.view and a valid period", "[reports]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente"), AuthFixture::AgenteProfile);
    const Actor leader = f.addUser(QStringLiteral("lider"), AuthFixture::LiderProfile);
    DashboardReport report(f.db(), f.clock());
    const DashboardReport::Period month{QDate(2026, 11, 1), QDate(2026, 11, 30), std::nullopt};
    auto refused = report.compute(agent, month);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'report' AND action = 'denied'")) == 1);
    auto backwards = report.compute(leader, {QDate(2026, 11, 30), QDate(2026, 11, 1), std::nullopt});
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == Error::Code::InvalidInput);
    auto tooLong = report.compute(leader, {QDate(2025, 1, 1), QDate(2026, 11, 1), std::nullopt});
    CHECK(tooLong.error().code == Error::Code::InvalidInput);
}
