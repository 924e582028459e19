// Pictures of the leader's desk for the user guide. Hidden ([.]): run by name, with
//   ATENDE_SCREENSHOT_DB   a demo database at the current schema (it is only read),
//   ATENDE_SCREENSHOT_DIR  where to write fila.png, painel.png and busca.png,
//   ATENDE_EXTRA_QM        optionally, a .qm with translations not yet merged into the application's.
#include "auth/UserService.h"
#include "dashboard/DashboardWidget.h"
#include "main/MainWindow.h"
#include "queues/QueuePanel.h"
#include "search/SearchWindow.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace atende;

TEST_CASE("Screenshots of the queues, the dashboard and the search", "[.screenshots]") {
    const QString path = qEnvironmentVariable("ATENDE_SCREENSHOT_DB");
    const QString dir = qEnvironmentVariable("ATENDE_SCREENSHOT_DIR");
    REQUIRE_FALSE(path.isEmpty());
    REQUIRE_FALSE(dir.isEmpty());
    QTranslator extra;
    if (!qEnvironmentVariableIsEmpty("ATENDE_EXTRA_QM")) {
        REQUIRE(extra.load(qEnvironmentVariable("ATENDE_EXTRA_QM")));
        QCoreApplication::installTranslator(&extra);
    }
    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    auto leader =
        UserService(**db, SystemClock::instance()).authenticate(QStringLiteral("lider"), QStringLiteral("atende-demo"));
    REQUIRE(leader.ok());
    MainWindow window(std::move(db).value());
    window.resize(1500, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setDeskActor(*leader);

    QueuePanel* queues = window.queuePanel();
    window.showQueues();
    QueueFilter filter;
    filter.openOnly = true;
    filter.sectorId = 1;
    filter.priority = 1;
    filter.sortKey = TicketSortKey::OpenedAt;
    queues->showFilter(filter);
    // The badges and the view's count come from a worker: wait for the last one started.
    for (int i = 0; i < 600 && queues->isCounting(); ++i)
        QTest::qWait(100);
    QTest::qWait(200);
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("fila.png"))));

    DashboardWidget* dashboard = window.dashboard();
    dashboard->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QSignalSpy shown(dashboard, &DashboardWidget::shown);
    window.showDashboard();
    REQUIRE(shown.wait(60000));
    QTest::qWait(300);
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("painel.png"))));

    // The search window while the agent is still typing: "bol" already finds the boletos, marked.
    SearchWindow search(path, *leader);
    search.resize(900, 700);
    search.show();
    search.search(QStringLiteral("bol"));
    for (int i = 0; i < 100 && search.isSearching(); ++i)
        QTest::qWait(100);
    QTest::qWait(300);
    REQUIRE(search.grab().save(QDir(dir).filePath(QStringLiteral("busca.png"))));
}
