#include "workflow/WorkflowEngine.h"

#include "auth/Actor.h"

namespace atende {

WorkflowEngine::WorkflowEngine(WorkflowDefinition definition, BusinessCalendar calendar, DeadlinePolicy policy)
    : m_definition(std::move(definition))
    , m_calendar(std::move(calendar))
    , m_policy(policy) {}

Result<WorkflowTransition> WorkflowEngine::transition(qint64 fromId, qint64 toId) const {
    const auto* from = m_definition.status(fromId);
    const auto* to = m_definition.status(toId);
    if (!from || !to) {
        return Error::make(Error::Code::NotFound, tr("This status does not exist any more. Reload the ticket."),
                           QStringLiteral("unknown status %1 -> %2").arg(fromId).arg(toId));
    }
    if (const auto* t = m_definition.transition(fromId, toId))
        return *t;
    QStringList targets;
    for (const auto& t : m_definition.transitionsFrom(fromId))
        if (const auto* s = m_definition.status(t.toStatusId))
            targets.append(s->name);
    return Error::make(
        Error::Code::InvalidInput,
        targets.isEmpty()
            ? tr("A ticket in \"%1\" cannot move to \"%2\": no status can follow \"%1\".").arg(from->name, to->name)
            : tr("A ticket in \"%1\" cannot move to \"%2\". It can move to: %3.")
                  .arg(from->name, to->name, targets.join(QStringLiteral(", "))),
        QStringLiteral("no transition %1 -> %2").arg(from->code, to->code));
}

Result<WorkflowTransition> WorkflowEngine::checkTransition(const Actor& actor, qint64 fromId, qint64 toId) const {
    auto t = transition(fromId, toId);
    if (!t)
        return t;
    if (!t->permission.isEmpty() && !actor.can(t->permission)) {
        return Error::make(Error::Code::PermissionDenied,
                           tr("Your access profile does not allow moving this ticket to \"%1\" (permission %2).")
                               .arg(m_definition.status(toId)->name, t->permission),
                           QStringLiteral("missing permission %1").arg(t->permission));
    }
    return t;
}

QList<WorkflowStatus> WorkflowEngine::allowedTargets(const Actor& actor, qint64 fromId) const {
    QList<WorkflowStatus> out;
    for (const auto& t : m_definition.transitionsFrom(fromId)) {
        if (!t.permission.isEmpty() && !actor.can(t.permission))
            continue;
        if (const auto* s = m_definition.status(t.toStatusId))
            out.append(*s);
    }
    return out;
}

qint64 WorkflowEngine::initialDeadline(qint64 openedAtMs, int priority) const {
    return m_calendar.addBusinessTime(openedAtMs, m_policy.resolutionMs(priority));
}

void WorkflowEngine::applyStatusChange(Ticket& ticket, const WorkflowStatus& from, const WorkflowStatus& to,
                                       qint64 nowMs) const {
    ticket.statusId = to.id;
    const bool wasPaused = ticket.deadlinePausedAt.has_value();
    if (to.pausesDeadline && !wasPaused) {
        ticket.deadlinePausedAt = nowMs;
    } else if (!to.pausesDeadline && wasPaused) {
        // The business time that was left when the clock stopped is what the ticket still has now.
        if (ticket.deadlineAt) {
            const qint64 left = m_calendar.businessTimeBetween(*ticket.deadlinePausedAt, *ticket.deadlineAt);
            const qint64 overdue = m_calendar.businessTimeBetween(*ticket.deadlineAt, *ticket.deadlinePausedAt);
            ticket.deadlineAt = left > 0 ? m_calendar.addBusinessTime(nowMs, left) : nowMs - overdue;
        }
        ticket.deadlinePausedAt.reset();
    }
    if (to.isClosed && !from.isClosed) {
        if (to.code == QLatin1String("closed"))
            ticket.closedAt = nowMs;
        else
            ticket.resolvedAt = nowMs;
    } else if (!to.isClosed && from.isClosed) {
        ticket.resolvedAt.reset(); // reopened
        ticket.closedAt.reset();
    } else if (to.isClosed && to.code == QLatin1String("closed")) {
        ticket.closedAt = nowMs;
    }
}

} // namespace atende
