#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace atende {

class Database;

// Consistent copies of a live database through SQLite's online backup API: other connections may keep
// reading and writing while it runs.
class DatabaseBackup {
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Writes a complete copy of `db` to `outPath` (replaced if it exists).
    static Status backupTo(Database& db, const QString& outPath);

    // Replaces the contents of `db` with the Atende database in `inPath`. The source is checked first: it
    // must be an Atende database, healthy, and not newer than this program. The caller migrates afterwards.
    static Status restoreFrom(Database& db, const QString& inPath);
};

} // namespace atende
