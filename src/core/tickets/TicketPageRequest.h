#pragma once

#include <QList>
#include <Qt>

#include <optional>

namespace atende {

// The columns the ticket list can be ordered by: each has an index, so every page is an index walk
// (see TicketPageQuery). Anything else would need a sort of the whole table. Title orders by atende_fold(title)
// (no accents, lower case); the names of joined rows (customer, status, sector, responsible, subject) by that row's
// name (the customer's name_key, atende_fold(name) for the others), ties broken by that row's id and then by the
// ticket's id; tickets without one (no sector, no responsible...) come first in ascending order, last in descending.
enum class TicketSortKey {
    UpdatedAt,
    OpenedAt,
    Protocol,
    Priority,
    Title,
    CustomerName,
    StatusName,
    SectorName,
    ResponsibleName,
    SubjectName
};

// Which tickets a list shows; every set field narrows it (the fields combine with AND). Times are absolute UTC
// milliseconds: a queue that means "overdue now" is turned into these by QueueFilter with the Clock, so the same
// filter reads the same rows on every page.
struct TicketListFilter {
    std::optional<qint64> statusId;           // workflow_statuses.id; empty: every status
    std::optional<qint64> sectorId;           // sectors.id
    std::optional<qint64> responsibleId;      // users.id
    std::optional<qint64> subjectId;          // subjects.id of the subject (first level)
    std::optional<int> priority;              // 1..5, 1 = highest
    bool openOnly = false;                    // only statuses that are not closed (workflow_statuses.is_closed = 0)
    std::optional<qint64> openedBeforeMs;     // opened before this instant (age)
    std::optional<qint64> nextActionBeforeMs; // next action scheduled before this instant (overdue when = now)
    std::optional<qint64> deadlineFromMs;     // deadline at or after this instant
    std::optional<qint64> deadlineBeforeMs;   // deadline before this instant (breached when = now)
    std::optional<QList<qint64>> ticketIds;   // only these tickets (the hits of a search), at most a few hundred

    bool operator==(const TicketListFilter&) const = default;

    bool isEmpty() const { return *this == TicketListFilter{}; }
    // Only the status is set: the list's original filter, with an index of its own in update order.
    bool isStatusOnly() const {
        TicketListFilter status;
        status.statusId = statusId;
        return statusId && *this == status;
    }
};

// Which tickets, in which order, how many per page.
struct TicketPageRequest {
    TicketSortKey sortKey = TicketSortKey::UpdatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    TicketListFilter filter;
    int limit = 200;

    bool operator==(const TicketPageRequest&) const = default;
};

} // namespace atende
