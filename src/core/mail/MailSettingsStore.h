#pragma once

#include "mail/SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace atende {

class Database;

// The team's e-mail settings, kept in app_settings (shared by every workstation of the database) under the
// keys below. The password is not among them: it lives in the system keyring (MailPasswordStore).
//   mail.smtp.host, mail.smtp.port, mail.smtp.security (tls|starttls|plain), mail.smtp.user,
//   mail.smtp.pinned_sha256, mail.smtp.timeout_ms, mail.from.address, mail.from.name,
//   mail.receptionist.address (F-14: protocols of customers without portal access go there)
class MailSettingsStore {
    Q_DECLARE_TR_FUNCTIONS(MailSettingsStore)

public:
    explicit MailSettingsStore(Database& db);

    static QStringList keys();
    static bool isKey(const QString& key);

    // Every mail setting with its default when unset (password left empty).
    Result<SmtpSettings> load() const;
    Result<QString> value(const QString& key) const;
    // Checks the value for its key (a port is a number 1..65535, an address is an address...) and stores it.
    // Runs in the caller's transaction when there is one.
    Status setValue(const QString& key, const QString& value);
    Status save(const SmtpSettings& settings);
    Result<QString> receptionistAddress() const;

private:
    Result<QString> raw(const QString& key, const QString& fallback) const;
    Status validate(const QString& key, const QString& value) const;

    Database& m_db;
};

} // namespace atende
