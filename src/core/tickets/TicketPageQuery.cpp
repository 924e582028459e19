#include "tickets/TicketPageQuery.h"

#include "storage/Database.h"
#include "storage/SqliteBinding.h"

#include <sqlite3.h>

namespace atende {

namespace {

// Identifiers never come from input: the sort column is picked from this fixed list.
QString sortColumn(TicketSortKey key) {
    switch (key) {
    case TicketSortKey::UpdatedAt:
        return QStringLiteral("t.updated_at");
    case TicketSortKey::OpenedAt:
        return QStringLiteral("t.opened_at");
    case TicketSortKey::Protocol:
        return QStringLiteral("t.protocol");
    case TicketSortKey::Priority:
        return QStringLiteral("t.priority");
    }
    return QStringLiteral("t.updated_at");
}

// LEFT JOINs keep tickets the outer loop, so the order index drives the walk and each name is one primary-key
// lookup for a row of the page.
const QString SelectFrom = QStringLiteral(
    "SELECT t.id, t.protocol, t.title, c.name, s.name, sec.name, sub.name, subsub.name, u.name, t.priority, "
    "t.opened_at, t.updated_at, t.next_action_at, t.deadline_at, s.is_closed "
    "FROM tickets t "
    "LEFT JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN workflow_statuses s ON s.id = t.status_id "
    "LEFT JOIN sectors sec ON sec.id = t.sector_id "
    "LEFT JOIN subjects sub ON sub.id = t.subject_id "
    "LEFT JOIN subjects subsub ON subsub.id = t.sub_subject_id "
    "LEFT JOIN users u ON u.id = t.responsible_id");

using sqlite::bindInt;
using sqlite::bindText;
using sqlite::columnText;

// The cursor row's value of the sort column.
void bindSortValue(sqlite3_stmt* statement, const TicketListRow& row, TicketSortKey key) {
    switch (key) {
    case TicketSortKey::UpdatedAt:
        bindInt(statement, ":key", row.updatedAtMs);
        return;
    case TicketSortKey::OpenedAt:
        bindInt(statement, ":key", row.openedAtMs);
        return;
    case TicketSortKey::Protocol:
        bindText(statement, ":key", row.protocol);
        return;
    case TicketSortKey::Priority:
        bindInt(statement, ":key", row.priority);
        return;
    }
}

// The WHERE terms of `filter`. A term written "+column" cannot use an index: when a page walks the order's index
// every filter term is checked per row that way (only the status may seek tickets_status_updated, which is
// ordered by update time too); when the filtered rows are read and sorted, the terms are left bare so the planner
// seeks the most selective of the filter indexes (sector, subject, responsible, status, deadline, next action).
QStringList filterConditions(const TicketListFilter& filter, TicketSortKey sortKey, bool sortFilteredRows) {
    const QString bare = sortFilteredRows ? QString() : QStringLiteral("+");
    QStringList where;
    if (filter.statusId) {
        const bool statusIndex = sortFilteredRows || sortKey == TicketSortKey::UpdatedAt;
        where << (statusIndex ? QStringLiteral("t.status_id = :status") : QStringLiteral("+t.status_id = :status"));
    }
    if (filter.sectorId)
        where << bare + QStringLiteral("t.sector_id = :sector");
    if (filter.responsibleId)
        where << bare + QStringLiteral("t.responsible_id = :responsible");
    if (filter.subjectId)
        where << bare + QStringLiteral("t.subject_id = :subject");
    if (filter.priority)
        where << bare + QStringLiteral("t.priority = :priority");
    if (filter.openOnly)
        where << bare + QStringLiteral("t.status_id IN (SELECT id FROM workflow_statuses WHERE is_closed = 0)");
    if (filter.openedBeforeMs)
        where << bare + QStringLiteral("t.opened_at < :openedBefore");
    if (filter.nextActionBeforeMs)
        where << bare + QStringLiteral("t.next_action_at < :nextActionBefore");
    if (filter.deadlineFromMs)
        where << bare + QStringLiteral("t.deadline_at >= :deadlineFrom");
    if (filter.deadlineBeforeMs)
        where << bare + QStringLiteral("t.deadline_at < :deadlineBefore");
    // The ids travel as one JSON array, so every search reuses the same prepared statement.
    if (filter.ticketIds)
        where << bare + QStringLiteral("t.id IN (SELECT value FROM json_each(:ids))");
    return where;
}

QString idArray(const QList<qint64>& ids) {
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

void bindFilter(sqlite3_stmt* statement, const TicketListFilter& filter) {
    const auto bindIf = [statement](const char* name, const auto& value) {
        if (value)
            bindInt(statement, name, qint64(*value));
    };
    bindIf(":status", filter.statusId);
    bindIf(":sector", filter.sectorId);
    bindIf(":responsible", filter.responsibleId);
    bindIf(":subject", filter.subjectId);
    bindIf(":priority", filter.priority);
    bindIf(":openedBefore", filter.openedBeforeMs);
    bindIf(":nextActionBefore", filter.nextActionBeforeMs);
    bindIf(":deadlineFrom", filter.deadlineFromMs);
    bindIf(":deadlineBefore", filter.deadlineBeforeMs);
    if (filter.ticketIds)
        bindText(statement, ":ids", idArray(*filter.ticketIds));
}

// A stable text for a filter, the key of the "small or big" decision cached per filter.
QString filterKey(const TicketListFilter& filter) {
    const auto part = [](const auto& value) { return value ? QString::number(qint64(*value)) : QStringLiteral("-"); };
    return QStringList{part(filter.statusId),
                       part(filter.sectorId),
                       part(filter.responsibleId),
                       part(filter.subjectId),
                       part(filter.priority),
                       filter.openOnly ? QStringLiteral("o") : QStringLiteral("-"),
                       part(filter.openedBeforeMs),
                       part(filter.nextActionBeforeMs),
                       part(filter.deadlineFromMs),
                       part(filter.deadlineBeforeMs),
                       filter.ticketIds ? idArray(*filter.ticketIds) : QStringLiteral("-")}
        .join(QLatin1Char('|'));
}

} // namespace

void TicketPageQuery::StatementDeleter::operator()(sqlite3_stmt* statement) const {
    sqlite3_finalize(statement);
}

TicketPageQuery::TicketPageQuery(Database& db)
    : m_db(db) {}

TicketPageQuery::~TicketPageQuery() = default;

Error TicketPageQuery::readError() const {
    return Error::make(Error::Code::Storage,
                       tr("Could not read the ticket list. Try again; if it keeps failing, check the database "
                          "(atendectl check)."),
                       m_db.lastErrorDetail());
}

QString TicketPageQuery::selectSql(const TicketPageRequest& request, Step step, bool sortFilteredRows) {
    const QString column = sortColumn(request.sortKey);
    // When the filtered rows are sorted, the unary + keeps the planner off the order's index (and off any other
    // index a keyset condition could seek), so it reads the status through its index. When an index is walked,
    // the + keeps it off the status index, which would need a sort of every ticket in that status.
    const QString key = sortFilteredRows ? QStringLiteral("+") + column : column;
    const QString id = sortFilteredRows ? QStringLiteral("+t.id") : QStringLiteral("t.id");
    const bool ascending = request.order == Qt::AscendingOrder;
    QStringList where = filterConditions(request.filter, request.sortKey, sortFilteredRows);
    // A keyset step is split in two seeks, "same key, later id" then "later key": SQLite (3.40) turns a row-value
    // comparison (key, id) > (?, ?) into a range on the key alone and then filters ids, which makes deep pages
    // of a low-cardinality key such as priority scan hundreds of thousands of index entries.
    switch (step) {
    case Step::First:
        break;
    case Step::SameKey:
        where << key + QStringLiteral(" = :key")
              << id + (ascending ? QStringLiteral(" > :id") : QStringLiteral(" < :id"));
        break;
    case Step::AfterKey:
        where << key + (ascending ? QStringLiteral(" > :key") : QStringLiteral(" < :key"));
        break;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (sortFilteredRows && !request.filter.isStatusOnly()) {
        // The matching rows are sorted by id and key alone and only the page's rows are joined to their names:
        // joining every match before the sort cost six lookups per row (150 ms for 12,000 matches at 1M).
        QString inner = QStringLiteral("SELECT t.id FROM tickets t");
        if (!where.isEmpty())
            inner += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        inner += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", t.id") + direction +
                 QStringLiteral(" LIMIT :limit");
        QString sql = SelectFrom;
        sql.replace(QStringLiteral("FROM tickets t "),
                    QStringLiteral("FROM (") + inner + QStringLiteral(") page JOIN tickets t ON t.id = page.id "));
        return sql + QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", t.id") + direction;
    }
    QString sql = SelectFrom;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", t.id") + direction +
           QStringLiteral(" LIMIT :limit");
    return sql;
}

