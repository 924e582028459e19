#include "queues/QueueCatalog.h"

namespace atende {

QList<NamedQueue> QueueCatalog::builtIn(const std::vector<WorkflowStatusQuery::Row>& statuses, qint64 userId) {
    QList<NamedQueue> queues;
    QueueFilter open;
    open.openOnly = true;
    queues.append({tr("All open tickets"), open});
    if (userId > 0) {
        QueueFilter mine = open;
        mine.responsibleId = userId;
        queues.append({tr("My tickets"), mine});
    }
    QueueFilter overdue = open;
    overdue.nextActionOverdue = true;
    queues.append({tr("Next action overdue"), overdue});
    QueueFilter breached;
    breached.deadlineBreached = true;
    queues.append({tr("Deadline breached"), breached});
    QueueFilter dueSoon;
    dueSoon.deadlineWithinHours = DueSoonHours;
    queues.append({tr("Deadline within %1 hours").arg(DueSoonHours), dueSoon});
    for (const WorkflowStatusQuery::Row& status : statuses) {
        if (status.isClosed)
            continue;
        QueueFilter inStatus;
        inStatus.statusId = status.id;
        queues.append({status.name, inStatus});
    }
    return queues;
}

} // namespace atende
