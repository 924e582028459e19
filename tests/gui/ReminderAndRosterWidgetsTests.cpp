#include "FakeClock.h"
#include "TempDatabase.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "common/MessageBoxes.h"
#include "reminders/ReminderDock.h"
#include "roster/OnDutyLabel.h"
#include "roster/RosterDialog.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>

using namespace atende;
using atende::test::FakeClock;
using atende::test::TempDatabase;

namespace {

constexpr qint64 HourMs = 3600 * 1000;

void exec(Database& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("The reminder list shows the agent's due next actions with overdue ones highlighted and announced",
          "[gui][reminders]") {
    TempDatabase temp;
    auto db = temp.open();
    FakeClock clock;
    const qint64 now = clock.nowMs();
    exec(*db, QStringLiteral("INSERT INTO users(id, login, name, profile_id, created_at) VALUES "
                             "(40, 'agente', 'Ari Agente', 1, 0), (41, 'lider', 'Lia Líder', 2, 0)"));
    const QString ticket = QStringLiteral("INSERT INTO tickets(id, protocol, responsible_id, status_id, opened_at, "
                                          "updated_at, next_action_at, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    exec(*db, ticket, {1, "P-1", 40, 3, now, now, now - HourMs, "Retornar ao cliente"});
    exec(*db, ticket, {2, "P-2", 40, 2, now, now, now + HourMs / 2, "Ligar amanhã"});
    exec(*db, ticket, {3, "P-3", 41, 5, now - 30 * HourMs, now - 30 * HourMs, QVariant(), "Banco em análise"});

    ReminderDock dock;
    dock.setClock(clock);
    REQUIRE(dock.setDatabasePath(temp.path()));
    dock.setActor(Actor(40, QStringLiteral("agente"), QStringLiteral("Ari Agente"), {Permission::TicketView}));
    QListWidget* list = dock.list();
    REQUIRE(list->count() == 3); // heading + two reminders
    CHECK(list->item(1)->text().contains(QStringLiteral("P-1")));
    CHECK(list->item(1)->font().bold());
    CHECK(list->item(2)->text().contains(QStringLiteral("P-2")));
    CHECK_FALSE(list->item(2)->font().bold());
    CHECK(dock.lastNotification().contains(QStringLiteral("P-1")));

    // The leader also sees the analysis past 24 hours.
    dock.setActor(Actor(41, QStringLiteral("lider"), QStringLiteral("Lia Líder"),
                        {Permission::TicketView, Permission::TicketSupervise}));
    bool found = false;
    for (int row = 0; row < list->count(); ++row)
        found = found || list->item(row)->text().contains(QStringLiteral("P-3"));
    CHECK(found);
}

TEST_CASE("The status bar label names who is on duty and the roster editor adds a slot", "[gui][roster]") {
    TempDatabase temp;
    auto db = temp.open();
    exec(*db, QStringLiteral("INSERT INTO users(id, login, name, profile_id, created_at) VALUES "
                             "(40, 'agente', 'Ari Agente', 1, 0), (41, 'lider', 'Lia Líder', 2, 0)"));
    // Sunday 22 November 2026, 11:30 in Brasília.
    FakeClock clock(QDateTime(QDate(2026, 11, 22), QTime(14, 30), Qt::UTC));
    OnDutyLabel label;
    label.setClock(clock);
    REQUIRE(label.setDatabasePath(temp.path()));
    const QString nobody = label.text();
    CHECK_FALSE(nobody.isEmpty());

    const Actor leader(41, QStringLiteral("lider"), QStringLiteral("Lia Líder"), {Permission::RosterEdit});
    RosterDialog dialog(*db, leader);
    REQUIRE(dialog.addSlot(40, 7, QTime(8, 0), QTime(20, 0), false));
    CHECK(dialog.slotList()->count() == 1);
    label.refresh();
    CHECK(label.text().contains(QStringLiteral("Ari Agente")));

    // An agent may not change the roster: refused with a message, nothing added.
    QList<MessageBoxes::Request> boxes;
    MessageBoxes::ScopedTestHook hook([&boxes](const MessageBoxes::Request& r) {
        boxes << r;
        return QMessageBox::Ok;
    });
    RosterDialog agentDialog(*db, Actor(40, QStringLiteral("agente"), QStringLiteral("Ari Agente"), {}));
    CHECK_FALSE(agentDialog.addSlot(40, 1, QTime(8, 0), QTime(9, 0), false));
    CHECK(boxes.size() == 1);
    CHECK(agentDialog.slotList()->count() == 1);
}
