#pragma once

#include "queues/QueueFilter.h"

#include <QString>

namespace atende {

// A queue filter a user saved under a name (table saved_queue_filters); a shared one is offered to every user.
struct SavedQueueFilter {
    qint64 id = 0;
    qint64 ownerId = 0;
    QString ownerName;
    QString name;
    bool shared = false;
    QueueFilter filter;
};

} // namespace atende
