#include "auth/UserService.h"

#include "auth/Permission.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Entity = QStringLiteral("user");
const QString Masked = QStringLiteral("***");

// Qt binds a null QString as SQL NULL; the NOT NULL text columns get an empty string instead.
QString textValue(const QString& text) {
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant nullText() {
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant idOrNull(std::optional<qint64> id) {
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Audit values for times: ISO 8601 UTC, readable in the history without conversion.
QVariant timeText(std::optional<qint64> ms) {
    if (!ms)
        return nullText();
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Error storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       UserService::tr("Could not save the change. Try again; if it keeps failing, ask an "
                                       "administrator to check the database."),
                       detail);
}

Error storageError(const QSqlQuery& q) {
    return storageError(q.lastError().text());
}

Error notFound() {
    return Error::make(Error::Code::NotFound,
                       UserService::tr("This user no longer exists. Refresh the list and try again."),
                       QStringLiteral("user not found"));
}

// The same answer for an unknown login and a wrong password, so nobody can probe which logins exist.
Error badCredentials() {
    return Error::make(Error::Code::InvalidInput,
                       UserService::tr("Login or password is incorrect. Check them and try again (mind Caps Lock)."),
                       QStringLiteral("invalid credentials"));
}

Error lockedError(qint64 lockedUntilMs) {
    const QString until = QDateTime::fromMSecsSinceEpoch(lockedUntilMs, Qt::UTC)
                              .toLocalTime()
                              .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    return Error::make(Error::Code::PermissionDenied,
                       UserService::tr("Too many failed attempts: this account is locked until %1. Try again after "
                                       "that time, or ask an administrator to unlock it.")
                           .arg(until),
                       QStringLiteral("account locked"));
}

bool hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

Status validateLogin(const QString& login) {
    if (login.isEmpty()) {
        return Error::make(Error::Code::InvalidInput, UserService::tr("Enter a login."), QStringLiteral("empty login"));
    }
    if (login.size() > UserService::MaxLoginLength) {
        return Error::make(
            Error::Code::InvalidInput,
            UserService::tr("The login is too long: use at most %n characters.", nullptr, UserService::MaxLoginLength),
            QStringLiteral("login too long"));
    }
    for (const QChar c : login) {
        const bool allowed = c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                             c == QLatin1Char('_') || c == QLatin1Char('@');
        if (!allowed) {
            return Error::make(Error::Code::InvalidInput,
                               UserService::tr("The login may only have letters, digits and the characters . - _ @ "
                                               "(no spaces)."),
                               QStringLiteral("login with invalid characters"));
        }
    }
    return {};
}

Status validateName(const QString& name) {
    if (name.trimmed().isEmpty()) {
        return Error::make(Error::Code::InvalidInput, UserService::tr("Enter the user's name."),
                           QStringLiteral("empty name"));
    }
    if (name.size() > UserService::MaxNameLength || hasControlCharacters(name)) {
        return Error::make(Error::Code::InvalidInput,
                           UserService::tr("The name must be a single line of at most %n characters.", nullptr,
                                           UserService::MaxNameLength),
                           QStringLiteral("invalid name"));
    }
    return {};
}

Status validateEmail(const QString& email) {
    if (email.isEmpty())
        return {};
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    bool ok = email.size() <= 254 && at > 0 && at == email.lastIndexOf(QLatin1Char('@')) &&
              email.indexOf(QLatin1Char('.'), at) > at + 1 && !email.endsWith(QLatin1Char('.')) &&
              !hasControlCharacters(email);
    for (const QChar c : email)
        ok = ok && !c.isSpace();
    if (!ok) {
        return Error::make(Error::Code::InvalidInput,
                           UserService::tr("The e-mail address is not valid. Use the form name@company.com.br, or "
                                           "leave it empty."),
                           QStringLiteral("invalid e-mail"));
    }
    return {};
}

// What a new user's history starts with; the password only as a mark that one was set.
QList<FieldChange> creationChanges(qint64 profileId, const NewUser& user) {
    return {
        FieldChange{QStringLiteral("login"), QVariant(), user.login},
        FieldChange{QStringLiteral("name"), QVariant(), user.name},
        FieldChange{QStringLiteral("email"), QVariant(), user.email},
        FieldChange{QStringLiteral("sector_id"), QVariant(), user.sectorId ? QVariant(*user.sectorId) : QVariant()},
        FieldChange{QStringLiteral("profile_id"), QVariant(), profileId},
        FieldChange{QStringLiteral("active"), QVariant(), 1},
        FieldChange{QStringLiteral("password"), QVariant(), Masked},
    };
}

} // namespace

struct UserService::UserRow {
    qint64 id = 0;
    QString login;
    QString name;
    QString email;
    std::optional<qint64> sectorId;
    qint64 profileId = 0;
    QString passwordHash;
    bool active = true;
    int failedLogins = 0;
    std::optional<qint64> lockedUntil;
};

UserService::UserService(Database& db, const Clock& clock, PasswordHasher hasher)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

QString UserService::normalizedLogin(const QString& login) {
    return login.trimmed().normalized(QString::NormalizationForm_C).toLower();
}

// --- First run -------------------------------------------------------------------------------------------------

Result<bool> UserService::needsFirstAdministrator() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !q.next())
        return storageError(q);
    return !q.value(0).toBool();
}