QStringList TicketPageQuery::statements(const TicketPageRequest& request) {
    QStringList list;
    const bool canSortFiltered =
        request.filter.isStatusOnly() ? request.sortKey != TicketSortKey::UpdatedAt : !request.filter.isEmpty();
    for (const bool sortFilteredRows : {false, true}) {
        if (sortFilteredRows && !canSortFiltered)
            break;
        for (const Step step : {Step::First, Step::SameKey, Step::AfterKey})
            list << selectSql(request, step, sortFilteredRows);
    }
    return list;
}

Result<bool> TicketPageQuery::sortsFilteredRows(const TicketPageRequest& request, bool recount) {
    if (request.filter.isEmpty())
        return false;
    if (request.filter.isStatusOnly()) {
        if (request.sortKey == TicketSortKey::UpdatedAt)
            return false;
        const qint64 status = *request.filter.statusId;
        if (!recount) {
            if (auto it = m_smallStatus.find(status); it != m_smallStatus.end())
                return it->second;
        }
        // Counting a status walks its range of tickets_status_updated: a few ms even for a big status.
        auto n = count(request.filter);
        if (!n)
            return n.error();
        const bool small = *n <= m_smallStatusRows;
        m_smallStatus[status] = small;
        return small;
    }
    // Any other filter: the same rule. Counting the combination directly can cost many row reads (two filters
    // without a common index: the planner seeks one and reads rows to check the other), so it is decided in
    // three cheaper steps, the last one rarely reached.
    const QString key = filterKey(request.filter);
    if (!recount) {
        if (auto it = m_smallFilter.find(key); it != m_smallFilter.end())
            return it->second;
    }
    const Result<bool> small = decideSmall(request);
    if (!small)
        return small.error();
    m_smallFilter[key] = *small;
    return *small;
}

