#include "auth/FirstRunDialog.h"
#include "auth/ui_FirstRunDialog.h"

#include "auth/AuthWorker.h"
#include "auth/UserService.h"
#include "common/BackgroundTask.h"

#include <QPushButton>

namespace atende {

FirstRunDialog::FirstRunDialog(QString databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_databasePath(std::move(databasePath)) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create and log in"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->messageLabel->setVisible(false);
    m_ui->loginLineEdit->setText(QStringLiteral("admin"));
    m_ui->loginLineEdit->selectAll();
    m_ui->loginLineEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::message() const {
    return m_ui->messageLabel->text();
}

void FirstRunDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->loginLineEdit), static_cast<QWidget*>(m_ui->nameLineEdit),
                       static_cast<QWidget*>(m_ui->passwordLineEdit), static_cast<QWidget*>(m_ui->confirmLineEdit)})
        w->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void FirstRunDialog::showProblem(const QString& message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(true);
}

void FirstRunDialog::accept() {
    if (m_busy)
        return;
    const QString password = m_ui->passwordLineEdit->text();
    if (password != m_ui->confirmLineEdit->text()) {
        showProblem(tr("The two passwords differ. Type the same password in both fields."));
        m_ui->confirmLineEdit->clear();
        m_ui->confirmLineEdit->setFocus();
        emit attemptFinished(false);
        return;
    }
    const QString login = m_ui->loginLineEdit->text();
    const QString name = m_ui->nameLineEdit->text();
    setBusy(true);
    runInBackground<Result<Actor>>(
        this,
        [path = m_databasePath, login, name, password] {
            return AuthWorker::withUsers(
                path, [&](UserService& users) { return users.createFirstAdministrator(login, name, password); });
        },
        [this](const Result<Actor>& result) {
            setBusy(false);
            if (result) {
                m_actor = result.value();
                emit attemptFinished(true);
                QDialog::accept();
                return;
            }
            // Everything typed stays, so only the wrong field needs retyping.
            showProblem(result.error().userMessage);
            emit attemptFinished(false);
        });
}

void FirstRunDialog::reject() {
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace atende
