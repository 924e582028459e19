#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace atende {

// One schema step: migrations/NNNN_name.sql.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// Brings a database to the newest schema. Each step runs in its own transaction together with its recorded version
// (SQLite: PRAGMA user_version; PostgreSQL: the atende_schema row), so a crash or an error in the middle of a step
// leaves the previous version intact.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // The steps compiled into the program for an engine (:/migrations, :/migrations/postgresql), by version.
    static const QList<Migration>& embedded(Database::Engine engine = Database::Engine::SQLite);
    // The newest schema; both engines' chains end at the same number (a test checks it).
    static int latestVersion();

    explicit Migrator(Database& db);
    Migrator(Database& db, QList<Migration> steps);

    // Runs every step newer than the database. `afterStep` (optional) is called after each committed step.
    Status migrate(const std::function<void(const Migration&)>& afterStep = {});

private:
    Database& m_db;
    QList<Migration> m_steps;
};

} // namespace atende
