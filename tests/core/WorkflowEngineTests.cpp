#include "AuthFixture.h"

#include "auth/Permission.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowStore.h"
#include "workflow/WorkflowValidator.h"

#include <catch2/catch.hpp>

using namespace atende;

namespace {

const QTimeZone SaoPaulo("America/Sao_Paulo");

qint64 at(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), SaoPaulo).toMSecsSinceEpoch();
}

QString show(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, SaoPaulo).toString(QStringLiteral("yyyy-MM-dd HH:mm ddd"));
}

BusinessCalendar weekdays8to18() {
    BusinessCalendar c(SaoPaulo);
    for (int d = 1; d <= 5; ++d)
        c.setHours(d, 8 * 60, 18 * 60);
    return c;
}

constexpr qint64 Hour = 3600 * 1000;

WorkflowEngine defaultEngine(test::AuthFixture& f) {
    WorkflowStore store(f.db(), f.clock());
    auto def = store.load();
    REQUIRE(def.ok());
    auto cal = store.loadCalendar();
    REQUIRE(cal.ok());
    auto policy = store.loadPolicy();
    REQUIRE(policy.ok());
    return WorkflowEngine(*def, *cal, *policy);
}

} // namespace

TEST_CASE("Business time skips nights, weekends and holidays", "[workflow][deadline]") {
    BusinessCalendar c = weekdays8to18();
    // Wednesday 10:00 + 2 h = 12:00 the same day.
    CHECK(show(c.addBusinessTime(at(2026, 11, 25, 10), 2 * Hour)) == show(at(2026, 11, 25, 12)));
    // Friday 17:00 + 2 h: 1 h on Friday, 1 h on Monday from 08:00.
    CHECK(show(c.addBusinessTime(at(2026, 11, 27, 17), 2 * Hour)) == show(at(2026, 11, 30, 9)));
    // Saturday night counts from Monday's opening.
    CHECK(show(c.addBusinessTime(at(2026, 11, 28, 22), 1 * Hour)) == show(at(2026, 11, 30, 9)));
    // Before opening counts from the opening.
    CHECK(show(c.addBusinessTime(at(2026, 11, 25, 6), 30 * 60000)) == show(at(2026, 11, 25, 8, 30)));
    // A holiday (Christmas, Friday 25/12/2026) is skipped: Thursday 17:00 + 3 h -> Monday 10:00.
    c.addHoliday(QDate(2026, 12, 25));
    CHECK(show(c.addBusinessTime(at(2026, 12, 24, 17), 3 * Hour)) == show(at(2026, 12, 28, 10)));
    // Business time between two instants, over a weekend and the holiday.
    CHECK(c.businessTimeBetween(at(2026, 12, 24, 17), at(2026, 12, 28, 10)) == 3 * Hour);
    CHECK(c.businessTimeBetween(at(2026, 12, 28, 10), at(2026, 12, 24, 17)) == 0);
    // Exactly at closing time the deadline is that closing time, not the next opening.
    CHECK(show(c.addBusinessTime(at(2026, 11, 25, 8), 10 * Hour)) == show(at(2026, 11, 25, 18)));
}

TEST_CASE("The default configuration gives priorities and deadlines from urgency and impact", "[workflow][deadline]") {
    test::AuthFixture f;
    WorkflowEngine engine = defaultEngine(f);
    CHECK(engine.policy().priorityFor(1, 1) == 1);
    CHECK(engine.policy().priorityFor(2, 2) == 3);
    CHECK(engine.policy().priorityFor(3, 3) == 5);
    // Priority 1: 4 business hours. Friday 20/11/2026 is a holiday (Consciência Negra) in the defaults:
    // opened Thursday 19/11 at 16:00 -> 2 h Thursday, Monday 23/11 08:00 + 2 h = 10:00.
    CHECK(show(engine.initialDeadline(at(2026, 11, 19, 16), 1)) == show(at(2026, 11, 23, 10)));
}

TEST_CASE("A pausing status stops the deadline and leaving it keeps the business time that was left",
          "[workflow][deadline]") {
    test::AuthFixture f;
    WorkflowEngine engine = defaultEngine(f);
    const auto& def = engine.definition();
    const WorkflowStatus* inProgress = def.statusByCode(QStringLiteral("in_progress"));
    const WorkflowStatus* awaiting = def.statusByCode(QStringLiteral("awaiting_feedback"));
    const WorkflowStatus* resolved = def.statusByCode(QStringLiteral("resolved"));
    REQUIRE(awaiting->pausesDeadline);
    REQUIRE_FALSE(inProgress->pausesDeadline);

    Ticket t;
    t.statusId = inProgress->id;
    t.openedAt = at(2026, 11, 24, 9);                                          // Tuesday
    t.deadlineAt = at(2026, 11, 24, 13);                                       // 4 business hours
    engine.applyStatusChange(t, *inProgress, *awaiting, at(2026, 11, 24, 11)); // 2 h left
    REQUIRE(t.deadlinePausedAt.has_value());
    CHECK(t.deadlineAt == at(2026, 11, 24, 13)); // unchanged while paused
    // The customer answers on Thursday at 17:00: 1 h that day, 1 h on Friday.
    engine.applyStatusChange(t, *awaiting, *inProgress, at(2026, 11, 26, 17));
    CHECK_FALSE(t.deadlinePausedAt.has_value());
    CHECK(show(*t.deadlineAt) == show(at(2026, 11, 27, 9)));

    engine.applyStatusChange(t, *inProgress, *resolved, at(2026, 11, 27, 8, 30));
    CHECK(t.resolvedAt == at(2026, 11, 27, 8, 30));
    CHECK(t.deadlinePausedAt.has_value()); // closed statuses pause too
}

