#include "attendance/AttendanceTypesDialog.h"
#include "attendance/ui_AttendanceTypesDialog.h"

#include "attendance/AttendanceFormWidget.h"
#include "attendance/AttendanceTypeService.h"
#include "common/MessageBoxes.h"
#include "util/SystemClock.h"

#include <QPushButton>

namespace atende {

namespace {

const QStringList TypeSets{QStringLiteral("support"), QStringLiteral("realestate")};
const QStringList Creates{QString(), QStringLiteral("rental_process"), QStringLiteral("capture_process"),
                          QStringLiteral("admin_request")};
constexpr AttendanceFormField::Kind Kinds[] = {
    AttendanceFormField::Kind::Text,     AttendanceFormField::Kind::LongText, AttendanceFormField::Kind::Number,
    AttendanceFormField::Kind::Date,     AttendanceFormField::Kind::Choice,   AttendanceFormField::Kind::YesNo,
    AttendanceFormField::Kind::Customer, AttendanceFormField::Kind::Property};

} // namespace

QString AttendanceTypesDialog::typeSetName(const QString& code) {
    if (code == QLatin1String("support"))
        return tr("Support");
    if (code == QLatin1String("realestate"))
        return tr("Real estate");
    return code;
}

QString AttendanceTypesDialog::createsName(const QString& code) {
    if (code.isEmpty())
        return tr("Nothing else");
    if (code == QLatin1String("rental_process"))
        return tr("Rental process");
    if (code == QLatin1String("capture_process"))
        return tr("Capture process");
    if (code == QLatin1String("admin_request"))
        return tr("Administration request");
    return code;
}

QString AttendanceTypesDialog::kindName(AttendanceFormField::Kind kind) {
    switch (kind) {
    case AttendanceFormField::Kind::Text:
        return tr("Text");
    case AttendanceFormField::Kind::LongText:
        return tr("Long text");
    case AttendanceFormField::Kind::Number:
        return tr("Number");
    case AttendanceFormField::Kind::Date:
        return tr("Date");
    case AttendanceFormField::Kind::Choice:
        return tr("Choice from a list");
    case AttendanceFormField::Kind::YesNo:
        return tr("Yes/no");
    case AttendanceFormField::Kind::Customer:
        return tr("Customer");
    case AttendanceFormField::Kind::Property:
        return tr("Property");
    }
    return {};
}

AttendanceTypesDialog::AttendanceTypesDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttendanceTypesDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    m_preview = new AttendanceFormWidget;
    m_preview->setObjectName(QStringLiteral("previewFormWidget"));
    m_ui->previewScrollArea->setWidget(m_preview);

    m_ui->setFilterComboBox->addItem(tr("All sets"), QString());
    for (const QString& set : TypeSets) {
        m_ui->setFilterComboBox->addItem(typeSetName(set), set);
        m_ui->typeSetComboBox->addItem(typeSetName(set), set);
    }
    for (const QString& code : Creates)
        m_ui->createsComboBox->addItem(createsName(code), code);
    for (AttendanceFormField::Kind kind : Kinds)
        m_ui->fieldKindComboBox->addItem(kindName(kind), AttendanceFormField::kindCode(kind));

