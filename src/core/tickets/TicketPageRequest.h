#pragma once

#include <Qt>

#include <optional>

namespace atende {

// The columns the ticket list can be ordered by: each has an index, so every page is an index walk
// (see TicketPageQuery). Anything else would need a sort of the whole table.
enum class TicketSortKey { UpdatedAt, OpenedAt, Protocol, Priority };

struct TicketListFilter {
    std::optional<qint64> statusId; // workflow_statuses.id; empty: every status

    bool operator==(const TicketListFilter&) const = default;
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
