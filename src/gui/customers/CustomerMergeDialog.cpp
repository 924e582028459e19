#include "customers/CustomerMergeDialog.h"
#include "customers/ui_CustomerMergeDialog.h"

#include "common/MessageBoxes.h"
#include "customers/CustomerCardWidget.h"
#include "customers/CustomerLookup.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"
#include "util/SystemClock.h"

#include <QPushButton>

namespace atende {

namespace {

// How a record is named in the lists and the confirmation: name, code and document (masked by core when needed).
QString describe(const Customer& c) {
    QStringList parts{c.name};
    if (!c.code.isEmpty())
        parts << c.code;
    parts << (c.personalDataMasked ? c.document : DocumentNumber::formatNormalized(c.document));
    return parts.join(QStringLiteral(" - "));
}

} // namespace

CustomerMergeDialog::CustomerMergeDialog(Database& db, Actor actor, qint64 firstId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerMergeDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    for (int index : {0, 1}) {
        const Side s = side(index);
        connect(s.search, &QLineEdit::returnPressed, this, [this, index] {
            searchSide(index, side(index).search->text());
            side(index).results->setFocus();
        });
        connect(s.results, &QComboBox::currentIndexChanged, this, [this, index] { showChosen(index); });
    }
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &CustomerMergeDialog::merge);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    setCustomers(firstId, 0);
    (firstId ? m_ui->rightSearchLineEdit : m_ui->leftSearchLineEdit)->setFocus();
}

CustomerMergeDialog::~CustomerMergeDialog() = default;

CustomerMergeDialog::Side CustomerMergeDialog::side(int index) const {
    if (index == 0)
        return {m_ui->leftSearchLineEdit, m_ui->leftResultsComboBox, m_ui->leftCardWidget};
    return {m_ui->rightSearchLineEdit, m_ui->rightResultsComboBox, m_ui->rightCardWidget};
}

QString CustomerMergeDialog::message() const {
    return m_ui->messageLabel->text();
}

void CustomerMergeDialog::showMessage(const QString& text, bool error) {
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
}

void CustomerMergeDialog::setCustomers(qint64 firstId, qint64 secondId) {
    CustomerService service(m_db, SystemClock::instance());
    const qint64 ids[] = {firstId, secondId};
    for (int index : {0, 1}) {
        const Side s = side(index);
        const QSignalBlocker block(s.results);
        s.results->clear();
        if (ids[index] == 0) {
            s.card->clear();
            continue;
        }
        auto customer = service.get(m_actor, ids[index]);
        if (!customer) {
            showMessage(customer.error().userMessage, true);
            s.card->clear();
            continue;
        }
        s.results->addItem(describe(*customer), customer->id);
        showChosen(index);
    }
    updateButtons();
}

void CustomerMergeDialog::searchSide(int index, const QString& text) {
    const Side s = side(index);
    if (s.search->text() != text)
        s.search->setText(text);
    CustomerLookup lookup(m_db, SystemClock::instance());
    auto found = lookup.find(m_actor, text);
    {
        const QSignalBlocker block(s.results);
        s.results->clear();
    }
    s.card->clear();
    if (!found) {
        showMessage(found.error().userMessage, true);
        updateButtons();
        return;
    }
    if (found->customers.isEmpty())
        showMessage(tr("No customer found. Check what was typed."), true);
    else
        showMessage(QString(), false);
    {
        const QSignalBlocker block(s.results);
        for (const Customer& c : found->customers)
            s.results->addItem(describe(c), c.id);
    }
    showChosen(index);
}

void CustomerMergeDialog::showChosen(int index) {
    const Side s = side(index);
    const qint64 id = customerId(index);
    if (id == 0) {
        s.card->clear();
    } else if (Status loaded = s.card->loadCustomer(m_db, m_actor, id); !loaded) {
        showMessage(loaded.error().userMessage, true);
    }
    updateButtons();
}

qint64 CustomerMergeDialog::customerId(int index) const {
    const QVariant id = side(index).results->currentData();
    return id.isValid() ? id.toLongLong() : 0;
}

void CustomerMergeDialog::setKeptSide(int index) {
    (index == 0 ? m_ui->keepLeftRadioButton : m_ui->keepRightRadioButton)->setChecked(true);
}

void CustomerMergeDialog::updateButtons() {
    const qint64 first = customerId(0), second = customerId(1);
    m_ui->mergeButton->setEnabled(first != 0 && second != 0 && first != second);
    if (first != 0 && first == second)
        showMessage(tr("Both sides show the same record: choose another one on one side."), true);
}

bool CustomerMergeDialog::merge() {
    const int kept = m_ui->keepLeftRadioButton->isChecked() ? 0 : 1;
    const qint64 keepId = customerId(kept), removeId = customerId(1 - kept);
    if (keepId == 0 || removeId == 0 || keepId == removeId) {
        showMessage(tr("Choose two different records first."), true);
        return false;
    }
    const QString keptName = side(kept).results->currentText();
    const QString removedName = side(1 - kept).results->currentText();
    const auto answer = MessageBoxes::question(
        this, tr("Merge customers"),
        tr("Keep \"%1\" and merge \"%2\" into it?\n\nEverything of \"%2\" moves to the kept record and \"%2\" is "
           "deleted. This cannot be undone.")
            .arg(keptName, removedName));
    if (answer != QMessageBox::Yes)
        return false;
    CustomerService service(m_db, SystemClock::instance());
    auto merged = service.merge(m_actor, keepId, removeId);
    if (!merged) {
        showMessage(merged.error().userMessage, true);
        return false;
    }
    m_summary = *merged;
    MessageBoxes::information(
        this, tr("Merge customers"),
        tr("\"%1\" was merged into \"%2\".\n\nMoved: %3 ticket(s), %4 contact(s), %5 e-mail(s) and phone(s), "
           "%6 contact record(s), %7 propert(ies), %8 rental contract(s).")
            .arg(removedName, keptName)
            .arg(merged->tickets)
            .arg(merged->contacts)
            .arg(merged->channels)
            .arg(merged->contactRecords)
            .arg(merged->properties)
            .arg(merged->rentalContracts));
    accept();
    return true;
}

} // namespace atende
