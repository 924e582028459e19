#pragma once

#include <QByteArray>
#include <QString>

namespace atende::test {

// Database files in the states atendectl must cope with, made with SQLite directly (not through atendectl or
// core's services) so that what is tested is never also what built the fixture.
//
// The data helpers (execSql, queryInt, queryText, queryChecksum, addCustomers) also take a postgresql:// location
// (TempDatabase in a PostgreSQL run, issue 9) and then go through Qt's PostgreSQL driver as the test server's
// administrator; the SQL must then be valid on both engines. The file helpers (makeForeignSqlite, makeNewer,
// checkpoint, corruptTablePage) are about SQLite files only: tests using them are tagged [sqlite].

// Runs `sql` on the file with plain sqlite3, foreign keys off (so a test can plant a broken reference).
void execSql(const QString& path, const QString& sql);
// The first column of the first row of `sql`, read through a read-only connection.
qint64 queryInt(const QString& path, const QString& sql);
QString queryText(const QString& path, const QString& sql);
// SHA-256 of the rows `sql` returns, every column as text: compares contents of two databases.
QByteArray queryChecksum(const QString& path, const QString& sql);

void writeFile(const QString& path, const QByteArray& bytes);
// An SQLite file of another program (its own table, application_id 0).
void makeForeignSqlite(const QString& path);
// Marks an Atende database as written by a newer Atende and leaves it as one self-contained file.
void makeNewer(const QString& path, int version);
// Leaves the file self-contained (no -wal beside it), so its SHA-256 says everything about its contents.
void checkpoint(const QString& path);
// Overwrites the b-tree header and first cells of `table`'s root page in the closed database file: real damage,
// as a failing disk or a half-copied file leaves it.
void corruptTablePage(const QString& path, const QString& table);
// Adds `count` customers with valid CPFs in one transaction.
void addCustomers(const QString& path, int count);

} // namespace atende::test