    connect(m_ui->setFilterComboBox, &QComboBox::currentIndexChanged, this, [this] { reload(m_current.id); });
    connect(m_ui->typesListWidget, &QListWidget::currentRowChanged, this, &AttendanceTypesDialog::typeSelected);
    connect(m_ui->newTypeButton, &QPushButton::clicked, this, &AttendanceTypesDialog::newType);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AttendanceTypesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AttendanceTypesDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->codeLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &AttendanceTypesDialog::markDirty);
    for (QComboBox* combo : {m_ui->typeSetComboBox, m_ui->createsComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &AttendanceTypesDialog::markDirty);
    connect(m_ui->sortOrderSpinBox, &QSpinBox::valueChanged, this, &AttendanceTypesDialog::markDirty);
    for (QCheckBox* check : {m_ui->requiresContractCheckBox, m_ui->activeCheckBox})
        connect(check, &QCheckBox::toggled, this, &AttendanceTypesDialog::markDirty);

    connect(m_ui->fieldsListWidget, &QListWidget::currentRowChanged, this, &AttendanceTypesDialog::fieldSelected);
    connect(m_ui->addFieldButton, &QPushButton::clicked, this, &AttendanceTypesDialog::addField);
    connect(m_ui->removeFieldButton, &QPushButton::clicked, this, &AttendanceTypesDialog::removeField);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveField(1); });
    for (QLineEdit* edit : {m_ui->fieldLabelLineEdit, m_ui->fieldKeyLineEdit, m_ui->fieldHelpLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &AttendanceTypesDialog::fieldEdited);
    connect(m_ui->fieldKindComboBox, &QComboBox::currentIndexChanged, this, &AttendanceTypesDialog::fieldEdited);
    connect(m_ui->fieldRequiredCheckBox, &QCheckBox::toggled, this, &AttendanceTypesDialog::fieldEdited);
    connect(m_ui->fieldOptionsPlainTextEdit, &QPlainTextEdit::textChanged, this, &AttendanceTypesDialog::fieldEdited);
    connect(m_ui->checkPreviewButton, &QPushButton::clicked, this, [this] {
        auto checked = m_preview->validate();
        showMessage(checked ? tr("The answers in the preview are complete.") : checked.error().userMessage, !checked);
    });

    // Refused (no settings.admin): the reason stays on screen, nothing to edit.
    if (reload(0) && m_types.isEmpty())
        newType();
    m_ui->typesListWidget->setFocus();
}

AttendanceTypesDialog::~AttendanceTypesDialog() = default;

QString AttendanceTypesDialog::message() const {
    return m_ui->messageLabel->text();
}

void AttendanceTypesDialog::showMessage(const QString& text, bool error) {
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
}

bool AttendanceTypesDialog::reload(qint64 selectId) {
    AttendanceTypeService service(m_db, SystemClock::instance());
    auto types = service.list(m_actor, m_ui->setFilterComboBox->currentData().toString(), true);
    if (!types) {
        showMessage(types.error().userMessage, true);
        m_ui->saveButton->setEnabled(false);
        m_ui->newTypeButton->setEnabled(false);
        return false;
    }
    m_types = *types;
    m_loading = true;
    m_ui->typesListWidget->clear();
    int selectRow = -1;
    for (int i = 0; i < m_types.size(); ++i) {
        const AttendanceType& type = m_types.at(i);
        QString text = QStringLiteral("%1 (%2)").arg(type.name, typeSetName(type.typeSet));
        if (!type.active)
            text = tr("%1 - inactive").arg(text);
        auto* item = new QListWidgetItem(text, m_ui->typesListWidget);
        item->setData(Qt::UserRole, type.id);
        if (type.id == selectId)
            selectRow = i;
    }
    m_loading = false;
    if (selectRow >= 0) {
        m_loading = true;
        m_ui->typesListWidget->setCurrentRow(selectRow);
        m_loading = false;
        // Another filter while editing: the list changes, what is being typed stays.
        if (!m_dirty)
            showType(m_types.at(selectRow));
    } else if (!m_dirty && !m_types.isEmpty()) {
        m_ui->typesListWidget->setCurrentRow(0);
    }
    return true;
}

bool AttendanceTypesDialog::selectType(qint64 id) {
    for (int row = 0; row < m_ui->typesListWidget->count(); ++row) {
        if (m_ui->typesListWidget->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_ui->typesListWidget->setCurrentRow(row);
            return m_current.id == id;
        }
    }
    return false;
}

bool AttendanceTypesDialog::confirmDiscard() {
    if (!m_dirty)
        return true;
    const auto answer = MessageBoxes::question(
        this, tr("Attendance types"),
        tr("The changes to \"%1\" were not saved. Discard them?").arg(m_ui->nameLineEdit->text()));
    return answer == QMessageBox::Yes;
}

void AttendanceTypesDialog::typeSelected() {
    if (m_loading)
        return;
    const int row = m_ui->typesListWidget->currentRow();
    if (row < 0 || row >= m_types.size())
        return;
    if (m_types.at(row).id == m_current.id && m_current.id != 0)
        return;
    if (!confirmDiscard()) {
        // Back to the type being edited, without asking again.
        m_loading = true;
        int back = -1;
        for (int i = 0; i < m_types.size(); ++i) {
            if (m_types.at(i).id == m_current.id)
                back = i;
        }
        m_ui->typesListWidget->setCurrentRow(back);
        m_loading = false;
        return;
    }
    showType(m_types.at(row));
}

