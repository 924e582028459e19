#include "FakeClock.h"
#include "GuiTestData.h"
#include "TempDatabase.h"

#include "TicketListModel.h"
#include "auth/Actor.h"
#include "auth/Permission.h"
#include "common/MessageBoxes.h"
#include "queues/QueuePanel.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace atende;
using atende::test::FakeClock;
using atende::test::GuiTestData;
using atende::test::TempDatabase;

namespace {

constexpr int TicketCount = 480;
constexpr qint64 HourMs = 3600 * 1000;

template <typename T> T* child(QWidget& w, const char* name) {
    T* widget = w.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

void exec(Database& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db.connection());
    const bool prepared = q.prepare(sql);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

QList<qint64> ids(Database& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db.connection());
    const bool prepared = q.prepare(sql);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    REQUIRE(q.exec());
    QList<qint64> list;
    while (q.next())
        list << q.value(0).toLongLong();
    return list;
}

QList<qint64> modelIds(TicketListModel& model) {
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(TicketListModel::IdRole).toLongLong();
    return list;
}

void waitForCounts(QueuePanel& panel) {
    if (!panel.isCounting())
        return;
    QSignalSpy shown(&panel, &QueuePanel::countsShown);
    REQUIRE(shown.wait(20000));
}

qint64 insertUser(Database& db, const QString& login, qint64 profile) {
    exec(db, QStringLiteral("INSERT INTO users(login, name, profile_id, sector_id, created_at) VALUES (?, ?, ?, 1, 0)"),
         {login, QStringLiteral("Pessoa %1").arg(login), profile});
    return ids(db, QStringLiteral("SELECT id FROM users WHERE login = ?"), {login}).value(0);
}

// The tail of a queue row: "(123)".
QString countSuffix(qint64 n) {
    return QStringLiteral("(%1)").arg(n);
}

} // namespace

