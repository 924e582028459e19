#pragma once

#include "conflicts/RecordConflict.h"
#include "customers/Customer.h"

namespace atende {

// A customer save refused because someone else saved first, ready to merge (CustomerConflictMerge::compare): the
// three versions and their field by field comparison. The screen sets the choices in `record`; save() does the
// rest.
struct CustomerConflict {
    RecordConflict record;
    Customer base;   // what the agent's screen read
    Customer mine;   // what the agent typed, in its stored form (document without mask, phones formatted)
    Customer theirs; // what is stored now
};

} // namespace atende
