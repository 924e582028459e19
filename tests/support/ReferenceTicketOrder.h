#pragma once

#include "tickets/TicketPageRequest.h"

#include <QString>

namespace atende::test {

// A ticket list's order written the obvious way, to compare TicketPageQuery's keyset pages with: " ORDER BY …"
// for `key` and `order` over the tickets named `alias` in the FROM clause. A joined name is read per ticket by a
// correlated subquery, then its id, then the ticket's id; tickets without the joined row come first ascending and
// last descending (SQLite's default, said explicitly so PostgreSQL orders the same way). Titles and names compare
// folded (atende_fold: no accents, lower case), customers by their folded name_key, as TicketPageQuery does.
class ReferenceTicketOrder {
public:
    static QString sql(TicketSortKey key, Qt::SortOrder order, const QString& alias);
};

} // namespace atende::test
