#include "AuthFixture.h"
#include "ReferenceTicketOrder.h"

#include "auth/Permission.h"
#include "queues/QueueFilter.h"
#include "queues/SavedQueueFilterService.h"
#include "tickets/TicketPageQuery.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace atende;
using atende::test::AuthFixture;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr int TicketCount = 400;

// Tickets whose attributes cycle with different periods, so every combination of two filters holds some rows
// and some not; many share a priority or an update time, so ties are broken by id across page boundaries.
// Returns "now" for the time filters: the newest opening plus one hour.
qint64 plantTickets(AuthFixture& f, const QList<qint64>& users) {
    const qint64 base = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    QSqlQuery q(f.db().connection());
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO tickets(id, protocol, sector_id, subject_id, priority, status_id, responsible_id, opened_at, "
        "updated_at, next_action_at, deadline_at, title) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")));
    REQUIRE(f.db().begin().ok());
    for (int i = 1; i <= TicketCount; ++i) {
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("2026%1").arg(i * 7919 % 100000, 6, 10, QLatin1Char('0')));
        q.addBindValue(i % 3 + 1);                                     // sectors 1..3
        q.addBindValue(i % 4 == 0 ? QVariant() : QVariant(i % 2 + 1)); // subjects 1, 2 or none
        q.addBindValue(i % 5 + 1);                                     // priority 1..5
        q.addBindValue(i % 8 + 1);                                     // every status, closed ones (6..8) included
        q.addBindValue(i % 6 == 0 ? QVariant() : QVariant(users[i % users.size()]));
        q.addBindValue(base + qint64(i) * HourMs);
        q.addBindValue(base + qint64(i % 50) * HourMs); // 50 distinct update times
        q.addBindValue(i % 3 == 0 ? QVariant() : QVariant(base + qint64(i * 37 % TicketCount) * HourMs));
        q.addBindValue(i % 2 == 0 ? QVariant() : QVariant(base + qint64(i * 53 % TicketCount + 24) * HourMs));
        q.addBindValue(QStringLiteral("Atendimento %1").arg(i));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
    REQUIRE(f.db().commit().ok());
    return base + qint64(TicketCount + 1) * HourMs;
}

constexpr TicketSortKey EverySortKey[] = {
    TicketSortKey::UpdatedAt,       TicketSortKey::OpenedAt,     TicketSortKey::Protocol,   TicketSortKey::Priority,
    TicketSortKey::Title,           TicketSortKey::CustomerName, TicketSortKey::StatusName, TicketSortKey::SectorName,
    TicketSortKey::ResponsibleName, TicketSortKey::SubjectName};

