#include "customers/CustomerSearchDialog.h"
#include "customers/ui_CustomerSearchDialog.h"

#include "audit/AuditHistoryDialog.h"
#include "auth/Permission.h"
#include "customers/CustomerAnonymizeDialog.h"
#include "customers/CustomerCardWidget.h"
#include "customers/CustomerEditorDialog.h"
#include "customers/CustomerExports.h"
#include "customers/CustomerLookup.h"
#include "customers/CustomerMergeDialog.h"
#include "docs/DocumentNumber.h"
#include "util/SystemClock.h"

#include <QHeaderView>
#include <QMenu>
#include <QPushButton>

namespace atende {

CustomerSearchDialog::CustomerSearchDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerSearchDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->resultsTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Name"), tr("CPF/CNPJ"), tr("Code"), tr("City")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // The card is what the agent reads: it gets most of the width.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({360, 720});

    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        search(m_ui->searchLineEdit->text());
        if (m_ui->resultsTableWidget->rowCount() > 0)
            m_ui->resultsTableWidget->setFocus();
    });
    connect(table, &QTableWidget::itemSelectionChanged, this, &CustomerSearchDialog::showSelected);
    connect(table, &QTableWidget::itemActivated, this, [this] {
        if (m_actor.can(Permission::CustomerEdit))
            editCustomer();
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &CustomerSearchDialog::newCustomer);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CustomerSearchDialog::editCustomer);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &CustomerSearchDialog::showHistory);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &CustomerSearchDialog::mergeCustomer);
    connect(m_ui->anonymizeButton, &QPushButton::clicked, this, &CustomerSearchDialog::anonymizeCustomer);
    // LGPD access request: the readable PDF for the person, the JSON for another system.
    auto* exportMenu = new QMenu(m_ui->exportDataButton);
    exportMenu->addAction(tr("As &PDF…"), this, [this] { exportData(true); });
    exportMenu->addAction(tr("As &JSON…"), this, [this] { exportData(false); });
    m_ui->exportDataButton->setMenu(exportMenu);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the search box searches; only Esc or the button closes (Close would otherwise be the default).
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    // Hidden, not just refused: core refuses them anyway.
    m_ui->newButton->setVisible(m_actor.can(Permission::CustomerEdit));
    m_ui->editButton->setVisible(m_actor.can(Permission::CustomerEdit));
    m_ui->mergeButton->setVisible(m_actor.can(Permission::CustomerMerge));
    m_ui->anonymizeButton->setVisible(m_actor.can(Permission::CustomerAnonymize));
    m_ui->exportDataButton->setVisible(m_actor.can(Permission::PersonalDataView));
    enableCustomerButtons(false);
    m_ui->searchLineEdit->setFocus();
}

CustomerSearchDialog::~CustomerSearchDialog() = default;

CustomerCardWidget* CustomerSearchDialog::card() const {
    return m_ui->cardWidget;
}

int CustomerSearchDialog::resultCount() const {
    return m_ui->resultsTableWidget->rowCount();
}

void CustomerSearchDialog::showError(const QString& message) {
    m_ui->resultLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->resultLabel->setText(message);
}

