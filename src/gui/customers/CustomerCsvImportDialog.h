#pragma once

#include "auth/Actor.h"
#include "customers/CustomerCsvImportReport.h"
#include "util/Result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CustomerCsvImportDialog;
}

namespace atende {

class Database;

// Customer import from CSV (issue 4 item 8) in two steps: a check (CustomerCsvImporter's dry run: every check,
// nothing written) listing each refused line with its reason, then the import of the valid lines, each in its own
// transaction. Both run on a worker thread with its own connection; the progress bar turns meanwhile. Import is
// only offered after a check of the same file with the same options.
class CustomerCsvImportDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { LineColumn, ReasonColumn, ColumnCount };

    CustomerCsvImportDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~CustomerCsvImportDialog() override;

    void setFile(const QString& path);
    // Start the dry run / the import; false when not possible now (running, no file, not checked).
    bool check();
    bool import();
    bool isRunning() const { return m_running; }
    bool canImport() const;
    // The report of the last run (dry or not), if any ended well.
    const CustomerCsvImportReport& lastReport() const { return m_report; }
    QString summary() const;
    int rejectedRows() const;

signals:
    void finished();

public slots:
    void reject() override;

private:
    void browse();
    void run(bool dryRun);
    void showOutcome(bool dryRun, const Result<CustomerCsvImportReport>& outcome);
    void updateButtons();
    void invalidateCheck();

    std::unique_ptr<Ui::CustomerCsvImportDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    CustomerCsvImportReport m_report;
    QString m_checkedPath; // the file (and options) the last good dry run was of; empty: none
    bool m_checkedDuplicates = false;
    bool m_running = false;
    bool m_imported = false;
};

} // namespace atende
