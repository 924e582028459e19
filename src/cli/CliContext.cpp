#include "CliContext.h"

#include <QJsonArray>

#include "CliCommand.h"
#include "settings/Settings.h"
#include "storage/ServerLocation.h"
#include "util/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace atende {

namespace {

// Stable names for scripts; Error::Code's numeric values are not a promise.
QString errorCodeName(Error::Code code) {
    switch (code) {
    case Error::Code::Generic:
        return QStringLiteral("generic");
    case Error::Code::InvalidInput:
        return QStringLiteral("invalidInput");
    case Error::Code::NotFound:
        return QStringLiteral("notFound");
    case Error::Code::Conflict:
        return QStringLiteral("conflict");
    case Error::Code::PermissionDenied:
        return QStringLiteral("permissionDenied");
    case Error::Code::Storage:
        return QStringLiteral("storage");
    case Error::Code::NewerDatabase:
        return QStringLiteral("newerDatabase");
    case Error::Code::NotAnAtendeDatabase:
        return QStringLiteral("notAnAtendeDatabase");
    }
    return QStringLiteral("generic");
}

} // namespace

CliContext::CliContext(std::FILE* out, std::FILE* err)
    : m_out(out)
    , m_err(err) {}

QString CliContext::databasePath() const {
    const QString path = m_databasePath.isEmpty() ? defaultDatabasePath() : m_databasePath;
    // A team's server (postgresql://…) is passed on as given; only a file path is made absolute.
    if (Database::isServerLocation(path))
        return path;
    return QFileInfo(path).absoluteFilePath();
}

QString CliContext::databaseLocationForPeople() const {
    const QString path = databasePath();
    return Database::isServerLocation(path) ? ServerLocation::withoutPassword(path) : path;
}

QString CliContext::defaultDatabasePath() {
    const QString env = qEnvironmentVariable("ATENDE_DB");
    return env.isEmpty() ? Settings().databasePath() : env;
}

Result<std::unique_ptr<Database>> CliContext::openDatabase(const Database::Options& options) const {
    return Database::open(databasePath(), options);
}

Result<int> CliContext::currentSchemaVersion() const {
    if (!databaseExists())
        return 0;
    Database::Options probe;
    probe.createIfMissing = false;
    probe.migrate = false;
    probe.readOnly = true;
    auto db = openDatabase(probe);
    if (!db)
        return db.error();
    return (*db)->schemaVersion();
}

bool CliContext::databaseExists() const {
    // A server's database is created by its administrator, never by atendectl: it is there, or opening it says why.
    if (Database::isServerLocation(databasePath()))
        return true;
    const QFileInfo info(databasePath());
    return info.exists() && info.size() > 0;
}

bool CliContext::stderrIsTerminal() const {
#ifdef Q_OS_WIN
    return _isatty(_fileno(m_err)) != 0;
#else
    return ::isatty(::fileno(m_err)) != 0;
#endif
}

void CliContext::print(const QString& line) {
    if (!m_json)
        write(m_out, line + QLatin1Char('\n'));
}

void CliContext::printError(const QString& line) {
    write(m_err, line + QLatin1Char('\n'));
}

void CliContext::writeError(const QString& text) {
    write(m_err, text);
}

int CliContext::finish(QJsonObject document, int exitCode) {
    if (m_json) {
        // "command" and "ok" first in meaning, whatever order QJsonObject keeps the keys in.
        document.insert(QStringLiteral("command"), m_commandName);
        document.insert(QStringLiteral("ok"), exitCode == CliCommand::ExitOk);
        write(m_out, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    }
    return exitCode;
}

int CliContext::fail(const Error& error, QJsonObject extra) {
    // The detail is technical (SQLite's words) and free of personal data by Error's contract: the log keeps it.
    log::info("atendectl {} failed: {}", m_commandName.toStdString(), error.detail.toStdString());
    printError(error.userMessage);
    QJsonObject object{{QStringLiteral("code"), errorCodeName(error.code)},
                       {QStringLiteral("message"), error.userMessage}};
    if (!error.detail.isEmpty())
        object.insert(QStringLiteral("detail"), error.detail);
    if (!error.fields.isEmpty())
        object.insert(QStringLiteral("fields"), QJsonArray::fromStringList(error.fields));
    extra.insert(QStringLiteral("error"), object);
    return finish(std::move(extra), CliCommand::ExitFailed);
}

int CliContext::usageError(const QString& message) {
    printError(message);
    if (!m_synopsis.isEmpty())
        printError(tr("Usage: atendectl [--db PATH] [--json] %1").arg(m_synopsis));
    printError(tr("Run \"atendectl help\" to see every command."));
    QJsonObject error{{QStringLiteral("code"), QStringLiteral("usage")}, {QStringLiteral("message"), message}};
    return finish(QJsonObject{{QStringLiteral("error"), error}}, CliCommand::ExitUsage);
}

void CliContext::write(std::FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    // Flushed at once: stdout and stderr interleave correctly on a terminal and a crash loses nothing.
    std::fflush(stream);
}

} // namespace atende
