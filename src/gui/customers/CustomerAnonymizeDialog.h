#pragma once

#include "auth/Actor.h"
#include "customers/CustomerAnonymizationReport.h"
#include "util/Result.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class CustomerAnonymizeDialog;
}

namespace atende {

class Database;

// LGPD anonymisation on the customer's request, with a strong confirmation: the button only works once the
// customer's code (or, without a code, its name) is typed exactly, so a slip of the mouse never erases anyone.
// CustomerAnonymizer (customer.anonymize, audited) runs on a worker thread with its own connection, the progress bar
// turning meanwhile; the report of what was changed is shown at the end.
class CustomerAnonymizeDialog : public QDialog {
    Q_OBJECT

public:
    CustomerAnonymizeDialog(Database& db, Actor actor, qint64 customerId, QWidget* parent = nullptr);
    ~CustomerAnonymizeDialog() override;

    // False (the reason shown) when the customer cannot be read.
    bool isLoaded() const { return m_loaded; }
    // What must be typed to confirm.
    QString expectedConfirmation() const { return m_expected; }
    bool isConfirmed() const;
    // Starts the anonymisation when confirmed; false otherwise (nothing happens).
    bool start();
    bool isRunning() const { return m_running; }
    bool succeeded() const { return m_succeeded; }
    const CustomerAnonymizationReport& report() const { return m_report; }
    QString reportText() const;

signals:
    // The worker ended (succeeded() tells how).
    void finished();

public slots:
    void reject() override;

private:
    void updateButton();
    void showOutcome(const Result<CustomerAnonymizationReport>& outcome);

    std::unique_ptr<Ui::CustomerAnonymizeDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    qint64 m_customerId = 0;
    QString m_expected;
    QPushButton* m_anonymizeButton = nullptr;
    CustomerAnonymizationReport m_report;
    bool m_loaded = false;
    bool m_running = false;
    bool m_succeeded = false;
};

} // namespace atende
