#pragma once

#include "storage/ServerMigrationReport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

namespace atende {

class Database;

// Moves a workstation's SQLite database into the team's PostgreSQL server (`atendectl migrate-to`, issue 9), so a
// single-workstation install can become a team without losing a ticket.
//
// - The server database must be new (only the default configuration its migrations wrote) or one this same file
//   was already being copied into: the defaults are replaced by the file's own rows, ids included.
// - Tables are copied parents first (the order comes from the server's foreign keys); a column that points into its
//   own table (a ticket's parent problem, a subject's parent) is filled in a second pass, so the order of ids never
//   matters.
// - Rows go in batches, each batch in one transaction with the table's progress row (atende_migration_progress):
//   an interrupted run (network, power, Ctrl+C) is resumed by running the command again, from the last committed
//   batch, without copying a row twice.
// - At the end every table is verified: row counts and a SHA-256 over every row's values in key order, read back
//   from both databases. The report lists each table's figures; a mismatch is a failure.
class ServerMigration {
    Q_DECLARE_TR_FUNCTIONS(ServerMigration)

public:
    using ProgressCallback = std::function<void(const ServerMigrationProgress&)>;
    using CancelCheck = std::function<bool()>;

    ServerMigration(Database& source, Database& target);

    // Rows per INSERT batch (and per transaction).
    void setBatchRows(int rows) { m_batchRows = rows; }

    Result<ServerMigrationReport> run(const ProgressCallback& progress = {}, const CancelCheck& cancelled = {});
    // Only the verification pass (also run at the end of run()).
    Result<ServerMigrationReport> verify(const ProgressCallback& progress = {});

private:
    struct Table {
        QString name;
        QStringList columns;      // as written on the server (generated columns left out)
        QStringList keyColumns;   // primary key
        QStringList selfColumns;  // foreign keys into the same table, filled after the rows
        bool batched = false;     // a single "id" key: copied in id order, resumable per batch
        bool searchTable = false; // an FTS5 table in the file (its key is the rowid)
    };

    Status readTables();
    Status checkSameSchema();
    Result<bool> startOrResume();
    Status clearTarget();
    Status copyTable(const Table& table, qint64 total, ServerMigrationReport& report,
                     const ProgressCallback& progress, const CancelCheck& cancelled);
    Status insertRows(const Table& table, const QList<QVariantList>& rows);
    Status fillSelfColumns(const Table& table);
    Result<qint64> countRows(Database& db, const Table& table, bool source);
    Status checksum(Database& db, const Table& table, bool source, qint64& rows, QByteArray& sum);
    QString sourceSelect(const Table& table) const;
    QString sourceIdentity() const;

    Database& m_source;
    Database& m_target;
    QList<Table> m_tables; // parents first
    int m_batchRows = 2000;
    qint64 m_done = 0;
};

} // namespace atende
