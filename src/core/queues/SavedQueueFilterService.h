#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "queues/SavedQueueFilter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace atende {

class Actor;
class Clock;
class Database;

// Saved queue filters per user and shared ones (F-40). Reading and saving one's own needs ticket.view; sharing a
// filter with everyone, and deleting a shared filter someone else saved, needs ticket.supervise (the team
// leader steers everyone's queues; an agent must not change what the others see). Every change is audited
// (entity 'queue_filter') in the transaction that makes it.
class SavedQueueFilterService {
    Q_DECLARE_TR_FUNCTIONS(SavedQueueFilterService)

public:
    static constexpr int MaxNameLength = 80;

    SavedQueueFilterService(Database& db, const Clock& clock);

    // The actor's own filters and everyone's shared ones, by name (own first when names tie).
    Result<QList<SavedQueueFilter>> list(const Actor& actor);
    // Saves under `name` (trimmed, 1..80 characters): replaces the actor's filter of that name, or adds one.
    // Returns its id.
    Result<qint64> save(const Actor& actor, const QString& name, const QueueFilter& filter, bool shared);
    Status remove(const Actor& actor, qint64 id);

private:
    Database& m_db;
    const Clock& m_clock;
    AccessGuard m_guard;
    AuditLog m_audit;
};

} // namespace atende
