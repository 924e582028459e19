#pragma once

#include <QStyledItemDelegate>

namespace atende {

// Draws a row whose model answers `role` true (TicketListModel::OverdueRole) in bold dark red: an overdue deadline
// or next action must catch the eye in a long queue without a column of its own.
class OverdueHighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    OverdueHighlightDelegate(int role, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace atende
