#include "customers/CustomerCsvImportDialog.h"
#include "customers/ui_CustomerCsvImportDialog.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "customers/CustomerCsvImporter.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace atende {

CustomerCsvImportDialog::CustomerCsvImportDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerCsvImportDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->rejectedTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Why it was refused")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_ui->busyProgressBar->setVisible(false);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &CustomerCsvImportDialog::browse);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &CustomerCsvImportDialog::check);
    connect(m_ui->importButton, &QPushButton::clicked, this, &CustomerCsvImportDialog::import);
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, &CustomerCsvImportDialog::invalidateCheck);
    connect(m_ui->fileLineEdit, &QLineEdit::returnPressed, this, &CustomerCsvImportDialog::check);
    connect(m_ui->allowDuplicatesCheckBox, &QCheckBox::toggled, this, &CustomerCsvImportDialog::invalidateCheck);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CustomerCsvImportDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    updateButtons();
    m_ui->fileLineEdit->setFocus();
}

CustomerCsvImportDialog::~CustomerCsvImportDialog() = default;

void CustomerCsvImportDialog::setFile(const QString& path) {
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
}

QString CustomerCsvImportDialog::summary() const {
    return m_ui->summaryLabel->text();
}

int CustomerCsvImportDialog::rejectedRows() const {
    return m_ui->rejectedTableWidget->rowCount();
}

bool CustomerCsvImportDialog::canImport() const {
    return !m_running && !m_imported && !m_checkedPath.isEmpty() &&
           m_checkedPath == QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed()) &&
           m_checkedDuplicates == m_ui->allowDuplicatesCheckBox->isChecked() && m_report.imported > 0;
}

void CustomerCsvImportDialog::updateButtons() {
    const bool hasFile = !m_ui->fileLineEdit->text().trimmed().isEmpty();
    m_ui->checkButton->setEnabled(!m_running && hasFile);
    m_ui->importButton->setEnabled(canImport());
    m_ui->browseButton->setEnabled(!m_running);
    m_ui->fileLineEdit->setEnabled(!m_running);
    m_ui->allowDuplicatesCheckBox->setEnabled(!m_running);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(!m_running);
}

void CustomerCsvImportDialog::invalidateCheck() {
    // Another file (or other options): what was checked no longer says anything about it.
    m_checkedPath.clear();
    m_imported = false;
    updateButtons();
}

void CustomerCsvImportDialog::browse() {
    const QString current = m_ui->fileLineEdit->text().trimmed();
    const QString path = FileDialogs::openFileName(
        this, tr("Import customers"), current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool CustomerCsvImportDialog::check() {
    if (m_running || m_ui->fileLineEdit->text().trimmed().isEmpty())
        return false;
    run(true);
    return true;
}

bool CustomerCsvImportDialog::import() {
    if (!canImport())
        return false;
    run(false);
    return true;
}

void CustomerCsvImportDialog::run(bool dryRun) {
    m_running = true;
    m_ui->busyProgressBar->setVisible(true);
    m_ui->summaryLabel->setStyleSheet(QString());
    m_ui->summaryLabel->setText(dryRun ? tr("Checking the file…") : tr("Importing…"));
    updateButtons();
    const QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    const QString databasePath = m_db.path();
    const Actor actor = m_actor;
    CustomerCsvImporter::Options options;
    options.dryRun = dryRun;
    options.allowDuplicates = m_ui->allowDuplicatesCheckBox->isChecked();
    const bool duplicates = options.allowDuplicates;
    runInBackground<Result<CustomerCsvImportReport>>(
        this,
        [databasePath, actor, path, options]() -> Result<CustomerCsvImportReport> {
            Database::Options open;
            open.createIfMissing = false;
            open.migrate = false;
            open.backupBeforeMigrate = false;
            auto db = Database::open(databasePath, open);
            if (!db)
                return db.error();
            CustomerCsvImporter importer(**db, SystemClock::instance());
            return importer.importFile(actor, path, options);
        },
        [this, dryRun, path, duplicates](const Result<CustomerCsvImportReport>& outcome) {
            if (outcome && dryRun) {
                m_checkedPath = path;
                m_checkedDuplicates = duplicates;
            }
            showOutcome(dryRun, outcome);
        });
}

void CustomerCsvImportDialog::showOutcome(bool dryRun, const Result<CustomerCsvImportReport>& outcome) {
    m_running = false;
    m_ui->busyProgressBar->setVisible(false);
    QTableWidget* table = m_ui->rejectedTableWidget;
    table->setRowCount(0);
    if (!outcome) {
        m_checkedPath.clear();
        m_ui->summaryLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->summaryLabel->setText(outcome.error().userMessage);
        updateButtons();
        emit finished();
        return;
    }
    m_report = *outcome;
    if (!dryRun)
        m_imported = true;
    QStringList lines;
    if (dryRun)
        lines << tr("Check: %1 line(s) read, %2 can be imported, %3 would be refused. Nothing was saved.")
                     .arg(m_report.rows)
                     .arg(m_report.imported)
                     .arg(m_report.rejectedCount());
    else
        lines << tr("Import: %1 line(s) read, %2 customer(s) imported, %3 refused.")
                     .arg(m_report.rows)
                     .arg(m_report.imported)
                     .arg(m_report.rejectedCount());
    if (!m_report.ignoredColumns.isEmpty())
        lines << tr("Columns ignored: %1.").arg(m_report.ignoredColumns.join(QStringLiteral(", ")));
    if (m_report.rejectedNotListed > 0)
        lines << tr("%1 more refused line(s) are not listed.").arg(m_report.rejectedNotListed);
    if (m_report.stopped)
        lines << tr("Stopped at line %1: %2").arg(m_report.stoppedAtLine).arg(m_report.stopReason);
    if (dryRun && m_report.imported > 0)
        lines << tr("Press Import to save the valid lines.");
    m_ui->summaryLabel->setStyleSheet(m_report.stopped ? QStringLiteral("color: #b00020;") : QString());
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
    table->setRowCount(int(m_report.rejected.size()));
    for (int row = 0; row < m_report.rejected.size(); ++row) {
        const auto& rejection = m_report.rejected.at(row);
        auto* line = new QTableWidgetItem(QString::number(rejection.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, LineColumn, line);
        table->setItem(row, ReasonColumn, new QTableWidgetItem(rejection.reason));
    }
    updateButtons();
    if (m_ui->importButton->isEnabled())
        m_ui->importButton->setFocus();
    emit finished();
}

void CustomerCsvImportDialog::reject() {
    if (m_running)
        return; // the worker reports to this dialog: let it end
    if (m_imported)
        accept(); // the caller reloads its lists
    else
        QDialog::reject();
}

} // namespace atende
