#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace atende {

// What `atendectl migrate-to` copied and what its verification found (ServerMigration).
struct ServerMigrationReport {
    struct Table {
        QString name;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QByteArray sourceChecksum; // SHA-256 over the rows in key order, the same canonical text on both sides
        QByteArray targetChecksum;
        bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };

    QList<Table> tables;
    qint64 rowsCopied = 0;  // by this run (a resumed run counts only what it copied)
    bool resumed = false;   // an earlier interrupted run's rows were kept
    qint64 copyMs = 0;
    qint64 verifyMs = 0;

    bool verified() const {
        for (const Table& t : tables) {
            if (!t.matches())
                return false;
        }
        return !tables.isEmpty();
    }
};

// Where a running migration is: `done` of `total` rows over all tables, and the table being copied or checked.
struct ServerMigrationProgress {
    QString phase; // "copy" or "verify"
    QString table;
    qint64 done = 0;
    qint64 total = 0;
};

} // namespace atende
