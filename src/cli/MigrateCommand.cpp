#include "MigrateCommand.h"

#include "CliContext.h"
#include "storage/Migrator.h"

#include <QJsonValue>

namespace atende {

QString MigrateCommand::summary() const {
    return tr("Update the database to the current schema, after a backup.");
}

QString MigrateCommand::description() const {
    return tr("Updates an existing Atende database to the schema this program uses. Before the first change a "
              "complete backup is written next to the file (FILE.vOLD-DATE.bak). Each step is all-or-nothing: if "
              "one fails, the database stays at the last complete version. A database written by a newer Atende "
              "is refused and left as it was.");
}

int MigrateCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("\"migrate\" takes no arguments."));
    const QString path = context.databaseLocationForPeople();
    // Migrating nothing into a new file would hide a mistyped --db; creating is init's job.
    if (!context.databaseExists()) {
        return context.fail(Error::make(Error::Code::NotFound,
                                        tr("The database file %1 does not exist. Run \"atendectl init\" to create "
                                           "it.")
                                            .arg(path)),
                            {{QStringLiteral("path"), path}});
    }
    const Result<int> before = context.currentSchemaVersion();
    if (!before)
        return context.fail(before.error(), {{QStringLiteral("path"), path}});

    Database::Options options;
    options.createIfMissing = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error(), {{QStringLiteral("path"), path}});
    const int from = *before;
    const int to = (*db)->schemaVersion();
    const QString backup = (*db)->lastBackupPath();

    if (from == to) {
        context.print(tr("The database %1 is already at schema %2. Nothing to do.").arg(path).arg(to));
    } else {
        context.print(tr("Updated the database %1 from schema %2 to %3.").arg(path).arg(from).arg(to));
        if (!backup.isEmpty())
            context.print(tr("Backup of the previous file: %1").arg(backup));
    }
    return context.finish(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("fromVersion"), from},
                                      {QStringLiteral("toVersion"), to},
                                      {QStringLiteral("latestVersion"), Migrator::latestVersion()},
                                      {QStringLiteral("migrated"), from != to},
                                      {QStringLiteral("backupPath"),
                                       backup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(backup)}},
                          ExitOk);
}

} // namespace atende
