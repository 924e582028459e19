#include "admin/AccessProfileEditorDialog.h"
#include "admin/ui_AccessProfileEditorDialog.h"

#include "auth/AccessProfileService.h"
#include "auth/Permission.h"
#include "auth/PermissionCatalog.h"
#include "util/SystemClock.h"

#include <QCheckBox>
#include <QPushButton>

namespace atende {

AccessProfileEditorDialog::AccessProfileEditorDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccessProfileEditorDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    for (const QString& permission : Permission::all()) {
        auto* box = new QCheckBox(PermissionCatalog::label(permission), m_ui->permissionsWidget);
        box->setObjectName(QStringLiteral("permission_") + permission);
        box->setToolTip(permission);
        box->setProperty("permission", permission);
        m_ui->permissionsLayout->addWidget(box);
        m_checkBoxes.append(box);
    }
    m_ui->permissionsLayout->addStretch(1);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, &AccessProfileEditorDialog::showProfile);
    connect(m_ui->newButton, &QPushButton::clicked, this, &AccessProfileEditorDialog::startNewProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->messageLabel->setVisible(false);
    reload(0);
}

AccessProfileEditorDialog::~AccessProfileEditorDialog() = default;

QString AccessProfileEditorDialog::message() const {
    return m_ui->messageLabel->text();
}

void AccessProfileEditorDialog::showMessage(const QString& text, bool problem) {
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void AccessProfileEditorDialog::reload(qint64 selectId) {
    AccessProfileService service(m_db, SystemClock::instance());
    auto profiles = service.listProfiles(m_actor);
    const QSignalBlocker block(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    if (!profiles) {
        m_profiles.clear();
        showMessage(profiles.error().userMessage, true);
        return;
    }
    m_profiles = *profiles;
    int selectRow = 0;
    for (int row = 0; row < m_profiles.size(); ++row) {
        const AccessProfile& p = m_profiles.at(row);
        auto* item = new QListWidgetItem(tr("%1 (%Ln user(s))", nullptr, p.userCount).arg(p.name));
        m_ui->profilesListWidget->addItem(item);
        if (p.id == selectId)
            selectRow = row;
    }
    if (!m_profiles.isEmpty()) {
        m_ui->profilesListWidget->setCurrentRow(selectRow);
        showProfile(selectRow);
    }
}

void AccessProfileEditorDialog::showProfile(int row) {
    if (row < 0 || row >= m_profiles.size())
        return;
    const AccessProfile& p = m_profiles.at(row);
    m_currentId = p.id;
    m_ui->nameLineEdit->setText(p.name);
    m_ui->descriptionLineEdit->setText(p.description);
    for (QCheckBox* box : m_checkBoxes)
        box->setChecked(p.permissions.contains(box->property("permission").toString()));
    showMessage({}, false);
}

void AccessProfileEditorDialog::startNewProfile() {
    m_currentId = 0;
    const QSignalBlocker block(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clearSelection();
    m_ui->profilesListWidget->setCurrentRow(-1);
    m_ui->nameLineEdit->clear();
    m_ui->descriptionLineEdit->clear();
    for (QCheckBox* box : m_checkBoxes)
        box->setChecked(false);
    showMessage(tr("New profile: type its name, tick its permissions and save."), false);
    m_ui->nameLineEdit->setFocus();
}

bool AccessProfileEditorDialog::selectProfile(const QString& name) {
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_ui->profilesListWidget->setCurrentRow(row);
            showProfile(row);
            return true;
        }
    }
    return false;
}

QCheckBox* AccessProfileEditorDialog::permissionCheckBox(const QString& permission) const {
    for (QCheckBox* box : m_checkBoxes) {
        if (box->property("permission").toString() == permission)
            return box;
    }
    return nullptr;
}

QStringList AccessProfileEditorDialog::checkedPermissions() const {
    QStringList out;
    for (QCheckBox* box : m_checkBoxes) {
        if (box->isChecked())
            out << box->property("permission").toString();
    }
    return out;
}

bool AccessProfileEditorDialog::save() {
    AccessProfileService service(m_db, SystemClock::instance());
    const QString name = m_ui->nameLineEdit->text();
    const QString description = m_ui->descriptionLineEdit->text();
    const QStringList permissions = checkedPermissions();
    if (m_currentId == 0) {
        auto id = service.createProfile(m_actor, name, description, permissions);
        if (!id) {
            showMessage(id.error().userMessage, true);
            return false;
        }
        reload(*id);
        showMessage(tr("Profile created."), false);
        return true;
    }
    const AccessProfile* current = nullptr;
    for (const AccessProfile& p : m_profiles) {
        if (p.id == m_currentId)
            current = &p;
    }
    // Each part is its own service call; the first refusal stops, and what is on screen stays as typed.
    if (current && current->name != name.trimmed()) {
        if (Status s = service.renameProfile(m_actor, m_currentId, name); !s) {
            showMessage(s.error().userMessage, true);
            return false;
        }
    }
    if (current && current->description != description.trimmed()) {
        if (Status s = service.setDescription(m_actor, m_currentId, description); !s) {
            showMessage(s.error().userMessage, true);
            return false;
        }
    }
    if (Status s = service.setPermissions(m_actor, m_currentId, permissions); !s) {
        showMessage(s.error().userMessage, true);
        return false;
    }
    reload(m_currentId);
    showMessage(tr("Profile saved."), false);
    return true;
}

} // namespace atende
