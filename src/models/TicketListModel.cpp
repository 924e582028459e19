#include "TicketListModel.h"

#include <QScopedValueRollback>

#include <QDateTime>

namespace atende {

namespace {

// Every column sorts, each through the key whose index walks it.
std::optional<TicketSortKey> sortKeyFor(int column) {
    switch (column) {
    case TicketListModel::TitleColumn:
        return TicketSortKey::Title;
    case TicketListModel::CustomerColumn:
        return TicketSortKey::CustomerName;
    case TicketListModel::StatusColumn:
        return TicketSortKey::StatusName;
    case TicketListModel::ResponsibleColumn:
        return TicketSortKey::ResponsibleName;
    case TicketListModel::SectorColumn:
        return TicketSortKey::SectorName;
    case TicketListModel::SubjectColumn:
        return TicketSortKey::SubjectName;
    case TicketListModel::ProtocolColumn:
        return TicketSortKey::Protocol;
    case TicketListModel::PriorityColumn:
        return TicketSortKey::Priority;
    case TicketListModel::OpenedColumn:
        return TicketSortKey::OpenedAt;
    case TicketListModel::UpdatedColumn:
        return TicketSortKey::UpdatedAt;
    default:
        return std::nullopt;
    }
}

// Stored in UTC, shown in the workstation's time, in the Brazilian pattern the glossary fixes.
QString localDateTime(qint64 msUtc) {
    if (msUtc <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

TicketListModel::TicketListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(db) {
    m_request.limit = DefaultPageSize;
    resetToFirstPage();
}

TicketListModel::~TicketListModel() = default;

int TicketListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const TicketListRow* TicketListModel::rowAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

QString TicketListModel::priorityText(int priority) const {
    switch (priority) {
    case 1:
        return tr("Critical");
    case 2:
        return tr("High");
    case 3:
        return tr("Medium");
    case 4:
        return tr("Low");
    case 5:
        return tr("Very low");
    default:
        return QString::number(priority);
    }
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketListRow& row = m_rows[std::size_t(index.row())];
    if (role == IdRole)
        return row.id;
    if (role == OverdueRole)
        return m_overdueAtMs > 0 && row.isOpen &&
               ((row.deadlineAtMs > 0 && row.deadlineAtMs < m_overdueAtMs) ||
                (row.nextActionAtMs > 0 && row.nextActionAtMs < m_overdueAtMs));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ProtocolColumn:
            return row.protocol;
        case TitleColumn:
            return row.title;
        case CustomerColumn:
            return row.customerName;
        case StatusColumn:
            return row.statusName;
        case SectorColumn:
            return row.sectorName;
        case SubjectColumn:
            return row.subSubjectName.isEmpty() ? row.subjectName
                                                : QStringLiteral("%1 / %2").arg(row.subjectName, row.subSubjectName);
        case ResponsibleColumn:
            return row.responsibleName;
        case PriorityColumn:
            return role == Qt::ToolTipRole ? tr("Priority %1 (1 is the highest)").arg(row.priority)
                                           : priorityText(row.priority);
        case OpenedColumn:
            return localDateTime(row.openedAtMs);
        case UpdatedColumn:
            return localDateTime(row.updatedAtMs);
        default:
            break;
        }
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProtocolColumn:
        return tr("Protocol");
    case TitleColumn:
        return tr("Title");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case SectorColumn:
        return tr("Sector");
    case SubjectColumn:
        return tr("Subject");
    case ResponsibleColumn:
        return tr("Responsible");
    case PriorityColumn:
        return tr("Priority");
    case OpenedColumn:
        return tr("Opened");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool TicketListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void TicketListModel::fetchMore(const QModelIndex& parent) {
    // Not while this model is announcing a change: a listener that fetches from its slot (the model tester does)
    // would insert rows in the middle of the change in flight, before the listeners after it have heard of it.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    auto page = m_rows.empty() ? m_query.firstPage(m_request) : m_query.nextPage(m_request, m_rows.back());
    if (!page) {
        // Stop asking: a view would otherwise retry on every scroll. reload() tries again.
        m_atEnd = true;
        noteError(page.error());
        return;
    }
    m_lastError.clear();
    std::vector<TicketListRow>& rows = *page;
    m_atEnd = int(rows.size()) < m_request.limit;
    if (rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

bool TicketListModel::isSortable(int column) {
    return sortKeyFor(column).has_value();
}

int TicketListModel::sortColumn() const {
    return columnFor(m_request.sortKey);
}

int TicketListModel::columnFor(TicketSortKey key) {
    switch (key) {
    case TicketSortKey::Protocol:
        return ProtocolColumn;
    case TicketSortKey::Priority:
        return PriorityColumn;
    case TicketSortKey::OpenedAt:
        return OpenedColumn;
    case TicketSortKey::UpdatedAt:
        return UpdatedColumn;
    case TicketSortKey::Title:
        return TitleColumn;
    case TicketSortKey::CustomerName:
        return CustomerColumn;
    case TicketSortKey::StatusName:
        return StatusColumn;
    case TicketSortKey::ResponsibleName:
        return ResponsibleColumn;
    case TicketSortKey::SectorName:
        return SectorColumn;
    case TicketSortKey::SubjectName:
        return SubjectColumn;
    }
    return UpdatedColumn;
}

void TicketListModel::sort(int column, Qt::SortOrder order) {
    const std::optional<TicketSortKey> key = sortKeyFor(column);
    if (!key || (*key == m_request.sortKey && order == m_request.order))
        return;
    m_request.sortKey = *key;
    m_request.order = order;
    resetToFirstPage();
}

void TicketListModel::setStatusFilter(std::optional<qint64> statusId) {
    if (statusId == m_request.filter.statusId)
        return;
    m_request.filter.statusId = statusId;
    resetToFirstPage();
}

void TicketListModel::setFilter(const TicketListFilter& filter) {
    if (filter == m_request.filter)
        return;
    m_request.filter = filter;
    resetToFirstPage();
}

void TicketListModel::setSortKey(TicketSortKey key, Qt::SortOrder order) {
    if (key == m_request.sortKey && order == m_request.order)
        return;
    m_request.sortKey = key;
    m_request.order = order;
    resetToFirstPage();
}

void TicketListModel::setFilterAndSort(const TicketListFilter& filter, TicketSortKey key, Qt::SortOrder order) {
    if (filter == m_request.filter && key == m_request.sortKey && order == m_request.order)
        return;
    m_request.filter = filter;
    m_request.sortKey = key;
    m_request.order = order;
    resetToFirstPage();
}

void TicketListModel::setOverdueAt(qint64 nowMs) {
    m_overdueAtMs = nowMs;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {OverdueRole});
}

void TicketListModel::setPageSize(int rows) {
    m_request.limit = std::max(rows, 1);
}

void TicketListModel::reload() {
    resetToFirstPage();
}

void TicketListModel::resetToFirstPage() {
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows = {}; // gives the memory of a long scroll back, unlike clear()
    m_atEnd = false;
    m_lastError.clear();
    auto page = m_query.firstPage(m_request);
    Error error;
    if (page) {
        m_rows = std::move(*page);
        m_atEnd = int(m_rows.size()) < m_request.limit;
    } else {
        m_atEnd = true;
        error = page.error();
    }
    endResetModel();
    if (!page)
        noteError(error);
}

void TicketListModel::noteError(const Error& error) {
    m_lastError = error.userMessage;
    emit loadFailed(error.userMessage);
}

} // namespace atende