void CustomerSearchDialog::search(const QString& text) {
    if (m_ui->searchLineEdit->text() != text)
        m_ui->searchLineEdit->setText(text);
    CustomerLookup lookup(m_db, SystemClock::instance());
    auto found = lookup.find(m_actor, text);
    QTableWidget* table = m_ui->resultsTableWidget;
    const QSignalBlocker block(table);
    table->setRowCount(0);
    m_ui->cardWidget->clear();
    enableCustomerButtons(false);
    if (!found) {
        showError(found.error().userMessage);
        return;
    }
    m_ui->resultLabel->setStyleSheet(QString());
    const QList<Customer>& customers = found->customers;
    if (found->kind == CustomerLookup::Kind::None)
        m_ui->resultLabel->clear();
    else if (customers.isEmpty())
        m_ui->resultLabel->setText(tr("No customer found. Check what was typed, or register a new customer."));
    else
        m_ui->resultLabel->setText(tr("%n customer(s) found.", nullptr, int(customers.size())));
    table->setRowCount(int(customers.size()));
    for (int row = 0; row < customers.size(); ++row) {
        const Customer& c = customers.at(row);
        auto* name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.id);
        table->setItem(row, NameColumn, name);
        // Core already masked it for a profile without personal_data.view.
        table->setItem(
            row, DocumentColumn,
            new QTableWidgetItem(c.personalDataMasked ? c.document : DocumentNumber::formatNormalized(c.document)));
        table->setItem(row, CodeColumn, new QTableWidgetItem(c.code));
        table->setItem(row, CityColumn, new QTableWidgetItem(c.city));
    }
    table->resizeColumnToContents(DocumentColumn);
    table->resizeColumnToContents(CodeColumn);
    if (!customers.isEmpty()) {
        table->selectRow(0);
        showSelected();
    }
}

void CustomerSearchDialog::showSelected() {
    const QList<QTableWidgetItem*> selected = m_ui->resultsTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem* name = m_ui->resultsTableWidget->item(selected.first()->row(), NameColumn);
    showCustomer(name->data(Qt::UserRole).toLongLong());
}

void CustomerSearchDialog::showCustomer(qint64 customerId) {
    if (Status s = m_ui->cardWidget->loadCustomer(m_db, m_actor, customerId); !s) {
        showError(s.error().userMessage);
        enableCustomerButtons(false);
        return;
    }
    enableCustomerButtons(true);
}

void CustomerSearchDialog::enableCustomerButtons(bool enabled) {
    for (QPushButton* button :
         {m_ui->editButton, m_ui->historyButton, m_ui->mergeButton, m_ui->anonymizeButton, m_ui->exportDataButton})
        button->setEnabled(enabled);
}

void CustomerSearchDialog::mergeCustomer() {
    const qint64 id = m_ui->cardWidget->customerId();
    if (id == 0)
        return;
    CustomerMergeDialog dialog(m_db, m_actor, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The removed record is gone: search again and show the kept one.
    search(m_ui->searchLineEdit->text());
    showCustomer(dialog.summary().keptId);
}

void CustomerSearchDialog::anonymizeCustomer() {
    const qint64 id = m_ui->cardWidget->customerId();
    if (id == 0)
        return;
    CustomerAnonymizeDialog dialog(m_db, m_actor, id, this);
    if (dialog.exec() == QDialog::Accepted)
        showCustomer(id);
}

void CustomerSearchDialog::exportData(bool pdf) {
    const qint64 id = m_ui->cardWidget->customerId();
    if (id == 0)
        return;
    CustomerExports::chooseAndExportCustomerData(
        this, m_db, m_actor, id, pdf ? CustomerExports::DataFormat::Pdf : CustomerExports::DataFormat::Json);
}

void CustomerSearchDialog::newCustomer() {
    CustomerEditorDialog editor(m_db, m_actor, this);
    const int result = editor.exec();
    if (result == QDialog::Accepted || result == CustomerEditorDialog::OpenExisting)
        showCustomer(editor.customerId());
}

void CustomerSearchDialog::editCustomer() {
    const qint64 id = m_ui->cardWidget->customerId();
    if (id == 0)
        return;
    CustomerEditorDialog editor(m_db, m_actor, this);
    if (Status s = editor.load(id); !s) {
        showError(s.error().userMessage);
        return;
    }
    if (editor.exec() == QDialog::Accepted)
        showCustomer(id);
}

void CustomerSearchDialog::showHistory() {
    const qint64 id = m_ui->cardWidget->customerId();
    if (id == 0)
        return;
    AuditHistoryFilter filter;
    filter.entity = QStringLiteral("customer");
    filter.entityId = id;
    AuditHistoryDialog dialog(m_db, m_actor, filter, this);
    dialog.exec();
}

} // namespace atende
