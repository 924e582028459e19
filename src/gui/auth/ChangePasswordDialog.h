#pragma once

#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace atende {

// The logged-in user's own password: the current one, then the new one twice. Checked and hashed off the GUI
// thread (UserService::changePassword); core's refusals shown under the fields.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(QString databasePath, Actor actor, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    bool isBusy() const { return m_busy; }
    QString message() const;
    void accept() override;
    // Ignored while a password is being checked on the worker thread: the dialog waits for its answer (a fraction
    // of a second) instead of leaving a thread running behind a closed window.
    void reject() override;

signals:
    void attemptFinished(bool changed);

private:
    void setBusy(bool busy);
    void showProblem(const QString& message);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    QString m_databasePath;
    Actor m_actor;
    bool m_busy = false;
};

} // namespace atende
