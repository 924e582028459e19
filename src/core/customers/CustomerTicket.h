#pragma once

#include <QString>

#include <optional>

namespace atende {

// One line of a customer's ticket history on the customer card: every sector and status, with their names.
struct CustomerTicket {
    qint64 id = 0;
    QString protocol;
    QString title;
    qint64 statusId = 0;
    QString statusCode; // workflow_statuses.code ("pending", "closed"...)
    QString statusName; // what the agent reads ("Pendente")
    bool closed = false;
    std::optional<qint64> sectorId;
    QString sectorName; // empty when the ticket has no sector
    QString subjectName;
    QString responsibleName;
    qint64 openedAt = 0; // ms since the epoch, UTC
    qint64 updatedAt = 0;
};

} // namespace atende
