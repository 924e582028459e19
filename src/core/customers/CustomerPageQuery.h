#pragma once

#include "customers/CustomerListRow.h"
#include "customers/CustomerPageRequest.h"
#include "storage/PageStatement.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace atende {

class Database;

// Reads the customer list one keyset page at a time (see TicketPageQuery for the why): orders by folded name
// (customers_name_key), document or code (their unique indexes), ties broken by id; a name or document prefix
// narrows the list through the same indexes. Customers without a code come first in ascending code order and
// last in descending order, as SQL sorts NULLs.
//
// A prefix on another column than the order's is checked row by row along the order's index while it matches
// many customers; when it matches at most smallFilterRows(), the matches are read through the prefix's index and
// sorted instead (a rare prefix would otherwise walk the whole order index: half a second at 200k customers).
//
// Statements are prepared once per query object and reused, on the raw SQLite handle (see TicketPageQuery).
// Not thread-safe; destroy it before the Database.
class CustomerPageQuery {
    Q_DECLARE_TR_FUNCTIONS(CustomerPageQuery)

public:
    // Up to this many matches of a prefix on another column, a page sorts them instead of walking an order index.
    static constexpr qint64 DefaultSmallFilterRows = 20000;

    explicit CustomerPageQuery(Database& db);
    ~CustomerPageQuery();
    CustomerPageQuery(const CustomerPageQuery&) = delete;
    CustomerPageQuery& operator=(const CustomerPageQuery&) = delete;

    Result<std::vector<CustomerListRow>> firstPage(const CustomerPageRequest& request);
    // The rows that follow `after`, the last row of the previous page of the same request.
    Result<std::vector<CustomerListRow>> nextPage(const CustomerPageRequest& request, const CustomerListRow& after);
    Result<qint64> count(const CustomerListFilter& filter = {});

    // The customer with this CPF/CNPJ, typed with or without mask, in any case. InvalidInput (with the reason)
    // when the text cannot be a CPF/CNPJ, NotFound when no customer has it.
    Result<CustomerListRow> findByDocument(const QString& typed);

    // Tests move the threshold to reach both ways of reading a filtered page with little data.
    void setSmallFilterRows(qint64 rows) { m_smallFilterRows = rows; }
    qint64 smallFilterRows() const { return m_smallFilterRows; }

    // Every SELECT a page of `request` may run, for EXPLAIN QUERY PLAN checks in tests and benchmarks.
    static QStringList statements(const CustomerPageRequest& request);

private:
    enum class Step {
        First,
        SameKey,    // same sort value as the cursor, later id
        SameNull,   // cursor's sort value is NULL: NULLs with a later id
        AfterKey,   // later sort value
        AfterNull,  // ascending, after the NULLs: every non-NULL value
        NullsAtEnd, // descending, after the last non-NULL value: the NULLs
    };
    static QString selectSql(const CustomerPageRequest& request, Step step, bool sortFilteredRows);
    // Whether the filter is on another column than the order (so a choice between walking and sorting exists).
    static bool filtersOtherColumn(const CustomerPageRequest& request);
    Result<bool> sortsFilteredRows(const CustomerPageRequest& request, bool recount);
    Status runStep(const CustomerPageRequest& request, Step step, bool sortFilteredRows, const CustomerListRow* after,
                   int limit, std::vector<CustomerListRow>& rows);
    PageStatement* prepared(const QString& sql, Error& error);
    Error readError() const;

    Database& m_db;
    std::map<QString, std::unique_ptr<PageStatement>> m_statements;
    // The call screen's lookup is the hottest statement: kept at hand, not looked up by its text.
    PageStatement* m_findByDocument = nullptr;
    // The filter of the last first page and whether it matched at most m_smallFilterRows customers.
    std::optional<std::pair<CustomerListFilter, bool>> m_smallFilter;
    qint64 m_smallFilterRows = DefaultSmallFilterRows;
};

} // namespace atende
