#include "directory/DirectoryDialog.h"
#include "directory/ui_DirectoryDialog.h"

#include "common/MessageBoxes.h"
#include "directory/DirectoryService.h"
#include "util/SystemClock.h"

#include <QHeaderView>
#include <QPushButton>

namespace atende {

namespace {
constexpr DirectoryEntry::Kind Kinds[] = {DirectoryEntry::Kind::FinancePf, DirectoryEntry::Kind::FinancePj,
                                          DirectoryEntry::Kind::Receptionist, DirectoryEntry::Kind::Partner,
                                          DirectoryEntry::Kind::Other};
} // namespace

QString DirectoryDialog::kindName(DirectoryEntry::Kind kind) {
    switch (kind) {
    case DirectoryEntry::Kind::FinancePf:
        return tr("Finance (individuals, PF)");
    case DirectoryEntry::Kind::FinancePj:
        return tr("Finance (companies, PJ)");
    case DirectoryEntry::Kind::Receptionist:
        return tr("Receptionist");
    case DirectoryEntry::Kind::Partner:
        return tr("Partner company");
    case DirectoryEntry::Kind::Other:
        break;
    }
    return tr("Other");
}

DirectoryDialog::DirectoryDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DirectoryDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    m_ui->kindFilterComboBox->addItem(tr("Everyone"));
    for (DirectoryEntry::Kind kind : Kinds) {
        m_ui->kindFilterComboBox->addItem(kindName(kind), DirectoryEntry::kindCode(kind));
        m_ui->kindComboBox->addItem(kindName(kind), DirectoryEntry::kindCode(kind));
    }
    QTableWidget* table = m_ui->entriesTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("E-mail"), tr("Phone"), tr("Active")});
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {KindColumn, EmailColumn, PhoneColumn, ActiveColumn})
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    connect(m_ui->kindFilterComboBox, &QComboBox::currentIndexChanged, this, [this] { reload(m_entry.id); });
    connect(m_ui->showInactiveCheckBox, &QCheckBox::toggled, this, [this] { reload(m_entry.id); });
    connect(table, &QTableWidget::itemSelectionChanged, this, &DirectoryDialog::entrySelected);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            newEntry(DirectoryEntry::Kind::Partner);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DirectoryDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DirectoryDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    reload(0);
    // The form always shows a real entry (or a fresh one), so "unsaved changes" only means what was typed.
    if (m_entries.isEmpty()) {
        newEntry(DirectoryEntry::Kind::FinancePf);
    } else {
        showEntry(m_entries.first());
        table->selectRow(0);
    }
    table->setFocus();
}

DirectoryDialog::~DirectoryDialog() = default;

QString DirectoryDialog::message() const {
    return m_ui->messageLabel->text();
}

int DirectoryDialog::entryCount() const {
    return m_ui->entriesTableWidget->rowCount();
}

void DirectoryDialog::showMessage(const QString& text, bool error) {
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
}

void DirectoryDialog::reload(qint64 selectId) {
    DirectoryService service(m_db, SystemClock::instance());
    const QVariant code = m_ui->kindFilterComboBox->currentData();
    std::optional<DirectoryEntry::Kind> kind;
    if (code.isValid())
        kind = DirectoryEntry::kindFromCode(code.toString());
    auto entries = service.list(m_actor, kind, m_ui->showInactiveCheckBox->isChecked());
    if (!entries) {
        showMessage(entries.error().userMessage, true);
        m_ui->saveButton->setEnabled(false);
        m_ui->newButton->setEnabled(false);
        return;
    }
    m_entries = *entries;
    m_loading = true;
    QTableWidget* table = m_ui->entriesTableWidget;
    table->setRowCount(int(m_entries.size()));
    int selectRow = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const DirectoryEntry& e = m_entries.at(row);
        auto* name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.id);
        table->setItem(row, NameColumn, name);
        table->setItem(row, KindColumn, new QTableWidgetItem(kindName(e.kind)));
        table->setItem(row, EmailColumn, new QTableWidgetItem(e.email));
        table->setItem(row, PhoneColumn, new QTableWidgetItem(e.phone));
        table->setItem(row, ActiveColumn, new QTableWidgetItem(e.active ? tr("Yes") : tr("No")));
        if (e.id == selectId)
            selectRow = row;
    }
    table->clearSelection();
    if (selectRow >= 0)
        table->selectRow(selectRow);
    m_loading = false;
}

