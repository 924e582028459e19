#pragma once

#include "queues/QueueFilter.h"
#include "workflow/WorkflowStatusQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace atende {

// A queue the desk offers before any filter is saved.
struct NamedQueue {
    QString name;
    QueueFilter filter;
};

// The built-in queues (F-40): all open tickets, the user's own, next action overdue, deadline breached, deadline
// within 24 hours, then one per open workflow status (supervision analysis included).
class QueueCatalog {
    Q_DECLARE_TR_FUNCTIONS(QueueCatalog)

public:
    static constexpr int DueSoonHours = 24;

    // `userId` 0: nobody is logged in, no "my tickets" queue.
    static QList<NamedQueue> builtIn(const std::vector<WorkflowStatusQuery::Row>& statuses, qint64 userId);
};

} // namespace atende
