#pragma once

#include "search/SearchHit.h"

#include <QList>

class QListWidget;

namespace atende {

// Fills a QListWidget with knowledge-base search hits: the title with the matched words in bold and the snippet
// under it (SearchHit::toHtml, so nothing from the data is interpreted as HTML). Shared by the admin screen and the
// call screen's KnowledgePanel.
class KnowledgeHitList {
public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int PlainTitleRole = Qt::UserRole + 1;

    static void fill(QListWidget* list, const QList<SearchHit>& hits);
    // The article id of the current row, 0 when none.
    static qint64 currentId(const QListWidget* list);
    // Makes the row of `id` current; false when it is not listed.
    static bool select(QListWidget* list, qint64 id);
};

} // namespace atende
