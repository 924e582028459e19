#include "conflicts/LastChangeQuery.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

LastChangeQuery::LastChangeQuery(Database& db)
    : m_db(db) {}

Result<LastChange> LastChangeQuery::of(const QString& entity, qint64 entityId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.at, coalesce(u.name, '') FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                             "WHERE a.entity = ? AND a.entity_id = ? AND a.action NOT IN ('denied', 'view') "
                             "ORDER BY a.id DESC LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec())
        return Error::make(Error::Code::Storage, tr("Could not read who changed this record last."),
                           q.lastError().text());
    LastChange change;
    if (q.next()) {
        change.at = q.value(0).toLongLong();
        change.userName = q.value(1).toString();
    }
    return change;
}

} // namespace atende
