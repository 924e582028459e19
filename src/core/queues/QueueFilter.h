#pragma once

#include "tickets/TicketPageRequest.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace atende {

// What a queue (Fila) shows, as the leader chose it: fixed values (status, sector, responsible, subject,
// priority) and times relative to now (older than N hours, next action overdue, deadline breached or due within
// N hours). Saved queues store this, so "deadline within 24 h" stays current; toListFilter() fixes the times
// with the Clock's now for one reading of the list.
struct QueueFilter {
    std::optional<qint64> statusId;
    std::optional<qint64> sectorId;
    std::optional<qint64> responsibleId;
    std::optional<qint64> subjectId;
    std::optional<int> priority;
    bool openOnly = false;
    std::optional<int> minAgeHours;         // opened at least this many hours ago
    bool nextActionOverdue = false;         // next action scheduled before now
    bool deadlineBreached = false;          // deadline before now (open tickets)
    std::optional<int> deadlineWithinHours; // deadline from now to now + N hours (open tickets)
    TicketSortKey sortKey = TicketSortKey::UpdatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const QueueFilter&) const = default;

    // The absolute filter at `nowMs` (UTC ms). A deadline condition implies open tickets only: a closed ticket's
    // deadline is no longer anyone's concern.
    TicketListFilter toListFilter(qint64 nowMs) const;
    TicketPageRequest toPageRequest(qint64 nowMs, int limit) const;

    QJsonObject toJson() const;
    // Unknown keys are ignored and wrong types left unset, so an older program reads a newer saved queue.
    static QueueFilter fromJson(const QJsonObject& json);
};

} // namespace atende