Result<Actor> UserService::createFirstAdministrator(const QString& login, const QString& name,
                                                    const QString& password) {
    NewUser user;
    user.login = normalizedLogin(login);
    user.name = name.trimmed();
    if (Status s = validateLogin(user.login); !s)
        return s.error();
    if (Status s = validateName(user.name); !s)
        return s.error();
    if (Status s = PasswordHasher::checkPolicy(password, user.login); !s)
        return s.error();

    const Error alreadyDone = Error::make(
        Error::Code::Conflict,
        tr("The administrator has already been created. Log in with that user, or ask them to create yours."),
        QStringLiteral("first administrator: users already exist"));
    // Checked before hashing, which is slow, and again inside the transaction, where it counts.
    auto needed = needsFirstAdministrator();
    if (!needed)
        return needed.error();
    if (!*needed)
        return alreadyDone;

    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();

    Actor created;
    Status done = inTransaction([&]() -> Status {
        auto stillNeeded = needsFirstAdministrator();
        if (!stillNeeded)
            return stillNeeded.error();
        if (!*stillNeeded)
            return alreadyDone;
        // The profile that can administer users and profiles, preferring the one that grants the most.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT a.id FROM access_profiles a WHERE EXISTS (SELECT 1 FROM profile_permissions p WHERE "
            "p.profile_id = a.id AND p.permission = ?) AND EXISTS (SELECT 1 FROM profile_permissions p WHERE "
            "p.profile_id = a.id AND p.permission = ?) ORDER BY (SELECT count(*) FROM profile_permissions p WHERE "
            "p.profile_id = a.id) DESC, a.id LIMIT 1"));
        q.addBindValue(Permission::UserAdmin);
        q.addBindValue(Permission::ProfileAdmin);
        if (!q.exec())
            return storageError(q);
        if (!q.next()) {
            return Error::make(Error::Code::Conflict,
                               tr("No access profile can administer users and profiles, so no administrator can be "
                                  "created. The database configuration is damaged; restore a backup."),
                               QStringLiteral("first administrator: no profile with user.admin and profile.admin"));
        }
        user.profileId = q.value(0).toLongLong();
        auto id = insertUser(user, *hash);
        if (!id)
            return id.error();
        auto permissions = permissionsOf(user.profileId);
        if (!permissions)
            return permissions.error();
        created = Actor(*id, user.login, user.name, *permissions);
        return m_audit.record(created, Entity, *id, QStringLiteral("create"), creationChanges(user.profileId, user));
    });
    if (!done)
        return done.error();
    log::info("first administrator created: user {}", created.userId());
    return created;
}

// --- Login -----------------------------------------------------------------------------------------------------

