#pragma once

#include "customers/CustomerPageQuery.h"

#include <QAbstractTableModel>

#include <vector>

namespace atende {

// The customer browse list over CustomerPageQuery, loaded page by page as the view scrolls. Sortable by name,
// CPF/CNPJ and code (the indexed columns); a search text narrows it by name or document prefix.
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The debt flag sits before the city so that the last, stretched column holds text of varying width.
    enum Column { NameColumn, KindColumn, DocumentColumn, CodeColumn, InDebtColumn, CityColumn, ColumnCount };
    static constexpr int DefaultPageSize = 200;
    // Qt::UserRole gives the customer id (qlonglong).
    static constexpr int IdRole = Qt::UserRole;

    // `db` must outlive the model. Starts ordered by name.
    explicit CustomerListModel(Database& db, QObject* parent = nullptr);
    ~CustomerListModel() override;

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

    void setFilter(const CustomerListFilter& filter);
    const CustomerListFilter& filter() const { return m_request.filter; }
    // What a search box holds: a name prefix, or a CPF/CNPJ prefix when it has a digit.
    void setSearchText(const QString& text);

    // LGPD: show ***.456.789-** instead of the full document (for profiles that may not see personal data).
    void setMaskDocuments(bool mask);
    bool masksDocuments() const { return m_maskDocuments; }

    void setPageSize(int rows);
    int pageSize() const { return m_request.limit; }
    void reload();

    const CustomerListRow* rowAt(int row) const;
    const QString& lastError() const { return m_lastError; }

signals:
    void loadFailed(const QString& userMessage);

private:
    void resetToFirstPage();
    void noteError(const Error& error);

    CustomerPageQuery m_query;
    CustomerPageRequest m_request;
    std::vector<CustomerListRow> m_rows;
    bool m_atEnd = false;
    bool m_changing = false; // between begin and end of a row insertion or reset
    bool m_maskDocuments = false;
    QString m_lastError;
};

} // namespace atende
