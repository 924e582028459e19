#pragma once

#include "auth/Actor.h"
#include "customers/Customer.h"
#include "util/Result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CustomerEditorDialog;
}

namespace atende {

class Database;

// Creates or edits a customer. Validation as you type (CustomerValidator, the same rules core applies on save):
// CPF/CNPJ check digits (alphanumeric CNPJ too) with the mask put back once valid, e-mails, phones with DDD, the
// name; each problem beside its field, and all of them above the Save button (its tooltip too) when Save is
// pressed. Before creating, possible duplicates reported by core are offered first. Nothing typed is lost on an
// error: the dialog stays open with every field as it was.
//
// For an actor without personal_data.view the document, phones and e-mails come masked and are read-only here
// (core keeps the stored values).
class CustomerEditorDialog : public QDialog {
    Q_OBJECT

public:
    enum ContactColumn {
        ContactNameColumn,
        ContactRoleColumn,
        ContactPhoneColumn,
        ContactEmailColumn,
        ContactColumnCount
    };

    // What exec() returns besides Accepted/Rejected: the user chose an existing customer offered as a duplicate.
    static constexpr int OpenExisting = 2;

    CustomerEditorDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~CustomerEditorDialog() override;

    // Edits an existing customer (read through CustomerService). On failure the dialog stays a "new customer" one.
    Status load(qint64 customerId);

    // The saved customer's id after Accepted; the chosen existing one after OpenExisting.
    qint64 customerId() const { return m_customerId; }
    // The problems shown right now (empty when everything typed is valid).
    QStringList problems() const { return m_problems; }

    // Save: validates, offers duplicates, saves through CustomerService; closes only on success.
    void accept() override;

private:
    Customer typedCustomer() const;
    // The save hit a newer stored version: the merge dialog (ConflictMergeDialog) over CustomerConflictMerge, until
    // the merge is saved (true) or the agent cancels (false; the form keeps what was typed).
    bool mergeWithCurrent(const Customer& typed);
    void fillPartners();
    void validateAsYouType();
    void formatDocument();
    void showProblems(const QStringList& problems);
    void showHistory();
    void fillContacts(const QList<CustomerContact>& contacts);
    void addContactRow(const CustomerContact& contact);
    QList<CustomerContact> typedContacts() const;

    std::unique_ptr<Ui::CustomerEditorDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    Customer m_loaded; // the stored customer being edited (id 0: a new one)
    qint64 m_customerId = 0;
    QStringList m_problems;
};

} // namespace atende
