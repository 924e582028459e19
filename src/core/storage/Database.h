#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

struct sqlite3;

namespace atende {

// One open SQLite connection, set up the same way everywhere (ARCHITECTURE.md "Data"): WAL, synchronous=FULL,
// foreign keys, busy timeout and Atende's SQL functions. A Database belongs to the thread that opened it; a
// worker thread opens its own.
//
// Opening never writes to a file that is not ours or that is newer than this program: the application_id and
// user_version are read before any pragma that could change the file.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int ApplicationId = 0x41544E44; // "ATND"

    struct Options {
        bool createIfMissing = true;
        bool migrate = true;             // bring the schema to the newest version this program knows
        bool backupBeforeMigrate = true; // online backup next to the file before changing an existing schema
        bool readOnly = false;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    // A further connection to a database this program already opened (and so migrated): for workers and panels
    // that need their own connection. Never creates the file, never migrates, never takes a backup.
    static Result<std::unique_ptr<Database>> openExisting(const QString& path, bool readOnly = false) {
        Options options;
        options.createIfMissing = false;
        options.migrate = false;
        options.backupBeforeMigrate = false;
        options.readOnly = readOnly;
        return open(path, options);
    }

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_connection; }
    sqlite3* handle() const { return m_handle; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    int schemaVersion() const;
    // Path of the backup taken before the last migration of this open, empty when none was needed.
    const QString& lastBackupPath() const { return m_lastBackupPath; }

    // Runs a statement on the raw handle (several statements allowed). For pragmas and migrations.
    Status execRaw(const QString& sql);

    // Runs `work` between BEGIN IMMEDIATE and COMMIT; rolls back when `work` or the commit fails, so a change
    // and its audit rows land together or not at all. A failure to begin or commit is reported with
    // `failureMessage` (the caller's words for the user) and SQLite's detail.
    Status inTransaction(const std::function<Status()>& work, const QString& failureMessage);

    // BEGIN IMMEDIATE / COMMIT / ROLLBACK on this connection.
    Status begin();
    Status commit();
    void rollback();

    // Detail text of the last error on this connection, for logs.
    QString lastErrorDetail() const;

    // A query prepared once for the life of this connection, for statements run many times a second (the call
    // screen's lookup, the permission check): QSqlQuery::prepare() parses the SQL again every time, which costs
    // more than the lookup itself. The caller binds with bindValue(), runs exec(), reads every row it needs and
    // calls finish() before anything else may run the same SQL (not re-entrant).
    QSqlQuery& cached(const QString& sql);

private:
    Database() = default;
    Status configure();
    Status registerFunctions();

    QSqlDatabase m_connection;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_cached; // before the connection closes, see ~Database
    QString m_connectionName;
    QString m_path;
    QString m_lastBackupPath;
    sqlite3* m_handle = nullptr;
    bool m_readOnly = false;
};

} // namespace atende
