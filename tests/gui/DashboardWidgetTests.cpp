#include "FakeClock.h"
#include "GuiTestData.h"
#include "TempDatabase.h"

#include "TicketListModel.h"
#include "auth/Actor.h"
#include "auth/Permission.h"
#include "dashboard/DashboardWidget.h"
#include "main/MainWindow.h"
#include "queues/QueuePanel.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace atende;
using atende::test::GuiTestData;
using atende::test::TempDatabase;

namespace {

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

QAbstractBarSeries* barSeries(QChart* chart) {
    REQUIRE(chart);
    REQUIRE(chart->series().size() == 1);
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    REQUIRE(series);
    return series;
}

} // namespace

TEST_CASE("The dashboard computes off the GUI thread, draws the figures and opens a bar's tickets in the queues",
          "[gui][dashboard]") {
    TempDatabase temp;
    auto db = temp.open();
    GuiTestData::seed(*db, 20, 300);
    exec(*db, QStringLiteral("INSERT INTO users(id, login, name, profile_id, sector_id, created_at) "
                             "VALUES (50, 'lider', 'Lia Líder', 2, 1, 0), (51, 'agente', 'Ari Agente', 1, 1, 0)"));
    // Calls on two days of November 2026 (local time, UTC-3): two short ones without a ticket.
    exec(*db,
         QStringLiteral("INSERT INTO contact_records(protocol, channel, agent_id, ticket_id, started_at, ended_at) "
                        "VALUES ('C1', 'phone', 51, NULL, 1793872800000, 1793872920000), "
                        "('C2', 'phone', 51, NULL, 1793959200000, 1793959260000), "
                        "('C3', 'email', 51, 3, 1793959200000, 1793959200000), "
                        "('C4', 'phone', 51, 4, 1793959200000, 1793960400000)"));
    const qint64 open = scalar(*db, QStringLiteral("SELECT count(*) FROM tickets WHERE status_id IN "
                                                   "(SELECT id FROM workflow_statuses WHERE is_closed = 0)"));

    MainWindow window(std::move(db));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    DashboardWidget* dashboard = window.dashboard();
    const Actor leader(50, QStringLiteral("lider"), QStringLiteral("Lia Líder"),
                       {Permission::TicketView, Permission::TicketSupervise, Permission::ReportView});
    window.setDeskActor(leader);
    dashboard->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));

    QSignalSpy shown(dashboard, &DashboardWidget::shown);
    window.showDashboard();
    CHECK(dashboard->isLoading()); // the window is free while the worker computes
    REQUIRE(shown.wait(20000));
    INFO(dashboard->statusText().toStdString());
    CHECK(dashboard->figures().totalVolume() == 4);
    CHECK(dashboard->figures().totalShortCalls() == 2);
    CHECK(dashboard->figures().totalBacklog() == open);

    // Volume: one set per channel, one bar per day.
    QAbstractBarSeries* volume = barSeries(dashboard->chart(QStringLiteral("volumeChart")));
    CHECK(volume->count() == 2);
    CHECK(volume->barSets().first()->count() == 2);
    QAbstractBarSeries* shortCalls = barSeries(dashboard->chart(QStringLiteral("shortCallsChart")));
    CHECK(shortCalls->barSets().first()->at(0) == 2.0);

    // A click on a backlog bar (a sector's part of a status) shows those tickets in the queues.
    QAbstractBarSeries* backlog = barSeries(dashboard->chart(QStringLiteral("backlogChart")));
    REQUIRE_FALSE(backlog->barSets().isEmpty());
    QBarSet* firstSector = backlog->barSets().first();
    int bar = 0;
    while (bar < firstSector->count() && firstSector->at(bar) == 0)
        ++bar;
    REQUIRE(bar < firstSector->count());
    emit firstSector->clicked(bar);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("browseTabWidget"));
    REQUIRE(tabs);
    CHECK(tabs->currentWidget() == window.queuePanel());
    const QueueFilter shownFilter = window.queuePanel()->currentFilter();
    REQUIRE(shownFilter.statusId.has_value());
    REQUIRE(shownFilter.sectorId.has_value());
    TicketListModel* model = window.queuePanel()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    CHECK(model->rowCount() == qint64(firstSector->at(bar)));

    // Without report.view nothing is computed and the screen says why.
    const Actor agent(51, QStringLiteral("agente"), QStringLiteral("Ari Agente"), {Permission::TicketView});
    window.setDeskActor(agent);
    CHECK_FALSE(dashboard->statusText().isEmpty());
    dashboard->update();
    CHECK_FALSE(dashboard->isLoading());
}
