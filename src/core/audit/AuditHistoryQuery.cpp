#include "audit/AuditHistoryQuery.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/CustomerAuditFields.h"
#include "customers/CustomerPrivacy.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace atende {

namespace {

const QString CustomerEntity = CustomerAuditFields::Entity;
const QString UserEntity = QStringLiteral("user");

Error storageError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage, AuditHistoryQuery::tr("The history could not be read from the database."),
                       q.lastError().text());
}

bool isEmailField(const QString& field) {
    return field == QLatin1String("emails") || field == QLatin1String("email") ||
           (field.startsWith(QLatin1String("contact.")) && field.endsWith(QLatin1String(".email")));
}

bool isPhoneField(const QString& field) {
    return field == QLatin1String("phones") ||
           (field.startsWith(QLatin1String("contact.")) && field.endsWith(QLatin1String(".phone")));
}

} // namespace

AuditHistoryQuery::AuditHistoryQuery(Database& db, const Clock& clock)
    : m_db(db)
    , m_guard(db, clock) {}

bool AuditHistoryQuery::isPersonalField(const QString& entity, const QString& field) {
    if (entity == CustomerEntity)
        return field == QLatin1String("document") || isEmailField(field) || isPhoneField(field);
    if (entity == UserEntity)
        return field == QLatin1String("email");
    return false;
}

QString AuditHistoryQuery::maskValue(const QString& field, const QString& value) {
    if (value.isEmpty())
        return value;
    QString (*mask)(const QString&) = &CustomerPrivacy::maskDocument;
    if (isEmailField(field))
        mask = &CustomerPrivacy::maskEmail;
    else if (isPhoneField(field))
        mask = &CustomerPrivacy::maskPhone;
    QStringList items = value.split(CustomerAuditFields::ListSeparator);
    for (QString& item : items)
        item = mask(item.trimmed());
    return items.join(CustomerAuditFields::ListSeparator);
}

Status AuditHistoryQuery::requireReader(const Actor& actor, const AuditHistoryFilter& filter) {
    const QString operation = QStringLiteral("read_history");
    if (filter.entity == CustomerEntity && filter.entityId)
        return m_guard.requireAny(actor, {Permission::AuditView, Permission::CustomerView}, filter.entity,
                                  filter.entityId, operation);
    return m_guard.require(actor, Permission::AuditView,
                           filter.entity.isEmpty() ? QStringLiteral("audit") : filter.entity, filter.entityId,
                           operation);
}

Result<QList<AuditHistoryRow>> AuditHistoryQuery::find(const Actor& actor, const AuditHistoryFilter& filter) {
    if (Status s = requireReader(actor, filter); !s)
        return s.error();
    const bool seesPersonal = CustomerPrivacy::seesPersonalData(actor);
    const int limit = std::clamp(filter.limit, 1, MaxLimit);

    QString sql = QStringLiteral("SELECT a.id, a.at, a.user_id, u.login, u.name, a.entity, a.entity_id, a.action, "
                                 "a.field, a.old_value, a.new_value FROM audit_log a "
                                 "LEFT JOIN users u ON u.id = a.user_id WHERE 1 = 1");
    QVariantList values;
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND a.entity = ?");
        values << filter.entity;
        if (filter.entityId) {
            sql += QStringLiteral(" AND a.entity_id = ?");
            values << *filter.entityId;
        }
    }
    if (filter.userId) {
        sql += QStringLiteral(" AND a.user_id = ?");
        values << *filter.userId;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.at >= ?");
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.at < ?");
        values << filter.to.toMSecsSinceEpoch();
    }
    // The text is matched below, on the values as this reader sees them: matching the stored values in SQL would
    // tell someone without personal_data.view whether a CPF they typed is in the history.
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        sql += QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT %1").arg(limit);
    else
        sql += QStringLiteral(" ORDER BY a.at DESC, a.id DESC");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storageError(q);

    QList<AuditHistoryRow> rows;
    while (q.next() && rows.size() < limit) {
        AuditHistoryRow row;
        row.id = q.value(0).toLongLong();
        row.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        if (!q.value(2).isNull())
            row.userId = q.value(2).toLongLong();
        row.userLogin = q.value(3).toString();
        row.userName = q.value(4).toString();
        row.entity = q.value(5).toString();
        if (!q.value(6).isNull())
            row.entityId = q.value(6).toLongLong();
        row.action = q.value(7).toString();
        row.field = q.value(8).toString();
        row.oldValue = q.value(9).toString();
        row.newValue = q.value(10).toString();
        if (!seesPersonal && isPersonalField(row.entity, row.field)) {
            row.oldValue = maskValue(row.field, row.oldValue);
            row.newValue = maskValue(row.field, row.newValue);
            row.masked = true;
        }
        if (!text.isEmpty()) {
            const bool matches =
                row.action.contains(text, Qt::CaseInsensitive) || row.field.contains(text, Qt::CaseInsensitive) ||
                row.oldValue.contains(text, Qt::CaseInsensitive) || row.newValue.contains(text, Qt::CaseInsensitive) ||
                row.userLogin.contains(text, Qt::CaseInsensitive) || row.userName.contains(text, Qt::CaseInsensitive);
            if (!matches)
                continue;
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<QStringList> AuditHistoryQuery::entities(const Actor& actor) {
    if (Status s = m_guard.require(actor, Permission::AuditView, QStringLiteral("audit"), std::nullopt,
                                   QStringLiteral("read_history"));
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity")))
        return storageError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<QPair<qint64, QString>>> AuditHistoryQuery::actingUsers(const Actor& actor) {
    if (Status s = m_guard.require(actor, Permission::AuditView, QStringLiteral("audit"), std::nullopt,
                                   QStringLiteral("read_history"));
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, login FROM users WHERE id IN (SELECT DISTINCT user_id FROM audit_log) "
                               "ORDER BY name, login")))
        return storageError(q);
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString())});
    return out;
}

} // namespace atende
