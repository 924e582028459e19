#include "TempDatabase.h"

#include "storage/ServerLocation.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace atende::test {

namespace {

// The role the test databases belong to: no superuser, no CREATEDB, as the admin guide tells a team to create it.
const QString WorkstationRole = QStringLiteral("atende_app");

// Runs `sql` on the test server as its administrator (CREATE/DROP DATABASE cannot run inside the tested role).
bool runAsServerAdmin(const QString& sql, QString* error = nullptr) {
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("test-admin-%1").arg(counter.fetch_add(1));
    bool ok = false;
    {
        auto location = ServerLocation::parse(TempDatabase::serverAdminUrl());
        if (!location)
            return false;
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(location->host);
        admin.setPort(location->port);
        admin.setUserName(location->user);
        admin.setDatabaseName(location->database);
        if (admin.open()) {
            QSqlQuery q(admin);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = admin.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TempDatabase::serverRun() {
    return !serverAdminUrl().isEmpty();
}

QString TempDatabase::serverAdminUrl() {
    static const QString url = [] {
        const QString file = qEnvironmentVariable("ATENDE_TEST_POSTGRES");
        if (file.isEmpty())
            return QString();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(f.readAll()).trimmed();
    }();
    if (url.isEmpty() && qEnvironmentVariableIsSet("ATENDE_TEST_POSTGRES"))
        FAIL("ATENDE_TEST_POSTGRES is set but its url file cannot be read: is the test server running?");
    return url;
}

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("atende.sqlite"))) {
    REQUIRE(m_dir.isValid());
    if (!serverRun())
        return;
    static std::atomic<int> counter{0};
    m_serverDatabase = QStringLiteral("atende_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter++);
    QString error;
    // The role is created once per server; a second creation fails harmlessly.
    runAsServerAdmin(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE").arg(WorkstationRole));
    INFO(error.toStdString());
    REQUIRE(runAsServerAdmin(QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8'")
                                 .arg(m_serverDatabase, WorkstationRole),
                             &error));
    auto admin = ServerLocation::parse(serverAdminUrl());
    REQUIRE(admin.ok());
    ServerLocation own = *admin;
    own.user = WorkstationRole;
    m_path = own.urlFor(m_serverDatabase);
}

TempDatabase::~TempDatabase() {
    if (!m_serverDatabase.isEmpty())
        runAsServerAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

std::unique_ptr<Database> TempDatabase::open(const Database::Options& options) const {
    auto db = Database::open(m_path, options);
    INFO((db ? QString() : db.error().userMessage + QStringLiteral(" / ") + db.error().detail).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QByteArray fileSha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

} // namespace atende::test
