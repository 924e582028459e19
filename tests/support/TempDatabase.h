#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace atende::test {

// A fresh database for one test, removed with the fixture.
//
// The engine comes from the environment, so the same tests run against both (issue 9): by default a file in its own
// temporary folder (embedded SQLite); with ATENDE_TEST_POSTGRES naming the url file that tests/support/pg_cluster.sh
// wrote, an empty database of its own on that throwaway PostgreSQL server, owned by the unprivileged role the
// workstations use (never the superuser). Tests about the file itself (bytes on disk, kill -9, backups) are tagged
// [sqlite] and left out of the PostgreSQL run.
class TempDatabase {
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    // Where the database is: the file path (may not exist until open() is called) or the server URL. Pass it to
    // Database::open / openExisting / atendectl --db as is.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    bool isPostgres() const { return !m_serverDatabase.isEmpty(); }
    // Opens (creating and migrating by default); fails the test when it cannot.
    std::unique_ptr<Database> open(const Database::Options& options = {}) const;

    // Whether this run's databases are on the PostgreSQL test server.
    static bool serverRun();
    // The admin URL of the test server (database "postgres"), empty in an SQLite run.
    static QString serverAdminUrl();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase;
};

// SHA-256 of a file's bytes (for "the file was not changed" assertions); empty when it cannot be read.
QByteArray fileSha256(const QString& path);

} // namespace atende::test
