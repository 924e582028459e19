#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace atende {

class Database;

// One schema step: migrations/NNNN_name.sql.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// Brings a database to the newest schema. Each step runs in its own transaction together with its
// `PRAGMA user_version = N`, so a crash or an error in the middle of a step leaves the previous version intact.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // The steps compiled into the program (:/migrations), ordered by version.
    static const QList<Migration>& embedded();
    static int latestVersion();

    explicit Migrator(Database& db, QList<Migration> steps = embedded());

    // Runs every step newer than the database. `afterStep` (optional) is called after each committed step.
    Status migrate(const std::function<void(const Migration&)>& afterStep = {});

private:
    Database& m_db;
    QList<Migration> m_steps;
};

} // namespace atende
