#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// One changed field of a record, for the history (Histórico).
struct FieldChange {
    QString field;
    QVariant oldValue; // null QVariant: there was none (creation)
    QVariant newValue; // null QVariant: removed
};

// Writes the audit history (table audit_log): who, when, entity, id, action, field, old and new value.
// Callers write it inside the same transaction as the change itself (see Database::begin/commit), so a change
// never exists without its history. The acting user may be the system (Actor without id: user_id NULL).
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database& db, const Clock& clock);

    // One row per change; a change list that is empty still records the action once (e.g. "login_failed").
    Status record(const Actor& actor, const QString& entity, std::optional<qint64> entityId, const QString& action,
                  const QList<FieldChange>& changes = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace atende
