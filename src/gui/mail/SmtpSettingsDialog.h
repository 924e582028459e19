#pragma once

#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"

#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SmtpSettingsDialog;
}

namespace atende {

class Database;
class SmtpTestRunner;

// The administrator's e-mail settings: server, port, security, user, password (to the system keyring, never
// the database), sender, pinned certificate; "Send test e-mail" tries them as typed, before saving, and names
// the failure class (DNS, refused, TLS, authentication, rejected recipient) with the server's words.
class SmtpSettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `actor` saves the settings through MailAdministration (mail.admin, audited).
    SmtpSettingsDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);
    ~SmtpSettingsDialog() override;

    SmtpSettings settingsFromForm() const;
    // The diagnosis as shown (for tests and for copying into a support ticket).
    QString diagnosis() const;
    bool isTesting() const;
    static QString failureTitle(SmtpOutcome::Failure failure);

public slots:
    void sendTest();
    void accept() override;

signals:
    void testFinished();

private:
    void load();
    void showOutcome(const SmtpOutcome& outcome, const QString& certificateSha256);

    std::unique_ptr<Ui::SmtpSettingsDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    SmtpTestRunner* m_runner;
    QString m_loadedPassword;
    QString m_offeredSha256;
};

} // namespace atende
