#include "call/CallDraftStore.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Entity = QStringLiteral("call_draft");

Error queryError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage,
                       CallDraftStore::tr("The call draft could not be saved or read. What is on screen is kept; "
                                          "Atende tries again at the next change."),
                       q.lastError().text());
}

} // namespace

CallDraftStore::CallDraftStore(Database& db, const Clock& clock, QString workstation)
    : m_db(db)
    , m_clock(clock)
    , m_workstation(std::move(workstation))
    , m_guard(db, clock) {}

Status CallDraftStore::save(const Actor& actor, const CallDraft& draft) {
    // The permission is checked in the Actor only: a draft is saved every second and must not cost a query or
    // leave 'denied' rows at that rate; the call itself checked the database when it started.
    if (!actor.can(Permission::CallRun))
        return m_guard.require(actor, Permission::CallRun, Entity, std::nullopt, QStringLiteral("save"));
    const QByteArray payload = QJsonDocument(draft.payload).toJson(QJsonDocument::Compact);
    if (payload.size() > MaxPayloadBytes)
        return Error::make(Error::Code::InvalidInput, tr("The call draft is too large to be saved."));
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.connection());
    // The CAST: PostgreSQL would type a bare "? > 0" as integer, too small for a time in milliseconds.
    q.prepare(QStringLiteral(
        "INSERT INTO call_drafts(user_id, workstation, protocol, stage, customer_id, payload, started_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(user_id, workstation) DO UPDATE SET protocol = excluded.protocol, "
        "stage = excluded.stage, customer_id = excluded.customer_id, payload = excluded.payload, "
        "started_at = CASE WHEN CAST(? AS BIGINT) > 0 THEN excluded.started_at ELSE call_drafts.started_at END, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(actor.userId());
    q.addBindValue(m_workstation);
    q.addBindValue(draft.protocol.isNull() ? QString(QLatin1String("")) : draft.protocol);
    q.addBindValue(draft.stage.isNull() ? QString(QLatin1String("")) : draft.stage);
    q.addBindValue(draft.customerId ? QVariant(*draft.customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QString::fromUtf8(payload));
    q.addBindValue(draft.startedAt > 0 ? draft.startedAt : now);
    q.addBindValue(now);
    q.addBindValue(draft.startedAt);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<std::optional<CallDraft>> CallDraftStore::load(const Actor& actor) {
    if (Status s = m_guard.require(actor, Permission::CallRun, Entity, std::nullopt, QStringLiteral("load")); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT protocol, stage, customer_id, payload, started_at, updated_at FROM call_drafts "
                             "WHERE user_id = ? AND workstation = ?"));
    q.addBindValue(actor.userId());
    q.addBindValue(m_workstation);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<CallDraft>();
    CallDraft draft;
    draft.protocol = q.value(0).toString();
    draft.stage = q.value(1).toString();
    if (!q.value(2).isNull())
        draft.customerId = q.value(2).toLongLong();
    draft.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    draft.startedAt = q.value(4).toLongLong();
    draft.updatedAt = q.value(5).toLongLong();
    return std::optional<CallDraft>(draft);
}

Status CallDraftStore::discard(const Actor& actor) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM call_drafts WHERE user_id = ? AND workstation = ?"));
    q.addBindValue(actor.userId());
    q.addBindValue(m_workstation);
    if (!q.exec())
        return queryError(q);
    return {};
}

} // namespace atende
