#pragma once

#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace atende {

// First run (UserService::needsFirstAdministrator): the administrator chooses login, name and password (typed
// twice; there is no default password). Created off the GUI thread (Argon2id); on success the administrator is
// logged in and actor() holds it.
class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstRunDialog(QString databasePath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    const Actor& actor() const { return m_actor; }
    bool isBusy() const { return m_busy; }
    QString message() const;

    void accept() override;
    // Ignored while a password is being checked on the worker thread: the dialog waits for its answer (a fraction
    // of a second) instead of leaving a thread running behind a closed window.
    void reject() override;

signals:
    void attemptFinished(bool created);

private:
    void setBusy(bool busy);
    void showProblem(const QString& message);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QString m_databasePath;
    Actor m_actor;
    bool m_busy = false;
};

} // namespace atende
