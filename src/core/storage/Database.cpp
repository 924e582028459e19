#include "storage/Database.h"

#include "storage/DatabaseBackup.h"
#include "storage/DatabasePasswordStore.h"
#include "storage/Migrator.h"
#include "storage/ServerLocation.h"
#include "util/Logging.h"
#include "util/TextFolding.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace atende {

namespace {

constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("atende-%1").arg(counter.fetch_add(1));
}

// atende_fold(text): the accent- and case-insensitive key that customer names and search use.
void foldFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = TextFolding::fold(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

bool Database::isServerLocation(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const Options& options) {
    return isServerLocation(location) ? openServer(location, options) : openFile(location, options);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& url, const Options& options) {
    auto location = ServerLocation::parse(url);
    if (!location)
        return location.error();
    std::unique_ptr<Database> db(new Database);
    db->m_engine = Engine::PostgreSQL;
    db->m_path = url;
    db->m_readOnly = options.readOnly;
    db->m_connectionName = nextConnectionName();
    db->m_connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!db->m_connection.isValid()) {
        return Error::make(Error::Code::Storage,
                           tr("The PostgreSQL driver of Qt is not installed on this workstation (Debian package "
                              "libqt6sql6-psql)."));
    }
    db->m_connection.setHostName(location->host);
    db->m_connection.setPort(location->port);
    db->m_connection.setDatabaseName(location->database);
    db->m_connection.setUserName(location->user);
    // The URL's own password, then the one this session read from the keyring, then the environment; without any,
    // libpq still looks at PGPASSWORD and ~/.pgpass.
    QString password = location->password;
    if (password.isEmpty())
        password = DatabasePasswordStore::rememberedFor(url);
    if (password.isEmpty())
        password = qEnvironmentVariable(DatabasePasswordStore::EnvironmentVariable);
    if (!password.isEmpty())
        db->m_connection.setPassword(password);
    QString connectOptions = location->connectOptions;
    if (!connectOptions.contains(QLatin1String("connect_timeout")))
        connectOptions += QStringLiteral("%1connect_timeout=5").arg(connectOptions.isEmpty() ? "" : ";");
    if (!connectOptions.contains(QLatin1String("application_name")))
        connectOptions += QStringLiteral(";application_name=Atende");
    // A network cut without a reset (a cable, a VPN, a firewall dropping the flow) would otherwise leave a query
    // waiting for the system's TCP timeouts, minutes long: TCP keepalives probe an idle connection after 10 s, and
    // data unacknowledged for 20 s ends it, so the change listener's heartbeat notices within about half a minute.
    if (!connectOptions.contains(QLatin1String("keepalives")))
        connectOptions += QStringLiteral(";keepalives=1;keepalives_idle=10;keepalives_interval=5;keepalives_count=2");
    if (!connectOptions.contains(QLatin1String("tcp_user_timeout")))
        connectOptions += QStringLiteral(";tcp_user_timeout=20000");
    db->m_connection.setConnectOptions(connectOptions);
    if (!db->m_connection.open()) {
        return Error::make(Error::Code::Storage,
                           tr("Could not connect to the database server %1. Check the address, the network and the "
                              "user's password.")
                               .arg(ServerLocation::withoutPassword(url)),
                           db->m_connection.lastError().text());
    }
    {
        QSqlQuery pid(db->m_connection);
        if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
            db->m_backendPid = pid.value(0).toLongLong();
    }
    int version = 0;
    if (Status s = db->checkServerIdentity(version); !s)
        return s.error();
    if (Status s = db->configure(); !s)
        return s.error();
    if (options.migrate && !options.readOnly && version < Migrator::latestVersion()) {
        // No file to copy on a server: its administrator's backups (pg_dump) cover a migration (admin guide).
        Migrator migrator(*db);
        if (Status s = migrator.migrate(); !s)
            return s.error();
    }
    return db;
}

