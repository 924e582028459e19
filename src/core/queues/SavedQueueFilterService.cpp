#include "queues/SavedQueueFilterService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Entity = QStringLiteral("queue_filter");

Error storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       SavedQueueFilterService::tr("Could not read or save the queue filters. Try again; if it keeps "
                                                   "failing, check the database (atendectl check)."),
                       detail);
}

QString definitionText(const QueueFilter& filter) {
    return QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

SavedQueueFilterService::SavedQueueFilterService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_guard(db, clock)
    , m_audit(db, clock) {}

Result<QList<SavedQueueFilter>> SavedQueueFilterService::list(const Actor& actor) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, std::nullopt, QStringLiteral("list")); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT f.id, f.owner_id, u.name, f.name, f.shared, f.definition "
                             "FROM saved_queue_filters f JOIN users u ON u.id = f.owner_id "
                             "WHERE f.owner_id = ? OR f.shared = 1 "
                             "ORDER BY atende_fold(f.name), f.owner_id <> ?, f.id"));
    q.addBindValue(actor.userId());
    q.addBindValue(actor.userId());
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<SavedQueueFilter> filters;
    while (q.next()) {
        SavedQueueFilter f;
        f.id = q.value(0).toLongLong();
        f.ownerId = q.value(1).toLongLong();
        f.ownerName = q.value(2).toString();
        f.name = q.value(3).toString();
        f.shared = q.value(4).toInt() != 0;
        f.filter = QueueFilter::fromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
        filters.append(f);
    }
    return filters;
}

Result<qint64> SavedQueueFilterService::save(const Actor& actor, const QString& name, const QueueFilter& filter,
                                             bool shared) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, std::nullopt, QStringLiteral("save")); !s)
        return s.error();
    if (shared) {
        if (Status s =
                m_guard.require(actor, Permission::TicketSupervise, Entity, std::nullopt, QStringLiteral("share"));
            !s)
            return s.error();
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxNameLength)
        return Error::make(Error::Code::InvalidInput,
                           tr("Give the filter a name of 1 to %1 characters.").arg(MaxNameLength),
                           QStringLiteral("invalid fields: name"));
    const QString definition = definitionText(filter);
    const qint64 now = m_clock.nowMs();
    qint64 id = 0;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery find(m_db.connection());
            find.prepare(QStringLiteral(
                "SELECT id, shared, definition FROM saved_queue_filters WHERE owner_id = ? AND name = ?"));
            find.addBindValue(actor.userId());
            find.addBindValue(trimmed);
            if (!find.exec())
                return storageError(find.lastError().text());
            QSqlQuery write(m_db.connection());
            if (find.next()) {
                id = find.value(0).toLongLong();
                const bool wasShared = find.value(1).toInt() != 0;
                const QString oldDefinition = find.value(2).toString();
                write.prepare(QStringLiteral(
                    "UPDATE saved_queue_filters SET shared = ?, definition = ?, updated_at = ? WHERE id = ?"));
                write.addBindValue(shared ? 1 : 0);
                write.addBindValue(definition);
                write.addBindValue(now);
                write.addBindValue(id);
                if (!write.exec())
                    return storageError(write.lastError().text());
                QList<FieldChange> changes;
                if (wasShared != shared)
                    changes.append({QStringLiteral("shared"), int(wasShared), int(shared)});
                if (oldDefinition != definition)
                    changes.append({QStringLiteral("definition"), oldDefinition, definition});
                return m_audit.record(actor, Entity, id, QStringLiteral("update"), changes);
            }
            write.prepare(QStringLiteral("INSERT INTO saved_queue_filters(owner_id, name, shared, definition, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
            write.addBindValue(actor.userId());
            write.addBindValue(trimmed);
            write.addBindValue(shared ? 1 : 0);
            write.addBindValue(definition);
            write.addBindValue(now);
            write.addBindValue(now);
            if (!write.exec())
                return storageError(write.lastError().text());
            id = Database::returnedId(write);
            return m_audit.record(actor, Entity, id, QStringLiteral("create"),
                                  {{QStringLiteral("name"), QVariant(), trimmed},
                                   {QStringLiteral("shared"), QVariant(), int(shared)},
                                   {QStringLiteral("definition"), QVariant(), definition}});
        },
        tr("Could not save the queue filter."));
    if (!done)
        return done.error();
    return id;
}

Status SavedQueueFilterService::remove(const Actor& actor, qint64 id) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, id, QStringLiteral("delete")); !s)
        return s;
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT owner_id, shared, name FROM saved_queue_filters WHERE id = ?"));
    find.addBindValue(id);
    if (!find.exec())
        return storageError(find.lastError().text());
    const bool visible = find.next() && (find.value(0).toLongLong() == actor.userId() || find.value(1).toInt() != 0);
    if (!visible)
        return Error::make(Error::Code::NotFound, tr("This queue filter no longer exists. Refresh the list."),
                           QStringLiteral("queue filter not found"));
    const QString name = find.value(2).toString();
    if (find.value(0).toLongLong() != actor.userId()) {
        // Someone else's shared filter: only whoever may steer the shared queues removes it.
        if (Status s = m_guard.require(actor, Permission::TicketSupervise, Entity, id, QStringLiteral("delete")); !s)
            return s;
    }
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM saved_queue_filters WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return storageError(q.lastError().text());
            return m_audit.record(actor, Entity, id, QStringLiteral("delete"),
                                  {{QStringLiteral("name"), name, QVariant()}});
        },
        tr("Could not delete the queue filter."));
}

} // namespace atende
