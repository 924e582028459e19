#include "CustomerListModel.h"

#include <QScopedValueRollback>

#include "docs/DocumentNumber.h"

namespace atende {

namespace {

std::optional<CustomerSortKey> sortKeyFor(int column) {
    switch (column) {
    case CustomerListModel::NameColumn:
        return CustomerSortKey::Name;
    case CustomerListModel::DocumentColumn:
        return CustomerSortKey::Document;
    case CustomerListModel::CodeColumn:
        return CustomerSortKey::Code;
    default:
        return std::nullopt;
    }
}

} // namespace

CustomerListModel::CustomerListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(db) {
    m_request.limit = DefaultPageSize;
    resetToFirstPage();
}

CustomerListModel::~CustomerListModel() = default;

int CustomerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerListRow* CustomerListModel::rowAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerListRow& row = m_rows[std::size_t(index.row())];
    if (role == IdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == KindColumn)
        return row.kind == QLatin1String("PJ") ? tr("Company") : tr("Individual");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case KindColumn:
        return row.kind;
    case DocumentColumn:
        return m_maskDocuments ? DocumentNumber::maskNormalized(row.document)
                               : DocumentNumber::formatNormalized(row.document);
    case CodeColumn:
        return row.code.value_or(QString());
    case CityColumn:
        if (row.state.isEmpty())
            return row.city;
        if (row.city.isEmpty())
            return row.state;
        return QStringLiteral("%1/%2").arg(row.city, row.state);
    case InDebtColumn:
        return row.inDebt ? tr("In debt") : QString();
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("PF/PJ");
    case DocumentColumn:
        return tr("CPF/CNPJ");
    case CodeColumn:
        return tr("Code");
    case CityColumn:
        return tr("City");
    case InDebtColumn:
        return tr("Finance");
    default:
        return {};
    }
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void CustomerListModel::fetchMore(const QModelIndex& parent) {
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
    std::vector<CustomerListRow>& rows = *page;
    m_atEnd = int(rows.size()) < m_request.limit;
    if (rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

bool CustomerListModel::isSortable(int column) {
    return sortKeyFor(column).has_value();
}

int CustomerListModel::sortColumn() const {
    switch (m_request.sortKey) {
    case CustomerSortKey::Name:
        return NameColumn;
    case CustomerSortKey::Document:
        return DocumentColumn;
    case CustomerSortKey::Code:
        return CodeColumn;
    }
    return NameColumn;
}

void CustomerListModel::sort(int column, Qt::SortOrder order) {
    const std::optional<CustomerSortKey> key = sortKeyFor(column);
    if (!key || (*key == m_request.sortKey && order == m_request.order))
        return;
    m_request.sortKey = *key;
    m_request.order = order;
    resetToFirstPage();
}

void CustomerListModel::setFilter(const CustomerListFilter& filter) {
    if (filter == m_request.filter)
        return;
    m_request.filter = filter;
    resetToFirstPage();
}

void CustomerListModel::setSearchText(const QString& text) {
    setFilter(CustomerListFilter::fromSearchText(text));
}

void CustomerListModel::setMaskDocuments(bool mask) {
    if (mask == m_maskDocuments)
        return;
    m_maskDocuments = mask;
    if (!m_rows.empty())
        emit dataChanged(index(0, DocumentColumn), index(int(m_rows.size()) - 1, DocumentColumn));
}

void CustomerListModel::setPageSize(int rows) {
    m_request.limit = std::max(rows, 1);
}

void CustomerListModel::reload() {
    resetToFirstPage();
}

void CustomerListModel::resetToFirstPage() {
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

void CustomerListModel::noteError(const Error& error) {
    m_lastError = error.userMessage;
    emit loadFailed(error.userMessage);
}

} // namespace atende
