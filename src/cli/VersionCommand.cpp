#include "VersionCommand.h"

#include "CliContext.h"
#include "storage/Migrator.h"

#include <sqlite3.h>

namespace atende {

QString VersionCommand::summary() const {
    return tr("Show the program version and the newest database schema it knows.");
}

int VersionCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("\"version\" takes no arguments."));
    const QString version = QStringLiteral(ATENDE_VERSION);
    const QString sqlite = QString::fromLatin1(sqlite3_libversion());
    const QString qt = QString::fromLatin1(qVersion());
    context.print(QStringLiteral("atendectl %1").arg(version));
    context.print(tr("Database schema %1, Qt %2, SQLite %3").arg(Migrator::latestVersion()).arg(qt, sqlite));
    return context.finish(QJsonObject{{QStringLiteral("version"), version},
                                      {QStringLiteral("schemaVersion"), Migrator::latestVersion()},
                                      {QStringLiteral("qt"), qt},
                                      {QStringLiteral("sqlite"), sqlite}},
                          ExitOk);
}

} // namespace atende