void AttendanceTypesDialog::showType(const AttendanceType& type) {
    m_loading = true;
    m_current = type;
    m_ui->nameLineEdit->setText(type.name);
    m_ui->codeLineEdit->setText(type.code);
    // The code is what other records keep: set once, when the type is created.
    m_ui->codeLineEdit->setReadOnly(type.id != 0);
    m_ui->typeSetComboBox->setCurrentIndex(std::max(0, int(TypeSets.indexOf(type.typeSet))));
    m_ui->createsComboBox->setCurrentIndex(std::max(0, int(Creates.indexOf(type.creates))));
    m_ui->sortOrderSpinBox->setValue(type.sortOrder);
    m_ui->requiresContractCheckBox->setChecked(type.requiresActiveContract);
    m_ui->activeCheckBox->setChecked(type.active);
    m_fields = type.form.fields();
    m_loading = false;
    refreshFieldList(m_fields.isEmpty() ? -1 : 0);
    m_preview->setForm(AttendanceForm());
    updatePreview();
    m_dirty = false;
    showMessage(QString(), false);
}

AttendanceType AttendanceTypesDialog::collect() const {
    AttendanceType type = m_current;
    type.name = m_ui->nameLineEdit->text().trimmed();
    type.code = m_ui->codeLineEdit->text().trimmed();
    type.typeSet = m_ui->typeSetComboBox->currentData().toString();
    type.creates = m_ui->createsComboBox->currentData().toString();
    type.sortOrder = m_ui->sortOrderSpinBox->value();
    type.requiresActiveContract = m_ui->requiresContractCheckBox->isChecked();
    type.active = m_ui->activeCheckBox->isChecked();
    type.form = AttendanceForm(m_fields);
    return type;
}

void AttendanceTypesDialog::newType() {
    if (!confirmDiscard())
        return;
    AttendanceType type;
    type.typeSet = m_ui->setFilterComboBox->currentData().toString();
    if (type.typeSet.isEmpty())
        type.typeSet = QStringLiteral("support");
    type.sortOrder = m_types.isEmpty() ? 10 : m_types.last().sortOrder + 10;
    m_loading = true;
    m_ui->typesListWidget->clearSelection();
    m_ui->typesListWidget->setCurrentRow(-1);
    m_loading = false;
    showType(type);
    m_ui->nameLineEdit->setFocus();
}

bool AttendanceTypesDialog::save() {
    const AttendanceType type = collect();
    AttendanceTypeService service(m_db, SystemClock::instance());
    auto id = service.save(m_actor, type);
    if (!id) {
        // Everything stays on screen to be fixed.
        showMessage(id.error().userMessage, true);
        return false;
    }
    m_dirty = false;
    m_current.id = *id;
    reload(*id);
    showMessage(tr("\"%1\" saved.").arg(type.name), false);
    return true;
}

void AttendanceTypesDialog::reject() {
    if (!confirmDiscard())
        return;
    QDialog::reject();
}

void AttendanceTypesDialog::markDirty() {
    if (!m_loading)
        m_dirty = true;
}

void AttendanceTypesDialog::refreshFieldList(int select) {
    m_loading = true;
    m_ui->fieldsListWidget->clear();
    for (const AttendanceFormField& field : std::as_const(m_fields)) {
        QString text = QStringLiteral("%1 [%2] - %3").arg(field.label, field.key, kindName(field.kind));
        if (field.required)
            text += QStringLiteral(" *");
        m_ui->fieldsListWidget->addItem(text);
    }
    m_ui->fieldsListWidget->setCurrentRow(select);
    m_loading = false;
    fieldSelected();
}

