#pragma once

#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CustomerSearchDialog;
}

namespace atende {

class CustomerCardWidget;
class Database;

// The customer search (F-02): one box for CPF/CNPJ (with or without mask), code, name prefix (accents ignored),
// phone or e-mail, read by CustomerLookup as core finds them; the results with their documents masked for
// profiles without personal_data.view; the customer card of the selected one; new, edit and history from here.
class CustomerSearchDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { NameColumn, DocumentColumn, CodeColumn, CityColumn, ColumnCount };

    CustomerSearchDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~CustomerSearchDialog() override;

    // Searches as Enter in the box does.
    void search(const QString& text);
    // Shows one customer's card (the row is selected when it is in the results).
    void showCustomer(qint64 customerId);
    CustomerCardWidget* card() const;
    int resultCount() const;

private:
    void showSelected();
    void newCustomer();
    void editCustomer();
    void showHistory();
    void mergeCustomer();
    void anonymizeCustomer();
    void exportData(bool pdf);
    void enableCustomerButtons(bool enabled);
    void showError(const QString& message);

    std::unique_ptr<Ui::CustomerSearchDialog> m_ui;
    Database& m_db;
    Actor m_actor;
};

} // namespace atende
