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

// One open connection, set up the same way everywhere (ARCHITECTURE.md "Data"). A Database belongs to the thread
// that opened it; a worker thread opens its own.
//
// Two engines behind one class, chosen by the location: a file path is the embedded SQLite database of a single
// workstation (WAL, synchronous=FULL, foreign keys, busy timeout and Atende's SQL functions); a
// `postgresql://user@host:port/database?sslmode=…` URL is the team's shared PostgreSQL server (team mode, issue 9).
// Services write plain SQL both engines accept (INSERT … RETURNING id, ON CONFLICT, lower() instead of COLLATE
// NOCASE); what differs between them (schema version, transactions, full-text search, backups) stays here, in the
// migration files of each engine (migrations/ and migrations/postgresql/) and in the few places that ask engine().
//
// Opening never writes to a database that is not ours or that is newer than this program: the application id and
// schema version are read before anything that could change it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int ApplicationId = 0x41544E44; // "ATND"

    enum class Engine { SQLite, PostgreSQL };
    // Whether `location` names a PostgreSQL server (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString& location);

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
    // The raw SQLite handle; nullptr on PostgreSQL.
    sqlite3* handle() const { return m_handle; }
    // Adds the SQL functions the schema uses (atende_fold, in the sort indexes of migration 10) to a bare SQLite
    // handle, such as a benchmark's raw baseline: without them it cannot write the rows those indexes cover.
    // SQLITE_OK or SQLite's error code.
    static int addSqliteFunctions(sqlite3* handle);
    // Where the database is: the file's absolute path, or the server URL as given (to open further connections).
    const QString& path() const { return m_path; }
    // The location for messages and logs: a server URL without its password.
    QString displayLocation() const;
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }
    // PostgreSQL: the server process of this connection (the third part of a ChangeEvent's payload, so a
    // workstation can tell its own writes); 0 on SQLite.
    qint64 backendPid() const { return m_backendPid; }
    // PostgreSQL: whether the connection still answers; always true on SQLite.
    bool isAlive();
    // PostgreSQL: opens the connection again after the server restarted or the network came back (prepared
    // statements of cached() are dropped; PageStatement prepares its own again). A transaction that was open is
    // lost with the old connection.
    Status reconnect();
    // True while a transaction (or savepoint) of this connection is open.
    bool inTransactionNow() const;
    // The id an `INSERT … RETURNING id` just produced (reads the returned row); 0 when there was none.
    static qint64 returnedId(QSqlQuery& query);
    bool isReadOnly() const { return m_readOnly; }

    int schemaVersion() const;
    // Records the schema version (SQLite: PRAGMA user_version; PostgreSQL: the atende_schema row). Migrator only.
    Status setSchemaVersion(int version);
    // Path of the backup taken before the last migration of this open, empty when none was needed.
    const QString& lastBackupPath() const { return m_lastBackupPath; }

    // Runs statements directly (several allowed, no parameters). For pragmas, migrations and transaction control.
    Status execRaw(const QString& sql);

    // Runs `work` between BEGIN IMMEDIATE and COMMIT; rolls back when `work` or the commit fails, so a change
    // and its audit rows land together or not at all. A failure to begin or commit is reported with
    // `failureMessage` (the caller's words for the user) and SQLite's detail.
    Status inTransaction(const std::function<Status()>& work, const QString& failureMessage);

    // BEGIN IMMEDIATE (PostgreSQL: BEGIN) / COMMIT / ROLLBACK on this connection.
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
    static Result<std::unique_ptr<Database>> openFile(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> openServer(const QString& url, const Options& options);
    Status checkServerIdentity(int& version);
    Status configure();
    Status registerFunctions();

    QSqlDatabase m_connection;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_cached; // before the connection closes, see ~Database
    QString m_connectionName;
    QString m_path;
    QString m_lastBackupPath;
    sqlite3* m_handle = nullptr;
    Engine m_engine = Engine::SQLite;
    int m_serverTransactionDepth = 0;
    qint64 m_backendPid = 0; // PostgreSQL: BEGIN/SAVEPOINT nesting (SQLite asks its handle)
    bool m_readOnly = false;
};

} // namespace atende
