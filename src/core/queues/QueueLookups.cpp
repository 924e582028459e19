#include "queues/QueueLookups.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

QueueLookups::QueueLookups(Database& db)
    : m_db(db) {}

Result<QList<QueueLookups::Choice>> QueueLookups::read(const QString& sql) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::make(Error::Code::Storage, tr("Could not read the choices of the queue filter."),
                           q.lastError().text());
    QList<Choice> choices;
    while (q.next())
        choices.append({q.value(0).toLongLong(), q.value(1).toString()});
    return choices;
}

Result<QList<QueueLookups::Choice>> QueueLookups::sectors() {
    return read(QStringLiteral("SELECT id, name FROM sectors WHERE active = 1 ORDER BY atende_fold(name), id"));
}

Result<QList<QueueLookups::Choice>> QueueLookups::users() {
    return read(QStringLiteral("SELECT id, name FROM users WHERE active = 1 ORDER BY atende_fold(name), id"));
}

Result<QList<QueueLookups::Choice>> QueueLookups::subjects() {
    return read(QStringLiteral(
        "SELECT id, name FROM subjects WHERE parent_id IS NULL AND active = 1 ORDER BY atende_fold(name), id"));
}

} // namespace atende
