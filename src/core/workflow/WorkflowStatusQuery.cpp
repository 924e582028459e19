#include "workflow/WorkflowStatusQuery.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

WorkflowStatusQuery::WorkflowStatusQuery(Database& db)
    : m_db(db) {}

Result<std::vector<WorkflowStatusQuery::Row>> WorkflowStatusQuery::all() {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, code, name, is_closed, is_initial, sort_order FROM workflow_statuses "
                                   "ORDER BY sort_order, id"))) {
        return Error::make(Error::Code::Storage, tr("Could not read the workflow statuses."), query.lastError().text());
    }
    std::vector<Row> statuses;
    while (query.next()) {
        Row status;
        status.id = query.value(0).toLongLong();
        status.code = query.value(1).toString();
        status.name = query.value(2).toString();
        status.isClosed = query.value(3).toInt() != 0;
        status.isInitial = query.value(4).toInt() != 0;
        status.sortOrder = query.value(5).toInt();
        statuses.push_back(std::move(status));
    }
    return statuses;
}

} // namespace atende