Result<bool> TicketPageQuery::decideSmall(const TicketPageRequest& request) {
    const TicketListFilter& f = request.filter;
    const qint64 cap = m_smallStatusRows + 1;
    // 0. The hits of a search are few by construction.
    if (f.ticketIds && f.ticketIds->size() <= m_smallStatusRows)
        return true;
    // 1. One term alone that matches few rows bounds the read, whatever the others: each is counted on its own
    //    index only (a few ms for 20,000 entries).
    QList<TicketListFilter> singles;
    const auto single = [&singles](auto set) {
        TicketListFilter one;
        set(one);
        singles << one;
    };
    if (f.statusId)
        single([&](TicketListFilter& one) { one.statusId = f.statusId; });
    if (f.sectorId)
        single([&](TicketListFilter& one) { one.sectorId = f.sectorId; });
    if (f.responsibleId)
        single([&](TicketListFilter& one) { one.responsibleId = f.responsibleId; });
    if (f.subjectId)
        single([&](TicketListFilter& one) { one.subjectId = f.subjectId; });
    if (f.nextActionBeforeMs)
        single([&](TicketListFilter& one) { one.nextActionBeforeMs = f.nextActionBeforeMs; });
    if (f.deadlineFromMs || f.deadlineBeforeMs)
        single([&](TicketListFilter& one) {
            one.deadlineFromMs = f.deadlineFromMs;
            one.deadlineBeforeMs = f.deadlineBeforeMs;
        });
    for (const TicketListFilter& one : std::as_const(singles)) {
        if (one == f)
            break; // the filter is this one term: step 3 counts it
        auto n = countUpTo(one, cap);
        if (!n)
            return n.error();
        if (*n <= m_smallStatusRows)
            return true;
    }
    // 2. A sample of the head of the order's index: when 1 in 100 of its rows match, a walk fills a page of 200
    //    within about 20,000 rows, so walking is the cheap way.
    if (m_smallStatusRows > 0) {
        auto sampled = sampleMatches(request);
        if (!sampled)
            return sampled.error();
        if (*sampled * 100 >= SampleRows)
            return false;
    }
    // 3. Rare or clustered matches: count the combination up to the threshold.
    auto n = countUpTo(f, cap);
    if (!n)
        return n.error();
    return *n <= m_smallStatusRows;
}

Result<qint64> TicketPageQuery::sampleMatches(const TicketPageRequest& request) {
    const QString column = sortColumn(request.sortKey);
    const QString direction = request.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The sample's rows come from the order's index (no filter inside); the filter is checked on them outside.
    QString sql = QStringLiteral("SELECT count(*) FROM (SELECT * FROM tickets ORDER BY ") + column.mid(2) + direction +
                  QStringLiteral(" LIMIT ") + QString::number(SampleRows) + QStringLiteral(") t");
    const QStringList where = filterConditions(request.filter, request.sortKey, true);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return countWith(sql, request.filter, -1);
}