// The same filter written the obvious way, to compare the keyset pages with.
QList<qint64> expectedIds(Database& db, const TicketPageRequest& r, const QString& extra = {}) {
    QStringList where;
    QVariantList binds;
    const TicketListFilter& fl = r.filter;
    const auto add = [&](const char* term, const auto& value) {
        if (value) {
            where << QLatin1String(term);
            binds << qint64(*value);
        }
    };
    add("status_id = ?", fl.statusId);
    add("sector_id = ?", fl.sectorId);
    add("responsible_id = ?", fl.responsibleId);
    add("subject_id = ?", fl.subjectId);
    add("priority = ?", fl.priority);
    if (fl.openOnly)
        where << QStringLiteral("status_id IN (SELECT id FROM workflow_statuses WHERE is_closed = 0)");
    add("opened_at < ?", fl.openedBeforeMs);
    add("next_action_at < ?", fl.nextActionBeforeMs);
    add("deadline_at >= ?", fl.deadlineFromMs);
    add("deadline_at < ?", fl.deadlineBeforeMs);
    if (!extra.isEmpty())
        where << extra;
    QString sql = QStringLiteral("SELECT id FROM tickets");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += test::ReferenceTicketOrder::sql(r.sortKey, r.order, QStringLiteral("tickets"));
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
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
    while (true) {
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

} // namespace

TEST_CASE("Queue filters combine and page in every order the same as a plain query", "[queues]") {
    AuthFixture f;
    const QList<qint64> users{f.addUser(QStringLiteral("ana"), AuthFixture::AgenteProfile).userId(),
                              f.addUser(QStringLiteral("bia"), AuthFixture::AgenteProfile).userId(),
                              f.addUser(QStringLiteral("caio"), AuthFixture::LiderProfile).userId()};
    const qint64 now = plantTickets(f, users);

    QueueFilter overdueInSector;
    overdueInSector.sectorId = 2;
    overdueInSector.nextActionOverdue = true;
    overdueInSector.minAgeHours = 300;
    QueueFilter breached;
    breached.deadlineBreached = true;
    QueueFilter dueSoon;
    dueSoon.deadlineWithinHours = 48;
    QueueFilter mineOpen;
    mineOpen.responsibleId = users[1];
    mineOpen.openOnly = true;
    QueueFilter statusAndPriority;
    statusAndPriority.statusId = 3;
    statusAndPriority.priority = 4;
    QueueFilter subjectOld;
    subjectOld.subjectId = 2;
    subjectOld.minAgeHours = 250;
    const QList<QueueFilter> filters{overdueInSector, breached, dueSoon, mineOpen, statusAndPriority, subjectOld};

    TicketPageQuery query(f.db());
    // Both ways of reading a filtered page: sorting the few matching rows, and walking the order's index.
    const qint64 threshold = GENERATE(qint64(TicketPageQuery::DefaultSmallStatusRows), qint64(0));
    query.setSmallStatusRows(threshold);
    for (const QueueFilter& queue : filters) {
        for (const TicketSortKey key : EverySortKey) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QueueFilter sorted = queue;
                sorted.sortKey = key;
                sorted.order = order;
                const TicketPageRequest request = sorted.toPageRequest(now, 7);
                const QList<qint64> expected = expectedIds(f.db(), request);
                INFO("filter " << QString::fromUtf8(QJsonDocument(sorted.toJson()).toJson()).toStdString()
                               << " threshold " << threshold);
                REQUIRE_FALSE(expected.isEmpty());
                REQUIRE(expected.size() <= TicketCount / 4); // every filter really narrows the list
                CHECK(pagedIds(query, request) == expected);
                CHECK(query.count(request.filter).value() == expected.size());
                CHECK(query.countUpTo(request.filter, 3).value() == 3);
                CHECK(query.countUpTo(request.filter, 100000).value() == expected.size());
            }
        }
    }
}

TEST_CASE("Queue filter times are fixed from the clock and survive a JSON round trip", "[queues]") {
    const qint64 now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    QueueFilter q;
    q.sectorId = 4;
    q.minAgeHours = 24;
    q.nextActionOverdue = true;
    q.deadlineWithinHours = 6;
    q.sortKey = TicketSortKey::Priority;
    q.order = Qt::AscendingOrder;

    const TicketListFilter fl = q.toListFilter(now);
    CHECK(fl.sectorId == 4);
    CHECK(fl.openOnly); // a deadline concerns open tickets only
    CHECK(fl.openedBeforeMs == now - 24 * HourMs);
    CHECK(fl.nextActionBeforeMs == now);
    CHECK(fl.deadlineFromMs == now);
    CHECK(fl.deadlineBeforeMs == now + 6 * HourMs);
    CHECK_FALSE(fl.statusId.has_value());

    QueueFilter breached;
    breached.deadlineBreached = true;
    const TicketListFilter b = breached.toListFilter(now);
    CHECK_FALSE(b.deadlineFromMs.has_value());
    CHECK(b.deadlineBeforeMs == now);
    CHECK(b.openOnly);

    CHECK(QueueFilter::fromJson(q.toJson()) == q);
    CHECK(QueueFilter::fromJson(breached.toJson()) == breached);
    // Garbage keeps defaults rather than failing: an older program reading a newer saved queue.
    QJsonObject odd{{QStringLiteral("sector"), QStringLiteral("x")}, {QStringLiteral("future"), 1}};
    CHECK(QueueFilter::fromJson(odd) == QueueFilter{});
}

