#include "util/Keyring.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace atende {

namespace {
const QString Service = QStringLiteral("Atende");
constexpr int KeyringTimeoutMs = 10000;

// Runs a QtKeychain job to its end on this thread's own event loop (jobs report through signals).
bool runJob(QKeychain::Job& job) {
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeyringTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error keyringError(const QKeychain::Job& job, bool finished, const char* fallbackVariable) {
    if (!finished || job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError)
        return Error::make(Error::Code::Generic,
                           Keyring::tr("No system keyring is available to keep the password (GNOME Keyring or "
                                       "KWallet). Start one, or set the environment variable %1 on machines "
                                       "without a desktop.")
                               .arg(QString::fromLatin1(fallbackVariable)),
                           finished ? job.errorString() : QStringLiteral("keyring did not answer"));
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return Error::make(Error::Code::PermissionDenied,
                           Keyring::tr("The system keyring refused access to the password."), job.errorString());
    return Error::make(Error::Code::Generic, Keyring::tr("The system keyring failed: %1").arg(job.errorString()),
                       job.errorString());
}
} // namespace

Result<QString> Keyring::read(const QString& key, const char* fallbackVariable) {
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    const bool finished = runJob(job);
    if (finished && job.error() == QKeychain::NoError)
        return job.textData();
    if (finished && job.error() == QKeychain::EntryNotFound)
        return Error::make(Error::Code::NotFound, QString(), QStringLiteral("keyring entry not found"));
    return keyringError(job, finished, fallbackVariable);
}

Status Keyring::write(const QString& key, const QString& secret, const char* fallbackVariable) {
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(secret);
    const bool finished = runJob(job);
    if (finished && job.error() == QKeychain::NoError)
        return {};
    return keyringError(job, finished, fallbackVariable);
}

Status Keyring::remove(const QString& key, const char* fallbackVariable) {
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    const bool finished = runJob(job);
    if (finished && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound))
        return {};
    return keyringError(job, finished, fallbackVariable);
}

} // namespace atende
