#pragma once

#include "conflicts/RecordConflict.h"
#include "tickets/Ticket.h"

namespace atende {

// A ticket save refused because someone else saved first, ready to merge: the three versions and their field by
// field comparison (TicketConflictMerge::compare). The screen sets the choices in `record`; save() does the rest.
struct TicketConflict {
    RecordConflict record;
    Ticket base;   // what the agent's screen read
    Ticket mine;   // what the agent typed
    Ticket theirs; // what is stored now
};

} // namespace atende