Result<Actor> UserService::authenticate(const QString& login, const QString& password) {
    auto found = loadUserByLogin(normalizedLogin(login));
    if (!found)
        return found.error();
    if (!*found) {
        // Same work as a real check, so the time taken does not tell whether the login exists.
        (void)m_hasher.verify(dummyHash(), password);
        // The typed login is not recorded: people often type their password into the login box by mistake.
        (void)recordLoginEvent(Actor(), std::nullopt, QStringLiteral("login_failed"),
                               {FieldChange{QStringLiteral("reason"), QVariant(), QStringLiteral("unknown_login")}});
        log::info("login refused: unknown login");
        return badCredentials();
    }
    const UserRow user = **found;
    const qint64 now = m_clock.nowMs();

    if (user.lockedUntil && *user.lockedUntil > now) {
        // No password check while locked: guessing must not go on during the lock.
        (void)recordLoginEvent(Actor(), user.id, QStringLiteral("login_failed"),
                               {FieldChange{QStringLiteral("reason"), QVariant(), QStringLiteral("locked")}});
        log::info("login refused: user {} is locked", user.id);
        return lockedError(*user.lockedUntil);
    }

    if (user.passwordHash.isEmpty() || !m_hasher.verify(user.passwordHash, password))
        return failedLogin(user);

    if (!user.active) {
        (void)recordLoginEvent(Actor(), user.id, QStringLiteral("login_failed"),
                               {FieldChange{QStringLiteral("reason"), QVariant(), QStringLiteral("inactive")}});
        log::info("login refused: user {} is inactive", user.id);
        return Error::make(Error::Code::PermissionDenied,
                           tr("This user has been deactivated. Ask an administrator if you need access again."),
                           QStringLiteral("inactive user"));
    }

    auto permissions = permissionsOf(user.profileId);
    if (!permissions)
        return permissions.error();
    const Actor actor(user.id, user.login, user.name, *permissions);

    // Hashes made with older (or test) parameters are brought up to date while the password is at hand.
    std::optional<QString> newHash;
    if (m_hasher.needsRehash(user.passwordHash)) {
        auto rehashed = m_hasher.hash(password);
        if (rehashed)
            newHash = *rehashed;
    }

    Status done = inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (newHash) {
            q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, password_hash = ? "
                                     "WHERE id = ? AND password_hash = ?"));
            q.addBindValue(*newHash);
            q.addBindValue(user.id);
            q.addBindValue(user.passwordHash);
        } else {
            q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
            q.addBindValue(user.id);
        }
        if (!q.exec())
            return storageError(q);
        QList<FieldChange> changes{FieldChange{QStringLiteral("failed_logins"), user.failedLogins, 0}};
        if (user.lockedUntil)
            changes.append(FieldChange{QStringLiteral("locked_until"), timeText(user.lockedUntil), QVariant()});
        return m_audit.record(actor, Entity, user.id, QStringLiteral("login"), changes);
    });
    if (!done)
        return done.error();
    log::info("login: user {}{}", user.id, newHash ? " (password hash upgraded)" : "");
    return actor;
}

Result<Actor> UserService::failedLogin(const UserRow& user) {
    const qint64 now = m_clock.nowMs();
    std::optional<qint64> lockedUntil;
    // The count is read and written inside one write transaction, so two workstations failing at the same time
    // cannot both read 4 and both write 5.
    Status done = inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? "
                                 "RETURNING failed_logins"));
        q.addBindValue(user.id);
        if (!q.exec() || !q.next())
            return storageError(q);
        const int failures = q.value(0).toInt();
        q.finish();
        if (Status s = m_audit.record(Actor(), Entity, user.id, QStringLiteral("login_failed"),
                                      {FieldChange{QStringLiteral("failed_logins"), failures - 1, failures}});
            !s)
            return s;
        if (failures < MaxFailedLogins)
            return {};
        // Locked: the count starts again, so after the lock the user has a full set of attempts.
        lockedUntil = now + qint64(LockMinutes) * 60 * 1000;
        QSqlQuery lock(m_db.connection());
        lock.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?"));
        lock.addBindValue(*lockedUntil);
        lock.addBindValue(user.id);
        if (!lock.exec())
            return storageError(lock);
        return m_audit.record(
            Actor(), Entity, user.id, QStringLiteral("locked"),
            {FieldChange{QStringLiteral("failed_logins"), failures, 0},
             FieldChange{QStringLiteral("locked_until"), timeText(user.lockedUntil), timeText(lockedUntil)}});
    });
    if (!done) {
        // The refusal stands; only the bookkeeping failed.
        log::error("could not record a failed login of user {}: {}", user.id, done.error().detail.toStdString());
        return badCredentials();
    }
    if (lockedUntil) {
        log::warn("user {} locked after {} failed logins", user.id, MaxFailedLogins);
        return lockedError(*lockedUntil);
    }
    log::info("login refused: wrong password for user {}", user.id);
    return badCredentials();
}

