#pragma once

#include "util/Result.h"
#include "workflow/WorkflowDefinition.h"

#include <QCoreApplication>
#include <QStringList>

namespace atende {

// The rules a workflow must keep before it is saved (the admin editor shows the problems, the store refuses):
// exactly one initial status, at least one closed status, unique codes and names, transitions between known
// statuses with a known permission and known required fields, every status reachable from the initial one, and
// a closed status reachable from every open one (no ticket can get stuck).
class WorkflowValidator {
    Q_DECLARE_TR_FUNCTIONS(WorkflowValidator)

public:
    // One translated sentence per problem; empty when the definition is valid.
    static QStringList problems(const WorkflowDefinition& definition);
    // InvalidInput listing the problems, or success.
    static Status validate(const WorkflowDefinition& definition);
};

} // namespace atende
