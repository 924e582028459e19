#pragma once

#include "tickets/Ticket.h"
#include "util/Result.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/DeadlinePolicy.h"
#include "workflow/WorkflowDefinition.h"

#include <QCoreApplication>

namespace atende {

class Actor;

// The rules of moving a ticket along the workflow and of its deadline, on plain values (no database): the
// TicketService loads the definition, calendar and policy and applies what the engine answers.
class WorkflowEngine {
    Q_DECLARE_TR_FUNCTIONS(WorkflowEngine)

public:
    WorkflowEngine(WorkflowDefinition definition, BusinessCalendar calendar, DeadlinePolicy policy);

    const WorkflowDefinition& definition() const { return m_definition; }
    const BusinessCalendar& calendar() const { return m_calendar; }
    const DeadlinePolicy& policy() const { return m_policy; }

    // The transition from `fromId` to `toId`, or InvalidInput naming both statuses and the allowed targets.
    Result<WorkflowTransition> transition(qint64 fromId, qint64 toId) const;
    // The transition exists and `actor` holds its permission (PermissionDenied naming the permission otherwise).
    // Required fields are NOT checked here: the caller merges them with the subject's into one message.
    Result<WorkflowTransition> checkTransition(const Actor& actor, qint64 fromId, qint64 toId) const;
    // Statuses `actor` may move a ticket in `fromId` to.
    QList<WorkflowStatus> allowedTargets(const Actor& actor, qint64 fromId) const;

    // The deadline of a ticket opened at `openedAtMs` with `priority`.
    qint64 initialDeadline(qint64 openedAtMs, int priority) const;
    // Sets the deadline fields of `ticket` for its move from `from` to `to` at `nowMs`: entering a pausing status
    // stores the moment, leaving it moves the deadline by the business time the ticket spent paused. Also
    // resolved_at / closed_at.
    void applyStatusChange(Ticket& ticket, const WorkflowStatus& from, const WorkflowStatus& to, qint64 nowMs) const;

private:
    WorkflowDefinition m_definition;
    BusinessCalendar m_calendar;
    DeadlinePolicy m_policy;
};

} // namespace atende