Status UserService::recordLoginEvent(const Actor& actor, std::optional<qint64> userId, const QString& action,
                                     const QList<FieldChange>& changes) {
    Status done = inTransaction([&] { return m_audit.record(actor, Entity, userId, action, changes); });
    if (!done)
        log::error("could not record a login attempt: {}", done.error().detail.toStdString());
    return done;
}

const QString& UserService::dummyHash() const {
    if (m_dummyHash.isEmpty()) {
        // A hash of a random password with this service's parameters: verifying against it costs what a real
        // check costs and never succeeds.
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        auto hash = m_hasher.hash(QString::fromLatin1(random.toBase64()));
        m_dummyHash = hash ? *hash : QStringLiteral("$argon2id$unusable");
    }
    return m_dummyHash;
}

// --- Own password ----------------------------------------------------------------------------------------------

Status UserService::changePassword(const Actor& actor, const QString& oldPassword, const QString& newPassword) {
    if (!actor.isValid()) {
        return Error::make(Error::Code::PermissionDenied, tr("Log in before changing your password."),
                           QStringLiteral("change password without a user"));
    }
    auto found = loadUser(actor.userId());
    if (!found)
        return found.error();
    if (!*found)
        return notFound();
    const UserRow user = **found;
    if (!user.active) {
        return Error::make(Error::Code::PermissionDenied,
                           tr("This user has been deactivated. Ask an administrator if you need access again."),
                           QStringLiteral("inactive user"));
    }
    if (!m_hasher.verify(user.passwordHash, oldPassword)) {
        (void)recordLoginEvent(actor, user.id, QStringLiteral("password_change_failed"),
                               {FieldChange{QStringLiteral("reason"), QVariant(), QStringLiteral("wrong_password")}});
        return Error::make(Error::Code::InvalidInput,
                           tr("The current password is not correct. Type it again (mind Caps Lock)."),
                           QStringLiteral("change password: wrong current password"));
    }
    if (oldPassword == newPassword) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The new password is the same as the current one. Choose a different one."),
                           QStringLiteral("change password: unchanged"));
    }
    if (Status s = PasswordHasher::checkPolicy(newPassword, user.login); !s)
        return s;
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();

    Status done = inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        // Only over the hash we verified: a change made meanwhile elsewhere is not silently overwritten.
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?"));
        q.addBindValue(*hash);
        q.addBindValue(user.id);
        q.addBindValue(user.passwordHash);
        if (!q.exec())
            return storageError(q);
        if (q.numRowsAffected() != 1) {
            return Error::make(Error::Code::Conflict,
                               tr("Your password was changed in the meantime. Log in again and retry."),
                               QStringLiteral("change password: hash changed concurrently"));
        }
        return m_audit.record(actor, Entity, user.id, QStringLiteral("update"),
                              {FieldChange{QStringLiteral("password"), Masked, Masked}});
    });
    if (done)
        log::info("user {} changed their password", user.id);
    return done;
}

// --- Administration --------------------------------------------------------------------------------------------

