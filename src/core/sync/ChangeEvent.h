#pragma once

#include <QMetaType>
#include <QString>

namespace atende {

// One write another connection committed on the team's server (ChangeListener): a ticket (its row, interactions,
// attachments or tasks), a customer, or a user's notifications.
struct ChangeEvent {
    enum class Kind { Ticket, Customer, Notification, Other };
    Kind kind = Kind::Other;
    qint64 id = 0;        // the ticket's or customer's id; for a notification, the user's
    qint64 writerPid = 0; // the writing connection's server process (Database::backendPid())

    // "ticket:42:1234" as the server's trigger writes it; Kind::Other with id 0 when it cannot be read.
    static ChangeEvent parse(const QString& payload);
};

} // namespace atende

Q_DECLARE_METATYPE(atende::ChangeEvent)
