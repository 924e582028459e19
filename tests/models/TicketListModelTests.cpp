#include "ModelTestData.h"
#include "TempDatabase.h"

#include "TicketListModel.h"
#include "storage/Database.h"
#include "tickets/TicketPageQuery.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace atende;
using atende::test::ModelTestData;
using atende::test::TempDatabase;

namespace {

constexpr int TicketCount = 300;
constexpr int CustomerCount = 40;

QList<qint64> idsBySql(Database& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> fetchAllIds(QAbstractItemModel& model) {
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(Qt::UserRole).toLongLong();
    return ids;
}

// The ORDER BY of `modelColumn` written the obvious way (a correlated name per row), to compare the pages with.
QString orderFor(int modelColumn, const QString& dir) {
    const auto joined = [&dir](const char* name, const char* table, const char* ref) {
        return QStringLiteral("(SELECT %1 FROM %2 WHERE id = tickets.%3) %4, %3 %4, id %4")
            .arg(QLatin1String(name), QLatin1String(table), QLatin1String(ref), dir);
    };
    switch (modelColumn) {
    case TicketListModel::ProtocolColumn:
        return QStringLiteral("protocol %1, id %1").arg(dir);
    case TicketListModel::PriorityColumn:
        return QStringLiteral("priority %1, id %1").arg(dir);
    case TicketListModel::OpenedColumn:
        return QStringLiteral("opened_at %1, id %1").arg(dir);
    case TicketListModel::TitleColumn:
        return QStringLiteral("atende_fold(title) %1, id %1").arg(dir);
    case TicketListModel::CustomerColumn:
        return joined("name_key", "customers", "customer_id");
    case TicketListModel::StatusColumn:
        return joined("atende_fold(name)", "workflow_statuses", "status_id");
    case TicketListModel::SectorColumn:
        return joined("atende_fold(name)", "sectors", "sector_id");
    case TicketListModel::ResponsibleColumn:
        return joined("atende_fold(name)", "users", "responsible_id");
    case TicketListModel::SubjectColumn:
        return joined("atende_fold(name)", "subjects", "subject_id");
    default:
        return QStringLiteral("updated_at %1, id %1").arg(dir);
    }
}

struct Seeded {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    Seeded() {
        ModelTestData::seedCustomers(*db, CustomerCount);
        ModelTestData::seedTickets(*db, TicketCount, CustomerCount);
    }
};

} // namespace

TEST_CASE("The ticket list walks every order across page boundaries exactly as a full ORDER BY", "[models][tickets]") {
    Seeded data;
    TicketListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(7); // many pages, and page ends inside runs of equal values
    CHECK(model.sortColumn() == TicketListModel::UpdatedColumn);
    CHECK(model.sortOrder() == Qt::DescendingOrder);

    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const std::optional<qint64> status : {std::optional<qint64>(), std::optional<qint64>(3)}) {
                const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
                INFO("column " << column << " " << dir.toStdString() << " status " << status.value_or(0));
                model.setStatusFilter(status);
                model.sort(column, order);
                CHECK(model.sortColumn() == column);
                CHECK(model.rowCount() == 7);
                const QString where = status ? QStringLiteral(" WHERE status_id = ?") : QString();
                const QVariantList binds = status ? QVariantList{*status} : QVariantList{};
                const QList<qint64> expected = idsBySql(
                    *data.db, QStringLiteral("SELECT id FROM tickets%1 ORDER BY %2").arg(where, orderFor(column, dir)),
                    binds);
                REQUIRE(expected.size() > 20);
                // Every row exactly once, in the plain query's order.
                CHECK(fetchAllIds(model) == expected);
                CHECK_FALSE(model.canFetchMore({}));
            }
        }
    }
}

TEST_CASE("Every ticket list column sorts, and only a new order re-reads", "[models][tickets]") {
    Seeded data;
    TicketListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int column = 0; column < TicketListModel::ColumnCount; ++column)
        CHECK(TicketListModel::isSortable(column));
    CHECK_FALSE(TicketListModel::isSortable(TicketListModel::ColumnCount));
    model.sort(TicketListModel::ColumnCount, Qt::AscendingOrder);
    CHECK(resets.isEmpty());
    // The same order again is not a new query.
    model.sort(TicketListModel::UpdatedColumn, Qt::DescendingOrder);
    CHECK(resets.isEmpty());
    model.sort(TicketListModel::CustomerColumn, Qt::AscendingOrder);
    CHECK(resets.size() == 1);
    CHECK(model.sortColumn() == TicketListModel::CustomerColumn);
    CHECK(model.sortKey() == TicketSortKey::CustomerName);
    model.sort(TicketListModel::CustomerColumn, Qt::DescendingOrder);
    CHECK(resets.size() == 2);
    CHECK(model.sortOrder() == Qt::DescendingOrder);
}