Result<qint64> UserService::addUser(const Actor& actor, const NewUser& input) {
    if (Status s = m_guard.require(actor, Permission::UserAdmin, Entity, std::nullopt, QStringLiteral("add_user")); !s)
        return s.error();
    NewUser user = input;
    user.login = normalizedLogin(input.login);
    user.name = input.name.trimmed();
    user.email = input.email.trimmed();
    if (Status s = validateLogin(user.login); !s)
        return s.error();
    if (Status s = validateName(user.name); !s)
        return s.error();
    if (Status s = validateEmail(user.email); !s)
        return s.error();
    if (Status s = PasswordHasher::checkPolicy(user.password, user.login); !s)
        return s.error();

    const Error taken =
        Error::make(Error::Code::Conflict, tr("The login “%1” is already in use. Choose another one.").arg(user.login),
                    QStringLiteral("add user: login taken"));
    // Cheap checks before the slow hash; they are repeated inside the transaction, where they count.
    auto isTaken = loginTaken(user.login);
    if (!isTaken)
        return isTaken.error();
    if (*isTaken)
        return taken;
    if (Status s = checkSector(user.sectorId); !s)
        return s.error();
    if (Status s = checkProfile(user.profileId); !s)
        return s.error();

    auto hash = m_hasher.hash(user.password);
    if (!hash)
        return hash.error();

    qint64 newId = 0;
    Status done = inTransaction([&]() -> Status {
        auto stillTaken = loginTaken(user.login);
        if (!stillTaken)
            return stillTaken.error();
        if (*stillTaken)
            return taken;
        if (Status s = checkSector(user.sectorId); !s)
            return s;
        if (Status s = checkProfile(user.profileId); !s)
            return s;
        auto id = insertUser(user, *hash);
        if (!id)
            return id.error();
        newId = *id;
        return m_audit.record(actor, Entity, newId, QStringLiteral("create"), creationChanges(user.profileId, user));
    });
    if (!done)
        return done.error();
    log::info("user {} created by user {}", newId, actor.userId());
    return newId;
}

Result<QList<UserSummary>> UserService::listUsers(const Actor& actor) {
    if (Status s = m_guard.require(actor, Permission::UserAdmin, Entity, std::nullopt, QStringLiteral("list_users"));
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.login, u.name, u.email, u.sector_id, coalesce(s.name, ''), u.profile_id, a.name, u.active, "
        "u.failed_logins, u.locked_until, u.created_at FROM users u JOIN access_profiles a ON a.id = u.profile_id "
        "LEFT JOIN sectors s ON s.id = u.sector_id ORDER BY atende_fold(u.name), u.id"));
    if (!q.exec())
        return storageError(q);
    const qint64 now = m_clock.nowMs();
    QList<UserSummary> users;
    while (q.next()) {
        UserSummary u;
        u.id = q.value(0).toLongLong();
        u.login = q.value(1).toString();
        u.name = q.value(2).toString();
        u.email = q.value(3).toString();
        if (!q.value(4).isNull())
            u.sectorId = q.value(4).toLongLong();
        u.sectorName = q.value(5).toString();
        u.profileId = q.value(6).toLongLong();
        u.profileName = q.value(7).toString();
        u.active = q.value(8).toInt() != 0;
        u.failedLogins = q.value(9).toInt();
        if (!q.value(10).isNull() && q.value(10).toLongLong() > now)
            u.lockedUntil = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
        u.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
        users.append(u);
    }
    return users;
}

Status UserService::setDetails(const Actor& actor, qint64 userId, const QString& name, const QString& email,
                               std::optional<qint64> sectorId) {
    if (Status s = m_guard.require(actor, Permission::UserAdmin, Entity, userId, QStringLiteral("set_details")); !s)
        return s;
    const QString newName = name.trimmed();
    const QString newEmail = email.trimmed();
    if (Status s = validateName(newName); !s)
        return s;
    if (Status s = validateEmail(newEmail); !s)
        return s;
    return inTransaction([&]() -> Status {
        auto found = loadUser(userId);
        if (!found)
            return found.error();
        if (!*found)
            return notFound();
        const UserRow& user = **found;
        if (Status s = checkSector(sectorId); !s)
            return s;
        QList<FieldChange> changes;
        if (user.name != newName)
            changes.append(FieldChange{QStringLiteral("name"), user.name, newName});
        if (user.email != newEmail)
            changes.append(FieldChange{QStringLiteral("email"), user.email, newEmail});
        if (user.sectorId != sectorId) {
            changes.append(FieldChange{QStringLiteral("sector_id"),
                                       user.sectorId ? QVariant(*user.sectorId) : QVariant(),
                                       sectorId ? QVariant(*sectorId) : QVariant()});
        }
        if (changes.isEmpty())
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE users SET name = ?, email = ?, sector_id = ? WHERE id = ?"));
        q.addBindValue(textValue(newName));
        q.addBindValue(textValue(newEmail));
        q.addBindValue(idOrNull(sectorId));
        q.addBindValue(userId);
        if (!q.exec())
            return storageError(q);
        return m_audit.record(actor, Entity, userId, QStringLiteral("update"), changes);
    });
}

