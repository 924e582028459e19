#include "queues/OverdueHighlightDelegate.h"

namespace atende {

OverdueHighlightDelegate::OverdueHighlightDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role) {}

void OverdueHighlightDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_role).toBool())
        return;
    option->font.setBold(true);
    option->palette.setColor(QPalette::Text, QColor(0xa0, 0x10, 0x10));
    option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xe0, 0xe0));
}

} // namespace atende
