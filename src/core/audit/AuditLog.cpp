#include "audit/AuditLog.h"

#include "auth/Actor.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

AuditLog::AuditLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Status AuditLog::record(const Actor& actor, const QString& entity, std::optional<qint64> entityId,
                        const QString& action, const QList<FieldChange>& changes) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log(at, user_id, entity, entity_id, action, field, old_value, "
                             "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 at = m_clock.nowMs();
    const QVariant user = actor.isValid() ? QVariant(actor.userId()) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant id = entityId ? QVariant(*entityId) : QVariant(QMetaType(QMetaType::LongLong));
    auto textOf = [](const QVariant& v) { return v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : v.toString(); };

    QList<FieldChange> rows = changes;
    if (rows.isEmpty())
        rows.append(FieldChange{});
    for (const FieldChange& change : std::as_const(rows)) {
        q.addBindValue(at);
        q.addBindValue(user);
        q.addBindValue(entity);
        q.addBindValue(id);
        q.addBindValue(action);
        q.addBindValue(change.field.isNull() ? QString(QLatin1String("")) : change.field); // NOT NULL column
        q.addBindValue(textOf(change.oldValue));
        q.addBindValue(textOf(change.newValue));
        if (!q.exec()) {
            return Error::make(Error::Code::Storage, tr("Could not record the change history."), q.lastError().text());
        }
    }
    return {};
}

} // namespace atende
