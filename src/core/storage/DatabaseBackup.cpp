#include "storage/DatabaseBackup.h"

#include "storage/Database.h"
#include "storage/DatabaseHealth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace atende {

namespace {

// Copies every page of `from` into `to`. Both are open handles.
int copyPages(sqlite3* from, sqlite3* to) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finish : rc;
}

} // namespace

Status DatabaseBackup::backupTo(Database& db, const QString& outPath) {
    const QFileInfo out(outPath);
    if (out.exists() && out.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        return Error::make(Error::Code::InvalidInput, tr("The backup cannot be written over the database itself."));
    }
    QDir().mkpath(out.absolutePath());
    // Write next to the target and rename at the end, so a failed backup never leaves a half file behind.
    const QString partial = out.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK)
        rc = copyPages(db.handle(), dest);
    // A backup is a single self-contained file: no WAL beside it.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString detail = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return Error::make(Error::Code::Storage,
                           tr("Could not write the backup to %1. Check the free space and that you may write there.")
                               .arg(QDir::toNativeSeparators(outPath)),
                           detail);
    }
    QFile::remove(out.absoluteFilePath());
    if (!QFile::rename(partial, out.absoluteFilePath())) {
        QFile::remove(partial);
        return Error::make(Error::Code::Storage,
                           tr("Could not write the backup to %1.").arg(QDir::toNativeSeparators(outPath)));
    }
    return {};
}

Status DatabaseBackup::restoreFrom(Database& db, const QString& inPath) {
    if (!QFileInfo::exists(inPath)) {
        return Error::make(Error::Code::NotFound,
                           tr("The backup file %1 does not exist.").arg(QDir::toNativeSeparators(inPath)));
    }
    Database::Options readOnly;
    readOnly.createIfMissing = false;
    readOnly.migrate = false;
    readOnly.readOnly = true;
    auto source = Database::open(inPath, readOnly);
    if (!source)
        return source.error();
    // Damage and broken references refuse the backup; an older schema does not (the caller migrates afterwards).
    const DatabaseHealth::Report report = DatabaseHealth::check(**source, DatabaseHealth::Depth::Quick);
    if (report.integrity != QLatin1String("ok") || report.foreignKeyViolations > 0) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The backup %1 is damaged and was not restored.").arg(QDir::toNativeSeparators(inPath)),
                           report.problems.join(QStringLiteral("; ")));
    }
    const int rc = copyPages((*source)->handle(), db.handle());
    if (rc != SQLITE_OK) {
        return Error::make(Error::Code::Storage, tr("Could not restore the backup. The database was not changed."),
                           QString::fromUtf8(sqlite3_errstr(rc)));
    }
    // The copy brings the source's journal mode and drops our pragmas' effect on the handle; set them again.
    return db.execRaw(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"));
}

} // namespace atende
