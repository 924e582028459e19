#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atende {

class Database;

// The choices a queue filter offers (sectors, users, first-level subjects), by name: small tables read whole.
class QueueLookups {
    Q_DECLARE_TR_FUNCTIONS(QueueLookups)

public:
    struct Choice {
        qint64 id = 0;
        QString name;
    };

    explicit QueueLookups(Database& db);

    Result<QList<Choice>> sectors();
    // Active users, who can be responsible for a ticket.
    Result<QList<Choice>> users();
    Result<QList<Choice>> subjects();

private:
    Result<QList<Choice>> read(const QString& sql);
    Database& m_db;
};

} // namespace atende
