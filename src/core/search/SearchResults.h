#pragma once

#include "search/SearchHit.h"

#include <QList>

namespace atende {

// What the search box shows: the exact hit (a protocol or a CPF/CNPJ typed in full) first, then the groups, each
// ranked best first.
struct SearchResults {
    QList<SearchHit> exact;
    QList<SearchHit> tickets;
    QList<SearchHit> customers;
    QList<SearchHit> articles;
    QString matchExpression; // the FTS5 query the text became (for the bench and for troubleshooting)

    bool isEmpty() const { return exact.isEmpty() && tickets.isEmpty() && customers.isEmpty() && articles.isEmpty(); }
    qsizetype count() const { return exact.size() + tickets.size() + customers.size() + articles.size(); }
};

} // namespace atende
