#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atende {

// One status of the workflow (workflow_statuses).
struct WorkflowStatus {
    qint64 id = 0;
    QString code; // stable name for code and scripts ("resolved")
    QString name; // what agents read ("Resolvido")
    bool isClosed = false;
    bool pausesDeadline = false; // the deadline clock stops while a ticket is here
    bool isInitial = false;      // where new tickets start (exactly one)
    int sortOrder = 0;
};

// One allowed move between two statuses, the permission it needs and the ticket fields that must be filled
// (workflow_transitions; field names as in the tickets table, e.g. "solution").
struct WorkflowTransition {
    qint64 id = 0;
    qint64 fromStatusId = 0;
    qint64 toStatusId = 0;
    QString permission;
    QStringList requiredFields;
};

// The whole workflow as the admin editor edits it and the engine reads it: a plain value, validated by
// WorkflowValidator and stored by WorkflowStore.
struct WorkflowDefinition {
    QList<WorkflowStatus> statuses;
    QList<WorkflowTransition> transitions;

    const WorkflowStatus* status(qint64 id) const {
        for (const auto& s : statuses)
            if (s.id == id)
                return &s;
        return nullptr;
    }
    const WorkflowStatus* statusByCode(const QString& code) const {
        for (const auto& s : statuses)
            if (s.code == code)
                return &s;
        return nullptr;
    }
    const WorkflowStatus* initialStatus() const {
        for (const auto& s : statuses)
            if (s.isInitial)
                return &s;
        return nullptr;
    }
    const WorkflowTransition* transition(qint64 fromId, qint64 toId) const {
        for (const auto& t : transitions)
            if (t.fromStatusId == fromId && t.toStatusId == toId)
                return &t;
        return nullptr;
    }
    QList<WorkflowTransition> transitionsFrom(qint64 fromId) const {
        QList<WorkflowTransition> out;
        for (const auto& t : transitions)
            if (t.fromStatusId == fromId)
                out.append(t);
        return out;
    }
};

} // namespace atende