Status Database::checkServerIdentity(int& version) {
    // A server database is ours when it holds the atende_schema row with our application id; an empty database
    // (no tables in the public schema) is ours to create. Anything else belongs to someone else and is not touched.
    QSqlQuery probe(m_connection);
    // pg_class, not information_schema: the latter lists only the tables this role may read, and another
    // program's tables owned by another role must count too.
    if (!probe.exec(QStringLiteral("SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                   "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', "
                                   "'v', 'm')), to_regclass('atende_schema') IS NOT NULL")) ||
        !probe.next()) {
        return Error::make(Error::Code::Storage, tr("The database server did not answer a simple question."),
                           probe.lastError().text());
    }
    const qint64 tables = probe.value(0).toLongLong();
    const bool hasSchemaTable = probe.value(1).toBool();
    probe.finish();
    version = 0;
    if (hasSchemaTable) {
        if (!probe.exec(QStringLiteral("SELECT application_id, version FROM atende_schema")) || !probe.next() ||
            probe.value(0).toInt() != ApplicationId) {
            return Error::make(Error::Code::NotAnAtendeDatabase,
                               tr("The database %1 on the server belongs to another program, not Atende. It was not "
                                  "changed.")
                                   .arg(ServerLocation::withoutPassword(m_path)),
                               probe.lastError().text());
        }
        version = probe.value(1).toInt();
        probe.finish();
    } else if (tables > 0) {
        return Error::make(Error::Code::NotAnAtendeDatabase,
                           tr("The database %1 on the server holds tables of another program, not Atende. It was not "
                              "changed. Create an empty database for Atende (admin guide).")
                               .arg(ServerLocation::withoutPassword(m_path)),
                           QStringLiteral("tables=%1").arg(tables));
    }
    const int latest = Migrator::latestVersion();
    if (version > latest) {
        return Error::make(Error::Code::NewerDatabase,
                           tr("This database was written by a newer version of Atende (schema %1; this program "
                              "knows up to %2). It was not changed. Update Atende on this workstation to open it.")
                               .arg(version)
                               .arg(latest),
                           QStringLiteral("version=%1 latest=%2").arg(version).arg(latest));
    }
    return {};
}

bool Database::isAlive() {
    if (!isPostgres())
        return true;
    QSqlQuery ping(m_connection);
    return ping.exec(QStringLiteral("SELECT 1"));
}

Status Database::reconnect() {
    if (!isPostgres())
        return {};
    m_cached.clear();
    m_connection.close();
    m_serverTransactionDepth = 0;
    if (!m_connection.open()) {
        return Error::make(Error::Code::Storage,
                           tr("Could not connect to the database server %1. Check the address, the network and the "
                              "user's password.")
                               .arg(displayLocation()),
                           m_connection.lastError().text());
    }
    QSqlQuery pid(m_connection);
    if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
        m_backendPid = pid.value(0).toLongLong();
    return configure();
}

QString Database::displayLocation() const {
    return isPostgres() ? ServerLocation::withoutPassword(m_path) : QDir::toNativeSeparators(m_path);
}

bool Database::inTransactionNow() const {
    if (isPostgres())
        return m_serverTransactionDepth > 0;
    return m_handle && !sqlite3_get_autocommit(m_handle);
}

