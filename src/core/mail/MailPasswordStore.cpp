#include "mail/MailPasswordStore.h"

#include "util/Keyring.h"

namespace atende {

QString MailPasswordStore::key(const QString& user, const QString& host) {
    return QStringLiteral("smtp:%1@%2").arg(user, host);
}

Result<QString> MailPasswordStore::read(const QString& user, const QString& host) {
    if (qEnvironmentVariableIsSet(EnvironmentVariable))
        return qEnvironmentVariable(EnvironmentVariable);
    if (user.isEmpty())
        return QString(); // no AUTH, no password
    auto password = Keyring::read(key(user, host), EnvironmentVariable);
    if (!password && password.error().code == Error::Code::NotFound) {
        return Error::make(
            Error::Code::NotFound,
            tr("No e-mail password is stored for %1 on %2; enter it in the e-mail settings.").arg(user, host),
            QStringLiteral("keyring entry not found"));
    }
    return password;
}

Status MailPasswordStore::write(const QString& user, const QString& host, const QString& password) {
    return Keyring::write(key(user, host), password, EnvironmentVariable);
}

Status MailPasswordStore::remove(const QString& user, const QString& host) {
    return Keyring::remove(key(user, host), EnvironmentVariable);
}

} // namespace atende