TEST_CASE("Every transition of the default workflow needs its permission", "[workflow]") {
    test::AuthFixture f;
    WorkflowEngine engine = defaultEngine(f);
    const Actor agent = f.addUser(QStringLiteral("agente"), test::AuthFixture::AgenteProfile);
    const Actor leader = f.addUser(QStringLiteral("lider"), test::AuthFixture::LiderProfile);
    const Actor nobody(99, QStringLiteral("x"), QStringLiteral("x"), {});
    const auto& def = engine.definition();
    REQUIRE(def.transitions.size() == 21);
    for (const auto& t : def.transitions) {
        INFO(def.status(t.fromStatusId)->code.toStdString() + " -> " + def.status(t.toStatusId)->code.toStdString());
        // Someone without the permission is refused, naming it.
        auto refused = engine.checkTransition(nobody, t.fromStatusId, t.toStatusId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::PermissionDenied);
        CHECK(refused.error().detail.contains(t.permission));
        // The leader holds every ticket permission; the agent only the ones its profile grants.
        CHECK(engine.checkTransition(leader, t.fromStatusId, t.toStatusId).ok());
        CHECK(engine.checkTransition(agent, t.fromStatusId, t.toStatusId).ok() == agent.can(t.permission));
        // Resolving always requires the solution.
        if (def.status(t.toStatusId)->code == QLatin1String("resolved"))
            CHECK(t.requiredFields.contains(QStringLiteral("solution")));
    }
    // The supervisor analysis can only be left by someone who supervises.
    const qint64 supervisor = def.statusByCode(QStringLiteral("supervisor_analysis"))->id;
    const qint64 inProgress = def.statusByCode(QStringLiteral("in_progress"))->id;
    CHECK(engine.checkTransition(agent, supervisor, inProgress).error().code == Error::Code::PermissionDenied);
    // A move the workflow does not have is refused with the allowed targets.
    const qint64 newId = def.statusByCode(QStringLiteral("new"))->id;
    const qint64 closed = def.statusByCode(QStringLiteral("closed"))->id;
    auto none = engine.checkTransition(leader, newId, closed);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == Error::Code::InvalidInput);
    CHECK(none.error().userMessage.contains(QStringLiteral("Pendente")));
    // Allowed targets for the agent from "Novo": no cancel.
    QStringList targets;
    for (const auto& s : engine.allowedTargets(agent, newId))
        targets.append(s.code);
    CHECK(targets == QStringList{QStringLiteral("pending"), QStringLiteral("in_progress"),
                                 QStringLiteral("supervisor_analysis"), QStringLiteral("resolved")});
}

TEST_CASE("The workflow validator refuses unreachable statuses, no closed status and unknown names", "[workflow]") {
    test::AuthFixture f;
    WorkflowStore store(f.db(), f.clock());
    auto def = store.load();
    REQUIRE(def.ok());
    CHECK(WorkflowValidator::problems(*def).isEmpty());

    SECTION("an unreachable status") {
        WorkflowDefinition d = *def;
        d.statuses.append(
            WorkflowStatus{0, QStringLiteral("orphan"), QStringLiteral("Órfão"), false, false, false, 99});
        const QStringList p = WorkflowValidator::problems(d);
        CHECK(p.join(QLatin1Char('\n'))
                  .contains(WorkflowValidator::tr("The status \"%1\" cannot be reached from \"%2\".")
                                .arg(QStringLiteral("Órfão"), QStringLiteral("Novo"))));
    }
    SECTION("no closed status") {
        WorkflowDefinition d = *def;
        for (auto& s : d.statuses)
            s.isClosed = false;
        CHECK(WorkflowValidator::problems(d)
                  .join(QLatin1Char('\n'))
                  .contains(WorkflowValidator::tr("The workflow needs at least one closed status.")));
    }
    SECTION("two initial statuses, unknown permission and field, a dead end") {
        WorkflowDefinition d = *def;
        d.statuses[1].isInitial = true;
        d.transitions[0].permission = QStringLiteral("ticket.fly");
        d.transitions[1].requiredFields = {QStringLiteral("colour")};
        const QString all = WorkflowValidator::problems(d).join(QLatin1Char('\n'));
        CHECK(all.contains(WorkflowValidator::tr("The workflow needs exactly one initial status (it has %1).").arg(2)));
        CHECK(all.contains(QStringLiteral("ticket.fly")));
        CHECK(all.contains(QStringLiteral("colour")));
    }
    SECTION("an open status with no way to a closed one") {
        WorkflowDefinition d = *def;
        d.statuses.append(
            WorkflowStatus{100, QStringLiteral("limbo"), QStringLiteral("Limbo"), false, false, false, 99});
        d.transitions.append(
            WorkflowTransition{0, d.statusByCode(QStringLiteral("new"))->id, 100, Permission::TicketChangeStatus, {}});
        CHECK(WorkflowValidator::problems(d).join(QLatin1Char('\n')).contains(QStringLiteral("Limbo")));
        // Saving is refused for the same reason, and for someone without workflow.admin first.
        const Actor leader = f.addUser(QStringLiteral("lider"), test::AuthFixture::LiderProfile);
        CHECK(store.save(leader, d).error().code == Error::Code::PermissionDenied);
        CHECK(store.save(f.admin(), d).error().code == Error::Code::InvalidInput);
    }
}