TEST_CASE("Saved queue filters are per user, sharing and removing others' needs ticket.supervise", "[queues]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente1"), AuthFixture::AgenteProfile);
    const Actor other = f.addUser(QStringLiteral("agente2"), AuthFixture::AgenteProfile);
    const Actor leader = f.addUser(QStringLiteral("lider1"), AuthFixture::LiderProfile);
    SavedQueueFilterService service(f.db(), f.clock());

    QueueFilter mine;
    mine.responsibleId = agent.userId();
    mine.nextActionOverdue = true;
    auto own = service.save(agent, QStringLiteral("  Minhas vencidas "), mine, false);
    REQUIRE(own.ok());

    // An agent may not share: refused and audited, nothing written.
    auto refused = service.save(agent, QStringLiteral("Para todos"), mine, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM saved_queue_filters")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'queue_filter' AND action = 'denied' "
                                 "AND user_id = ?"),
                  {agent.userId()}) == 1);

    QueueFilter breached;
    breached.deadlineBreached = true;
    auto shared = service.save(leader, QStringLiteral("Prazos estourados"), breached, true);
    REQUIRE(shared.ok());

    auto agentList = service.list(agent);
    REQUIRE(agentList.ok());
    REQUIRE(agentList->size() == 2);
    CHECK((*agentList)[0].name == QStringLiteral("Minhas vencidas"));
    CHECK((*agentList)[0].filter == mine);
    CHECK((*agentList)[1].name == QStringLiteral("Prazos estourados"));
    CHECK((*agentList)[1].shared);
    CHECK((*agentList)[1].ownerName == leader.name());
    CHECK((*agentList)[1].filter == breached);

    // Another agent sees the shared one only.
    auto otherList = service.list(other);
    REQUIRE(otherList.ok());
    REQUIRE(otherList->size() == 1);
    CHECK(otherList->first().id == *shared);

    // Saving under the same name replaces, with the changed definition audited.
    mine.priority = 1;
    auto replaced = service.save(agent, QStringLiteral("Minhas vencidas"), mine, false);
    REQUIRE(replaced.ok());
    CHECK(*replaced == *own);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'queue_filter' AND entity_id = ? "
                                 "AND action = 'update' AND field = 'definition'"),
                  {*own}) == 1);

    // Names: empty or too long is refused in the user's words.
    auto empty = service.save(agent, QStringLiteral("   "), mine, false);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Error::Code::InvalidInput);
    CHECK(service.save(agent, QString(81, QLatin1Char('x')), mine, false).error().code == Error::Code::InvalidInput);

    // Others' filters: a private one is invisible (not found), a shared one needs ticket.supervise.
    CHECK(service.remove(other, *own).error().code == Error::Code::NotFound);
    CHECK(service.remove(agent, *shared).error().code == Error::Code::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM saved_queue_filters")) == 2);
    REQUIRE(service.remove(agent, *own).ok());
    REQUIRE(service.remove(leader, *shared).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM saved_queue_filters")) == 0);
    CHECK(f.count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE entity = 'queue_filter' AND action = 'delete'")) == 2);
}

TEST_CASE("A search's ticket ids narrow a queue like any other filter, in both ways of reading it", "[queues]") {
    AuthFixture f;
    const QList<qint64> users{f.addUser(QStringLiteral("ana"), AuthFixture::AgenteProfile).userId()};
    plantTickets(f, users);
    TicketPageQuery query(f.db());
    const qint64 threshold = GENERATE(qint64(TicketPageQuery::DefaultSmallStatusRows), qint64(0));
    query.setSmallStatusRows(threshold);
    TicketPageRequest request;
    request.filter.ticketIds = QList<qint64>{5, 17, 18, 200, 201, 399, 9999};
    request.sortKey = TicketSortKey::Priority;
    request.order = Qt::AscendingOrder;
    request.limit = 2;
    CHECK(pagedIds(query, request) ==
          expectedIds(f.db(), request, QStringLiteral("id IN (5, 17, 18, 200, 201, 399, 9999)")));
    CHECK(query.count(request.filter).value() == 6); // 9999 does not exist
    request.filter.sectorId = 3;                     // i % 3 + 1 == 3: ids 5, 17, 200
    CHECK(pagedIds(query, request) ==
          expectedIds(f.db(), request, QStringLiteral("id IN (5, 17, 18, 200, 201, 399, 9999)")));
    CHECK(query.count(request.filter).value() == 3);
    request.filter.ticketIds = QList<qint64>{};
    CHECK(pagedIds(query, request).isEmpty());
}
