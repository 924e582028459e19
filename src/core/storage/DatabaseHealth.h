#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace atende {

class Database;

// What `atendectl check` reports: SQLite's own integrity check, foreign keys, and the schema version. On a
// PostgreSQL server (team mode) the server keeps its pages sound itself; the check walks every foreign key instead.
class DatabaseHealth {
    Q_DECLARE_TR_FUNCTIONS(DatabaseHealth)

public:
    enum class Depth { Quick, Full }; // PRAGMA quick_check or integrity_check

    struct Report {
        QString integrity;            // "ok" or the first problems SQLite found
        int foreignKeyViolations = 0; // rows whose reference points nowhere
        int schemaVersion = 0;
        int latestVersion = 0;
        QStringList problems; // each one a sentence for the person reading it
        bool healthy() const { return problems.isEmpty(); }
    };

    static Report check(Database& db, Depth depth);
};

} // namespace atende
