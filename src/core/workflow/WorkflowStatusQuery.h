#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace atende {

class Database;

// The workflow's statuses in their configured order (workflow_statuses.sort_order): what a status filter offers.
class WorkflowStatusQuery {
    Q_DECLARE_TR_FUNCTIONS(WorkflowStatusQuery)

public:
    struct Row {
        qint64 id = 0;
        QString code; // stable name for code and scripts ("pending")
        QString name; // what agents read ("Pendente")
        bool isClosed = false;
        bool isInitial = false;
        int sortOrder = 0;
    };

    explicit WorkflowStatusQuery(Database& db);

    Result<std::vector<Row>> all();

private:
    Database& m_db;
};

} // namespace atende
