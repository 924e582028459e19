#pragma once

#include "search/SearchHit.h"

#include <QList>
#include <QString>

#include <optional>

namespace atende {
class Database;
}

namespace atende::test {

// What the full-text tables hold, asked the same way on both engines (issue 9): tests check that a writer kept its
// record's search row in step without knowing whether it is an FTS5 table (SQLite: MATCH, rowid) or a tsvector
// column (PostgreSQL: @@, id).
//
// The ids of the rows of `kind`'s search table that hold every word of `words` (folded as the search box folds them:
// case and accents ignored; each word whole, no prefix), in ascending order.
QList<qint64> searchRowIds(Database& db, SearchHit::Kind kind, const QString& words);
// How many rows hold every word of `words`; with `id`, only that record's row is counted (0 or 1).
qint64 searchRowsMatching(Database& db, SearchHit::Kind kind, const QString& words,
                          std::optional<qint64> id = std::nullopt);
// Whether the record has a search row at all (0 or 1).
qint64 searchRowsFor(Database& db, SearchHit::Kind kind, qint64 id);

} // namespace atende::test
