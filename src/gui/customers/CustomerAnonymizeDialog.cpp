#include "customers/CustomerAnonymizeDialog.h"
#include "customers/ui_CustomerAnonymizeDialog.h"

#include "common/BackgroundTask.h"
#include "customers/CustomerAnonymizer.h"
#include "customers/CustomerService.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QPushButton>

namespace atende {

CustomerAnonymizeDialog::CustomerAnonymizeDialog(Database& db, Actor actor, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerAnonymizeDialog>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_customerId(customerId) {
    m_ui->setupUi(this);
    m_ui->busyProgressBar->setVisible(false);
    m_anonymizeButton = m_ui->buttonBox->addButton(tr("&Anonymise"), QDialogButtonBox::DestructiveRole);
    m_anonymizeButton->setObjectName(QStringLiteral("anonymizeButton"));
    m_anonymizeButton->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_anonymizeButton, &QPushButton::clicked, this, &CustomerAnonymizeDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CustomerAnonymizeDialog::reject);
    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &CustomerAnonymizeDialog::updateButton);

    CustomerService service(m_db, SystemClock::instance());
    auto customer = service.get(m_actor, customerId);
    if (!customer) {
        m_ui->customerLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->customerLabel->setTextFormat(Qt::PlainText);
        m_ui->customerLabel->setText(customer.error().userMessage);
        m_ui->confirmLineEdit->setEnabled(false);
        updateButton();
        return;
    }
    m_loaded = true;
    m_expected = customer->code.isEmpty() ? customer->name : customer->code;
    m_ui->customerLabel->setText(
        tr("Anonymise <b>%1</b>%2?")
            .arg(customer->name.toHtmlEscaped(),
                 customer->code.isEmpty() ? QString() : tr(" (code %1)").arg(customer->code.toHtmlEscaped())));
    m_ui->confirmLabel->setText(customer->code.isEmpty()
                                    ? tr("To confirm, type the customer's name exactly: %1").arg(m_expected)
                                    : tr("To confirm, type the customer's code: %1").arg(m_expected));
    updateButton();
    m_ui->confirmLineEdit->setFocus();
}

CustomerAnonymizeDialog::~CustomerAnonymizeDialog() = default;

bool CustomerAnonymizeDialog::isConfirmed() const {
    return m_loaded && !m_expected.isEmpty() && m_ui->confirmLineEdit->text().trimmed() == m_expected.trimmed();
}

void CustomerAnonymizeDialog::updateButton() {
    m_anonymizeButton->setEnabled(isConfirmed() && !m_running && !m_succeeded);
}

bool CustomerAnonymizeDialog::start() {
    if (!isConfirmed() || m_running || m_succeeded)
        return false;
    m_running = true;
    m_ui->confirmLineEdit->setEnabled(false);
    m_ui->compactCheckBox->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_ui->busyProgressBar->setVisible(true);
    m_ui->reportLabel->setStyleSheet(QString());
    m_ui->reportLabel->setText(tr("Anonymising… this may take a while on a large database."));
    updateButton();

    CustomerAnonymizer::Options options;
    options.compactDatabase = m_ui->compactCheckBox->isChecked();
    const QString path = m_db.path();
    const Actor actor = m_actor;
    const qint64 id = m_customerId;
    // The worker opens its own connection: a Database belongs to the thread that opened it.
    runInBackground<Result<CustomerAnonymizationReport>>(
        this,
        [path, actor, id, options]() -> Result<CustomerAnonymizationReport> {
            Database::Options open;
            open.createIfMissing = false;
            open.migrate = false;
            open.backupBeforeMigrate = false;
            auto db = Database::open(path, open);
            if (!db)
                return db.error();
            CustomerAnonymizer anonymizer(**db, SystemClock::instance());
            return anonymizer.anonymize(actor, id, options);
        },
        [this](const Result<CustomerAnonymizationReport>& outcome) { showOutcome(outcome); });
    return true;
}

QString CustomerAnonymizeDialog::reportText() const {
    return m_ui->reportLabel->text();
}

void CustomerAnonymizeDialog::showOutcome(const Result<CustomerAnonymizationReport>& outcome) {
    m_running = false;
    m_ui->busyProgressBar->setVisible(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (!outcome) {
        // Nothing was changed (one transaction): the confirmation stays for another try.
        m_ui->reportLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->reportLabel->setText(outcome.error().userMessage);
        m_ui->confirmLineEdit->setEnabled(true);
        m_ui->compactCheckBox->setEnabled(true);
        updateButton();
        emit finished();
        return;
    }
    m_succeeded = true;
    m_report = *outcome;
    QStringList lines;
    lines << tr("The customer was anonymised.");
    lines << tr("Contacts replaced: %1").arg(m_report.contacts);
    lines << tr("History rows scrubbed: %1").arg(m_report.auditRows);
    lines << tr("Tickets and interactions scrubbed: %1 and %2").arg(m_report.tickets).arg(m_report.interactions);
    lines << tr("Search rows rewritten: %1").arg(m_report.searchRows);
    lines << tr("Other records scrubbed: %1").arg(m_report.otherRows);
    lines << (m_report.compacted ? tr("The database file was rebuilt.")
                                 : tr("The database file was not rebuilt: space freed before may still hold old "
                                      "values until it is."));
    m_ui->reportLabel->setText(lines.join(QLatin1Char('\n')));
    // Done: the only way on is to close.
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    m_anonymizeButton->setVisible(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
    emit finished();
}

void CustomerAnonymizeDialog::reject() {
    // The worker holds its own connection and reports to this dialog: wait for it rather than leave it orphaned.
    if (m_running)
        return;
    if (m_succeeded)
        accept(); // the caller refreshes what it shows
    else
        QDialog::reject();
}

} // namespace atende