void AttendanceTypesDialog::fieldSelected() {
    if (m_loading)
        return;
    const int row = m_ui->fieldsListWidget->currentRow();
    const bool has = row >= 0 && row < m_fields.size();
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->fieldLabelLineEdit, m_ui->fieldKeyLineEdit, m_ui->fieldKindComboBox, m_ui->fieldRequiredCheckBox,
             m_ui->fieldHelpLineEdit, m_ui->fieldOptionsPlainTextEdit, m_ui->removeFieldButton})
        w->setEnabled(has);
    m_ui->moveUpButton->setEnabled(has && row > 0);
    m_ui->moveDownButton->setEnabled(has && row + 1 < m_fields.size());
    m_loading = true;
    const AttendanceFormField field = has ? m_fields.at(row) : AttendanceFormField();
    m_ui->fieldLabelLineEdit->setText(field.label);
    m_ui->fieldKeyLineEdit->setText(field.key);
    m_ui->fieldKindComboBox->setCurrentIndex(
        std::max(0, m_ui->fieldKindComboBox->findData(AttendanceFormField::kindCode(field.kind))));
    m_ui->fieldRequiredCheckBox->setChecked(field.required);
    m_ui->fieldHelpLineEdit->setText(field.help);
    m_ui->fieldOptionsPlainTextEdit->setPlainText(field.options.join(QLatin1Char('\n')));
    m_ui->fieldOptionsPlainTextEdit->setEnabled(has && field.kind == AttendanceFormField::Kind::Choice);
    m_loading = false;
}

void AttendanceTypesDialog::fieldEdited() {
    if (m_loading)
        return;
    const int row = m_ui->fieldsListWidget->currentRow();
    if (row < 0 || row >= m_fields.size())
        return;
    AttendanceFormField& field = m_fields[row];
    field.label = m_ui->fieldLabelLineEdit->text();
    field.key = m_ui->fieldKeyLineEdit->text().trimmed();
    AttendanceFormField::kindFromCode(m_ui->fieldKindComboBox->currentData().toString(), field.kind);
    field.required = m_ui->fieldRequiredCheckBox->isChecked();
    field.help = m_ui->fieldHelpLineEdit->text();
    field.options.clear();
    if (field.kind == AttendanceFormField::Kind::Choice) {
        for (const QString& line : m_ui->fieldOptionsPlainTextEdit->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                field.options << line.trimmed();
        }
    }
    m_ui->fieldOptionsPlainTextEdit->setEnabled(field.kind == AttendanceFormField::Kind::Choice);
    QString text = QStringLiteral("%1 [%2] - %3").arg(field.label, field.key, kindName(field.kind));
    if (field.required)
        text += QStringLiteral(" *");
    m_ui->fieldsListWidget->item(row)->setText(text);
    markDirty();
    updatePreview();
}

void AttendanceTypesDialog::addField() {
    // A key nobody uses yet; the administrator renames it.
    QString key;
    for (int n = int(m_fields.size()) + 1; key.isEmpty(); ++n) {
        const QString candidate = QStringLiteral("field_%1").arg(n);
        bool used = false;
        for (const AttendanceFormField& f : std::as_const(m_fields))
            used = used || f.key == candidate;
        if (!used)
            key = candidate;
    }
    AttendanceFormField field;
    field.key = key;
    field.label = tr("New field");
    m_fields.append(field);
    markDirty();
    refreshFieldList(int(m_fields.size()) - 1);
    updatePreview();
    m_ui->fieldLabelLineEdit->setFocus();
    m_ui->fieldLabelLineEdit->selectAll();
}

void AttendanceTypesDialog::removeField() {
    const int row = m_ui->fieldsListWidget->currentRow();
    if (row < 0 || row >= m_fields.size())
        return;
    m_fields.removeAt(row);
    markDirty();
    refreshFieldList(std::min(row, int(m_fields.size()) - 1));
    updatePreview();
}

void AttendanceTypesDialog::moveField(int delta) {
    const int row = m_ui->fieldsListWidget->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_fields.size())
        return;
    m_fields.swapItemsAt(row, to);
    markDirty();
    refreshFieldList(to);
    updatePreview();
}

void AttendanceTypesDialog::updatePreview() {
    // The definition as it would be stored must read back; show why when it does not (and the last good preview).
    const AttendanceForm form(m_fields);
    auto checked = AttendanceForm::fromJson(form.toJson());
    if (!checked) {
        showMessage(checked.error().userMessage, true);
        return;
    }
    if (m_ui->messageLabel->styleSheet().contains(QLatin1String("#b00020")))
        showMessage(QString(), false);
    m_preview->setForm(*checked);
}

} // namespace atende
