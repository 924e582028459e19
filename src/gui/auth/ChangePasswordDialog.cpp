#include "auth/ChangePasswordDialog.h"
#include "auth/ui_ChangePasswordDialog.h"

#include "auth/AuthWorker.h"
#include "auth/UserService.h"
#include "common/BackgroundTask.h"
#include "common/MessageBoxes.h"

#include <QPushButton>

namespace atende {

ChangePasswordDialog::ChangePasswordDialog(QString databasePath, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_databasePath(std::move(databasePath))
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&hange"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->messageLabel->setVisible(false);
    m_ui->currentLineEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::message() const {
    return m_ui->messageLabel->text();
}

void ChangePasswordDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ChangePasswordDialog::showProblem(const QString& message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(true);
}

void ChangePasswordDialog::accept() {
    if (m_busy)
        return;
    const QString newPassword = m_ui->passwordLineEdit->text();
    if (newPassword != m_ui->confirmLineEdit->text()) {
        showProblem(tr("The two new passwords differ. Type the same password in both fields."));
        m_ui->confirmLineEdit->clear();
        m_ui->confirmLineEdit->setFocus();
        emit attemptFinished(false);
        return;
    }
    const QString oldPassword = m_ui->currentLineEdit->text();
    setBusy(true);
    runInBackground<Status>(
        this,
        [path = m_databasePath, actor = m_actor, oldPassword, newPassword] {
            return AuthWorker::withUsersStatus(
                path, [&](UserService& users) { return users.changePassword(actor, oldPassword, newPassword); });
        },
        [this](const Status& result) {
            setBusy(false);
            if (!result) {
                showProblem(result.error().userMessage);
                emit attemptFinished(false);
                return;
            }
            emit attemptFinished(true);
            MessageBoxes::information(this, windowTitle(), tr("Your password was changed."));
            QDialog::accept();
        });
}

void ChangePasswordDialog::reject() {
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace atende
