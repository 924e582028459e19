#include "tickets/ServiceOrderService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "tickets/TicketStore.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {
const QString Entity = QStringLiteral("service_order");
}

ServiceOrderService::ServiceOrderService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

Result<ServiceOrder> ServiceOrderService::create(const Actor& actor, const QString& number,
                                                 const QString& description) {
    if (Status s = m_guard.require(actor, Permission::TicketEdit, Entity, std::nullopt, QStringLiteral("create")); !s)
        return s.error();
    ServiceOrder so;
    so.number = number.trimmed();
    so.description = description.trimmed();
    so.createdAt = m_clock.nowMs();
    if (so.number.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("Type the service order's number."),
                           QStringLiteral("empty number"));
    Status done = m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT 1 FROM service_orders WHERE number = ?"));
            q.addBindValue(so.number);
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            if (q.next())
                return Error::make(Error::Code::Conflict,
                                   tr("The service order %1 is already registered.").arg(so.number),
                                   QStringLiteral("number taken"));
            q.prepare(QStringLiteral(
                "INSERT INTO service_orders (number, description, created_at) VALUES (?, ?, ?) RETURNING id"));
            q.addBindValue(so.number);
            q.addBindValue(TicketStore::text(so.description));
            q.addBindValue(so.createdAt);
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            so.id = Database::returnedId(q);
            return m_audit.record(actor, Entity, so.id, QStringLiteral("create"),
                                  {FieldChange{QStringLiteral("number"), {}, so.number}});
        },
        tr("Could not save the service order."));
    if (!done)
        return done.error();
    return so;
}

Status ServiceOrderService::setStatus(const Actor& actor, qint64 id, const QString& status,
                                      const QString& releasedInVersion) {
    if (Status s = m_guard.require(actor, Permission::TicketEdit, Entity, id, QStringLiteral("status")); !s)
        return s;
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("released"),
                                      QStringLiteral("cancelled")};
    if (!statuses.contains(status))
        return Error::make(
            Error::Code::InvalidInput,
            tr("Unknown service order status \"%1\": use open, in_progress, released or cancelled.").arg(status),
            QStringLiteral("bad status"));
    if (status == QLatin1String("released") && releasedInVersion.trimmed().isEmpty()) {
        Error e = Error::make(Error::Code::InvalidInput, tr("Say in which version the service order was released."),
                              QStringLiteral("released without version"));
        e.fields = QStringList{QStringLiteral("released_in_version")};
        return e;
    }
    return m_db.inTransaction(
        [&]() -> Status {
            auto before = get(actor, id);
            if (!before)
                return before.error();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE service_orders SET status = ?, released_in_version = ? WHERE id = ?"));
            q.addBindValue(status);
            q.addBindValue(releasedInVersion.trimmed());
            q.addBindValue(id);
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            QList<FieldChange> changes;
            if (before->status != status)
                changes.append(FieldChange{QStringLiteral("status"), before->status, status});
            if (before->releasedInVersion != releasedInVersion.trimmed())
                changes.append(FieldChange{QStringLiteral("released_in_version"), before->releasedInVersion,
                                           releasedInVersion.trimmed()});
            return m_audit.record(actor, Entity, id, QStringLiteral("update"), changes);
        },
        tr("Could not save the service order."));
}

Result<ServiceOrder> ServiceOrderService::get(const Actor& actor, qint64 id) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, id, QStringLiteral("view")); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, number, status, released_in_version, description, created_at FROM "
                             "service_orders WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("This service order does not exist."),
                           QStringLiteral("service order not found"));
    return ServiceOrder{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong()};
}

} // namespace atende
