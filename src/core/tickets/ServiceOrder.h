#pragma once

#include <QString>

namespace atende {

// An O.S. (ordem de serviço) for development, linked to tickets (tickets.service_order_id); its number is given to
// the customer when the ticket is finished (seed 003).
struct ServiceOrder {
    qint64 id = 0;
    QString number;
    QString status = QStringLiteral("open"); // open, in_progress, released, cancelled
    QString releasedInVersion;
    QString description;
    qint64 createdAt = 0;
};

} // namespace atende