Status UserService::setPassword(const Actor& actor, qint64 userId, const QString& newPassword) {
    if (Status s = m_guard.require(actor, Permission::UserAdmin, Entity, userId, QStringLiteral("set_password")); !s)
        return s;
    auto found = loadUser(userId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound();
    if (Status s = PasswordHasher::checkPolicy(newPassword, (*found)->login); !s)
        return s;
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    Status done = inTransaction([&]() -> Status {
        auto current = loadUser(userId);
        if (!current)
            return current.error();
        if (!*current)
            return notFound();
        const UserRow& user = **current;
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?"));
        q.addBindValue(*hash);
        q.addBindValue(userId);
        if (!q.exec())
            return storageError(q);
        QList<FieldChange> changes{FieldChange{QStringLiteral("password"), Masked, Masked}};
        if (user.failedLogins != 0)
            changes.append(FieldChange{QStringLiteral("failed_logins"), user.failedLogins, 0});
        if (user.lockedUntil)
            changes.append(FieldChange{QStringLiteral("locked_until"), timeText(user.lockedUntil), QVariant()});
        return m_audit.record(actor, Entity, userId, QStringLiteral("update"), changes);
    });
    if (done)
        log::info("password of user {} set by user {}", userId, actor.userId());
    return done;
}

Status UserService::setActive(const Actor& actor, qint64 userId, bool active) {
    if (Status s = m_guard.require(actor, Permission::UserAdmin, Entity, userId, QStringLiteral("set_active")); !s)
        return s;
    return inTransaction([&]() -> Status {
        auto found = loadUser(userId);
        if (!found)
            return found.error();
        if (!*found)
            return notFound();
        if ((*found)->active == active)
            return {};
        return keepingAnAdministrator([&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
            q.addBindValue(active ? 1 : 0);
            q.addBindValue(userId);
            if (!q.exec())
                return storageError(q);
            return m_audit.record(actor, Entity, userId, QStringLiteral("update"),
                                  {FieldChange{QStringLiteral("active"), active ? 0 : 1, active ? 1 : 0}});
        });
    });
}

Status UserService::setProfile(const Actor& actor, qint64 userId, qint64 profileId) {
    if (Status s = m_guard.require(actor, Permission::UserAdmin, Entity, userId, QStringLiteral("set_profile")); !s)
        return s;
    return inTransaction([&]() -> Status {
        auto found = loadUser(userId);
        if (!found)
            return found.error();
        if (!*found)
            return notFound();
        if (Status s = checkProfile(profileId); !s)
            return s;
        const qint64 oldProfile = (*found)->profileId;
        if (oldProfile == profileId)
            return {};
        return keepingAnAdministrator([&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE users SET profile_id = ? WHERE id = ?"));
            q.addBindValue(profileId);
            q.addBindValue(userId);
            if (!q.exec())
                return storageError(q);
            return m_audit.record(actor, Entity, userId, QStringLiteral("update"),
                                  {FieldChange{QStringLiteral("profile_id"), oldProfile, profileId}});
        });
    });
}

Status UserService::unlock(const Actor& actor, qint64 userId) {
    if (Status s = m_guard.require(actor, Permission::UserAdmin, Entity, userId, QStringLiteral("unlock")); !s)
        return s;
    return inTransaction([&]() -> Status {
        auto found = loadUser(userId);
        if (!found)
            return found.error();
        if (!*found)
            return notFound();
        const UserRow& user = **found;
        if (user.failedLogins == 0 && !user.lockedUntil)
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
        q.addBindValue(userId);
        if (!q.exec())
            return storageError(q);
        return m_audit.record(actor, Entity, userId, QStringLiteral("unlock"),
                              {FieldChange{QStringLiteral("failed_logins"), user.failedLogins, 0},
                               FieldChange{QStringLiteral("locked_until"), timeText(user.lockedUntil), QVariant()}});
    });
}

// --- Helpers ---------------------------------------------------------------------------------------------------

Status UserService::keepingAnAdministrator(const std::function<Status()>& change) {
    auto before = AccessGuard::activeUserAdminCount(m_db);
    if (!before)
        return before.error();
    if (Status s = change(); !s)
        return s;
    auto after = AccessGuard::activeUserAdminCount(m_db);
    if (!after)
        return after.error();
    if (*before > 0 && *after == 0) {
        return Error::make(Error::Code::Conflict,
                           tr("This is the last active administrator. Give another active user a profile that can "
                              "administer users first."),
                           QStringLiteral("would remove the last active user.admin"));
    }
    return {};
}

Status UserService::inTransaction(const std::function<Status()>& work) {
    return m_db.inTransaction(work, storageError(QString()).userMessage);
}

Result<std::optional<UserService::UserRow>> UserService::loadUser(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, login, name, email, sector_id, profile_id, password_hash, active, "
                             "failed_logins, locked_until FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q);
    if (!q.next())
        return std::optional<UserRow>();
    UserRow row;
    row.id = q.value(0).toLongLong();
    row.login = q.value(1).toString();
    row.name = q.value(2).toString();
    row.email = q.value(3).toString();
    if (!q.value(4).isNull())
        row.sectorId = q.value(4).toLongLong();
    row.profileId = q.value(5).toLongLong();
    row.passwordHash = q.value(6).toString();
    row.active = q.value(7).toInt() != 0;
    row.failedLogins = q.value(8).toInt();
    if (!q.value(9).isNull())
        row.lockedUntil = q.value(9).toLongLong();
    return std::optional<UserRow>(row);
}

Result<std::optional<UserService::UserRow>> UserService::loadUserByLogin(const QString& login) {
    if (login.isEmpty())
        return std::optional<UserRow>();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return storageError(q);
    if (!q.next())
        return std::optional<UserRow>();
    return loadUser(q.value(0).toLongLong());
}

Result<QSet<QString>> UserService::permissionsOf(qint64 profileId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT permission FROM profile_permissions WHERE profile_id = ?"));
    q.addBindValue(profileId);
    if (!q.exec())
        return storageError(q);
    QSet<QString> permissions;
    while (q.next())
        permissions.insert(q.value(0).toString());
    return permissions;
}

Result<bool> UserService::loginTaken(const QString& login) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE login = ?)"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return storageError(q);
    return q.value(0).toBool();
}

