#pragma once

#include "search/SearchHit.h"

#include <QList>

class QListWidget;

namespace atende {

// Fills a QListWidget with search hits: the title with the matched words in bold, the context line and the snippet
// under it (SearchHit::toHtml, so nothing from the data is interpreted as HTML). Hits may come in groups, each under
// a header row that cannot be selected. Shared by the knowledge-base screens and the search box of the main window.
class SearchHitList {
public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int PlainTitleRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2; // int(SearchHit::Kind); absent on header rows

    // The list holds exactly `hits`, without headers.
    static void fill(QListWidget* list, const QList<SearchHit>& hits);
    static void clear(QListWidget* list);
    // Appends a header row ("Tickets (20)") and the hits of its group under it.
    static void appendGroup(QListWidget* list, const QString& header, const QList<SearchHit>& hits);
    // Rows wrap to the list's width; call after the last append.
    static void fitRows(QListWidget* list);

    // The id of the current row, 0 when none (or on a header).
    static qint64 currentId(const QListWidget* list);
    // Makes the row of `id` current; false when it is not listed.
    static bool select(QListWidget* list, qint64 id);
    // Makes the first hit current (skipping headers); false when there is none.
    static bool selectFirstHit(QListWidget* list);
};

} // namespace atende
