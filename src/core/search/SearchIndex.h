#pragma once

#include "search/SearchHit.h"
#include "util/Result.h"

namespace atende {

class Database;

// The full-text rows behind the search box: one FTS5 table per kind (ticket_search, customer_search,
// article_search; migration 0004), each row keyed by the record's id. Every writer of tickets, customers and
// articles keeps its row in step through here, inside the transaction of its change.
class SearchIndex {
public:
    static QString tableFor(SearchHit::Kind kind);

    // Replaces the record's row (title and body as they should be found).
    static Status write(Database& db, SearchHit::Kind kind, qint64 id, const QString& title, const QString& body);
    static Status remove(Database& db, SearchHit::Kind kind, qint64 id);
    // Merges the index's segments into one: after a removal, no former token survives in an older segment (LGPD
    // anonymisation).
    // The column that holds the record's id in the search tables: "rowid" (FTS5) or "id" (PostgreSQL).
    static QString keyColumn(const Database& db);
    static Status optimize(Database& db, SearchHit::Kind kind);
};

} // namespace atende
