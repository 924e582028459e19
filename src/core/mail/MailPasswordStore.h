#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace atende {

// The SMTP password, kept out of the database and of every file: in the system keyring (Secret Service /
// KWallet through QtKeychain), under service "Atende", key "smtp:<user>@<host>".
//
// Where no keyring runs (a server, CI, a container) the environment variable ATENDE_SMTP_PASSWORD is used
// instead; it wins over the keyring when set, so a headless `atendectl outbox flush` works. Keyring calls
// block the calling thread for at most a few seconds; call them off the GUI thread or accept a short pause in
// a dialog.
class MailPasswordStore {
    Q_DECLARE_TR_FUNCTIONS(MailPasswordStore)

public:
    static constexpr const char* EnvironmentVariable = "ATENDE_SMTP_PASSWORD";

    static Result<QString> read(const QString& user, const QString& host);
    static Status write(const QString& user, const QString& host, const QString& password);
    static Status remove(const QString& user, const QString& host);

private:
    static QString key(const QString& user, const QString& host);
};

} // namespace atende
