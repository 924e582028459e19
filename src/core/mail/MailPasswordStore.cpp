#include "mail/MailPasswordStore.h"

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

Error keyringError(const QKeychain::Job& job, bool finished) {
    if (!finished || job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError)
        return Error::make(Error::Code::Generic,
                           MailPasswordStore::tr("No system keyring is available to keep the e-mail password "
                                                 "(GNOME Keyring or KWallet). Start one, or set the environment "
                                                 "variable ATENDE_SMTP_PASSWORD on machines without a desktop."),
                           finished ? job.errorString() : QStringLiteral("keyring did not answer"));
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return Error::make(Error::Code::PermissionDenied,
                           MailPasswordStore::tr("The system keyring refused access to the e-mail password."),
                           job.errorString());
    return Error::make(Error::Code::Generic,
                       MailPasswordStore::tr("The system keyring failed: %1").arg(job.errorString()),
                       job.errorString());
}
} // namespace

QString MailPasswordStore::key(const QString& user, const QString& host) {
    return QStringLiteral("smtp:%1@%2").arg(user, host);
}

Result<QString> MailPasswordStore::read(const QString& user, const QString& host) {
    if (qEnvironmentVariableIsSet(EnvironmentVariable))
        return qEnvironmentVariable(EnvironmentVariable);
    if (user.isEmpty())
        return QString(); // no AUTH, no password
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key(user, host));
    const bool finished = runJob(job);
    if (finished && job.error() == QKeychain::NoError)
        return job.textData();
    if (finished && job.error() == QKeychain::EntryNotFound)
        return Error::make(
            Error::Code::NotFound,
            tr("No e-mail password is stored for %1 on %2; enter it in the e-mail settings.").arg(user, host),
            QStringLiteral("keyring entry not found"));
    return keyringError(job, finished);
}

Status MailPasswordStore::write(const QString& user, const QString& host, const QString& password) {
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key(user, host));
    job.setTextData(password);
    const bool finished = runJob(job);
    if (finished && job.error() == QKeychain::NoError)
        return {};
    return keyringError(job, finished);
}

Status MailPasswordStore::remove(const QString& user, const QString& host) {
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key(user, host));
    const bool finished = runJob(job);
    if (finished && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound))
        return {};
    return keyringError(job, finished);
}

} // namespace atende
