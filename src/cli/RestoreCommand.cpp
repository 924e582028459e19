#include "RestoreCommand.h"

#include "CliContext.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseHealth.h"
#include "storage/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QTemporaryDir>

namespace atende {

QString RestoreCommand::summary() const {
    return tr("Replace the database with the backup IN.");
}

QString RestoreCommand::description() const {
    return tr("Replaces the contents of the database with the backup IN. The backup must be a healthy Atende "
              "database that is not newer than this program; otherwise nothing changes. The current contents are "
              "first saved next to the database (FILE.before-restore-DATE.bak), and a backup from an older Atende "
              "is brought to the current schema. Close Atende on this workstation first.");
}

Result<QString> RestoreCommand::prepareSource(const QString& inPath, const QString& workDir, int& sourceVersion) {
    Database::Options readOnly;
    readOnly.createIfMissing = false;
    readOnly.migrate = false;
    readOnly.readOnly = true;
    auto source = Database::open(inPath, readOnly);
    if (!source)
        return source.error();
    sourceVersion = (*source)->schemaVersion();
    // An empty file opens as an empty database; restoring it would silently wipe everything.
    if (sourceVersion <= 0) {
        return Error::make(
            Error::Code::NotAnAtendeDatabase,
            tr("%1 is not an Atende database. Nothing was restored.").arg(QDir::toNativeSeparators(inPath)),
            QStringLiteral("user_version=%1").arg(sourceVersion));
    }
    if (sourceVersion >= Migrator::latestVersion())
        return inPath;

    // DatabaseBackup::restoreFrom counts an old schema as a problem, so an older backup is migrated first, in a
    // copy: the backup file itself is never changed. Damage is looked for before the migration could hide it.
    const auto report = DatabaseHealth::check(**source, DatabaseHealth::Depth::Quick);
    if (report.integrity != QLatin1String("ok") || report.foreignKeyViolations > 0) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The backup %1 is damaged and was not restored.").arg(QDir::toNativeSeparators(inPath)),
                           report.problems.join(QStringLiteral("; ")));
    }
    const QString copy = QDir(workDir).filePath(QStringLiteral("restore.sqlite"));
    if (Status s = DatabaseBackup::backupTo(**source, copy); !s)
        return s.error();
    source->reset();
    Database::Options migrate;
    migrate.createIfMissing = false;
    migrate.backupBeforeMigrate = false; // the backup file itself is the copy of the old version
    auto migrated = Database::open(copy, migrate);
    if (!migrated)
        return migrated.error();
    return copy;
}

int RestoreCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Say which backup file to restore."));
    if (args.size() > 1)
        return context.usageError(tr("\"restore\" takes one file name."));
    if (Database::isServerLocation(context.databasePath())) {
        // The file commands copy and replace files; a team's server is backed up by its administrator's tools.
        return context.fail(Error::make(Error::Code::InvalidInput,
                                        tr("atendectl restores database files only. Restore a PostgreSQL server with "
                                           "its own tools (pg_restore; admin guide)."),
                                        QStringLiteral("server location")),
                            {{QStringLiteral("path"), context.databaseLocationForPeople()}});
    }
    const QString path = context.databasePath();
    const QFileInfo in(args.first());
    const QString inPath = in.absoluteFilePath();
    QJsonObject document{{QStringLiteral("path"), path}, {QStringLiteral("source"), inPath}};

    if (!in.exists()) {
        return context.fail(Error::make(Error::Code::NotFound,
                                        tr("The backup file %1 does not exist.").arg(QDir::toNativeSeparators(inPath))),
                            document);
    }
    if (in.canonicalFilePath() == QFileInfo(path).canonicalFilePath()) {
        return context.fail(
            Error::make(Error::Code::InvalidInput, tr("%1 is the database itself; choose a backup file to restore.")
                                                       .arg(QDir::toNativeSeparators(inPath))),
            document);
    }

    // Checked and, when older, brought to the current schema before anything is replaced: a backup that cannot
    // be used then leaves the database exactly as it was.
    QDir().mkpath(QFileInfo(path).absolutePath());
    QTemporaryDir work(path + QStringLiteral(".restore-XXXXXX"));
    if (!work.isValid()) {
        return context.fail(Error::make(Error::Code::Storage,
                                        tr("Could not create a work folder next to %1. Check the free space and that "
                                           "you may write there.")
                                            .arg(path),
                                        work.errorString()),
                            document);
    }
    int restored = 0;
    const Result<QString> source = prepareSource(inPath, work.path(), restored);
    if (!source)
        return context.fail(source.error(), document);

    // Not migrated now: its contents are about to be replaced. Still refused when it is another program's file
    // or newer, so a mistyped --db never destroys something that is not ours.
    const bool existed = context.databaseExists();
    Database::Options options;
    options.migrate = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error(), document);
    // A failed restore into a database that did not exist must not leave an empty file behind.
    const auto discardNewFile = [&] {
        if (existed)
            return;
        db->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    };

    // What is about to be overwritten may be the only copy of today's work: keep it.
    QString previousCopy;
    if ((*db)->schemaVersion() > 0) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        previousCopy = QStringLiteral("%1.before-restore-%2.bak").arg(path, stamp);
        // Two restores within a second must not overwrite the first copy, the one that may still matter.
        for (int n = 2; QFileInfo::exists(previousCopy); ++n)
            previousCopy = QStringLiteral("%1.before-restore-%2-%3.bak").arg(path, stamp).arg(n);
        if (Status s = DatabaseBackup::backupTo(**db, previousCopy); !s)
            return context.fail(s.error(), document);
    }
    if (Status s = DatabaseBackup::restoreFrom(**db, *source); !s) {
        // Nothing was replaced, so the copy of the untouched database would only confuse.
        if (!previousCopy.isEmpty())
            QFile::remove(previousCopy);
        discardNewFile();
        return context.fail(s.error(), document);
    }

    const int version = (*db)->schemaVersion();

    context.print(tr("Restored %1 from %2 (schema %3).").arg(path, QDir::toNativeSeparators(inPath)).arg(restored));
    if (version != restored)
        context.print(tr("Updated the restored database from schema %1 to %2.").arg(restored).arg(version));
    if (!previousCopy.isEmpty())
        context.print(tr("The previous contents were saved as %1.").arg(previousCopy));
    document.insert(QStringLiteral("restoredVersion"), restored);
    document.insert(QStringLiteral("schemaVersion"), version);
    document.insert(QStringLiteral("migrated"), version != restored);
    document.insert(QStringLiteral("previousCopy"),
                    previousCopy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previousCopy));
    return context.finish(document, ExitOk);
}

} // namespace atende