Status UserService::checkSector(std::optional<qint64> sectorId) {
    if (!sectorId)
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sectors WHERE id = ?)"));
    q.addBindValue(*sectorId);
    if (!q.exec() || !q.next())
        return storageError(q);
    if (!q.value(0).toBool()) {
        return Error::make(Error::Code::NotFound, tr("The chosen sector no longer exists. Choose another one."),
                           QStringLiteral("sector not found"));
    }
    return {};
}

Status UserService::checkProfile(qint64 profileId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM access_profiles WHERE id = ?)"));
    q.addBindValue(profileId);
    if (!q.exec() || !q.next())
        return storageError(q);
    if (!q.value(0).toBool()) {
        return Error::make(Error::Code::NotFound, tr("The chosen access profile no longer exists. Choose another one."),
                           QStringLiteral("profile not found"));
    }
    return {};
}

Result<qint64> UserService::insertUser(const NewUser& user, const QString& passwordHash) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (login, name, email, sector_id, profile_id, password_hash, active, "
                             "failed_logins, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?) RETURNING id"));
    q.addBindValue(textValue(user.login));
    q.addBindValue(textValue(user.name));
    q.addBindValue(textValue(user.email));
    q.addBindValue(idOrNull(user.sectorId));
    q.addBindValue(user.profileId);
    q.addBindValue(passwordHash);
    q.addBindValue(m_clock.nowMs());
    if (!q.exec())
        return storageError(q);
    return Database::returnedId(q);
}

} // namespace atende
