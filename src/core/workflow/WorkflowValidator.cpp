#include "workflow/WorkflowValidator.h"

#include "auth/Permission.h"
#include "tickets/TicketFields.h"

#include <QHash>
#include <QSet>

namespace atende {

QStringList WorkflowValidator::problems(const WorkflowDefinition& def) {
    QStringList out;
    if (def.statuses.isEmpty()) {
        out.append(tr("The workflow has no status."));
        return out;
    }
    int initial = 0;
    int closed = 0;
    QSet<QString> codes;
    QSet<QString> names;
    QSet<qint64> ids;
    for (const auto& s : def.statuses) {
        if (s.isInitial)
            ++initial;
        if (s.isClosed)
            ++closed;
        if (s.code.trimmed().isEmpty() || s.name.trimmed().isEmpty())
            out.append(tr("Every status needs a code and a name."));
        if (codes.contains(s.code))
            out.append(tr("The status code \"%1\" is used twice.").arg(s.code));
        if (names.contains(s.name))
            out.append(tr("The status name \"%1\" is used twice.").arg(s.name));
        codes.insert(s.code);
        names.insert(s.name);
        ids.insert(s.id);
        if (s.isInitial && s.isClosed)
            out.append(tr("The initial status \"%1\" cannot be a closed status.").arg(s.name));
    }
    if (initial != 1)
        out.append(tr("The workflow needs exactly one initial status (it has %1).").arg(initial));
    if (closed == 0)
        out.append(tr("The workflow needs at least one closed status."));

    const QStringList permissions = Permission::all();
    QSet<QPair<qint64, qint64>> seen;
    for (const auto& t : def.transitions) {
        const auto* from = def.status(t.fromStatusId);
        const auto* to = def.status(t.toStatusId);
        if (!from || !to) {
            out.append(tr("A transition points at a status that does not exist."));
            continue;
        }
        if (t.fromStatusId == t.toStatusId)
            out.append(tr("The status \"%1\" has a transition to itself.").arg(from->name));
        if (seen.contains({t.fromStatusId, t.toStatusId}))
            out.append(tr("The transition from \"%1\" to \"%2\" is listed twice.").arg(from->name, to->name));
        seen.insert({t.fromStatusId, t.toStatusId});
        if (!permissions.contains(t.permission))
            out.append(tr("The transition from \"%1\" to \"%2\" needs an unknown permission \"%3\".")
                           .arg(from->name, to->name, t.permission));
        for (const QString& field : t.requiredFields) {
            if (!TicketFields::isKnown(field))
                out.append(tr("The transition from \"%1\" to \"%2\" requires an unknown field \"%3\".")
                               .arg(from->name, to->name, field));
        }
    }

    // Reachability from the initial status.
    const auto* start = def.initialStatus();
    if (start && initial == 1) {
        QSet<qint64> reached{start->id};
        QList<qint64> queue{start->id};
        while (!queue.isEmpty()) {
            const qint64 id = queue.takeFirst();
            for (const auto& t : def.transitions) {
                if (t.fromStatusId == id && !reached.contains(t.toStatusId)) {
                    reached.insert(t.toStatusId);
                    queue.append(t.toStatusId);
                }
            }
        }
        for (const auto& s : def.statuses) {
            if (!reached.contains(s.id))
                out.append(tr("The status \"%1\" cannot be reached from \"%2\".").arg(s.name, start->name));
        }
    }
    // Every open status must lead to a closed one.
    for (const auto& s : def.statuses) {
        if (s.isClosed)
            continue;
        QSet<qint64> reached{s.id};
        QList<qint64> queue{s.id};
        bool closes = false;
        while (!queue.isEmpty() && !closes) {
            const qint64 id = queue.takeFirst();
            for (const auto& t : def.transitions) {
                if (t.fromStatusId != id || reached.contains(t.toStatusId))
                    continue;
                const auto* to = def.status(t.toStatusId);
                if (to && to->isClosed) {
                    closes = true;
                    break;
                }
                reached.insert(t.toStatusId);
                queue.append(t.toStatusId);
            }
        }
        if (!closes)
            out.append(tr("A ticket in \"%1\" could never be closed: no path leads to a closed status.").arg(s.name));
    }
    out.removeDuplicates();
    return out;
}

Status WorkflowValidator::validate(const WorkflowDefinition& definition) {
    const QStringList list = problems(definition);
    if (list.isEmpty())
        return {};
    return Error::make(Error::Code::InvalidInput,
                       tr("The workflow cannot be saved:\n%1").arg(list.join(QLatin1Char('\n'))),
                       QStringLiteral("invalid workflow: %1 problems").arg(list.size()));
}

} // namespace atende