TEST_CASE("An administrator saves an edited workflow and it reads back the same", "[workflow]") {
    test::AuthFixture f;
    WorkflowStore store(f.db(), f.clock());
    auto def = store.load();
    REQUIRE(def.ok());
    WorkflowDefinition d = *def;
    d.statuses.append(WorkflowStatus{0, QStringLiteral("waiting_dev"), QStringLiteral("Aguardando desenvolvimento"),
                                     false, true, false, 45});
    // Temporary ids tie the new status to its transitions before it has a real one.
    d.statuses.last().id = -1;
    const qint64 inProgress = d.statusByCode(QStringLiteral("in_progress"))->id;
    d.transitions.append(WorkflowTransition{0, inProgress, -1, Permission::TicketChangeStatus, {}});
    d.transitions.append(
        WorkflowTransition{0, -1, inProgress, Permission::TicketChangeStatus, {QStringLiteral("description")}});
    REQUIRE(WorkflowValidator::problems(d).isEmpty());
    auto saved = store.save(f.admin(), d);
    INFO(((saved) ? std::string() : saved.error().userMessage.toStdString()));
    REQUIRE(saved.ok());
    auto back = store.load();
    REQUIRE(back.ok());
    const WorkflowStatus* added = back->statusByCode(QStringLiteral("waiting_dev"));
    REQUIRE(added);
    CHECK(added->pausesDeadline);
    const WorkflowTransition* t = back->transition(added->id, inProgress);
    REQUIRE(t);
    CHECK(t->requiredFields == QStringList{QStringLiteral("description")});
    CHECK(back->transitions.size() == 23);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'workflow' AND action = 'save'")) == 2);
}

TEST_CASE("An administrator saves business hours and holidays and deadlines follow them", "[workflow][deadline]") {
    test::AuthFixture f;
    WorkflowStore store(f.db(), f.clock());
    auto settings = store.loadCalendarSettings();
    REQUIRE(settings.ok());
    CHECK(settings->week[0].open); // Monday 08:00-18:00 by default
    CHECK(settings->week[0].opensMinute == 480);
    CHECK_FALSE(settings->week[5].open); // Saturday closed
    CHECK(settings->holidays.size() == 13);

    CalendarSettings edited = *settings;
    edited.week[5] = CalendarSettings::Day{true, 8 * 60, 12 * 60}; // Saturday morning
    edited.holidays.append({QDate(2026, 12, 24), QStringLiteral("Véspera de Natal")});

    // Refusals first: nothing saved.
    CalendarSettings backwards = edited;
    backwards.week[1] = CalendarSettings::Day{true, 18 * 60, 8 * 60};
    auto refused = store.saveCalendarSettings(f.admin(), backwards);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CalendarSettings repeated = edited;
    repeated.holidays.append({QDate(2026, 12, 24), QStringLiteral("de novo")});
    CHECK_FALSE(store.saveCalendarSettings(f.admin(), repeated).ok());
    auto agent = f.addUser(QStringLiteral("agente"), test::AuthFixture::AgenteProfile);
    auto denied = store.saveCalendarSettings(agent, edited);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == Error::Code::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM business_hours")) == 5);

    REQUIRE(store.saveCalendarSettings(f.admin(), edited).ok());
    auto back = store.loadCalendarSettings();
    REQUIRE(back.ok());
    CHECK(back->week[5].open);
    CHECK(back->week[5].closesMinute == 720);
    CHECK(back->holidays.size() == 14);
    auto calendar = store.loadCalendar();
    REQUIRE(calendar.ok());
    CHECK(calendar->isHoliday(QDate(2026, 12, 24)));
    // Friday 27/11/2026 17:00 + 3 business hours: 1 h on Friday, 2 h on Saturday morning -> Saturday 10:00.
    CHECK(show(calendar->addBusinessTime(at(2026, 11, 27, 17), 3 * Hour)) == show(at(2026, 11, 28, 10)));
    // One row per field of the one save (open days, holidays), and the agent's refused attempt.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'calendar' AND action = 'save'")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'calendar' AND action = 'denied'")) ==
          1);
}