TEST_CASE("The status filter shows only that status and the count agrees", "[models][tickets]") {
    Seeded data;
    TicketListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(25);
    TicketPageQuery query(*data.db);
    REQUIRE(query.count().ok());
    CHECK(*query.count() == TicketCount);

    model.setStatusFilter(2);
    CHECK(model.statusFilter() == std::optional<qint64>(2));
    const QList<qint64> ids = fetchAllIds(model);
    CHECK(ids.size() == *query.count([] {
        TicketListFilter filter;
        filter.statusId = 2;
        return filter;
    }()));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, TicketListModel::StatusColumn).data().toString() == QStringLiteral("Pendente"));

    model.setStatusFilter(std::nullopt);
    CHECK(fetchAllIds(model).size() == TicketCount);
}

TEST_CASE("A status nobody is in gives an empty list that does not ask for more", "[models][tickets]") {
    Seeded data;
    TicketListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStatusFilter(9999);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.lastError().isEmpty());
}

TEST_CASE("Ticket rows show names, local dates and the id in UserRole", "[models][tickets]") {
    TempDatabase temp;
    auto db = temp.open();
    const qint64 opened = QDateTime(QDate(2026, 11, 22), QTime(14, 30), Qt::UTC).toMSecsSinceEpoch();
    REQUIRE(db->execRaw(QStringLiteral(
                            "INSERT INTO customers(id, kind, document, name, name_key, created_at, updated_at) "
                            "VALUES (5, 'PF', '52998224725', 'Conceição Araújo', 'conceicao araujo', 0, 0);"
                            "INSERT INTO users(id, login, name, profile_id, created_at) VALUES (7, 'ana', 'Ana Lúcia', "
                            "1, 0);"
                            "INSERT INTO tickets(id, protocol, customer_id, sector_id, subject_id, sub_subject_id, "
                            "priority, status_id, responsible_id, opened_at, updated_at, title) VALUES (42, "
                            "'20261122-01-000042', 5, 1, 2, 14, 1, 4, 7, %1, %2, 'Sistema lento ao emitir nota')")
                            .arg(opened)
                            .arg(opened + 3600000))
                .ok());
    TicketListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    CHECK(model.index(0, 3).data(Qt::UserRole).toLongLong() == 42);
    CHECK(cell(TicketListModel::ProtocolColumn) == QStringLiteral("20261122-01-000042"));
    CHECK(cell(TicketListModel::TitleColumn) == QStringLiteral("Sistema lento ao emitir nota"));
    CHECK(cell(TicketListModel::CustomerColumn) == QStringLiteral("Conceição Araújo"));
    CHECK(cell(TicketListModel::StatusColumn) == QStringLiteral("Aguardando feedback"));
    CHECK(cell(TicketListModel::SectorColumn) == QStringLiteral("Suporte"));
    CHECK(cell(TicketListModel::SubjectColumn).contains(QStringLiteral("Erro")));
    CHECK(cell(TicketListModel::SubjectColumn).contains(QStringLiteral("Lentidão")));
    CHECK(cell(TicketListModel::ResponsibleColumn) == QStringLiteral("Ana Lúcia"));
    CHECK_FALSE(cell(TicketListModel::PriorityColumn).isEmpty());
    const auto local = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    };
    CHECK(cell(TicketListModel::OpenedColumn) == local(opened));
    CHECK(cell(TicketListModel::UpdatedColumn) == local(opened + 3600000));
    for (int column = 0; column < TicketListModel::ColumnCount; ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

TEST_CASE("Every ticket page walks an index, or sorts at most a small status read through its index",
          "[models][tickets][plan]") {
    TempDatabase temp;
    auto db = temp.open();
    for (const TicketSortKey key :
         {TicketSortKey::UpdatedAt, TicketSortKey::OpenedAt, TicketSortKey::Protocol, TicketSortKey::Priority}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const std::optional<qint64> status : {std::optional<qint64>(), std::optional<qint64>(3)}) {
                TicketPageRequest request;
                request.sortKey = key;
                request.order = order;
                request.filter.statusId = status;
                const QStringList statements = TicketPageQuery::statements(request);
                CHECK(statements.size() == (status && key != TicketSortKey::UpdatedAt ? 6 : 3));
                for (const QString& sql : statements) {
                    QSqlQuery plan(db->connection());
                    REQUIRE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
                    // Values do not change the plan (no STAT4): bind NULL to every placeholder.
                    const QRegularExpression placeholder(QStringLiteral(":[A-Za-z]+"));
                    for (auto it = placeholder.globalMatch(sql); it.hasNext();)
                        plan.bindValue(it.next().captured(), QVariant());
                    INFO(plan.lastError().text().toStdString());
                    REQUIRE(plan.exec());
                    QStringList details;
                    while (plan.next())
                        details << plan.value(3).toString();
                    INFO(sql.toStdString() << "\n" << details.join(QLatin1Char('\n')).toStdString());
                    REQUIRE_FALSE(details.isEmpty());
                    const bool sortsSmallStatus = sql.contains(QStringLiteral("ORDER BY +"));
                    if (sortsSmallStatus) {
                        // Only the tickets of one status, found through an index on the status (the update
                        // order's, or the status-and-sector one of the queues), are sorted.
                        CHECK(details.first().startsWith(QStringLiteral("SEARCH t USING INDEX tickets_status_")));
                        CHECK(details.first().endsWith(QStringLiteral("(status_id=?)")));
                        CHECK(details.last() == QStringLiteral("USE TEMP B-TREE FOR ORDER BY"));
                        details.removeLast();
                    } else {
                        CHECK(details.first().contains(QStringLiteral(" t USING ")));
                        CHECK(details.first().contains(QStringLiteral("INDEX")));
                        CHECK_FALSE(details.join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")));
                    }
                    // The names are primary-key lookups for the page's rows.
                    for (int i = 1; i < details.size(); ++i)
                        CHECK(details.at(i).contains(QStringLiteral("INTEGER PRIMARY KEY")));
                }
            }
        }
    }
}

