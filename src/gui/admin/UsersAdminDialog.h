#pragma once

#include "auth/Actor.h"
#include "auth/UserSummary.h"
#include "util/Result.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class UsersAdminDialog;
}

namespace atende {

class Database;

// User administration (needs user.admin, checked by core): the users with profile and situation; add a user,
// change name, e-mail and profile, activate or deactivate, unlock, reset the password. Whatever hashes a password
// (add, reset) runs off the GUI thread with a busy bar; core's refusals (the last administrator, a login in use, a
// weak password) are shown as they come and nothing typed is cleared.
class UsersAdminDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, ProfileColumn, StateColumn, ColumnCount };

    UsersAdminDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~UsersAdminDialog() override;

    bool selectUser(const QString& login);
    void startNewUser();
    // Adds (new user) or saves name, e-mail and profile (existing user). Adding finishes on a worker thread:
    // wait for operationFinished.
    void save();
    void toggleActive();
    void unlock();
    void resetPassword();
    bool isBusy() const { return m_busy; }
    QString message() const;
    int rowCount() const;
    // Ignored while a password is being checked on the worker thread: the dialog waits for its answer (a fraction
    // of a second) instead of leaving a thread running behind a closed window.
    void reject() override;

signals:
    // A change finished (saved or refused); the message label shows the outcome.
    void operationFinished(bool ok);

private:
    void reload(qint64 selectId);
    void showUser(int row);
    void showMessage(const QString& text, bool problem);
    void setBusy(bool busy);
    // Shows the outcome of a synchronous change and reloads the list on success.
    void finish(const Status& status, const QString& success);
    const UserSummary* current() const;

    std::unique_ptr<Ui::UsersAdminDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    QList<UserSummary> m_users;
    qint64 m_currentId = 0; // 0: a new user being typed
    bool m_busy = false;
};

} // namespace atende
