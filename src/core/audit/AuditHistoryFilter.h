#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace atende {

// What the history screen narrows the audit history to. Empty members do not filter.
struct AuditHistoryFilter {
    QString entity;                 // "customer", "user", "profile"...; empty: every entity
    std::optional<qint64> entityId; // one record (the "Histórico" of a customer); only with an entity
    std::optional<qint64> userId;   // who acted
    QDateTime from;                 // inclusive; null: no lower bound
    QDateTime to;                   // exclusive; null: no upper bound
    QString text;                   // found in the action, the field or the values (case ignored)
    int limit = 500;
};

} // namespace atende