qint64 Database::returnedId(QSqlQuery& query) {
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, const Options& options) {
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (!info.exists() && !options.createIfMissing) {
        return Error::make(Error::Code::NotFound,
                           tr("The database file %1 does not exist.").arg(QDir::toNativeSeparators(path)),
                           QStringLiteral("missing file"));
    }
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::make(Error::Code::Storage,
                               tr("Could not create the folder %1. Check that you may write there.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_readOnly = options.readOnly;
    db->m_connectionName = nextConnectionName();
    db->m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_connection.setDatabaseName(db->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_connection.setConnectOptions(connectOptions);
    if (!db->m_connection.open()) {
        return Error::make(Error::Code::Storage,
                           tr("Could not open the database %1.").arg(QDir::toNativeSeparators(path)),
                           db->m_connection.lastError().text());
    }
    const QVariant handle = db->m_connection.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!db->m_handle)
        return Error::make(Error::Code::Storage, tr("The SQLite driver did not give access to its connection."));

    // Read the identity of the file before anything could write to it.
    QSqlQuery probe(db->m_connection);
    if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next()) {
        return Error::make(Error::Code::NotAnAtendeDatabase,
                           tr("%1 is not an Atende database (it is not an SQLite file or it is damaged).")
                               .arg(QDir::toNativeSeparators(path)),
                           probe.lastError().text());
    }
    const int appId = probe.value(0).toInt();
    probe.finish();
    int objects = 0;
    if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && probe.next())
        objects = probe.value(0).toInt();
    probe.finish();
    if (appId != ApplicationId && (appId != 0 || objects > 0)) {
        return Error::make(Error::Code::NotAnAtendeDatabase,
                           tr("%1 is an SQLite file of another program, not an Atende database. It was not changed.")
                               .arg(QDir::toNativeSeparators(path)),
                           QStringLiteral("application_id=%1 objects=%2").arg(appId).arg(objects));
    }
    const int version = db->schemaVersion();
    const int latest = Migrator::latestVersion();
    if (version > latest) {
        return Error::make(Error::Code::NewerDatabase,
                           tr("This database was written by a newer version of Atende (schema %1; this program "
                              "knows up to %2). It was not changed. Update Atende on this workstation to open it.")
                               .arg(version)
                               .arg(latest),
                           QStringLiteral("user_version=%1 latest=%2").arg(version).arg(latest));
    }

    if (Status s = db->configure(); !s)
        return s.error();

    if (options.migrate && !options.readOnly && version < latest) {
        if (existed && version > 0 && options.backupBeforeMigrate) {
            const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString backupPath = QStringLiteral("%1.v%2-%3.bak").arg(db->m_path).arg(version).arg(stamp);
            if (Status s = DatabaseBackup::backupTo(*db, backupPath); !s)
                return s.error();
            db->m_lastBackupPath = backupPath;
            log::info("database backup before migration written ({} -> {})", version, latest);
        }
        Migrator migrator(*db);
        if (Status s = migrator.migrate(); !s)
            return s.error();
    }
    return db;
}

