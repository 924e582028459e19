#include "auth/AccessProfileService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "auth/PermissionCatalog.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Entity = QStringLiteral("profile");
const QString PermissionField = QStringLiteral("permission");

// Qt binds a null QString as SQL NULL; the NOT NULL text columns get an empty string instead.
QString textValue(const QString& text) {
    return text.isNull() ? QString(QLatin1String("")) : text;
}

Error storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       AccessProfileService::tr("Could not save the change. Try again; if it keeps failing, ask an "
                                                "administrator to check the database."),
                       detail);
}

Error storageError(const QSqlQuery& q) {
    return storageError(q.lastError().text());
}

Error notFound() {
    return Error::make(Error::Code::NotFound,
                       AccessProfileService::tr("This access profile no longer exists. Refresh the list and try "
                                                "again."),
                       QStringLiteral("profile not found"));
}

bool hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

Status validateDescription(const QString& description) {
    if (description.size() > AccessProfileService::MaxDescriptionLength || hasControlCharacters(description)) {
        return Error::make(Error::Code::InvalidInput,
                           AccessProfileService::tr("The description must be a single line of at most %n "
                                                    "characters.",
                                                    nullptr, AccessProfileService::MaxDescriptionLength),
                           QStringLiteral("invalid profile description"));
    }
    return {};
}

// Permissions in the order of Permission::all(), so lists and audit rows always read the same way.
QStringList inCatalogOrder(const QStringList& permissions) {
    QStringList ordered;
    for (const QString& permission : Permission::all()) {
        if (permissions.contains(permission))
            ordered.append(permission);
    }
    return ordered;
}

} // namespace

struct AccessProfileService::ProfileRow {
    qint64 id = 0;
    QString name;
    QString description;
    QStringList permissions;
    int userCount = 0;
};

AccessProfileService::AccessProfileService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

