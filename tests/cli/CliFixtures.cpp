#include "CliFixtures.h"

#include "TempDatabase.h"
#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "storage/ServerLocation.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

#include <sqlite3.h>

namespace atende::test {

namespace {

// An sqlite3 handle closed at the end of the scope.
class Connection {
public:
    Connection(const QString& path, int flags) {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
        INFO(path.toStdString());
        REQUIRE(rc == SQLITE_OK);
        REQUIRE(Database::addSqliteFunctions(m_handle) == SQLITE_OK);
    }
    ~Connection() { sqlite3_close_v2(m_handle); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    sqlite3* handle() const { return m_handle; }

    void exec(const QString& sql) const {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
        INFO(sql.toStdString());
        INFO((message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
    }

private:
    sqlite3* m_handle = nullptr;
};

// A connection to a database on the PostgreSQL test server (team mode, issue 9), through Qt's driver rather than
// atendectl or core, as the administrator of the test server: it may switch foreign keys off for a session.
class ServerConnection {
public:
    explicit ServerConnection(const QString& url) {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("cli-fixture-%1").arg(counter.fetch_add(1));
        auto location = ServerLocation::parse(url);
        auto admin = ServerLocation::parse(TempDatabase::serverAdminUrl());
        REQUIRE(location.ok());
        REQUIRE(admin.ok());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(admin->host);
        m_db.setPort(admin->port);
        m_db.setUserName(admin->user);
        m_db.setDatabaseName(location->database);
        INFO(url.toStdString());
        const bool opened = m_db.open();
        INFO(m_db.lastError().text().toStdString());
        REQUIRE(opened);
    }
    ~ServerConnection() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    // Runs `sql` (several statements allowed, no parameters) and returns the query positioned before its rows.
    QSqlQuery run(const QString& sql) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const bool ok = q.exec(sql);
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        return q;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

bool onServer(const QString& path) {
    return Database::isServerLocation(path);
}

// Every row of `sql` on the server, each column as text (NULL: a null QString).
template <typename Row> void forEachServerRow(const QString& url, const QString& sql, Row row) {
    ServerConnection db(url);
    QSqlQuery q = db.run(sql);
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.value(i).isNull() ? QString() : q.value(i).toString());
        row(columns);
    }
}

// Runs `sql` and hands each row to `row`.
template <typename Row> void forEachRow(const QString& path, const QString& sql, Row row) {
    Connection db(path, SQLITE_OPEN_READONLY);
    sqlite3_stmt* statement = nullptr;
    INFO(sql.toStdString());
    REQUIRE(sqlite3_prepare_v2(db.handle(), sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    sqlite3_finalize(statement);
    REQUIRE(rc == SQLITE_DONE);
}

} // namespace

void execSql(const QString& path, const QString& sql) {
    if (onServer(path)) {
        // The server's equivalent of foreign_keys = OFF: replica sessions fire no foreign-key triggers.
        ServerConnection db(path);
        db.run(QStringLiteral("SET session_replication_role = replica"));
        db.run(sql);
        return;
    }
    Connection db(path, SQLITE_OPEN_READWRITE);
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    db.exec(sql);
}

qint64 queryInt(const QString& path, const QString& sql) {
    qint64 value = 0;
    int rows = 0;
    if (onServer(path)) {
        forEachServerRow(path, sql, [&](const QStringList& row) {
            if (rows++ == 0)
                value = row.value(0).toLongLong();
        });
        REQUIRE(rows > 0);
        return value;
    }
    forEachRow(path, sql, [&](sqlite3_stmt* s) {
        if (rows++ == 0)
            value = sqlite3_column_int64(s, 0);
    });
    REQUIRE(rows > 0);
    return value;
}

QString queryText(const QString& path, const QString& sql) {
    QString value;
    int rows = 0;
    if (onServer(path)) {
        forEachServerRow(path, sql, [&](const QStringList& row) {
            if (rows++ == 0)
                value = row.value(0);
        });
        REQUIRE(rows > 0);
        return value;
    }
    forEachRow(path, sql, [&](sqlite3_stmt* s) {
        if (rows++ == 0)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    });
    REQUIRE(rows > 0);
    return value;
}

QByteArray queryChecksum(const QString& path, const QString& sql) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (onServer(path)) {
        forEachServerRow(path, sql, [&](const QStringList& row) {
            for (const QString& column : row) {
                hash.addData(column.isNull() ? QByteArray("\x01NULL") : column.toUtf8());
                hash.addData(QByteArray("\x1f", 1));
            }
            hash.addData(QByteArray("\x1e", 1));
        });
        return hash.result().toHex();
    }
    forEachRow(path, sql, [&](sqlite3_stmt* s) {
        for (int i = 0; i < sqlite3_column_count(s); ++i) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
            hash.addData(QByteArray(text ? text : "\x01NULL"));
            hash.addData(QByteArray("\x1f", 1));
        }
        hash.addData(QByteArray("\x1e", 1));
    });
    return hash.result().toHex();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

void makeForeignSqlite(const QString& path) {
    Connection db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); "
                           "INSERT INTO notes(text) VALUES ('lista de compras');"));
}

void makeNewer(const QString& path, int version) {
    {
        Connection db(path, SQLITE_OPEN_READWRITE);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    checkpoint(path);
}

void checkpoint(const QString& path) {
    Connection db(path, SQLITE_OPEN_READWRITE);
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"));
}

void corruptTablePage(const QString& path, const QString& table) {
    checkpoint(path);
    const qint64 pageSize = queryInt(path, QStringLiteral("PRAGMA page_size"));
    const qint64 root = queryInt(
        path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table));
    REQUIRE(root > 1); // page 1 holds the schema; damage there would make the file unreadable, not "damaged"
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() >= root * pageSize);
    REQUIRE(f.seek((root - 1) * pageSize));
    // 0xA5 is no b-tree page type and no sane cell offset: SQLite cannot mistake it for valid content.
    REQUIRE(f.write(QByteArray(int(pageSize / 2), char(0xA5))) == pageSize / 2);
}

void addCustomers(const QString& path, int count) {
    QString sql = QStringLiteral("BEGIN;");
    for (int i = 0; i < count; ++i) {
        const QString cpf =
            DocumentNumber::cpfWithCheckDigits(QStringLiteral("%1").arg(100000000 + i * 7919, 9, 10, QLatin1Char('0')));
        sql += QStringLiteral("INSERT INTO customers(kind, document, name, name_key, observation, created_at, "
                              "updated_at) VALUES ('PF', '%1', 'Cliente Conceição %2', 'cliente conceicao %2', "
                              "'Observação de acesso número %2, lida antes de perguntar qualquer coisa', 0, 0);")
                   .arg(cpf)
                   .arg(i);
    }
    sql += QStringLiteral("COMMIT;");
    if (onServer(path)) {
        ServerConnection db(path);
        db.run(sql);
        return;
    }
    Connection db(path, SQLITE_OPEN_READWRITE);
    db.exec(sql);
}

} // namespace atende::test