sqlite3_stmt* TicketPageQuery::prepared(const QString& sql, Error& error) {
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_db.handle(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        error = readError();
        return nullptr;
    }
    return m_statements.emplace(sql, statement).first->second.get();
}

Status TicketPageQuery::runStep(const TicketPageRequest& request, Step step, bool sortFilteredRows,
                                const TicketListRow* after, int limit, std::vector<TicketListRow>& rows) {
    Error error;
    sqlite3_stmt* statement = prepared(selectSql(request, step, sortFilteredRows), error);
    if (!statement)
        return error;
    bindFilter(statement, request.filter);
    if (step != Step::First) {
        bindSortValue(statement, *after, request.sortKey);
        if (step == Step::SameKey)
            bindInt(statement, ":id", after->id);
    }
    bindInt(statement, ":limit", limit);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        TicketListRow row;
        row.id = sqlite3_column_int64(statement, 0);
        row.protocol = columnText(statement, 1);
        row.title = columnText(statement, 2);
        row.customerName = columnText(statement, 3);
        row.statusName = columnText(statement, 4);
        row.sectorName = columnText(statement, 5);
        row.subjectName = columnText(statement, 6);
        row.subSubjectName = columnText(statement, 7);
        row.responsibleName = columnText(statement, 8);
        row.priority = sqlite3_column_int(statement, 9);
        row.openedAtMs = sqlite3_column_int64(statement, 10);
        row.updatedAtMs = sqlite3_column_int64(statement, 11);
        row.nextActionAtMs = sqlite3_column_int64(statement, 12);
        row.deadlineAtMs = sqlite3_column_int64(statement, 13);
        row.isOpen = sqlite3_column_int(statement, 14) == 0;
        rows.push_back(std::move(row));
    }
    // The error text must be read before the reset; the reset also ends the statement's read transaction (a
    // reader left open would keep WAL checkpoints from finishing).
    const Error failure = rc == SQLITE_DONE ? Error{} : readError();
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return failure;
    return {};
}

Result<std::vector<TicketListRow>> TicketPageQuery::firstPage(const TicketPageRequest& request) {
    std::vector<TicketListRow> rows;
    if (request.limit <= 0)
        return rows;
    rows.reserve(std::size_t(request.limit));
    const Result<bool> sortFiltered = sortsFilteredRows(request, true);
    if (!sortFiltered)
        return sortFiltered.error();
    if (Status s = runStep(request, Step::First, *sortFiltered, nullptr, request.limit, rows); !s)
        return s.error();
    return rows;
}

Result<std::vector<TicketListRow>> TicketPageQuery::nextPage(const TicketPageRequest& request,
                                                             const TicketListRow& after) {
    std::vector<TicketListRow> rows;
    if (request.limit <= 0)
        return rows;
    rows.reserve(std::size_t(request.limit));
    const Result<bool> sortFiltered = sortsFilteredRows(request, false);
    if (!sortFiltered)
        return sortFiltered.error();
    if (Status s = runStep(request, Step::SameKey, *sortFiltered, &after, request.limit, rows); !s)
        return s.error();
    const int missing = request.limit - int(rows.size());
    if (missing > 0) {
        if (Status s = runStep(request, Step::AfterKey, *sortFiltered, &after, missing, rows); !s)
            return s.error();
    }
    return rows;
}

Result<qint64> TicketPageQuery::count(const TicketListFilter& filter) {
    QString sql = QStringLiteral("SELECT count(*) FROM tickets t");
    const QStringList where = filterConditions(filter, TicketSortKey::UpdatedAt, true);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return countWith(sql, filter, -1);
}

Result<qint64> TicketPageQuery::countUpTo(const TicketListFilter& filter, qint64 cap) {
    if (cap <= 0)
        return qint64(0);
    QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets t");
    const QStringList where = filterConditions(filter, TicketSortKey::UpdatedAt, true);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" LIMIT :cap) capped");
    return countWith(sql, filter, cap);
}

Result<qint64> TicketPageQuery::countWith(const QString& sql, const TicketListFilter& filter, qint64 cap) {
    Error error;
    sqlite3_stmt* statement = prepared(sql, error);
    if (!statement)
        return error;
    bindFilter(statement, filter);
    if (cap > 0)
        bindInt(statement, ":cap", cap);
    const int rc = sqlite3_step(statement);
    const qint64 n = rc == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    const Error failure = rc == SQLITE_ROW ? Error{} : readError();
    sqlite3_reset(statement);
    if (rc != SQLITE_ROW)
        return failure;
    return n;
}

} // namespace atende
