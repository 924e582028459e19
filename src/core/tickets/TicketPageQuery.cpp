#include "tickets/TicketPageQuery.h"

#include "storage/Database.h"
#include "storage/PageStatement.h"

namespace atende {

namespace {

// How an order reads the tickets. Identifiers never come from input: they are picked from this fixed list.
struct SortSpec {
    QString key;       // the SQL value ordered by
    bool text = false; // read back into TicketListRow::sortText (the next page's cursor)
    // Orders by the name of a joined row: the walk starts from that table's name index and reads each row's
    // tickets through an index on the ticket's reference, which keeps them in id order.
    QString table;           // e.g. "customers"
    QString alias;           // its alias in every SELECT, e.g. "c"
    QString ref;             // the ticket's reference to it, e.g. "t.customer_id"
    bool refNullable = true; // tickets may have none (then they form their own group, read in id order)
    QString pinParam;        // the filter's parameter that fixes the reference to one row, e.g. ":sector"

    bool isJoined() const { return !ref.isEmpty(); }
};

SortSpec sortSpec(TicketSortKey key) {
    const auto column = [](const char* keySql, bool text = false) {
        SortSpec spec;
        spec.key = QLatin1String(keySql);
        spec.text = text;
        return spec;
    };
    const auto joined = [](const char* keySql, const char* table, const char* alias, const char* ref, bool nullable,
                           const char* pin) {
        SortSpec spec;
        spec.key = QLatin1String(keySql);
        spec.text = true;
        spec.table = QLatin1String(table);
        spec.alias = QLatin1String(alias);
        spec.ref = QLatin1String(ref);
        spec.refNullable = nullable;
        spec.pinParam = QLatin1String(pin);
        return spec;
    };
    switch (key) {
    case TicketSortKey::UpdatedAt:
        return column("t.updated_at");
    case TicketSortKey::OpenedAt:
        return column("t.opened_at");
    case TicketSortKey::Protocol:
        return column("t.protocol");
    case TicketSortKey::Priority:
        return column("t.priority");
    case TicketSortKey::Title:
        return column("atende_fold(t.title)", true);
    // The customer's name_key (lower case, no accents) is what the customer list sorts by as well.
    case TicketSortKey::CustomerName:
        return joined("c.name_key", "customers", "c", "t.customer_id", true, "");
    case TicketSortKey::StatusName:
        return joined("atende_fold(s.name)", "workflow_statuses", "s", "t.status_id", false, ":status");
    case TicketSortKey::SectorName:
        return joined("atende_fold(sec.name)", "sectors", "sec", "t.sector_id", true, ":sector");
    case TicketSortKey::ResponsibleName:
        return joined("atende_fold(u.name)", "users", "u", "t.responsible_id", true, ":responsible");
    case TicketSortKey::SubjectName:
        return joined("atende_fold(sub.name)", "subjects", "sub", "t.subject_id", true, ":subject");
    }
    return column("t.updated_at");
}

// Whether the request's filter fixes the joined row of its order (a sector's tickets ordered by sector): the walk
// then starts from that one row.
bool isPinned(const SortSpec& spec, const TicketListFilter& filter) {
    if (spec.pinParam == QLatin1String(":status"))
        return filter.statusId.has_value();
    if (spec.pinParam == QLatin1String(":sector"))
        return filter.sectorId.has_value();
    if (spec.pinParam == QLatin1String(":responsible"))
        return filter.responsibleId.has_value();
    if (spec.pinParam == QLatin1String(":subject"))
        return filter.subjectId.has_value();
    return false;
}

// Tickets without the joined row are a group of their own, read unless the order's column cannot be empty or the
// filter fixes it.
bool hasNullGroup(const SortSpec& spec, const TicketListFilter& filter) {
    return spec.isJoined() && spec.refNullable && !isPinned(spec, filter);
}

// The names shown in the list, joined by primary key on the page's rows only. LEFT JOINs keep tickets the outer
// loop; `skip` is the alias an order already reads as its outer loop.
struct NameJoin {
    const char* alias;
    const char* clause;
};
constexpr NameJoin NameJoins[] = {
    {"c", " LEFT JOIN customers c ON c.id = t.customer_id"},
    {"s", " LEFT JOIN workflow_statuses s ON s.id = t.status_id"},
    {"sec", " LEFT JOIN sectors sec ON sec.id = t.sector_id"},
    {"sub", " LEFT JOIN subjects sub ON sub.id = t.subject_id"},
    {"subsub", " LEFT JOIN subjects subsub ON subsub.id = t.sub_subject_id"},
    {"u", " LEFT JOIN users u ON u.id = t.responsible_id"},
};

QString nameJoins(const QString& skip = {}) {
    QString sql;
    for (const NameJoin& join : NameJoins) {
        if (skip != QLatin1String(join.alias))
            sql += QLatin1String(join.clause);
    }
    return sql;
}

// The row's columns, then the cursor of a text order (its value and the joined row's id).
QString selectList(const SortSpec& spec) {
    return QStringLiteral("SELECT t.id, t.protocol, t.title, c.name, s.name, sec.name, sub.name, subsub.name, u.name, "
                          "t.priority, t.opened_at, t.updated_at, t.next_action_at, t.deadline_at, s.is_closed, ") +
           (spec.text ? spec.key : QStringLiteral("NULL")) + QStringLiteral(", ") +
           (spec.isJoined() ? spec.ref : QStringLiteral("0"));
}

// The cursor row's value of the sort column.
void bindSortValue(PageStatement& statement, const TicketListRow& row, TicketSortKey key) {
    switch (key) {
    case TicketSortKey::UpdatedAt:
        statement.bindInt(":key", row.updatedAtMs);
        return;
    case TicketSortKey::OpenedAt:
        statement.bindInt(":key", row.openedAtMs);
        return;
    case TicketSortKey::Protocol:
        statement.bindText(":key", row.protocol);
        return;
    case TicketSortKey::Priority:
        statement.bindInt(":key", row.priority);
        return;
    case TicketSortKey::Title:
    case TicketSortKey::CustomerName:
    case TicketSortKey::StatusName:
    case TicketSortKey::SectorName:
    case TicketSortKey::ResponsibleName:
    case TicketSortKey::SubjectName:
        statement.bindText(":key", row.sortText);
        statement.bindInt(":ref", row.sortRefId);
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

void bindFilter(PageStatement& statement, const TicketListFilter& filter) {
    const auto bindIf = [&statement](const char* name, const auto& value) {
        if (value)
            statement.bindInt(name, qint64(*value));
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
        statement.bindText(":ids", idArray(*filter.ticketIds));
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
    const SortSpec spec = sortSpec(request.sortKey);
    const bool ascending = request.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString later = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    // When the filtered rows are sorted, the unary + keeps the planner off the order's index (and off any other
    // index a keyset condition could seek), so it reads the status through its index. When an index is walked,
    // the + keeps it off the status index, which would need a sort of every ticket in that status.
    const QString plus = sortFilteredRows ? QStringLiteral("+") : QString();
    const QString id = plus + QStringLiteral("t.id");
    QStringList where = filterConditions(request.filter, request.sortKey, sortFilteredRows);
    QString order;      // the ORDER BY of the statement that picks the page's rows
    QString outerOrder; // the same order over the joined page, when the rows are picked in a subquery
    QString walkFrom;   // the FROM of a walk
    const bool nullGroup = step == Step::NullFirst || step == Step::NullAfter;
    if (!spec.isJoined()) {
        const QString key = plus + spec.key;
        // A keyset step is split in two seeks, "same key, later id" then "later key": SQLite (3.40) turns a
        // row-value comparison (key, id) > (?, ?) into a range on the key alone and then filters ids, which makes
        // deep pages of a low-cardinality key such as priority scan hundreds of thousands of index entries.
        if (step == Step::SameKey)
            where << key + QStringLiteral(" = :key") << id + later + QStringLiteral(":id");
        else if (step == Step::AfterKey)
            where << key + later + QStringLiteral(":key");
        // Within one key the order is the id's: SQLite (3.40) does not see that an expression index's column is
        // fixed by "= :key" and would sort the rows, so the title's fixed key is left out of the ORDER BY.
        order = step == Step::SameKey && spec.text ? id + direction
                                                   : key + direction + QStringLiteral(", ") + id + direction;
        outerOrder = spec.key + direction + QStringLiteral(", t.id") + direction;
        walkFrom = QStringLiteral(" FROM tickets t") + nameJoins();
    } else if (nullGroup) {
        // Tickets without the joined row, in id order: the reference's index holds them under NULL, by id.
        where << plus + spec.ref + QStringLiteral(" IS NULL");
        if (step == Step::NullAfter)
            where << id + later + QStringLiteral(":id");
        order = id + direction;
        outerOrder = QStringLiteral("t.id") + direction;
        walkFrom = QStringLiteral(" FROM tickets t") + nameJoins();
    } else {
        // The walk reads the joined table's name index as its outer loop (CROSS JOIN fixes the loop order) and
        // each row's tickets through the reference's index, so (name, row id, ticket id) comes out in order
        // with no sort. The same three seeks as above: same row, later ticket; same name, later row; later name.
        const QString refId = sortFilteredRows ? plus + spec.ref : spec.alias + QStringLiteral(".id");
        if (!sortFilteredRows && isPinned(spec, request.filter))
            where << spec.alias + QStringLiteral(".id = ") + spec.pinParam;
        if (step == Step::SameRef)
            where << refId + QStringLiteral(" = :ref") << id + later + QStringLiteral(":id");
        else if (step == Step::SameKey)
            where << spec.key + QStringLiteral(" = :key") << refId + later + QStringLiteral(":ref");
        else if (step == Step::AfterKey)
            where << spec.key + later + QStringLiteral(":key");
        // As above, the terms a step fixes are left out of its ORDER BY.
        if (step == Step::SameRef)
            order = id + direction;
        else if (step == Step::SameKey)
            order = refId + direction + QStringLiteral(", ") + id + direction;
        else
            order =
                spec.key + direction + QStringLiteral(", ") + refId + direction + QStringLiteral(", ") + id + direction;
        outerOrder =
            spec.key + direction + QStringLiteral(", ") + spec.ref + direction + QStringLiteral(", t.id") + direction;
        walkFrom = QStringLiteral(" FROM ") + spec.table + QLatin1Char(' ') + spec.alias +
                   QStringLiteral(" CROSS JOIN tickets t ON ") + spec.ref + QStringLiteral(" = ") + spec.alias +
                   QStringLiteral(".id") + nameJoins(spec.alias);
    }
    const QString whereSql =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const bool flatSort = !spec.text && request.filter.isStatusOnly();
    if (sortFilteredRows && !flatSort) {
        // The matching rows are sorted by id and key alone and only the page's rows are joined to their names:
        // joining every match before the sort cost six lookups per row (150 ms for 12,000 matches at 1M). An
        // order by a joined name reads that one name per match (CROSS JOIN keeps the tickets the outer loop).
        QString inner = QStringLiteral("SELECT t.id FROM tickets t");
        if (spec.isJoined() && !nullGroup)
            inner += QStringLiteral(" CROSS JOIN ") + spec.table + QLatin1Char(' ') + spec.alias +
                     QStringLiteral(" ON ") + spec.alias + QStringLiteral(".id = ") + spec.ref;
        inner += whereSql + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT :limit");
        return selectList(spec) + QStringLiteral(" FROM (") + inner +
               QStringLiteral(") page JOIN tickets t ON t.id = page.id") + nameJoins() + QStringLiteral(" ORDER BY ") +
               outerOrder;
    }
    return selectList(spec) + walkFrom + whereSql + QStringLiteral(" ORDER BY ") + order +
           QStringLiteral(" LIMIT :limit");
}

QList<TicketPageQuery::Step> TicketPageQuery::firstSteps(const TicketPageRequest& request) {
    if (!hasNullGroup(sortSpec(request.sortKey), request.filter))
        return {Step::First};
    // SQLite puts NULL first in ascending order: the tickets without the joined row lead, and close a
    // descending list.
    if (request.order == Qt::AscendingOrder)
        return {Step::NullFirst, Step::First};
    return {Step::First, Step::NullFirst};
}

QList<TicketPageQuery::Step> TicketPageQuery::nextSteps(const TicketPageRequest& request, const TicketListRow& after) {
    const SortSpec spec = sortSpec(request.sortKey);
    if (!spec.isJoined())
        return {Step::SameKey, Step::AfterKey};
    const bool ascending = request.order == Qt::AscendingOrder;
    if (after.sortRefId == 0)
        return ascending ? QList<Step>{Step::NullAfter, Step::First} : QList<Step>{Step::NullAfter};
    if (!ascending && hasNullGroup(spec, request.filter))
        return {Step::SameRef, Step::SameKey, Step::AfterKey, Step::NullFirst};
    return {Step::SameRef, Step::SameKey, Step::AfterKey};
}

bool TicketPageQuery::alwaysWalks(const TicketPageRequest& request) {
    if (request.filter.isEmpty())
        return true;
    // A status alone has an index in update order, and fixes the one status an order by status name walks.
    return request.filter.isStatusOnly() &&
           (request.sortKey == TicketSortKey::UpdatedAt || request.sortKey == TicketSortKey::StatusName);
}

QStringList TicketPageQuery::statements(const TicketPageRequest& request) {
    QStringList list;
    QList<Step> steps = firstSteps(request);
    TicketListRow joinedRow;
    joinedRow.sortRefId = 1;
    for (const Step step : nextSteps(request, joinedRow))
        if (!steps.contains(step))
            steps << step;
    if (hasNullGroup(sortSpec(request.sortKey), request.filter))
        steps << Step::NullAfter;
    for (const bool sortFilteredRows : {false, true}) {
        if (sortFilteredRows && alwaysWalks(request))
            break;
        for (const Step step : std::as_const(steps))
            list << selectSql(request, step, sortFilteredRows);
    }
    return list;
}

Result<bool> TicketPageQuery::sortsFilteredRows(const TicketPageRequest& request, bool recount) {
    if (alwaysWalks(request))
        return false;
    if (request.filter.isStatusOnly()) {
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
    const SortSpec spec = sortSpec(request.sortKey);
    const QString direction = request.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The sample's rows come from the order's walk (no filter inside); the filter is checked on them outside.
    QString head = QStringLiteral("SELECT t.* FROM tickets t ORDER BY ") + spec.key + direction;
    if (spec.isJoined())
        head = QStringLiteral("SELECT t.* FROM ") + spec.table + QLatin1Char(' ') + spec.alias +
               QStringLiteral(" CROSS JOIN tickets t ON ") + spec.ref + QStringLiteral(" = ") + spec.alias +
               QStringLiteral(".id ORDER BY ") + spec.key + direction + QStringLiteral(", ") + spec.alias +
               QStringLiteral(".id") + direction + QStringLiteral(", t.id") + direction;
    QString sql = QStringLiteral("SELECT count(*) FROM (") + head + QStringLiteral(" LIMIT ") +
                  QString::number(SampleRows) + QStringLiteral(") t");
    const QStringList where = filterConditions(request.filter, request.sortKey, true);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return countWith(sql, request.filter, -1);
}

PageStatement* TicketPageQuery::prepared(const QString& sql, Error& error) {
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    QString detail;
    auto statement = PageStatement::prepare(m_db, sql, detail);
    if (!statement) {
        error = readError();
        error.detail = detail;
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(statement)).first->second.get();
}

Status TicketPageQuery::runStep(const TicketPageRequest& request, Step step, bool sortFilteredRows,
                                const TicketListRow* after, int limit, std::vector<TicketListRow>& rows) {
    Error error;
    PageStatement* statement = prepared(selectSql(request, step, sortFilteredRows), error);
    if (!statement)
        return error;
    bindFilter(*statement, request.filter);
    if (after && step != Step::First && step != Step::NullFirst) {
        bindSortValue(*statement, *after, request.sortKey);
        statement->bindInt(":id", after->id);
    }
    statement->bindInt(":limit", limit);
    while (statement->next()) {
        const PageStatement& r = *statement;
        TicketListRow row;
        row.id = r.int64(0);
        row.protocol = r.text(1);
        row.title = r.text(2);
        row.customerName = r.text(3);
        row.statusName = r.text(4);
        row.sectorName = r.text(5);
        row.subjectName = r.text(6);
        row.subSubjectName = r.text(7);
        row.responsibleName = r.text(8);
        row.priority = int(r.int64(9));
        row.openedAtMs = r.int64(10);
        row.updatedAtMs = r.int64(11);
        row.nextActionAtMs = r.int64(12);
        row.deadlineAtMs = r.int64(13);
        row.isOpen = r.int64(14) == 0;
        row.sortText = r.text(15);
        row.sortRefId = r.int64(16);
        rows.push_back(std::move(row));
    }
    // The reset also ends the statement's read transaction (a reader left open would keep WAL checkpoints from
    // finishing).
    return statement->finish(readError());
}

Status TicketPageQuery::runSteps(const TicketPageRequest& request, const QList<Step>& steps, bool sortFilteredRows,
                                 const TicketListRow* after, std::vector<TicketListRow>& rows) {
    for (const Step step : steps) {
        const int missing = request.limit - int(rows.size());
        if (missing <= 0)
            break;
        if (Status s = runStep(request, step, sortFilteredRows, after, missing, rows); !s)
            return s;
    }
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
    if (Status s = runSteps(request, firstSteps(request), *sortFiltered, nullptr, rows); !s)
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
    if (Status s = runSteps(request, nextSteps(request, after), *sortFiltered, &after, rows); !s)
        return s.error();
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
    PageStatement* statement = prepared(sql, error);
    if (!statement)
        return error;
    bindFilter(*statement, filter);
    if (cap > 0)
        statement->bindInt(":cap", cap);
    const qint64 n = statement->next() ? statement->int64(0) : 0;
    if (Status s = statement->finish(readError()); !s)
        return s.error();
    return n;
}

} // namespace atende
