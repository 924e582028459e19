#include "ReferenceTicketOrder.h"
#include "TempDatabase.h"

#include "queues/QueueFilter.h"
#include "storage/Database.h"
#include "tickets/TicketPageQuery.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace atende;
using atende::test::TempDatabase;

namespace {

constexpr int TicketCount = 240;

// Customers whose names tie once lower-cased and folded (two "Maria Silva", "MARIA SILVA"), users with names
// that differ only in case, and tickets that cycle through them with every reference sometimes empty (no customer,
// sector, responsible or subject), so ties on a name and the group of tickets without one cross page boundaries.
void plant(Database& db) {
    QStringList sql;
    const QStringList customers{QStringLiteral("Maria Silva"), QStringLiteral("Álvaro Souza"),
                                QStringLiteral("MARIA SILVA"), QStringLiteral("bruno Costa"),
                                QStringLiteral("Maria Silva"), QStringLiteral("Zélia Ramos")};
    const QStringList keys{QStringLiteral("maria silva"), QStringLiteral("alvaro souza"),
                           QStringLiteral("maria silva"), QStringLiteral("bruno costa"),
                           QStringLiteral("maria silva"), QStringLiteral("zelia ramos")};
    for (int i = 0; i < customers.size(); ++i)
        sql << QStringLiteral("INSERT INTO customers(id, kind, document, name, name_key, created_at, updated_at) "
                              "VALUES (%1, 'PF', 'doc%1', '%2', '%3', 0, 0)")
                   .arg(i + 1)
                   .arg(customers[i], keys[i]);
    const QStringList users{QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("Bia"),
                            QStringLiteral("caio")};
    for (int i = 0; i < users.size(); ++i)
        sql << QStringLiteral(
                   "INSERT INTO users(id, login, name, profile_id, created_at) VALUES (%1, 'u%1', '%2', 1, 0)")
                   .arg(i + 101)
                   .arg(users[i]);
    REQUIRE(db.execRaw(sql.join(QLatin1Char(';'))).ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO tickets(id, protocol, customer_id, sector_id, subject_id, priority, status_id, responsible_id, "
        "opened_at, updated_at, title) VALUES (?,?,?,?,?,?,?,?,?,?,?)")));
    REQUIRE(db.begin().ok());
    for (int i = 1; i <= TicketCount; ++i) {
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("P%1").arg(i * 7919 % 100000, 6, 10, QLatin1Char('0')));
        q.addBindValue(i % 7 == 0 ? QVariant() : QVariant(i % 6 + 1));
        q.addBindValue(i % 5 == 0 ? QVariant() : QVariant(i % 3 + 1));
        q.addBindValue(i % 4 == 0 ? QVariant() : QVariant(i % 2 + 1));
        q.addBindValue(i % 5 + 1);
        q.addBindValue(i % 8 + 1);
        q.addBindValue(i % 6 == 0 ? QVariant() : QVariant(101 + i % 4));
        q.addBindValue(qint64(i) * 1000);
        q.addBindValue(qint64(i % 9) * 1000);
        // Titles that tie once lower-cased ("Lentidão", "LENTIDÃO") and unique ones.
        q.addBindValue(i % 3 == 0   ? QStringLiteral("Lentidão")
                       : i % 3 == 1 ? QStringLiteral("LENTIDÃO")
                                    : QStringLiteral("Erro %1").arg(i % 11));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
    REQUIRE(db.commit().ok());
}

QList<qint64> expectedIds(Database& db, const TicketPageRequest& r) {
    QStringList where;
    if (r.filter.sectorId)
        where << QStringLiteral("t.sector_id = %1").arg(*r.filter.sectorId);
    if (r.filter.statusId)
        where << QStringLiteral("t.status_id = %1").arg(*r.filter.statusId);
    if (r.filter.responsibleId)
        where << QStringLiteral("t.responsible_id = %1").arg(*r.filter.responsibleId);
    if (r.filter.priority)
        where << QStringLiteral("t.priority = %1").arg(*r.filter.priority);
    QString sql = QStringLiteral("SELECT t.id FROM tickets t");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql + test::ReferenceTicketOrder::sql(r.sortKey, r.order, QStringLiteral("t"))));
    REQUIRE(q.exec());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> pagedIds(TicketPageQuery& query, const TicketPageRequest& r) {
    QList<qint64> ids;
    auto page = query.firstPage(r);
    REQUIRE(page.ok());
    while (!page->empty()) {
        for (const TicketListRow& row : *page)
            ids << row.id;
        if (int(page->size()) < r.limit)
            break;
        const TicketListRow last = page->back();
        page = query.nextPage(r, last);
        REQUIRE(page.ok());
    }
    return ids;
}