TEST_CASE("The queues panel lists queues with counts, filters and sorts by keyboard, saves and deletes filters",
          "[gui][queues]") {
    TempDatabase temp;
    auto db = temp.open();
    GuiTestData::seed(*db, 30, TicketCount);
    FakeClock clock(QDateTime::fromMSecsSinceEpoch(1790000000000 + 300 * 60000, Qt::UTC));
    const qint64 now = clock.nowMs();
    const qint64 leaderId = insertUser(*db, QStringLiteral("lider"), 2);
    const qint64 agentId = insertUser(*db, QStringLiteral("agente"), 1);
    // Deadlines: every 3rd ticket breached an hour ago, every 5th due in 10 hours; next actions of every 4th
    // ticket passed; the agent is responsible for every 2nd ticket.
    exec(*db, QStringLiteral("UPDATE tickets SET deadline_at = ? WHERE id % 3 = 0"), {now - HourMs});
    exec(*db, QStringLiteral("UPDATE tickets SET deadline_at = ? WHERE id % 5 = 0 AND id % 3 <> 0"),
         {now + 10 * HourMs});
    exec(*db, QStringLiteral("UPDATE tickets SET next_action_at = ? WHERE id % 4 = 0"), {now - 2 * HourMs});
    exec(*db, QStringLiteral("UPDATE tickets SET responsible_id = ? WHERE id % 2 = 0"), {agentId});
    const QString open = QStringLiteral("status_id IN (SELECT id FROM workflow_statuses WHERE is_closed = 0)");

    const Actor leader(leaderId, QStringLiteral("lider"), QStringLiteral("Pessoa lider"),
                       {Permission::TicketView, Permission::TicketSupervise});
    QueuePanel panel;
    panel.setClock(clock);
    panel.resize(1200, 700);
    REQUIRE(panel.setDatabasePath(temp.path()));
    panel.setActor(leader);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    waitForCounts(panel);

    auto* list = child<QListWidget>(panel, "queueListWidget");
    auto* table = child<QTableView>(panel, "queueTicketsTableView");
    TicketListModel& model = *panel.model();

    // Built-in queues and their counts, as plain SQL counts them.
    const qint64 openCount = ids(*db, QStringLiteral("SELECT count(*) FROM tickets WHERE ") + open).value(0);
    const qint64 breached =
        ids(*db, QStringLiteral("SELECT count(*) FROM tickets WHERE deadline_at < ? AND ") + open, {now}).value(0);
    REQUIRE(panel.queueCount() >= 5);
    CHECK(panel.queueText(0).endsWith(countSuffix(openCount)));
    // All open, my tickets, next action overdue, deadline breached, ...
    CHECK(panel.queueText(3).endsWith(countSuffix(breached)));
    CHECK(panel.countText().contains(QString::number(openCount)));

    // Keyboard: down three times reaches "deadline breached"; its tickets, newest update first.
    list->setFocus();
    list->setCurrentRow(0);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentRow() == 3);
    CHECK(modelIds(model) == ids(*db,
                                 QStringLiteral("SELECT id FROM tickets WHERE deadline_at < ? AND ") + open +
                                     QStringLiteral(" ORDER BY updated_at DESC, id DESC"),
                                 {now}));
    // Every row of this queue is overdue, and says so for the highlight.
    CHECK(model.index(0, 0).data(TicketListModel::OverdueRole).toBool());
    // Enter hands the keyboard to the tickets.
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(table->hasFocus());

    // Combined filters from the controls: sector 3 and high priority, then sorted by protocol descending.
    auto* sector = child<QComboBox>(panel, "sectorComboBox");
    auto* priority = child<QComboBox>(panel, "priorityComboBox");
    sector->setCurrentIndex(sector->findData(3));
    priority->setCurrentIndex(priority->findData(2));
    const QList<qint64> combined =
        ids(*db,
            QStringLiteral("SELECT id FROM tickets WHERE sector_id = 3 AND priority = 2 AND deadline_at < ? AND ") +
                open + QStringLiteral(" ORDER BY updated_at DESC, id DESC"),
            {now});
    REQUIRE_FALSE(combined.isEmpty());
    CHECK(modelIds(model) == combined);
    table->horizontalHeader()->setSortIndicator(TicketListModel::ProtocolColumn, Qt::DescendingOrder);
    CHECK(modelIds(model) ==
          ids(*db,
              QStringLiteral("SELECT id FROM tickets WHERE sector_id = 3 AND priority = 2 AND deadline_at < ? AND ") +
                  open + QStringLiteral(" ORDER BY protocol DESC, id DESC"),
              {now}));
    waitForCounts(panel);
    CHECK(panel.countText().contains(QString::number(combined.size())));

    // Save it shared; the filter and its order come back from the list.
    const QueueFilter saved = panel.currentFilter();
    CHECK(saved.sortKey == TicketSortKey::Protocol);
    const int before = panel.queueCount();
    REQUIRE(panel.saveCurrentFilter(QStringLiteral("Setor 3 urgentes"), true));
    REQUIRE(panel.queueCount() == before + 1);
    waitForCounts(panel);
    const int savedRow = list->currentRow();
    CHECK(panel.queueText(savedRow) == QStringLiteral("Setor 3 urgentes ") + countSuffix(combined.size()));

    // An agent sees the shared filter but may not delete it: refused with a message, still there.
    const Actor agent(agentId, QStringLiteral("agente"), QStringLiteral("Pessoa agente"), {Permission::TicketView});
    QueuePanel agentPanel;
    agentPanel.setClock(clock);
    REQUIRE(agentPanel.setDatabasePath(temp.path()));
    agentPanel.setActor(agent);
    waitForCounts(agentPanel);
    auto* agentList = child<QListWidget>(agentPanel, "queueListWidget");
    const auto found = agentList->findItems(QStringLiteral("Setor 3 urgentes"), Qt::MatchStartsWith);
    REQUIRE(found.size() == 1);
    agentList->setCurrentItem(found.first());
    CHECK(agentPanel.currentFilter() == saved);
    QList<MessageBoxes::Request> boxes;
    MessageBoxes::ScopedTestHook hook([&boxes](const MessageBoxes::Request& r) {
        boxes << r;
        return QMessageBox::Yes;
    });
    CHECK_FALSE(agentPanel.deleteSelectedFilter(true));
    REQUIRE(boxes.size() == 2); // the question, then the refusal
    CHECK(boxes.last().icon == QMessageBox::Warning);
    CHECK(ids(*db, QStringLiteral("SELECT count(*) FROM saved_queue_filters")).value(0) == 1);

    // The leader deletes it with the Delete key (answered yes).
    list->setFocus();
    list->setCurrentRow(savedRow);
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(ids(*db, QStringLiteral("SELECT count(*) FROM saved_queue_filters")).value(0) == 0);
    CHECK(panel.queueCount() == before);

    // The search box narrows the queue to the tickets found, combined with the filters on screen.
    for (const int id : {10, 20, 30, 41}) {
        REQUIRE(SearchIndex::remove(*db, SearchHit::Kind::Ticket, id).ok());
        REQUIRE(SearchIndex::write(*db, SearchHit::Kind::Ticket, id,
                                   QStringLiteral("Impressora fiscal sem papel %1").arg(id), QString())
                    .ok());
    }
    child<QPushButton>(panel, "clearButton")->click();
    auto* search = child<QLineEdit>(panel, "queueSearchLineEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("impressora"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(table->hasFocus());
    // The queue chosen after the deletion (all open tickets) keeps its order, newest update first.
    CHECK(modelIds(model) == ids(*db, QStringLiteral("SELECT id FROM tickets WHERE id IN (10, 20, 30, 41) "
                                                     "ORDER BY updated_at DESC, id DESC")));
    priority->setCurrentIndex(priority->findData(1)); // i % 5 == 0: 10, 20, 30
    CHECK(modelIds(model) == ids(*db, QStringLiteral("SELECT id FROM tickets WHERE id IN (10, 20, 30) "
                                                     "ORDER BY updated_at DESC, id DESC")));
    search->clear(); // the whole queue again
    CHECK(model.rowCount() > 3);
}

