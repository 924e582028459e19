#pragma once

#include "auth/Actor.h"
#include "customers/CustomerMergeSummary.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class CustomerMergeDialog;
}

namespace atende {

class CustomerCardWidget;
class Database;

// Merges two records of the same customer (issue 4 "no duplicate customers"): both found with the customer search's
// rules and shown side by side as customer cards, the one to keep chosen, a confirmation naming both, then
// CustomerService::merge (customer.merge, audited in core). Refusals are shown and the choice stays.
class CustomerMergeDialog : public QDialog {
    Q_OBJECT

public:
    // `firstId`: the customer the merge was started from (0: both are searched).
    CustomerMergeDialog(Database& db, Actor actor, qint64 firstId = 0, QWidget* parent = nullptr);
    ~CustomerMergeDialog() override;

    // Shows these two records (0 leaves a side empty).
    void setCustomers(qint64 firstId, qint64 secondId);
    // Searches one side as Enter in its box does (0: first, 1: second).
    void searchSide(int side, const QString& text);
    qint64 customerId(int side) const;
    // Which side is kept (0 or 1).
    void setKeptSide(int side);
    // Asks for confirmation, then merges; false (reason shown) when refused or not confirmed.
    bool merge();
    const CustomerMergeSummary& summary() const { return m_summary; }
    QString message() const;

private:
    struct Side {
        QLineEdit* search;
        QComboBox* results;
        CustomerCardWidget* card;
    };
    Side side(int index) const;
    void showChosen(int index);
    void showMessage(const QString& text, bool error);
    void updateButtons();

    std::unique_ptr<Ui::CustomerMergeDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    CustomerMergeSummary m_summary;
};

} // namespace atende