TEST_CASE("A filtered ticket list pages correctly both by walking the order and by sorting the status",
          "[models][tickets]") {
    Seeded data;
    for (const qint64 threshold : {qint64(0), qint64(1000000)}) {
        TicketPageQuery query(*data.db);
        query.setSmallStatusRows(threshold);
        for (const TicketSortKey key : {TicketSortKey::OpenedAt, TicketSortKey::Protocol, TicketSortKey::Priority}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                TicketPageRequest request;
                request.sortKey = key;
                request.order = order;
                request.filter.statusId = 5;
                request.limit = 4;
                QList<qint64> ids;
                auto page = query.firstPage(request);
                while (page.ok() && !page->empty()) {
                    for (const TicketListRow& row : *page)
                        ids << row.id;
                    page = query.nextPage(request, page->back());
                }
                REQUIRE(page.ok());
                const QString column = key == TicketSortKey::OpenedAt   ? QStringLiteral("opened_at")
                                       : key == TicketSortKey::Protocol ? QStringLiteral("protocol")
                                                                        : QStringLiteral("priority");
                const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
                INFO(column.toStdString() << " " << dir.toStdString() << " threshold " << threshold);
                CHECK(ids == idsBySql(*data.db,
                                      QStringLiteral("SELECT id FROM tickets WHERE status_id = 5 ORDER BY %1 %2, id %2")
                                          .arg(column, dir)));
            }
        }
    }
}

TEST_CASE("A queue's filter and order are applied with one reset and match a plain query", "[models][tickets]") {
    Seeded data;
    TicketListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(17);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    TicketListFilter filter;
    filter.sectorId = 2;
    filter.priority = 3;
    model.setFilterAndSort(filter, TicketSortKey::Protocol, Qt::AscendingOrder);
    CHECK(resets.size() == 1);
    CHECK(model.sortColumn() == TicketListModel::ProtocolColumn);
    const QList<qint64> expected = idsBySql(
        *data.db, QStringLiteral("SELECT id FROM tickets WHERE sector_id = 2 AND priority = 3 ORDER BY protocol, id"));
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(fetchAllIds(model) == expected);
    // The same again changes nothing.
    model.setFilterAndSort(filter, TicketSortKey::Protocol, Qt::AscendingOrder);
    CHECK(resets.size() == 1);
}
