#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "auth/AccessProfile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// Access profiles (Perfis de acesso): named sets of the permissions in Permission::all().
//
// Every call needs Permission::ProfileAdmin, except listProfiles, which Permission::UserAdmin also allows because
// whoever creates users has to pick their profile. A refusal is PermissionDenied plus a 'denied' audit row; a
// change and its audit rows (entity 'profile'; one 'permission' row per permission granted or revoked) share one
// transaction. Two states are never allowed, so that access can always be repaired from inside the program: no
// profile granting both user.admin and profile.admin, and no active user with user.admin.
class AccessProfileService {
    Q_DECLARE_TR_FUNCTIONS(AccessProfileService)

public:
    static constexpr int MaxNameLength = 60;
    static constexpr int MaxDescriptionLength = 200;

    AccessProfileService(Database& db, const Clock& clock);

    Result<QList<AccessProfile>> listProfiles(const Actor& actor);
    // Names are unique ignoring case. Unknown permission names are refused (InvalidInput); duplicates are ignored.
    Result<qint64> createProfile(const Actor& actor, const QString& name, const QString& description,
                                 const QStringList& permissions);
    Status renameProfile(const Actor& actor, qint64 profileId, const QString& newName);
    Status setDescription(const Actor& actor, qint64 profileId, const QString& description);
    // Replaces the profile's permissions with `permissions`.
    Status setPermissions(const Actor& actor, qint64 profileId, const QStringList& permissions);
    // Only a profile no user has (Conflict otherwise).
    Status deleteProfile(const Actor& actor, qint64 profileId);

private:
    struct ProfileRow;

    Result<std::optional<ProfileRow>> loadProfile(qint64 id);
    Status checkName(const QString& name, qint64 exceptId);
    Result<QStringList> validPermissions(const QStringList& permissions);
    Status writePermissions(qint64 profileId, const QStringList& permissions);
    // Runs `change` and fails with Conflict when it broke one of the two administration guarantees.
    Status keepingAdministration(const std::function<Status()>& change);
    Status inTransaction(const std::function<Status()>& work);

    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