Result<QList<AccessProfile>> AccessProfileService::listProfiles(const Actor& actor) {
    if (Status s = m_guard.requireAny(actor, {Permission::ProfileAdmin, Permission::UserAdmin}, Entity, std::nullopt,
                                      QStringLiteral("list_profiles"));
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT a.id FROM access_profiles a ORDER BY a.name, a.id")))
        return storageError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<AccessProfile> profiles;
    for (qint64 id : std::as_const(ids)) {
        auto row = loadProfile(id);
        if (!row)
            return row.error();
        if (*row)
            profiles.append(
                AccessProfile{(*row)->id, (*row)->name, (*row)->description, (*row)->permissions, (*row)->userCount});
    }
    return profiles;
}

Result<qint64> AccessProfileService::createProfile(const Actor& actor, const QString& name, const QString& description,
                                                   const QStringList& permissions) {
    if (Status s =
            m_guard.require(actor, Permission::ProfileAdmin, Entity, std::nullopt, QStringLiteral("create_profile"));
        !s)
        return s.error();
    const QString newName = name.trimmed();
    const QString newDescription = description.trimmed();
    if (Status s = validateDescription(newDescription); !s)
        return s.error();
    auto granted = validPermissions(permissions);
    if (!granted)
        return granted.error();

    qint64 newId = 0;
    Status done = inTransaction([&]() -> Status {
        if (Status s = checkName(newName, 0); !s)
            return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO access_profiles (name, description) VALUES (?, ?) RETURNING id"));
        q.addBindValue(textValue(newName));
        q.addBindValue(textValue(newDescription));
        if (!q.exec())
            return storageError(q);
        newId = Database::returnedId(q);
        if (Status s = writePermissions(newId, *granted); !s)
            return s;
        QList<FieldChange> changes{FieldChange{QStringLiteral("name"), QVariant(), newName},
                                   FieldChange{QStringLiteral("description"), QVariant(), newDescription}};
        for (const QString& permission : std::as_const(*granted))
            changes.append(FieldChange{PermissionField, QVariant(), permission});
        return m_audit.record(actor, Entity, newId, QStringLiteral("create"), changes);
    });
    if (!done)
        return done.error();
    log::info("access profile {} created by user {}", newId, actor.userId());
    return newId;
}

Status AccessProfileService::renameProfile(const Actor& actor, qint64 profileId, const QString& newName) {
    if (Status s =
            m_guard.require(actor, Permission::ProfileAdmin, Entity, profileId, QStringLiteral("rename_profile"));
        !s)
        return s;
    const QString name = newName.trimmed();
    return inTransaction([&]() -> Status {
        auto row = loadProfile(profileId);
        if (!row)
            return row.error();
        if (!*row)
            return notFound();
        if ((*row)->name == name)
            return {};
        if (Status s = checkName(name, profileId); !s)
            return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE access_profiles SET name = ? WHERE id = ?"));
        q.addBindValue(textValue(name));
        q.addBindValue(profileId);
        if (!q.exec())
            return storageError(q);
        return m_audit.record(actor, Entity, profileId, QStringLiteral("update"),
                              {FieldChange{QStringLiteral("name"), (*row)->name, name}});
    });
}

Status AccessProfileService::setDescription(const Actor& actor, qint64 profileId, const QString& description) {
    if (Status s = m_guard.require(actor, Permission::ProfileAdmin, Entity, profileId,
                                   QStringLiteral("set_profile_description"));
        !s)
        return s;
    const QString text = description.trimmed();
    if (Status s = validateDescription(text); !s)
        return s;
    return inTransaction([&]() -> Status {
        auto row = loadProfile(profileId);
        if (!row)
            return row.error();
        if (!*row)
            return notFound();
        if ((*row)->description == text)
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE access_profiles SET description = ? WHERE id = ?"));
        q.addBindValue(textValue(text));
        q.addBindValue(profileId);
        if (!q.exec())
            return storageError(q);
        return m_audit.record(actor, Entity, profileId, QStringLiteral("update"),
                              {FieldChange{QStringLiteral("description"), (*row)->description, text}});
    });
}

Status AccessProfileService::setPermissions(const Actor& actor, qint64 profileId, const QStringList& permissions) {
    if (Status s =
            m_guard.require(actor, Permission::ProfileAdmin, Entity, profileId, QStringLiteral("set_permissions"));
        !s)
        return s;
    auto wanted = validPermissions(permissions);
    if (!wanted)
        return wanted.error();
    return inTransaction([&]() -> Status {
        auto row = loadProfile(profileId);
        if (!row)
            return row.error();
        if (!*row)
            return notFound();
        const QStringList& current = (*row)->permissions;
        QList<FieldChange> changes;
        for (const QString& permission : Permission::all()) {
            const bool had = current.contains(permission);
            const bool has = wanted->contains(permission);
            if (had && !has)
                changes.append(FieldChange{PermissionField, permission, QVariant()});
            else if (!had && has)
                changes.append(FieldChange{PermissionField, QVariant(), permission});
        }
        if (changes.isEmpty())
            return {};
        return keepingAdministration([&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM profile_permissions WHERE profile_id = ?"));
            q.addBindValue(profileId);
            if (!q.exec())
                return storageError(q);
            if (Status s = writePermissions(profileId, *wanted); !s)
                return s;
            return m_audit.record(actor, Entity, profileId, QStringLiteral("update"), changes);
        });
    });
}

Status AccessProfileService::deleteProfile(const Actor& actor, qint64 profileId) {
    if (Status s =
            m_guard.require(actor, Permission::ProfileAdmin, Entity, profileId, QStringLiteral("delete_profile"));
        !s)
        return s;
    return inTransaction([&]() -> Status {
        auto row = loadProfile(profileId);
        if (!row)
            return row.error();
        if (!*row)
            return notFound();
        const ProfileRow& profile = **row;
        if (profile.userCount > 0) {
            return Error::make(Error::Code::Conflict,
                               tr("The profile “%1” is still given to %n user(s). Give them another profile first.",
                                  nullptr, profile.userCount)
                                   .arg(profile.name),
                               QStringLiteral("delete profile: in use"));
        }
        return keepingAdministration([&]() -> Status {
            QSqlQuery q(m_db.connection());
            // profile_permissions rows go with it (ON DELETE CASCADE).
            q.prepare(QStringLiteral("DELETE FROM access_profiles WHERE id = ?"));
            q.addBindValue(profileId);
            if (!q.exec())
                return storageError(q);
            QList<FieldChange> changes{FieldChange{QStringLiteral("name"), profile.name, QVariant()},
                                       FieldChange{QStringLiteral("description"), profile.description, QVariant()}};
            for (const QString& permission : profile.permissions)
                changes.append(FieldChange{PermissionField, permission, QVariant()});
            return m_audit.record(actor, Entity, profileId, QStringLiteral("delete"), changes);
        });
    });
}

// --- Helpers ---------------------------------------------------------------------------------------------------

Result<std::optional<AccessProfileService::ProfileRow>> AccessProfileService::loadProfile(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, description, (SELECT count(*) FROM users u WHERE u.profile_id = a.id) "
                             "FROM access_profiles a WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q);
    if (!q.next())
        return std::optional<ProfileRow>();
    ProfileRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.description = q.value(2).toString();
    row.userCount = q.value(3).toInt();
    q.finish();
    q.prepare(QStringLiteral("SELECT permission FROM profile_permissions WHERE profile_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q);
    QStringList permissions;
    while (q.next())
        permissions.append(q.value(0).toString());
    // Names written by hand or by an older version and unknown to this one stay visible rather than vanish.
    QStringList ordered = inCatalogOrder(permissions);
    for (const QString& permission : std::as_const(permissions)) {
        if (!ordered.contains(permission))
            ordered.append(permission);
    }
    row.permissions = ordered;
    return std::optional<ProfileRow>(row);
}

Status AccessProfileService::checkName(const QString& name, qint64 exceptId) {
    if (name.isEmpty()) {
        return Error::make(Error::Code::InvalidInput, tr("Enter a name for the access profile."),
                           QStringLiteral("empty profile name"));
    }
    if (name.size() > MaxNameLength || hasControlCharacters(name)) {
        return Error::make(
            Error::Code::InvalidInput,
            tr("The profile name must be a single line of at most %n characters.", nullptr, MaxNameLength),
            QStringLiteral("invalid profile name"));
    }
    // Compared here rather than in SQL: SQLite's NOCASE ignores case only for ASCII letters.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM access_profiles WHERE id <> ?"));
    q.addBindValue(exceptId);
    if (!q.exec())
        return storageError(q);
    while (q.next()) {
        if (q.value(0).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return Error::make(Error::Code::Conflict,
                               tr("There is already an access profile called “%1”. Choose another name.").arg(name),
                               QStringLiteral("profile name taken"));
        }
    }
    return {};
}

Result<QStringList> AccessProfileService::validPermissions(const QStringList& permissions) {
    for (const QString& permission : permissions) {
        if (!PermissionCatalog::isKnown(permission)) {
            // The name is shown as typed, trimmed to a sensible length: it came from outside (CLI, import).
            return Error::make(
                Error::Code::InvalidInput,
                tr("“%1” is not a permission this program knows. Choose from the list.").arg(permission.left(60)),
                QStringLiteral("unknown permission"));
        }
    }
    return inCatalogOrder(permissions);
}

Status AccessProfileService::writePermissions(qint64 profileId, const QStringList& permissions) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO profile_permissions (profile_id, permission) VALUES (?, ?)"));
    for (const QString& permission : permissions) {
        q.addBindValue(profileId);
        q.addBindValue(permission);
        if (!q.exec())
            return storageError(q);
    }
    return {};
}

Status AccessProfileService::keepingAdministration(const std::function<Status()>& change) {
    auto profilesBefore = AccessGuard::fullAdminProfileCount(m_db);
    if (!profilesBefore)
        return profilesBefore.error();
    auto usersBefore = AccessGuard::activeUserAdminCount(m_db);
    if (!usersBefore)
        return usersBefore.error();
    if (Status s = change(); !s)
        return s;
    auto profilesAfter = AccessGuard::fullAdminProfileCount(m_db);
    if (!profilesAfter)
        return profilesAfter.error();
    auto usersAfter = AccessGuard::activeUserAdminCount(m_db);
    if (!usersAfter)
        return usersAfter.error();
    if (*profilesBefore > 0 && *profilesAfter == 0) {
        return Error::make(Error::Code::Conflict,
                           tr("At least one access profile must be able to administer both users and access "
                              "profiles; otherwise nobody could repair access later. Keep those two permissions in "
                              "this profile, or grant them to another one first."),
                           QStringLiteral("would leave no profile with user.admin and profile.admin"));
    }
    if (*usersBefore > 0 && *usersAfter == 0) {
        return Error::make(Error::Code::Conflict,
                           tr("No active user would be left able to administer users. Give another active user a "
                              "profile with that permission first."),
                           QStringLiteral("would leave no active user with user.admin"));
    }
    return {};
}

Status AccessProfileService::inTransaction(const std::function<Status()>& work) {
    return m_db.inTransaction(work, storageError(QString()).userMessage);
}

} // namespace atende
