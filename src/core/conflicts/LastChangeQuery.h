#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atende {

class Database;

// Who saved a record last and when, from the audit history: what the merge dialog shows above "the current
// version", so the agent knows whose change it is about to weigh against their own.
struct LastChange {
    QString userName; // empty: the system, or no history
    std::optional<qint64> at;
};

class LastChangeQuery {
    Q_DECLARE_TR_FUNCTIONS(LastChangeQuery)

public:
    explicit LastChangeQuery(Database& db);
    // The newest audit row of the entity that changed it (refusals and reads are not changes).
    Result<LastChange> of(const QString& entity, qint64 entityId);

private:
    Database& m_db;
};

} // namespace atende
