#include "knowledge/KnowledgeHitList.h"

#include <QLabel>
#include <QListWidget>

namespace atende {

void KnowledgeHitList::fill(QListWidget* list, const QList<SearchHit>& hits) {
    const QSignalBlocker block(list);
    list->clear();
    for (const SearchHit& hit : hits) {
        auto* item = new QListWidgetItem(list);
        item->setData(IdRole, hit.id);
        const QString plainTitle = SearchHit::toPlain(hit.title).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        item->setData(PlainTitleRole, plainTitle);
        // Screen readers and keyboard search read the plain title; the label draws the highlighted one.
        item->setData(Qt::AccessibleTextRole, plainTitle);
        QString html = QStringLiteral("<b>%1</b>").arg(SearchHit::toHtml(hit.title));
        if (!hit.snippet.isEmpty())
            html += QStringLiteral("<br/><span style=\"color: gray;\">%1</span>").arg(SearchHit::toHtml(hit.snippet));
        auto* label = new QLabel(html);
        label->setObjectName(QStringLiteral("hitLabel"));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setContentsMargins(4, 3, 4, 3);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        list->setItemWidget(item, label);
        const int width = std::max(200, list->viewport()->width() - 8);
        item->setSizeHint(QSize(width, label->heightForWidth(width) + 2));
    }
}

qint64 KnowledgeHitList::currentId(const QListWidget* list) {
    const QListWidgetItem* item = list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

bool KnowledgeHitList::select(QListWidget* list, qint64 id) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(IdRole).toLongLong() == id) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace atende
