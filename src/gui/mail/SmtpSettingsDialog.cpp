#include "mail/SmtpSettingsDialog.h"

#include "common/MessageBoxes.h"
#include "mail/MailAdministration.h"
#include "mail/MailPasswordStore.h"
#include "mail/MailSettingsStore.h"
#include "mail/SmtpTestRunner.h"
#include "mail/ui_SmtpSettingsDialog.h"
#include "util/SystemClock.h"

#include <QPushButton>

namespace atende {

SmtpSettingsDialog::SmtpSettingsDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SmtpSettingsDialog>())
    , m_db(db)
    , m_actor(actor)
    , m_runner(new SmtpTestRunner(this)) {
    m_ui->setupUi(this);
    m_ui->securityComboBox->addItem(tr("TLS from the start (port 465)"), smtpSecurityName(SmtpSecurity::ImplicitTls));
    m_ui->securityComboBox->addItem(tr("STARTTLS (port 587)"), smtpSecurityName(SmtpSecurity::StartTls));
    m_ui->securityComboBox->addItem(tr("No encryption (local relay only)"), smtpSecurityName(SmtpSecurity::Plain));
    m_ui->pinPushButton->setVisible(false);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &SmtpSettingsDialog::sendTest);
    connect(m_ui->pinPushButton, &QPushButton::clicked, this, [this] {
        m_ui->pinnedLineEdit->setText(m_offeredSha256);
        m_ui->pinPushButton->setVisible(false);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SmtpSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SmtpSettingsDialog::reject);
    connect(m_runner, &SmtpTestRunner::finished, this, &SmtpSettingsDialog::showOutcome);
    load();
}

SmtpSettingsDialog::~SmtpSettingsDialog() = default;

void SmtpSettingsDialog::load() {
    auto settings = MailSettingsStore(m_db).load();
    if (!settings) {
        m_ui->diagnosisLabel->setText(settings.error().userMessage);
        return;
    }
    m_ui->hostLineEdit->setText(settings->host);
    m_ui->portSpinBox->setValue(settings->port);
    m_ui->securityComboBox->setCurrentIndex(m_ui->securityComboBox->findData(smtpSecurityName(settings->security)));
    m_ui->userLineEdit->setText(settings->user);
    m_ui->fromAddressLineEdit->setText(settings->fromAddress);
    m_ui->fromNameLineEdit->setText(settings->fromName);
    m_ui->pinnedLineEdit->setText(settings->pinnedSha256);
    m_ui->testToLineEdit->setText(settings->fromAddress);
    if (!settings->user.isEmpty()) {
        auto password = MailPasswordStore::read(settings->user, settings->host);
        if (password) {
            m_loadedPassword = *password;
            m_ui->passwordLineEdit->setText(*password);
        } else {
            m_ui->diagnosisLabel->setText(password.error().userMessage);
        }
    }
}

SmtpSettings SmtpSettingsDialog::settingsFromForm() const {
    SmtpSettings s;
    s.host = m_ui->hostLineEdit->text().trimmed();
    s.port = m_ui->portSpinBox->value();
    parseSmtpSecurity(m_ui->securityComboBox->currentData().toString(), &s.security);
    s.user = m_ui->userLineEdit->text().trimmed();
    s.password = m_ui->passwordLineEdit->text();
    s.fromAddress = m_ui->fromAddressLineEdit->text().trimmed();
    s.fromName = m_ui->fromNameLineEdit->text().trimmed();
    s.pinnedSha256 = m_ui->pinnedLineEdit->text().trimmed();
    auto stored = MailSettingsStore(m_db).load();
    if (stored)
        s.timeoutMs = stored->timeoutMs;
    return s;
}

QString SmtpSettingsDialog::diagnosis() const {
    return m_ui->diagnosisLabel->text();
}

bool SmtpSettingsDialog::isTesting() const {
    return m_runner->isRunning();
}

QString SmtpSettingsDialog::failureTitle(SmtpOutcome::Failure failure) {
    using F = SmtpOutcome::Failure;
    switch (failure) {
    case F::None:
        return tr("Sent");
    case F::Configuration:
        return tr("Settings incomplete");
    case F::Dns:
        return tr("Server not found (DNS)");
    case F::ConnectionRefused:
        return tr("Connection refused");
    case F::Timeout:
        return tr("No answer (timeout)");
    case F::Network:
        return tr("Connection lost");
    case F::Tls:
        return tr("Secure connection (TLS) failed");
    case F::Authentication:
        return tr("User or password refused");
    case F::RejectedSender:
        return tr("Sender rejected");
    case F::RejectedRecipient:
        return tr("Recipient rejected");
    case F::RejectedMessage:
        return tr("Message rejected");
    case F::Protocol:
        return tr("Not an SMTP server");
    case F::Unavailable:
        return tr("Server not taking mail");
    }
    return {};
}

void SmtpSettingsDialog::sendTest() {
    if (m_runner->isRunning())
        return;
    m_ui->testPushButton->setEnabled(false);
    m_ui->pinPushButton->setVisible(false);
    m_ui->diagnosisLabel->setText(tr("Sending a test e-mail..."));
    m_runner->start(settingsFromForm(), m_ui->testToLineEdit->text().trimmed());
}

void SmtpSettingsDialog::showOutcome(const SmtpOutcome& outcome, const QString& certificateSha256) {
    m_ui->testPushButton->setEnabled(true);
    if (outcome.sent()) {
        m_ui->diagnosisLabel->setText(tr("The test e-mail was accepted by the server. Check that it arrived."));
    } else {
        QString text = QStringLiteral("<b>%1</b><br>%2")
                           .arg(failureTitle(outcome.failure).toHtmlEscaped(), outcome.userMessage.toHtmlEscaped());
        m_ui->diagnosisLabel->setText(text);
        if (outcome.failure == SmtpOutcome::Failure::Tls && !certificateSha256.isEmpty()) {
            m_offeredSha256 = certificateSha256;
            m_ui->pinPushButton->setToolTip(certificateSha256);
            m_ui->pinPushButton->setVisible(true);
        }
    }
    emit testFinished();
}

void SmtpSettingsDialog::accept() {
    const SmtpSettings s = settingsFromForm();
    if (Status saved = MailAdministration(m_db, SystemClock::instance()).saveSettings(m_actor, s); !saved) {
        MessageBoxes::warning(this, windowTitle(), saved.error().userMessage);
        return;
    }
    if (!s.user.isEmpty() && s.password != m_loadedPassword) {
        if (Status stored = MailPasswordStore::write(s.user, s.host, s.password); !stored)
            MessageBoxes::warning(
                this, windowTitle(),
                tr("The settings were saved, but the password was not: %1").arg(stored.error().userMessage));
    }
    QDialog::accept();
}

} // namespace atende
