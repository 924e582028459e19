#include "auth/AccessGuard.h"

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "auth/Permission.h"
#include "auth/PermissionCatalog.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

Error storageError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage,
                       AccessGuard::tr("Could not check your access rights. Try again; if it keeps failing, ask an "
                                       "administrator to check the database."),
                       q.lastError().text());
}

Result<int> countOf(Database& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return storageError(q);
    return q.value(0).toInt();
}

} // namespace

AccessGuard::AccessGuard(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Status AccessGuard::require(const Actor& actor, const QString& permission, const QString& entity,
                            std::optional<qint64> entityId, const QString& operation) {
    return requireAny(actor, QStringList{permission}, entity, entityId, operation);
}

Status AccessGuard::requireAny(const Actor& actor, const QStringList& permissions, const QString& entity,
                               std::optional<qint64> entityId, const QString& operation) {
    for (const QString& permission : permissions) {
        if (!actor.isValid() || !actor.can(permission))
            continue;
        auto granted = grantedNow(actor, permission);
        if (!granted)
            return granted.error();
        if (*granted)
            return {};
    }

    recordDenied(actor, entity, entityId, operation, permissions);
    QStringList labels;
    for (const QString& permission : permissions)
        labels << QStringLiteral("“%1”").arg(PermissionCatalog::label(permission));
    const QString message =
        permissions.size() == 1
            ? tr("You are not allowed to do this: it needs the permission %1, which your access profile does not "
                 "grant. Ask an administrator.")
                  .arg(labels.constFirst())
            : tr("You are not allowed to do this: it needs one of the permissions %1, which your access profile "
                 "does not grant. Ask an administrator.")
                  .arg(labels.join(tr(" or ")));
    return Error::make(
        Error::Code::PermissionDenied, message,
        QStringLiteral("permission denied: %1 needs %2").arg(operation, permissions.join(QLatin1Char('|'))));
}

Result<bool> AccessGuard::grantedNow(const Actor& actor, const QString& permission) {
    // Every service call starts here: the statement is prepared once per connection.
    QSqlQuery& q = m_db.cached(QStringLiteral("SELECT count(*) FROM users u JOIN profile_permissions p ON "
                                              "p.profile_id = u.profile_id WHERE u.id = ? AND u.active = 1 AND "
                                              "p.permission = ?"));
    q.bindValue(0, actor.userId());
    q.bindValue(1, permission);
    if (!q.exec() || !q.next()) {
        Error error = storageError(q);
        q.finish();
        return error;
    }
    const bool granted = q.value(0).toInt() > 0;
    q.finish();
    return granted;
}

void AccessGuard::recordDenied(const Actor& actor, const QString& entity, std::optional<qint64> entityId,
                               const QString& operation, const QStringList& permissions) {
    log::warn("permission denied: user {} tried {} on {} without {}", actor.userId(), operation.toStdString(),
              entity.toStdString(), permissions.join(QLatin1Char('|')).toStdString());
    AuditLog audit(m_db, m_clock);
    const QList<FieldChange> changes{FieldChange{operation, QVariant(), permissions.join(QLatin1Char('|'))}};
    // Inside a caller's transaction the row shares its fate; on its own it gets a transaction of its own.
    const bool ownTransaction = !m_db.inTransactionNow();
    if (ownTransaction && !m_db.begin()) {
        log::error("could not record a denied attempt: {}", m_db.lastErrorDetail().toStdString());
        return;
    }
    // An Actor whose user does not exist (forged, or deleted since) would fail the user_id foreign key; the attempt
    // is still recorded, as the system's, with the id it claimed. Asked first rather than tried: on PostgreSQL a
    // failed insert aborts the caller's whole transaction.
    Status recorded;
    const auto userExists =
        actor.isValid() ? countOf(m_db, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {actor.userId()})
                        : Result<int>(0);
    if (!userExists) {
        recorded = userExists.error();
    } else if (actor.isValid() && *userExists == 0) {
        QList<FieldChange> claimed = changes;
        claimed.append(FieldChange{QStringLiteral("claimed_user_id"), QVariant(), actor.userId()});
        recorded = audit.record(Actor(), entity, entityId, QStringLiteral("denied"), claimed);
    } else {
        recorded = audit.record(actor, entity, entityId, QStringLiteral("denied"), changes);
    }
    if (!recorded)
        log::error("could not record a denied attempt: {}", recorded.error().detail.toStdString());
    if (!ownTransaction)
        return;
    if (!recorded || !m_db.commit()) {
        m_db.rollback();
    }
}

Result<int> AccessGuard::activeUserAdminCount(Database& db) {
    return countOf(db,
                   QStringLiteral("SELECT count(*) FROM users u WHERE u.active = 1 AND EXISTS (SELECT 1 FROM "
                                  "profile_permissions p WHERE p.profile_id = u.profile_id AND p.permission = ?)"),
                   {Permission::UserAdmin});
}

Result<int> AccessGuard::fullAdminProfileCount(Database& db) {
    return countOf(
        db,
        QStringLiteral("SELECT count(*) FROM access_profiles a WHERE EXISTS (SELECT 1 FROM "
                       "profile_permissions p WHERE p.profile_id = a.id AND p.permission = ?) AND EXISTS "
                       "(SELECT 1 FROM profile_permissions p WHERE p.profile_id = a.id AND p.permission = ?)"),
        {Permission::UserAdmin, Permission::ProfileAdmin});
}

} // namespace atende
