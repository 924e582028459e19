#include "admin/UsersAdminDialog.h"
#include "admin/ui_UsersAdminDialog.h"

#include "auth/AccessProfileService.h"
#include "auth/AuthWorker.h"
#include "auth/UserService.h"
#include "common/BackgroundTask.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace atende {

UsersAdminDialog::UsersAdminDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UsersAdminDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->usersTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Profile"), tr("Situation")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->messageLabel->setVisible(false);

    AccessProfileService profiles(m_db, SystemClock::instance());
    if (auto list = profiles.listProfiles(m_actor)) {
        for (const AccessProfile& p : *list)
            m_ui->profileComboBox->addItem(p.name, p.id);
    }

    connect(table, &QTableWidget::currentCellChanged, this, [this](int row) { showUser(row); });
    connect(m_ui->newButton, &QPushButton::clicked, this, &UsersAdminDialog::startNewUser);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &UsersAdminDialog::save);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &UsersAdminDialog::toggleActive);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UsersAdminDialog::unlock);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &UsersAdminDialog::resetPassword);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a field must not close the screen with what was typed.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    reload(0);
}

UsersAdminDialog::~UsersAdminDialog() = default;

QString UsersAdminDialog::message() const {
    return m_ui->messageLabel->text();
}

int UsersAdminDialog::rowCount() const {
    return m_ui->usersTableWidget->rowCount();
}

void UsersAdminDialog::showMessage(const QString& text, bool problem) {
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void UsersAdminDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    for (QPushButton* b :
         {m_ui->newButton, m_ui->saveButton, m_ui->activeButton, m_ui->unlockButton, m_ui->resetPasswordButton})
        b->setEnabled(!busy);
}

const UserSummary* UsersAdminDialog::current() const {
    for (const UserSummary& u : m_users) {
        if (u.id == m_currentId)
            return &u;
    }
    return nullptr;
}

void UsersAdminDialog::reload(qint64 selectId) {
    UserService users(m_db, SystemClock::instance());
    auto list = users.listUsers(m_actor);
    QTableWidget* table = m_ui->usersTableWidget;
    const QSignalBlocker block(table);
    table->setRowCount(0);
    if (!list) {
        m_users.clear();
        showMessage(list.error().userMessage, true);
        return;
    }
    m_users = *list;
    table->setRowCount(int(m_users.size()));
    int selectRow = 0;
    const QLocale locale;
    for (int row = 0; row < m_users.size(); ++row) {
        const UserSummary& u = m_users.at(row);
        QString state = u.active ? tr("Active") : tr("Inactive");
        if (u.isLocked())
            state = tr("Locked until %1").arg(locale.toString(u.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        const QStringList cells{u.login, u.name, u.profileName, state};
        for (int column = 0; column < ColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (u.id == selectId)
            selectRow = row;
    }
    table->resizeColumnToContents(LoginColumn);
    table->resizeColumnToContents(ProfileColumn);
    if (!m_users.isEmpty()) {
        table->setCurrentCell(selectRow, 0);
        showUser(selectRow);
    }
}

void UsersAdminDialog::showUser(int row) {
    if (row < 0 || row >= m_users.size())
        return;
    const UserSummary& u = m_users.at(row);
    m_currentId = u.id;
    m_ui->loginLineEdit->setText(u.login);
    m_ui->loginLineEdit->setReadOnly(true); // a login is not renamed: the history refers to it
    m_ui->nameLineEdit->setText(u.name);
    m_ui->emailLineEdit->setText(u.email);
    m_ui->profileComboBox->setCurrentIndex(m_ui->profileComboBox->findData(u.profileId));
    m_ui->passwordLineEdit->clear();
    m_ui->passwordLineEdit->setPlaceholderText(tr("new password, for Reset password"));
    QString state = u.active ? tr("Active") : tr("Inactive");
    if (u.isLocked())
        state += QStringLiteral(", ") + tr("locked after %n failed login(s)", nullptr, UserService::MaxFailedLogins);
    m_ui->stateLabel->setText(state);
    m_ui->activeButton->setText(u.active ? tr("&Deactivate") : tr("&Activate"));
    m_ui->activeButton->setEnabled(!m_busy);
    m_ui->unlockButton->setEnabled(!m_busy && u.isLocked());
    m_ui->resetPasswordButton->setEnabled(!m_busy);
}

bool UsersAdminDialog::selectUser(const QString& login) {
    const QString wanted = UserService::normalizedLogin(login);
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).login == wanted) {
            m_ui->usersTableWidget->setCurrentCell(row, 0);
            showUser(row);
            return true;
        }
    }
    return false;
}

