#include "common/SearchHitList.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>

namespace atende {

namespace {

// Rich-text labels wrap to the list's width: their rows are sized again whenever the list's width changes.
class HitHeightFitter : public QObject {
public:
    explicit HitHeightFitter(QListWidget* list)
        : QObject(list)
        , m_list(list) {
        setObjectName(QStringLiteral("hitHeightFitter"));
        list->viewport()->installEventFilter(this);
    }

    void fit() {
        const int width = std::max(120, m_list->viewport()->width());
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem* item = m_list->item(row);
            if (auto* label = qobject_cast<QLabel*>(m_list->itemWidget(item)))
                item->setSizeHint(QSize(width, label->heightForWidth(width) + 2));
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize && watched == m_list->viewport())
            fit();
        return false;
    }

private:
    QListWidget* m_list;
};

} // namespace

namespace {

void appendHit(QListWidget* list, const SearchHit& hit) {
    auto* item = new QListWidgetItem(list);
    item->setData(SearchHitList::IdRole, hit.id);
    item->setData(SearchHitList::KindRole, int(hit.kind));
    const QString plainTitle = QString(hit.title).remove(SearchHit::MarkStart).remove(SearchHit::MarkEnd);
    item->setData(SearchHitList::PlainTitleRole, plainTitle);
    // Screen readers and keyboard search read the plain title; the label draws the highlighted one.
    item->setData(Qt::AccessibleTextRole, plainTitle);
    // The title in the list's own colours (readable on the selection too), the matched words in bold, the context
    // line and the snippet smaller under it.
    QString html = SearchHit::toHtml(hit.title);
    if (!hit.detail.isEmpty())
        html += QStringLiteral("<br/><small>%1</small>").arg(hit.detail.toHtmlEscaped());
    if (!hit.snippet.isEmpty())
        html += QStringLiteral("<br/><small>%1</small>").arg(SearchHit::toHtml(hit.snippet));
    auto* label = new QLabel(html);
    label->setObjectName(QStringLiteral("hitLabel"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setContentsMargins(4, 3, 4, 3);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    list->setItemWidget(item, label);
}

} // namespace

void SearchHitList::clear(QListWidget* list) {
    const QSignalBlocker block(list);
    list->clear();
}

void SearchHitList::fill(QListWidget* list, const QList<SearchHit>& hits) {
    clear(list);
    {
        const QSignalBlocker block(list);
        for (const SearchHit& hit : hits)
            appendHit(list, hit);
    }
    fitRows(list);
}

void SearchHitList::appendGroup(QListWidget* list, const QString& header, const QList<SearchHit>& hits) {
    const QSignalBlocker block(list);
    auto* item = new QListWidgetItem(header, list);
    // Disabled, so the arrows step over it (QListView skips disabled rows) and a click does nothing; drawn in the
    // normal text colour all the same.
    item->setFlags(Qt::NoItemFlags);
    item->setForeground(list->palette().text());
    QFont bold = list->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setBackground(list->palette().alternateBase());
    for (const SearchHit& hit : hits)
        appendHit(list, hit);
}

void SearchHitList::fitRows(QListWidget* list) {
    auto* fitter = list->findChild<HitHeightFitter*>(QStringLiteral("hitHeightFitter"), Qt::FindDirectChildrenOnly);
    if (!fitter)
        fitter = new HitHeightFitter(list);
    fitter->fit();
}

qint64 SearchHitList::currentId(const QListWidget* list) {
    const QListWidgetItem* item = list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

bool SearchHitList::selectFirstHit(QListWidget* list) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->flags() & Qt::ItemIsSelectable) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool SearchHitList::select(QListWidget* list, qint64 id) {
    for (int row = 0; row < list->count(); ++row) {
        if ((list->item(row)->flags() & Qt::ItemIsSelectable) && list->item(row)->data(IdRole).toLongLong() == id) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace atende