Database::~Database() {
    m_cached.clear(); // prepared statements must be finalised before the connection closes
    m_handle = nullptr;
    m_connection.close();
    m_connection = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery& Database::cached(const QString& sql) {
    auto it = m_cached.find(sql);
    if (it == m_cached.end()) {
        auto query = std::make_unique<QSqlQuery>(m_connection);
        query->setForwardOnly(true);
        // A statement that fails to prepare is kept too: exec() then fails with the same error the caller reports.
        query->prepare(sql);
        it = m_cached.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Status Database::configure() {
    if (isPostgres()) {
        // Times are integers and text is UTF-8 on both engines; the session only needs the encoding fixed.
        return execRaw(QStringLiteral("SET client_encoding = 'UTF8'"));
    }
    if (!m_readOnly) {
        // WAL first: readers never block the writer, and a crash leaves the last commit intact.
        if (Status s = execRaw(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return s;
    }
    // secure_delete: deleted personal data (LGPD anonymisation, removed contacts) is overwritten with zeros,
    // not left in free pages of the file.
    if (Status s = execRaw(QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                                          "PRAGMA secure_delete = ON;"));
        !s)
        return s;
    sqlite3_busy_timeout(m_handle, BusyTimeoutMs);
    return registerFunctions();
}

int Database::addSqliteFunctions(sqlite3* handle) {
    // Deterministic and innocuous (no side effect, reads nothing): SQLite allows it in index expressions, also
    // with trusted_schema off.
    return sqlite3_create_function_v2(handle, "atende_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &foldFunction, nullptr, nullptr, nullptr);
}

Status Database::registerFunctions() {
    if (addSqliteFunctions(m_handle) != SQLITE_OK)
        return Error::make(Error::Code::Storage, tr("Could not prepare the database connection."), lastErrorDetail());
    return {};
}

int Database::schemaVersion() const {
    QSqlQuery q(m_connection);
    if (isPostgres()) {
        // Two questions: a query naming a missing table fails to plan even inside a CASE that would not read it.
        if (!q.exec(QStringLiteral("SELECT to_regclass('atende_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        q.finish();
        if (q.exec(QStringLiteral("SELECT version FROM atende_schema")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::setSchemaVersion(int version) {
    if (isPostgres()) {
        // The table and its one row come with the first step (migrations/postgresql/0001).
        return execRaw(QStringLiteral("UPDATE atende_schema SET version = %1").arg(version));
    }
    return execRaw(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status Database::execRaw(const QString& sql) {
    if (isPostgres()) {
        // Not prepared: the simple query protocol runs several statements separated by semicolons.
        QSqlQuery q(m_connection);
        if (!q.exec(sql))
            return Error::make(Error::Code::Storage, tr("The database refused an operation."), q.lastError().text());
        return {};
    }
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Error::make(Error::Code::Storage, tr("The database refused an operation."), detail);
    }
    return {};
}

Status Database::inTransaction(const std::function<Status()>& work, const QString& failureMessage) {
    // Inside a transaction already (the call's conclusion wraps TicketService's own transaction): a savepoint, so
    // the inner work is undone alone on failure and everything commits with the outer transaction.
    if (inTransactionNow()) {
        if (Status s = execRaw(QStringLiteral("SAVEPOINT nested_work")); !s)
            return Error::make(Error::Code::Storage, failureMessage, s.error().detail);
        ++m_serverTransactionDepth;
        Status result = work();
        --m_serverTransactionDepth;
        // A savepoint that cannot be rolled back or released leaves the outer transaction to fail at its commit;
        // the failure is logged here and the outer caller reports it.
        if (!result) {
            if (Status undone = execRaw(QStringLiteral("ROLLBACK TO nested_work")); !undone)
                log::error("could not roll back to a savepoint: {}", undone.error().detail.toStdString());
        }
        if (Status released = execRaw(QStringLiteral("RELEASE nested_work")); !released) {
            log::error("could not release a savepoint: {}", released.error().detail.toStdString());
            if (result)
                return Error::make(Error::Code::Storage, failureMessage, released.error().detail);
        }
        return result;
    }
    if (Status s = begin(); !s)
        return Error::make(Error::Code::Storage, failureMessage, s.error().detail);
    Status result = work();
    if (result) {
        result = commit();
        if (!result)
            result = Error::make(Error::Code::Storage, failureMessage, result.error().detail);
    }
    if (!result)
        rollback();
    return result;
}

Status Database::begin() {
    if (isPostgres()) {
        // READ COMMITTED with row locks: the writes that must not race (protocol counters, row versions) are single
        // UPDATE/upsert statements, which PostgreSQL serialises per row.
        Status s = execRaw(QStringLiteral("BEGIN"));
        if (s)
            m_serverTransactionDepth = 1;
        return s;
    }
    return execRaw(QStringLiteral("BEGIN IMMEDIATE"));
}

Status Database::commit() {
    Status s = execRaw(QStringLiteral("COMMIT"));
    if (isPostgres())
        m_serverTransactionDepth = 0; // a failed COMMIT ends the transaction too (rolled back by the server)
    return s;
}

void Database::rollback() {
    if (isPostgres()) {
        if (m_serverTransactionDepth > 0) {
            QSqlQuery q(m_connection);
            q.exec(QStringLiteral("ROLLBACK"));
        }
        m_serverTransactionDepth = 0;
        return;
    }
    if (!sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

QString Database::lastErrorDetail() const {
    if (isPostgres())
        return m_connection.lastError().text();
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
}

} // namespace atende
