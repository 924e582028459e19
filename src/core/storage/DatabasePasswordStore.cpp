#include "storage/DatabasePasswordStore.h"

#include "storage/ServerLocation.h"
#include "util/Keyring.h"

#include <QHash>
#include <QMutex>

namespace atende {

namespace {

QString keyFor(const QString& url) {
    return QStringLiteral("database:") + ServerLocation::withoutPassword(url);
}

QMutex& sessionMutex() {
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString>& sessionPasswords() {
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

Result<QString> DatabasePasswordStore::read(const QString& url) {
    return Keyring::read(keyFor(url), EnvironmentVariable);
}

Status DatabasePasswordStore::write(const QString& url, const QString& password) {
    return Keyring::write(keyFor(url), password, EnvironmentVariable);
}

Status DatabasePasswordStore::remove(const QString& url) {
    return Keyring::remove(keyFor(url), EnvironmentVariable);
}

void DatabasePasswordStore::rememberForSession(const QString& url, const QString& password) {
    const QMutexLocker lock(&sessionMutex()); // workers open connections from their own threads
    sessionPasswords().insert(ServerLocation::withoutPassword(url), password);
}

QString DatabasePasswordStore::rememberedFor(const QString& url) {
    const QMutexLocker lock(&sessionMutex());
    return sessionPasswords().value(ServerLocation::withoutPassword(url));
}

} // namespace atende
