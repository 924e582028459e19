#pragma once

#include "tickets/TicketPageQuery.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace atende {

// The ticket browse list over TicketPageQuery: loads the first page at once and the rest page by page as the
// view scrolls (canFetchMore/fetchMore), so a million tickets open as fast as a hundred. Every column sorts
// both ways through an index (see TicketPageQuery); the subject column by the subject's name.
class TicketListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // What an agent scans a queue by comes first, so a narrow window scrolls away only sector and subject.
    enum Column {
        ProtocolColumn,
        TitleColumn,
        CustomerColumn,
        StatusColumn,
        PriorityColumn,
        ResponsibleColumn,
        UpdatedColumn,
        OpenedColumn,
        SectorColumn,
        SubjectColumn,
        ColumnCount
    };
    static constexpr int DefaultPageSize = 200;
    // Qt::UserRole gives the ticket id (qlonglong).
    static constexpr int IdRole = Qt::UserRole;
    // True when the ticket is open and its deadline or next action passed before setOverdueAt()'s instant.
    static constexpr int OverdueRole = Qt::UserRole + 1;

    // `db` must outlive the model. Starts ordered by last update, newest first.
    explicit TicketListModel(Database& db, QObject* parent = nullptr);
    ~TicketListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Re-reads from the first page when `column` is sortable and differs from the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_request.order; }

    // Only tickets in this workflow status (workflow_statuses.id); empty: every status.
    void setStatusFilter(std::optional<qint64> statusId);
    std::optional<qint64> statusFilter() const { return m_request.filter.statusId; }
    const TicketListFilter& filter() const { return m_request.filter; }
    // Any combination of filters (queues); re-reads from the first page when it differs from the current one.
    void setFilter(const TicketListFilter& filter);
    // Order by an indexed key, as a saved queue asks; re-reads when it differs.
    void setSortKey(TicketSortKey key, Qt::SortOrder order);
    TicketSortKey sortKey() const { return m_request.sortKey; }
    // Filter and order at once (a queue chosen from a list): one first-page read instead of two.
    void setFilterAndSort(const TicketListFilter& filter, TicketSortKey key, Qt::SortOrder order);
    // The column showing `key`.
    static int columnFor(TicketSortKey key);
    // Tickets whose deadline or next action has passed at this instant answer OverdueRole true (a view
    // highlights them); 0: nothing is overdue (the browse list).
    void setOverdueAt(qint64 nowMs);

    // Rows per page (at least 1); takes effect on the next page read.
    void setPageSize(int rows);
    int pageSize() const { return m_request.limit; }

    // Reads again from the first page (after the data changed).
    void reload();

    // The row behind a model row, or nullptr when out of range.
    const TicketListRow* rowAt(int row) const;
    // The user message of the last failed read; empty when the last read worked.
    const QString& lastError() const { return m_lastError; }

signals:
    // A page could not be read; `userMessage` says what to do.
    void loadFailed(const QString& userMessage);

private:
    void resetToFirstPage();
    void noteError(const Error& error);
    QString priorityText(int priority) const;

    TicketPageQuery m_query;
    TicketPageRequest m_request;
    std::vector<TicketListRow> m_rows;
    bool m_atEnd = false;
    qint64 m_overdueAtMs = 0;
    bool m_changing = false; // between begin and end of a row insertion or reset
    QString m_lastError;
};

} // namespace atende
