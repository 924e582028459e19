#include "auth/LoginDialog.h"
#include "auth/ui_LoginDialog.h"

#include "auth/AuthWorker.h"
#include "auth/UserService.h"
#include "common/BackgroundTask.h"

#include <QPushButton>

namespace atende {

LoginDialog::LoginDialog(QString databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_databasePath(std::move(databasePath)) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->messageLabel->setVisible(false);
    m_ui->loginLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::message() const {
    return m_ui->messageLabel->text();
}

void LoginDialog::setLogin(const QString& login) {
    m_ui->loginLineEdit->setText(login);
    m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->loginLineEdit->setEnabled(!busy);
    m_ui->passwordLineEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_ui->messageLabel->setStyleSheet(QString());
        m_ui->messageLabel->setText(tr("Checking…"));
        m_ui->messageLabel->setVisible(true);
    }
}

void LoginDialog::accept() {
    if (m_busy)
        return;
    const QString login = m_ui->loginLineEdit->text();
    const QString password = m_ui->passwordLineEdit->text();
    setBusy(true);
    runInBackground<Result<Actor>>(
        this,
        [path = m_databasePath, login, password] {
            return AuthWorker::withUsers(path, [&](UserService& users) { return users.authenticate(login, password); });
        },
        [this](const Result<Actor>& result) {
            setBusy(false);
            if (result) {
                m_actor = result.value();
                m_ui->messageLabel->clear();
                emit attemptFinished(true);
                QDialog::accept();
                return;
            }
            m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_ui->messageLabel->setText(result.error().userMessage);
            m_ui->messageLabel->setVisible(true);
            // The password goes, the login stays: the next try is one word away.
            m_ui->passwordLineEdit->clear();
            m_ui->passwordLineEdit->setFocus();
            emit attemptFinished(false);
        });
}

void LoginDialog::reject() {
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace atende
