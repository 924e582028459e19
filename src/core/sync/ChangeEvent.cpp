#include "sync/ChangeEvent.h"

#include <QStringList>

namespace atende {

ChangeEvent ChangeEvent::parse(const QString& payload) {
    const QStringList parts = payload.split(QLatin1Char(':'));
    ChangeEvent event;
    if (parts.size() != 3)
        return event;
    if (parts[0] == QLatin1String("ticket"))
        event.kind = Kind::Ticket;
    else if (parts[0] == QLatin1String("customer"))
        event.kind = Kind::Customer;
    else if (parts[0] == QLatin1String("notification"))
        event.kind = Kind::Notification;
    event.id = parts[1].toLongLong();
    event.writerPid = parts[2].toLongLong();
    return event;
}

} // namespace atende