constexpr TicketSortKey TextKeys[] = {TicketSortKey::Title,           TicketSortKey::CustomerName,
                                      TicketSortKey::StatusName,      TicketSortKey::SectorName,
                                      TicketSortKey::ResponsibleName, TicketSortKey::SubjectName};

} // namespace

TEST_CASE("Text and joined-name orders page both ways exactly as a plain ORDER BY, ties broken by id",
          "[tickets][sort]") {
    TempDatabase temp;
    auto db = temp.open();
    plant(*db);
    TicketPageQuery query(*db);
    // Both ways of reading a filtered page: walking the order's index, and sorting the few matching rows.
    const qint64 threshold = GENERATE(qint64(TicketPageQuery::DefaultSmallStatusRows), qint64(0));
    query.setSmallStatusRows(threshold);
    QList<TicketListFilter> filters;
    filters << TicketListFilter{};
    TicketListFilter sector;
    sector.sectorId = 2;
    filters << sector;
    TicketListFilter status; // a status alone: walks when ordered by status name
    status.statusId = 3;
    filters << status;
    TicketListFilter responsibleAndPriority; // fixes the responsible an order by responsible walks
    responsibleAndPriority.responsibleId = 102;
    responsibleAndPriority.priority = 3;
    filters << responsibleAndPriority;
    for (const TicketListFilter& filter : std::as_const(filters)) {
        for (const TicketSortKey key : TextKeys) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const int limit : {1, 3, 50}) {
                    TicketPageRequest request;
                    request.sortKey = key;
                    request.order = order;
                    request.filter = filter;
                    request.limit = limit;
                    const QList<qint64> expected = expectedIds(*db, request);
                    INFO("key " << int(key) << " order " << int(order) << " limit " << limit << " threshold "
                                << threshold << " sector " << filter.sectorId.value_or(0) << " status "
                                << filter.statusId.value_or(0) << " responsible " << filter.responsibleId.value_or(0));
                    REQUIRE(expected.size() > 3);
                    // Every matching row exactly once, across page boundaries, in the plain query's order.
                    CHECK(pagedIds(query, request) == expected);
                }
            }
        }
    }
}

TEST_CASE("A joined-name order groups equal names by row and puts tickets without one first ascending",
          "[tickets][sort]") {
    TempDatabase temp;
    auto db = temp.open();
    plant(*db);
    TicketPageQuery query(*db);
    TicketPageRequest request;
    request.sortKey = TicketSortKey::CustomerName;
    request.order = Qt::AscendingOrder;
    request.limit = TicketCount;
    auto page = query.firstPage(request);
    REQUIRE(page.ok());
    REQUIRE(int(page->size()) == TicketCount);
    // No customer first (tickets 7, 14, ...), in id order, then "alvaro souza" (accent folded), "bruno costa".
    CHECK(page->front().id == 7);
    CHECK(page->front().customerName.isEmpty());
    CHECK(page->front().sortRefId == 0);
    const auto firstNamed = std::find_if(page->begin(), page->end(), [](const auto& row) { return row.sortRefId; });
    REQUIRE(firstNamed != page->end());
    CHECK(firstNamed->customerName == QStringLiteral("Álvaro Souza"));
    CHECK(firstNamed->sortText == QStringLiteral("alvaro souza"));
    // The three "maria silva" customers come one after another (ids 1, 3, 5), each with its tickets by id.
    QList<qint64> mariaCustomers;
    qint64 previousTicket = 0;
    for (const TicketListRow& row : *page) {
        if (row.sortText != QStringLiteral("maria silva"))
            continue;
        if (mariaCustomers.isEmpty() || mariaCustomers.last() != row.sortRefId) {
            mariaCustomers << row.sortRefId;
            previousTicket = 0;
        }
        CHECK(row.id > previousTicket);
        previousTicket = row.id;
    }
    CHECK(mariaCustomers == QList<qint64>{1, 3, 5});
    // Descending: the same rows reversed.
    request.order = Qt::DescendingOrder;
    auto reversed = query.firstPage(request);
    REQUIRE(reversed.ok());
    REQUIRE(reversed->size() == page->size());
    for (std::size_t i = 0; i < page->size(); ++i)
        CHECK((*reversed)[page->size() - 1 - i].id == (*page)[i].id);
}