void UsersAdminDialog::startNewUser() {
    m_currentId = 0;
    m_ui->usersTableWidget->clearSelection();
    m_ui->loginLineEdit->setReadOnly(false);
    m_ui->loginLineEdit->clear();
    m_ui->nameLineEdit->clear();
    m_ui->emailLineEdit->clear();
    m_ui->passwordLineEdit->clear();
    m_ui->passwordLineEdit->setPlaceholderText(tr("the user's first password"));
    m_ui->stateLabel->setText(tr("New user"));
    m_ui->activeButton->setEnabled(false);
    m_ui->unlockButton->setEnabled(false);
    m_ui->resetPasswordButton->setEnabled(false);
    showMessage(tr("New user: type the login, the name, choose the profile and the first password, then save."), false);
    m_ui->loginLineEdit->setFocus();
}

void UsersAdminDialog::finish(const Status& status, const QString& success) {
    if (!status) {
        showMessage(status.error().userMessage, true);
        emit operationFinished(false);
        return;
    }
    reload(m_currentId);
    showMessage(success, false);
    emit operationFinished(true);
}

void UsersAdminDialog::save() {
    if (m_busy)
        return;
    const QVariant profile = m_ui->profileComboBox->currentData();
    if (m_currentId == 0) {
        NewUser user;
        user.login = m_ui->loginLineEdit->text();
        user.name = m_ui->nameLineEdit->text();
        user.email = m_ui->emailLineEdit->text();
        user.profileId = profile.toLongLong();
        user.password = m_ui->passwordLineEdit->text();
        setBusy(true);
        runInBackground<Result<qint64>>(
            this,
            [path = m_db.path(), actor = m_actor, user] {
                return AuthWorker::withUsersId(path, [&](UserService& users) { return users.addUser(actor, user); });
            },
            [this](const Result<qint64>& id) {
                setBusy(false);
                if (!id) {
                    showMessage(id.error().userMessage, true);
                    emit operationFinished(false);
                    return;
                }
                m_currentId = *id;
                finish({}, tr("User added."));
            });
        return;
    }
    const UserSummary* user = current();
    if (!user)
        return;
    UserService users(m_db, SystemClock::instance());
    if (m_ui->nameLineEdit->text() != user->name || m_ui->emailLineEdit->text() != user->email) {
        if (Status s = users.setDetails(m_actor, m_currentId, m_ui->nameLineEdit->text(), m_ui->emailLineEdit->text(),
                                        user->sectorId);
            !s) {
            finish(s, {});
            return;
        }
    }
    if (profile.toLongLong() != user->profileId) {
        if (Status s = users.setProfile(m_actor, m_currentId, profile.toLongLong()); !s) {
            finish(s, {});
            return;
        }
    }
    finish({}, tr("User saved."));
}

void UsersAdminDialog::toggleActive() {
    const UserSummary* user = current();
    if (!user || m_busy)
        return;
    const bool activate = !user->active;
    UserService users(m_db, SystemClock::instance());
    finish(users.setActive(m_actor, m_currentId, activate), activate ? tr("User activated.") : tr("User deactivated."));
}

void UsersAdminDialog::unlock() {
    if (!current() || m_busy)
        return;
    UserService users(m_db, SystemClock::instance());
    finish(users.unlock(m_actor, m_currentId), tr("User unlocked."));
}

void UsersAdminDialog::resetPassword() {
    if (!current() || m_busy)
        return;
    const QString password = m_ui->passwordLineEdit->text();
    setBusy(true);
    runInBackground<Status>(
        this,
        [path = m_db.path(), actor = m_actor, id = m_currentId, password] {
            return AuthWorker::withUsersStatus(
                path, [&](UserService& users) { return users.setPassword(actor, id, password); });
        },
        [this](const Status& status) {
            setBusy(false);
            finish(status, tr("Password changed. Tell the user the new password in person."));
        });
}

void UsersAdminDialog::reject() {
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace atende
