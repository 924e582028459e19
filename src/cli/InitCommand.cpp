#include "InitCommand.h"

#include "CliContext.h"

#include <QJsonValue>

namespace atende {

QString InitCommand::summary() const {
    return tr("Create the database, or bring an existing one to the current schema.");
}

QString InitCommand::description() const {
    return tr("Creates an empty Atende database with the default configuration. An existing Atende database is "
              "kept, and brought to the current schema after a backup next to it. A file that is not an Atende "
              "database, or that a newer Atende wrote, is refused and left as it was.");
}

int InitCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("\"init\" takes no arguments."));
    const QString path = context.databaseLocationForPeople();
    // Read before opening for real: afterwards the file is at the newest version and the old one is gone.
    const Result<int> before = context.currentSchemaVersion();
    if (!before)
        return context.fail(before.error(), {{QStringLiteral("path"), path}});

    auto db = context.openDatabase(Database::Options{});
    if (!db)
        return context.fail(db.error(), {{QStringLiteral("path"), path}});
    const int from = *before;
    const int version = (*db)->schemaVersion();
    const QString backup = (*db)->lastBackupPath();

    if (from == 0)
        context.print(tr("Created the Atende database %1 (schema %2).").arg(path).arg(version));
    else if (from < version)
        context.print(tr("Updated the database %1 from schema %2 to %3.").arg(path).arg(from).arg(version));
    else
        context.print(tr("The database %1 is already set up (schema %2). Nothing to do.").arg(path).arg(version));
    if (!backup.isEmpty())
        context.print(tr("The previous file was saved as %1.").arg(backup));

    return context.finish(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("created"), from == 0},
                                      {QStringLiteral("fromVersion"), from},
                                      {QStringLiteral("schemaVersion"), version},
                                      {QStringLiteral("backupPath"),
                                       backup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(backup)}},
                          ExitOk);
}

} // namespace atende
