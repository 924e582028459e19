#pragma once

#include "tickets/Ticket.h"

#include <QString>

#include <optional>

namespace atende {

// What TicketService::create needs: the ticket's fields (id, protocol, status, dates and priority are set by the
// service) and the contact it comes from. With contactRecordId the ticket takes that contact's protocol (reserved
// when the call started); without, a new contact of `channel` is started and its protocol given to the ticket.
struct NewTicket {
    Ticket ticket;
    std::optional<qint64> contactRecordId;
    QString channel = QStringLiteral("phone");
};

} // namespace atende
