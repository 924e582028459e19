#pragma once

#include "storage/PageStatement.h"
#include "tickets/TicketListRow.h"
#include "tickets/TicketPageRequest.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace atende {

class Database;

// Reads the ticket list one keyset page at a time: a page starts right after the last row the caller has
// (its sort value and id), never with OFFSET, so page 5000 costs what page 1 costs and nothing reads the whole
// table. Every order walks an index (tickets_updated, tickets_opened, the protocol's unique index,
// tickets_priority, tickets_title_folded; tickets_status_updated when filtering by status in update order); ties
// are broken by id. An order by a joined name (customer, status, sector, responsible, subject) walks that table's
// name index and, for each of its rows, the tickets through the reference's index (tickets_customer_id,
// tickets_status_id, tickets_sector_id, tickets_responsible_id, tickets_subject_id: migration 0009), so its key is
// (name, joined row id, ticket id); tickets without the joined row form a group of their own in id order. These
// indexes carry the usual queue filters (status, sector, priority, responsible), checked on the index entry.
// Names shown in the list are joined by primary key on the page's rows only.
//
// Any other filter (sector, responsible, subject, priority, open only, age, next action, deadline, combined) follows
// the same rule: when one of its indexed terms alone matches at most smallStatusRows() tickets, or a capped count of
// the whole filter does, they are read through the most selective filter index and sorted; when a sample of the
// order's index shows at least 1 match in 100 rows, or the capped count says many, the order's index is walked and
// each row checked, so a page of a walk meets its rows quickly.
//
// A status filter in an order other than update time has no index of its own. While the status holds many
// tickets, the order's index is walked and the status checked per row (a page finds its rows quickly); when it
// holds at most smallStatusRows() tickets, its tickets are read through tickets_status_updated and sorted, which bounds
// the cost of a rare status (walking a whole order index to find a handful of rows would take seconds at 1M).
//
// Statements are prepared once per query object and reused, so keep one object per list. They run on the raw
// SQLite handle: through QSqlQuery a page cost about 2.8 times a raw SELECT (a QVariant per value), against a
// goal of 2. Not thread-safe: it uses the connection of the thread that owns `db`, and must be destroyed before it.
class TicketPageQuery {
    Q_DECLARE_TR_FUNCTIONS(TicketPageQuery)

public:
    // Up to this many tickets in a status, a filtered page sorts them instead of walking an order index.
    static constexpr qint64 DefaultSmallStatusRows = 20000;

    explicit TicketPageQuery(Database& db);
    ~TicketPageQuery();
    TicketPageQuery(const TicketPageQuery&) = delete;
    TicketPageQuery& operator=(const TicketPageQuery&) = delete;

    // The first `request.limit` rows in the requested order.
    Result<std::vector<TicketListRow>> firstPage(const TicketPageRequest& request);
    // The `request.limit` rows that follow `after` (the last row of the previous page of the same request).
    Result<std::vector<TicketListRow>> nextPage(const TicketPageRequest& request, const TicketListRow& after);
    // How many tickets match (for the status bar). Walks an index: tens of ms at a million tickets, so a window
    // runs it off the GUI thread.
    Result<qint64> count(const TicketListFilter& filter = {});
    // How many tickets match, counting no further than `cap` (the result is at most `cap`): the cheap count of a
    // queue's badge, which shows "cap or more" for a huge queue instead of walking it all.
    Result<qint64> countUpTo(const TicketListFilter& filter, qint64 cap);

    // Tests move the threshold to reach both ways of reading a filtered page with little data.
    void setSmallStatusRows(qint64 rows) { m_smallStatusRows = rows; }
    qint64 smallStatusRows() const { return m_smallStatusRows; }

    // Every SELECT a page of `request` may run, for EXPLAIN QUERY PLAN checks in tests and benchmarks.
    static QStringList statements(const TicketPageRequest& request);

private:
    // One statement of a page. An order by a ticket column reads First, or SameKey then AfterKey after a cursor.
    // An order by a joined name adds SameRef (the cursor's joined row, later tickets) before SameKey, and the
    // group of tickets without that row (NullFirst, NullAfter a cursor in it).
    enum class Step { First, SameRef, SameKey, AfterKey, NullFirst, NullAfter };
    static QString selectSql(const TicketPageRequest& request, Step step, bool sortFilteredRows);
    static QList<Step> firstSteps(const TicketPageRequest& request);
    static QList<Step> nextSteps(const TicketPageRequest& request, const TicketListRow& after);
    // Pages of `request` walk an index whatever the data (no filter, or a status the order's index seeks).
    static bool alwaysWalks(const TicketPageRequest& request);
    // Runs `steps` in turn until the page holds request.limit rows.
    Status runSteps(const TicketPageRequest& request, const QList<Step>& steps, bool sortFilteredRows,
                    const TicketListRow* after, std::vector<TicketListRow>& rows);
    // Whether pages of `request` read the filtered tickets and sort them (see the class comment); `recount`
    // refreshes the decision from the current data.
    Result<bool> sortsFilteredRows(const TicketPageRequest& request, bool recount);
    Status runStep(const TicketPageRequest& request, Step step, bool sortFilteredRows, const TicketListRow* after,
                   int limit, std::vector<TicketListRow>& rows);
    PageStatement* prepared(const QString& sql, Error& error);
    Error readError() const;
    Result<qint64> countWith(const QString& sql, const TicketListFilter& filter, qint64 cap);
    // The small-or-big decision for a filter other than a status alone (see decideSmall in the .cpp).
    Result<bool> decideSmall(const TicketPageRequest& request);
    // How many of the first SampleRows tickets in the request's order match its filter.
    Result<qint64> sampleMatches(const TicketPageRequest& request);
    static constexpr qint64 SampleRows = 4000;

    Database& m_db;
    std::map<QString, std::unique_ptr<PageStatement>> m_statements;
    std::map<qint64, bool> m_smallStatus;  // status id -> holds at most m_smallStatusRows, as of its last first page
    std::map<QString, bool> m_smallFilter; // the same for any other filter, keyed by its values
    qint64 m_smallStatusRows = DefaultSmallStatusRows;
};

} // namespace atende
