#pragma once

#include <QString>

namespace atende {

// Full-text search on PostgreSQL (team mode) speaking the same language as the SQLite FTS5 tables: it takes the
// FTS5 match expression SearchService builds from what a person typed ("joao" "conc"*) and gives the tsquery for
// the tsvector columns of migrations/postgresql/0004 (atende_search_words folds the indexed text with atende_fold()
// and splits it at every character that is not a letter or digit, as FTS5 does). MatchMarker marks the words found.
class ServerTextSearch {
public:
    // to_tsquery('simple', …) text: every term required, the prefix ones with :*. Empty when there is no term.
    static QString tsQuery(const QString& matchExpression);
};

} // namespace atende
