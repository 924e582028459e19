#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace atende {

// Secrets in the system keyring (Secret Service / KWallet through QtKeychain), service "Atende": the SMTP password
// (MailPasswordStore) and the team server's (DatabasePasswordStore). Calls block the calling thread for at most a
// few seconds while the keyring answers.
class Keyring {
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    // `fallbackVariable` names the environment variable that replaces the keyring on machines without one; it is
    // part of the message when no keyring answers.
    static Result<QString> read(const QString& key, const char* fallbackVariable);
    static Status write(const QString& key, const QString& secret, const char* fallbackVariable);
    static Status remove(const QString& key, const char* fallbackVariable);
};

} // namespace atende