bool DirectoryDialog::selectEntry(qint64 id) {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            m_ui->entriesTableWidget->selectRow(row);
            return m_entry.id == id;
        }
    }
    return false;
}

DirectoryEntry DirectoryDialog::collect() const {
    DirectoryEntry e = m_entry;
    e.kind = DirectoryEntry::kindFromCode(m_ui->kindComboBox->currentData().toString())
                 .value_or(DirectoryEntry::Kind::Other);
    e.name = m_ui->nameLineEdit->text();
    e.email = m_ui->emailLineEdit->text();
    e.phone = m_ui->phoneLineEdit->text();
    e.notes = m_ui->notesPlainTextEdit->toPlainText();
    e.active = m_ui->activeCheckBox->isChecked();
    return e;
}

bool DirectoryDialog::confirmDiscard() {
    if (collect() == m_entry)
        return true;
    return MessageBoxes::question(this, tr("Directory"),
                                  tr("The changes to this entry were not saved. Discard them?")) == QMessageBox::Yes;
}

void DirectoryDialog::entrySelected() {
    if (m_loading)
        return;
    const QList<QTableWidgetItem*> selected = m_ui->entriesTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).id == m_entry.id)
        return;
    if (!confirmDiscard()) {
        m_loading = true;
        m_ui->entriesTableWidget->clearSelection();
        for (int r = 0; r < m_entries.size(); ++r) {
            if (m_entries.at(r).id == m_entry.id)
                m_ui->entriesTableWidget->selectRow(r);
        }
        m_loading = false;
        return;
    }
    showEntry(m_entries.at(row));
}

void DirectoryDialog::showEntry(const DirectoryEntry& entry) {
    m_entry = entry;
    m_ui->kindComboBox->setCurrentIndex(
        std::max(0, m_ui->kindComboBox->findData(DirectoryEntry::kindCode(entry.kind))));
    m_ui->nameLineEdit->setText(entry.name);
    m_ui->emailLineEdit->setText(entry.email);
    m_ui->phoneLineEdit->setText(entry.phone);
    m_ui->notesPlainTextEdit->setPlainText(entry.notes);
    m_ui->activeCheckBox->setChecked(entry.active);
    showMessage(QString(), false);
}

void DirectoryDialog::newEntry(DirectoryEntry::Kind kind) {
    DirectoryEntry entry;
    entry.kind = kind;
    m_loading = true;
    m_ui->entriesTableWidget->clearSelection();
    m_loading = false;
    showEntry(entry);
    m_ui->kindComboBox->setFocus();
}

bool DirectoryDialog::save() {
    const DirectoryEntry entry = collect();
    DirectoryService service(m_db, SystemClock::instance());
    qint64 id = entry.id;
    if (entry.id == 0) {
        auto added = service.add(m_actor, entry);
        if (!added) {
            showMessage(added.error().userMessage, true);
            return false;
        }
        id = *added;
    } else if (Status s = service.update(m_actor, entry); !s) {
        showMessage(s.error().userMessage, true);
        return false;
    }
    auto saved = service.get(m_actor, id);
    m_entry = saved ? *saved : entry;
    m_entry.id = id;
    if (saved)
        showEntry(*saved);
    // An inactive entry stays listed after saving, so the administrator sees what happened.
    if (!m_entry.active && !m_ui->showInactiveCheckBox->isChecked()) {
        const QSignalBlocker block(m_ui->showInactiveCheckBox);
        m_ui->showInactiveCheckBox->setChecked(true);
    }
    reload(id);
    showMessage(tr("\"%1\" saved.").arg(m_entry.name), false);
    return true;
}

void DirectoryDialog::reject() {
    if (!confirmDiscard())
        return;
    QDialog::reject();
}

} // namespace atende
