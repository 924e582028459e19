#include "BackupCommand.h"

#include "CliContext.h"
#include "storage/DatabaseBackup.h"

#include <QDir>
#include <QFileInfo>

namespace atende {

QString BackupCommand::summary() const {
    return tr("Write a complete copy of the database to OUT.");
}

QString BackupCommand::description() const {
    return tr("Writes a consistent copy of the database to the file OUT through SQLite's online backup API; Atende "
              "may stay open meanwhile. An earlier backup at OUT is replaced; any other file there is refused. The "
              "database itself is only read.");
}

int BackupCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Say where to write the backup."));
    if (args.size() > 1)
        return context.usageError(tr("\"backup\" takes one file name."));
    if (Database::isServerLocation(context.databasePath())) {
        // The file commands copy and replace files; a team's server is backed up by its administrator's tools.
        return context.fail(Error::make(Error::Code::InvalidInput,
                                        tr("atendectl backs up database files only. Back up a PostgreSQL server with "
                                           "its own tools (pg_dump; admin guide)."),
                                        QStringLiteral("server location")),
                            {{QStringLiteral("path"), context.databaseLocationForPeople()}});
    }
    const QString path = context.databasePath();
    const QFileInfo out(args.first());
    const QString outPath = out.absoluteFilePath();
    const QJsonObject where{{QStringLiteral("path"), path}, {QStringLiteral("backupPath"), outPath}};

    if (out.isDir()) {
        return context.fail(Error::make(Error::Code::InvalidInput,
                                        tr("%1 is a folder. Give the name of the backup file to write in it.")
                                            .arg(QDir::toNativeSeparators(outPath))),
                            where);
    }
    // Replacing an older backup is what a daily cron job does; replacing someone's document by a typo is not.
    if (out.exists() && out.size() > 0) {
        Database::Options probe;
        probe.createIfMissing = false;
        probe.migrate = false;
        probe.readOnly = true;
        auto existing = Database::open(outPath, probe);
        if (!existing && existing.error().code == Error::Code::NotAnAtendeDatabase) {
            return context.fail(Error::make(Error::Code::Conflict,
                                            tr("%1 exists and is not an Atende backup. It was not replaced; choose "
                                               "another file name.")
                                                .arg(QDir::toNativeSeparators(outPath)),
                                            existing.error().detail),
                                where);
        }
    }

    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    options.readOnly = true;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error(), where);
    if (Status s = DatabaseBackup::backupTo(**db, outPath); !s)
        return context.fail(s.error(), where);

    const qint64 bytes = QFileInfo(outPath).size();
    const int version = (*db)->schemaVersion();
    context.print(tr("Backup of %1 written to %2 (%3, schema %4).")
                      .arg(path, QDir::toNativeSeparators(outPath), context.dataSize(bytes))
                      .arg(version));
    QJsonObject document = where;
    document.insert(QStringLiteral("bytes"), bytes);
    document.insert(QStringLiteral("schemaVersion"), version);
    return context.finish(document, ExitOk);
}

} // namespace atende
