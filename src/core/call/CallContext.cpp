#include "call/CallContext.h"

#include "auth/Actor.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace atende {

CallContext::CallContext(Database& db)
    : m_db(db) {}

QString CallContext::setting(const QString& key) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString().trimmed();
    return {};
}

QString CallContext::companyName() {
    const QString name = setting(QStringLiteral("company.name"));
    return name.isEmpty() ? QStringLiteral("Atende") : name;
}

QString CallContext::attendanceSet() {
    return setting(QStringLiteral("call.attendance_set"));
}

std::optional<qint64> CallContext::sectorOf(const Actor& actor) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT sector_id FROM users WHERE id = ?"));
    q.addBindValue(actor.userId());
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace atende
