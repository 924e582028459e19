#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "auth/Actor.h"
#include "auth/NewUser.h"
#include "auth/PasswordHasher.h"
#include "auth/UserSummary.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace atende {

class Clock;
class Database;

// Users: the first administrator, login (with lockout), own password change and the administration of other users.
//
// BLOCKING: every method that takes a password hashes or verifies it with Argon2id (PasswordHasher), which takes
// about a tenth of a second on purpose. The GUI runs those calls off the GUI thread, on a worker that opens its own
// Database (a Database belongs to the thread that opened it).
//
// Rules every write follows: the permission check comes first (a refusal is PermissionDenied and a 'denied' audit
// row); then one transaction holds the change and its audit rows (entity 'user'), so neither exists without the
// other. A password never reaches the audit or the log: its audit row is field 'password' with '***' as values.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    // After this many consecutive wrong passwords the account is locked for LockMinutes; a success resets the count.
    static constexpr int MaxFailedLogins = 5;
    static constexpr int LockMinutes = 15;
    static constexpr int MaxLoginLength = 64;
    static constexpr int MaxNameLength = 120;

    // `hasher` is for tests only (PasswordHasher::Strength::TestOnlyFast); the program uses the default.
    UserService(Database& db, const Clock& clock, PasswordHasher hasher = PasswordHasher());

    // True while the database has no user at all: the first run then asks for the administrator.
    Result<bool> needsFirstAdministrator();
    // Creates the first user with a profile that grants user.admin and profile.admin, with the password chosen now
    // (there is no default password anywhere). Conflict once any user exists. Returns the new user, logged in.
    Result<Actor> createFirstAdministrator(const QString& login, const QString& name, const QString& password);

    // Logs in. Unknown login and wrong password give the same error (InvalidInput), so the answer does not tell
    // which logins exist. An inactive user is refused (PermissionDenied) even with the right password. After
    // MaxFailedLogins consecutive failures the account is locked for LockMinutes (PermissionDenied; the message
    // says until when, local time dd/MM/yyyy HH:mm). Every attempt is audited ('login' / 'login_failed' /
    // 'locked'). On success the Actor carries the profile's permissions.
    Result<Actor> authenticate(const QString& login, const QString& password);

    // The acting user's own password; needs the current one.
    Status changePassword(const Actor& actor, const QString& oldPassword, const QString& newPassword);

    // --- Administration: each needs Permission::UserAdmin ---
    Result<qint64> addUser(const Actor& actor, const NewUser& user);
    Result<QList<UserSummary>> listUsers(const Actor& actor);
    Status setDetails(const Actor& actor, qint64 userId, const QString& name, const QString& email,
                      std::optional<qint64> sectorId);
    // Also clears a lockout: the lock protected the old password, which no longer exists.
    Status setPassword(const Actor& actor, qint64 userId, const QString& newPassword);
    // Refused (Conflict) when it would leave no active user with user.admin.
    Status setActive(const Actor& actor, qint64 userId, bool active);
    // Refused (Conflict) when it would leave no active user with user.admin.
    Status setProfile(const Actor& actor, qint64 userId, qint64 profileId);
    // Clears a lockout and the failure count.
    Status unlock(const Actor& actor, qint64 userId);

    // How logins are stored and compared: trimmed, NFC, lower case (SQLite's NOCASE folds only ASCII).
    static QString normalizedLogin(const QString& login);

private:
    struct UserRow;

    Result<std::optional<UserRow>> loadUser(qint64 id);
    Result<std::optional<UserRow>> loadUserByLogin(const QString& normalizedLogin);
    Result<QSet<QString>> permissionsOf(qint64 profileId);
    Result<bool> loginTaken(const QString& normalizedLogin);
    Status checkSector(std::optional<qint64> sectorId);
    Status checkProfile(qint64 profileId);
    Result<qint64> insertUser(const NewUser& user, const QString& passwordHash);
    // Runs `change` (which may refuse) and fails with Conflict when it left no active user administrator.
    Status keepingAnAdministrator(const std::function<Status()>& change);
    Status inTransaction(const std::function<Status()>& work);
    Status recordLoginEvent(const Actor& actor, std::optional<qint64> userId, const QString& action,
                            const QList<FieldChange>& changes);
    Result<Actor> failedLogin(const UserRow& user);
    const QString& dummyHash() const;

    Database& m_db;
    const Clock& m_clock;
    PasswordHasher m_hasher;
    AuditLog m_audit;
    AccessGuard m_guard;
    mutable QString m_dummyHash;
};

} // namespace atende
