#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// The permission check every core service makes FIRST, before it touches anything (core is the guard; the GUI only
// hides buttons). A refusal is itself put on record: an audit row with action 'denied', field = the operation
// that was attempted, new_value = the permission that was missing.
//
// The actor's permissions are checked twice: in the Actor (what the login loaded) and in the database now, so a
// user deactivated or moved to a smaller profile on another workstation loses the right at once instead of at the
// next login.
class AccessGuard {
    Q_DECLARE_TR_FUNCTIONS(AccessGuard)

public:
    AccessGuard(Database& db, const Clock& clock);

    // PermissionDenied (message naming the missing permission) unless `actor` holds `permission`. Call it before
    // Database::begin(): the 'denied' row is then committed on its own and survives whatever the caller does next.
    Status require(const Actor& actor, const QString& permission, const QString& entity, std::optional<qint64> entityId,
                   const QString& operation);
    // The same, satisfied by any one of `permissions`.
    Status requireAny(const Actor& actor, const QStringList& permissions, const QString& entity,
                      std::optional<qint64> entityId, const QString& operation);

    // Active users whose profile grants user.admin: there must always be one once there was one.
    static Result<int> activeUserAdminCount(Database& db);
    // Profiles granting both user.admin and profile.admin: without one, nobody could ever repair access again.
    static Result<int> fullAdminProfileCount(Database& db);

private:
    Result<bool> grantedNow(const Actor& actor, const QString& permission);
    void recordDenied(const Actor& actor, const QString& entity, std::optional<qint64> entityId,
                      const QString& operation, const QStringList& permissions);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace atende
