#pragma once

#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace atende {

// Login (F-01 of the program, before the main window): login and password, Enter submits. The Argon2id check
// runs on a worker thread with its own connection (AuthWorker), with a busy bar meanwhile; the messages (wrong
// password, account locked until..., deactivated) are core's, shown as they come.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(QString databasePath, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The logged-in user once the dialog was accepted.
    const Actor& actor() const { return m_actor; }
    bool isBusy() const { return m_busy; }
    QString message() const;
    void setLogin(const QString& login);

    // Enter / OK: checks the password off the GUI thread; the dialog closes only on success.
    void accept() override;
    // Ignored while a password is being checked on the worker thread: the dialog waits for its answer (a fraction
    // of a second) instead of leaving a thread running behind a closed window.
    void reject() override;

signals:
    // One check finished (accepted or not); the message label already shows the outcome.
    void attemptFinished(bool loggedIn);

private:
    void setBusy(bool busy);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_databasePath;
    Actor m_actor;
    bool m_busy = false;
};

} // namespace atende