TEST_CASE("Clicking a queue column header re-sorts the queue by that column, both ways, keeping its filter",
          "[gui][queues]") {
    TempDatabase temp;
    auto db = temp.open();
    GuiTestData::seed(*db, 30, TicketCount);
    FakeClock clock(QDateTime::fromMSecsSinceEpoch(1790000000000 + 300 * 60000, Qt::UTC));
    const qint64 leaderId = insertUser(*db, QStringLiteral("lider"), 2);
    const Actor leader(leaderId, QStringLiteral("lider"), QStringLiteral("Pessoa lider"),
                       {Permission::TicketView, Permission::TicketSupervise});
    QueuePanel panel;
    panel.setClock(clock);
    panel.resize(1400, 700);
    REQUIRE(panel.setDatabasePath(temp.path()));
    panel.setActor(leader);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    waitForCounts(panel);
    auto* table = child<QTableView>(panel, "queueTicketsTableView");
    QHeaderView* header = table->horizontalHeader();
    TicketListModel& model = *panel.model();
    // The first queue ("All open tickets"), narrowed to sector 3, read in pages of 9.
    CHECK(model.filter().openOnly);
    model.setPageSize(9);
    auto* sector = child<QComboBox>(panel, "sectorComboBox");
    sector->setCurrentIndex(sector->findData(3));
    const auto clickSection = [&](int section) {
        table->scrollTo(model.index(0, section));
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    // Each joined name orders by that row's name, then its id, then the ticket's id (NULL first ascending).
    const QList<std::pair<int, QString>> columns{
        {TicketListModel::ResponsibleColumn,
         QStringLiteral("(SELECT atende_fold(name) FROM users WHERE id = t.responsible_id) %1, t.responsible_id %1")},
        {TicketListModel::CustomerColumn,
         QStringLiteral("(SELECT name_key FROM customers WHERE id = t.customer_id) %1, t.customer_id %1")},
        {TicketListModel::StatusColumn,
         QStringLiteral("(SELECT atende_fold(name) FROM workflow_statuses WHERE id = t.status_id) %1, t.status_id %1")},
        {TicketListModel::TitleColumn, QStringLiteral("atende_fold(t.title) %1")}};
    for (const auto& [column, order] : columns) {
        clickSection(column);
        for (int click = 0; click < 2; ++click) {
            CHECK(model.sortColumn() == column);
            CHECK(header->sortIndicatorSection() == column);
            CHECK(header->sortIndicatorOrder() == model.sortOrder());
            const QString dir =
                model.sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            INFO("column " << column << " " << dir.toStdString());
            const QList<qint64> expected =
                ids(*db, QStringLiteral("SELECT t.id FROM tickets t WHERE t.sector_id = 3 AND t.status_id IN (SELECT "
                                        "id FROM workflow_statuses WHERE is_closed = 0) ORDER BY ") +
                             order.arg(dir) + QStringLiteral(", t.id ") + dir);
            REQUIRE(expected.size() > 3 * model.pageSize()); // pages end inside runs of equal names
            CHECK(modelIds(model) == expected);
            clickSection(column); // the same header again turns the order around
        }
    }
    // The order goes with the filter when it is saved.
    clickSection(TicketListModel::SubjectColumn);
    CHECK(panel.currentFilter().sortKey == TicketSortKey::SubjectName);
}
