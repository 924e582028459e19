#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "tickets/ServiceOrder.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Clock;
class Database;

// Service orders (O.S.): registered and followed here, linked to a ticket with TicketService::update
// (serviceOrderId). Writing needs ticket.edit, reading ticket.view; every change is audited (entity
// 'service_order').
class ServiceOrderService {
    Q_DECLARE_TR_FUNCTIONS(ServiceOrderService)

public:
    ServiceOrderService(Database& db, const Clock& clock);

    // Conflict when the number is taken.
    Result<ServiceOrder> create(const Actor& actor, const QString& number, const QString& description);
    // status: open, in_progress, released (needs the version it was released in), cancelled.
    Status setStatus(const Actor& actor, qint64 id, const QString& status, const QString& releasedInVersion = {});
    Result<ServiceOrder> get(const Actor& actor, qint64 id);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