TEST_CASE("Every walk of a text or joined-name order reads indexes without sorting the tickets",
          "[tickets][sort][plan][sqlite]") {
    TempDatabase temp;
    auto db = temp.open();
    for (const TicketSortKey key : TextKeys) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            TicketListFilter none;
            TicketListFilter sector;
            sector.sectorId = 2;
            for (const TicketListFilter& filter : {none, sector}) {
                TicketPageRequest request;
                request.sortKey = key;
                request.order = order;
                request.filter = filter;
                const QStringList statements = TicketPageQuery::statements(request);
                REQUIRE_FALSE(statements.isEmpty());
                for (const QString& sql : statements) {
                    QSqlQuery plan(db->connection());
                    REQUIRE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
                    const QRegularExpression placeholder(QStringLiteral(":[A-Za-z]+"));
                    for (auto it = placeholder.globalMatch(sql); it.hasNext();)
                        plan.bindValue(it.next().captured(), QVariant());
                    INFO(plan.lastError().text().toStdString());
                    REQUIRE(plan.exec());
                    QStringList details;
                    while (plan.next())
                        details << plan.value(3).toString();
                    const QString all = details.join(QLatin1Char('\n'));
                    INFO(sql.toStdString() << "\n" << all.toStdString());
                    // A scan of the whole table is never part of a page; only the few filtered rows may be sorted
                    // (the statements whose ORDER BY keeps indexes out with a unary +).
                    CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("SCAN t($|\\n)"))));
                    const bool sortsFiltered = sql.contains(QStringLiteral(") page JOIN"));
                    if (!sortsFiltered) {
                        CHECK_FALSE(all.contains(QStringLiteral("TEMP B-TREE")));
                        CHECK(all.contains(QStringLiteral("INDEX")));
                    } else {
                        CHECK(all.contains(QRegularExpression(
                            QStringLiteral("SEARCH t USING (COVERING )?INDEX tickets_sector_\\w+ \\(sector_id=\\?"))));
                    }
                }
            }
        }
    }
}

TEST_CASE("A queue's text order survives the JSON of a saved filter", "[tickets][sort][queues]") {
    for (const TicketSortKey key : TextKeys) {
        QueueFilter q;
        q.sortKey = key;
        q.order = Qt::AscendingOrder;
        const QueueFilter back = QueueFilter::fromJson(q.toJson());
        CHECK(back.sortKey == key);
        CHECK(back.order == Qt::AscendingOrder);
    }
}

TEST_CASE("Titles and names sort as a person reads them: an accented initial among its letter, not after z",
          "[tickets][sort]") {
    TempDatabase temp;
    auto db = temp.open();
    QStringList sql;
    const QStringList users{QStringLiteral("Zeca Lima"), QStringLiteral("Érica Prado"), QStringLiteral("Ana Dias"),
                            QStringLiteral("Álvaro Reis"), QStringLiteral("Ítalo Gomes")};
    for (int i = 0; i < users.size(); ++i)
        sql << QStringLiteral(
                   "INSERT INTO users(id, login, name, profile_id, created_at) VALUES (%1, 'x%1', '%2', 1, 0)")
                   .arg(i + 201)
                   .arg(users[i]);
    const QStringList titles{QStringLiteral("Ótica não abre"), QStringLiteral("boleto vencido"),
                             QStringLiteral("Área do cliente"), QStringLiteral("Zona de entrega"),
                             QStringLiteral("ícone sumiu")};
    for (int i = 0; i < titles.size(); ++i)
        sql << QStringLiteral("INSERT INTO tickets(id, protocol, sector_id, subject_id, priority, status_id, "
                              "responsible_id, opened_at, updated_at, title) VALUES (%1, 'A%1', 1, 1, 2, 1, %2, 0, 0, "
                              "'%3')")
                   .arg(i + 1)
                   .arg(201 + i)
                   .arg(titles[i]);
    REQUIRE(db->execRaw(sql.join(QLatin1Char(';'))).ok());
    TicketPageQuery query(*db);
    const auto read = [&](TicketSortKey key) {
        TicketPageRequest request;
        request.sortKey = key;
        request.order = Qt::AscendingOrder;
        request.limit = 50;
        auto page = query.firstPage(request);
        REQUIRE(page.ok());
        QStringList shown;
        for (const TicketListRow& row : *page)
            shown << (key == TicketSortKey::Title ? row.title : row.responsibleName);
        return shown;
    };
    CHECK(read(TicketSortKey::Title) == QStringList{QStringLiteral("Área do cliente"), QStringLiteral("boleto vencido"),
                                                    QStringLiteral("ícone sumiu"), QStringLiteral("Ótica não abre"),
                                                    QStringLiteral("Zona de entrega")});
    CHECK(read(TicketSortKey::ResponsibleName) ==
          QStringList{QStringLiteral("Álvaro Reis"), QStringLiteral("Ana Dias"), QStringLiteral("Érica Prado"),
                      QStringLiteral("Ítalo Gomes"), QStringLiteral("Zeca Lima")});
}
