#include "tickets/NotificationService.h"

#include "auth/Actor.h"
#include "storage/Database.h"
#include "tickets/TicketStore.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace atende {

NotificationService::NotificationService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Result<QList<Notification>> NotificationService::mine(const Actor& actor, int limit) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, ticket_id, kind, message, created_at, read_at FROM notifications WHERE "
                             "user_id = ? ORDER BY read_at IS NOT NULL, created_at DESC, id DESC LIMIT ?"));
    q.addBindValue(actor.userId());
    q.addBindValue(std::clamp(limit, 1, 500));
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    QList<Notification> out;
    while (q.next())
        out.append(Notification{q.value(0).toLongLong(), TicketStore::optionalId(q.value(1)), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toLongLong(), TicketStore::optionalId(q.value(5))});
    return out;
}

Status NotificationService::markRead(const Actor& actor, qint64 notificationId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE notifications SET read_at = coalesce(read_at, ?) WHERE id = ? AND user_id = ?"));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(notificationId);
    q.addBindValue(actor.userId());
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("This notification does not exist."),
                           QStringLiteral("notification not found"));
    return {};
}

} // namespace atende
