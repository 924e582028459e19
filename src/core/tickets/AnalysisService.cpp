#include "tickets/AnalysisService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Columns = QStringLiteral("id, ticket_id, analyst_id, is_database, started_at, estimated_minutes, "
                                       "callback_at, limit_at, finished_at, escalated_at, note");

TicketAnalysis readAnalysis(const QSqlQuery& q) {
    TicketAnalysis a;
    a.id = q.value(0).toLongLong();
    a.ticketId = q.value(1).toLongLong();
    a.analystId = TicketStore::optionalId(q.value(2));
    a.isDatabase = q.value(3).toInt() != 0;
    a.startedAt = q.value(4).toLongLong();
    a.estimatedMinutes = q.value(5).toInt();
    a.callbackAt = TicketStore::optionalId(q.value(6));
    a.limitAt = TicketStore::optionalId(q.value(7));
    a.finishedAt = TicketStore::optionalId(q.value(8));
    a.escalatedAt = TicketStore::optionalId(q.value(9));
    a.note = q.value(10).toString();
    return a;
}

} // namespace

AnalysisService::AnalysisService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock)
    , m_store(db) {}

int AnalysisService::limitHours() {
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT value FROM app_settings WHERE key = 'analysis.limit_hours'")) && q.next()) {
        bool ok = false;
        const int v = q.value(0).toString().toInt(&ok);
        if (ok && v > 0)
            return v;
    }
    return DefaultLimitHours;
}

Result<TicketAnalysis> AnalysisService::start(const Actor& actor, qint64 ticketId, int estimatedMinutes,
                                              bool isDatabase, std::optional<qint64> callbackAt, const QString& note) {
    if (Status s =
            m_guard.require(actor, Permission::TicketEdit, TicketService::Entity, ticketId, QStringLiteral("analysis"));
        !s)
        return s.error();
    if (estimatedMinutes < 0 || estimatedMinutes > 60 * 24 * 90)
        return Error::make(Error::Code::InvalidInput, tr("The estimated time must be between 0 and 90 days."),
                           QStringLiteral("bad estimate"));
    const qint64 now = m_clock.nowMs();
    if (callbackAt && *callbackAt < now)
        return Error::make(Error::Code::InvalidInput, tr("The callback must be scheduled in the future."),
                           QStringLiteral("callback in the past"));
    TicketAnalysis a;
    a.ticketId = ticketId;
    a.analystId = actor.isValid() ? std::optional<qint64>(actor.userId()) : std::nullopt;
    a.isDatabase = isDatabase;
    a.startedAt = now;
    a.estimatedMinutes = estimatedMinutes;
    a.callbackAt = callbackAt;
    if (isDatabase)
        a.limitAt = now + qint64(limitHours()) * 3600 * 1000;
    a.note = note.trimmed();
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto loaded = m_store.load(ticketId);
            if (!loaded)
                return loaded.error();
            if (!*loaded)
                return TicketStore::notFound();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO ticket_analyses (ticket_id, analyst_id, is_database, started_at, "
                "estimated_minutes, callback_at, limit_at, note) VALUES (?,?,?,?,?,?,?,?) RETURNING id"));
            q.addBindValue(ticketId);
            q.addBindValue(TicketStore::nullableId(a.analystId));
            q.addBindValue(a.isDatabase ? 1 : 0);
            q.addBindValue(a.startedAt);
            q.addBindValue(a.estimatedMinutes);
            q.addBindValue(TicketStore::nullableId(a.callbackAt));
            q.addBindValue(TicketStore::nullableId(a.limitAt));
            q.addBindValue(TicketStore::text(a.note));
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            a.id = Database::returnedId(q);
            QList<FieldChange> changes{FieldChange{QStringLiteral("analysis"), {}, a.id},
                                       FieldChange{QStringLiteral("analysis.estimated_minutes"), {}, estimatedMinutes}};
            if (callbackAt) {
                // The callback is the ticket's next action: reminders and queues show it.
                Ticket before = **loaded;
                Ticket after = before;
                after.nextActionAt = callbackAt;
                after.updatedAt = now;
                auto ok = m_store.update(after);
                if (!ok)
                    return ok.error();
                if (!*ok)
                    return TicketStore::conflict();
                changes += TicketService::diff(before, after);
            }
            return m_audit.record(actor, TicketService::Entity, ticketId, QStringLiteral("analysis"), changes);
        },
        tr("Could not save the analysis."));
    if (!done)
        return done.error();
    return a;
}

Status AnalysisService::finish(const Actor& actor, qint64 analysisId, const QString& note) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ticket_id FROM ticket_analyses WHERE id = ?"));
    q.addBindValue(analysisId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("This analysis does not exist."), QStringLiteral("analysis"));
    const qint64 ticketId = q.value(0).toLongLong();
    if (Status s =
            m_guard.require(actor, Permission::TicketEdit, TicketService::Entity, ticketId, QStringLiteral("analysis"));
        !s)
        return s;
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE ticket_analyses SET finished_at = ?, note = CASE WHEN ? = '' THEN note "
                                     "ELSE ? END WHERE id = ? AND finished_at IS NULL"));
            u.addBindValue(m_clock.nowMs());
            u.addBindValue(note.trimmed());
            u.addBindValue(note.trimmed());
            u.addBindValue(analysisId);
            if (!u.exec())
                return TicketStore::storageError(u.lastError().text());
            return m_audit.record(actor, TicketService::Entity, ticketId, QStringLiteral("analysis_finished"),
                                  {FieldChange{QStringLiteral("analysis"), analysisId, {}}});
        },
        tr("Could not save the analysis."));
}

Result<QList<TicketAnalysis>> AnalysisService::ofTicket(const Actor& actor, qint64 ticketId) {
    if (Status s =
            m_guard.require(actor, Permission::TicketView, TicketService::Entity, ticketId, QStringLiteral("view"));
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ticket_analyses WHERE ticket_id = ? ORDER BY id").arg(Columns));
    q.addBindValue(ticketId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    QList<TicketAnalysis> out;
    while (q.next())
        out.append(readAnalysis(q));
    return out;
}

Result<int> AnalysisService::escalateOverdueAnalyses(const Clock& clock) {
    const qint64 now = clock.nowMs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ticket_analyses WHERE finished_at IS NULL AND escalated_at IS NULL AND "
                             "limit_at IS NOT NULL AND limit_at <= ? ORDER BY limit_at")
                  .arg(Columns));
    q.addBindValue(now);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    QList<TicketAnalysis> overdue;
    while (q.next())
        overdue.append(readAnalysis(q));
    int moved = 0;
    for (const TicketAnalysis& a : std::as_const(overdue)) {
        Status s = escalate(a, now);
        if (!s) {
            log::error("escalating analysis {} of ticket {} failed: {}", a.id, a.ticketId,
                       s.error().detail.toStdString());
            return s.error();
        }
        ++moved;
    }
    return moved;
}

Status AnalysisService::escalate(const TicketAnalysis& a, qint64 now) {
    TicketService tickets(m_db, m_clock);
    auto engine = tickets.engine();
    if (!engine)
        return engine.error();
    const WorkflowStatus* target = engine->definition().statusByCode(SupervisorStatusCode);
    if (!target)
        return Error::make(Error::Code::InvalidInput,
                           tr("The workflow has no \"Análise de Supervisão\" status (code %1): overdue analyses "
                              "cannot be escalated.")
                               .arg(SupervisorStatusCode),
                           QStringLiteral("no supervisor status"));
    const Actor system; // the system acts: audit rows without a user
    return m_db.inTransaction(
        [&]() -> Status {
            auto loaded = m_store.load(a.ticketId);
            if (!loaded)
                return loaded.error();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE ticket_analyses SET escalated_at = ? WHERE id = ?"));
            q.addBindValue(now);
            q.addBindValue(a.id);
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            if (!*loaded)
                return {};
            Ticket before = **loaded;
            const WorkflowStatus* from = engine->definition().status(before.statusId);
            if (!from || from->isClosed || from->id == target->id)
                return {}; // already finished or with the supervisors: nothing to move
            Ticket after = before;
            engine->applyStatusChange(after, *from, *target, now);
            after.updatedAt = now;
            Interaction note;
            note.ticketId = after.id;
            note.at = now;
            note.kind = QStringLiteral("system");
            note.channel = QStringLiteral("internal");
            note.text = tr("The database analysis passed its %1-hour limit: the ticket went to %2.")
                            .arg(limitHours())
                            .arg(target->name);
            auto noteId = m_store.insertInteraction(note);
            if (!noteId)
                return noteId.error();
            auto ok = m_store.update(after);
            if (!ok)
                return ok.error();
            if (!*ok)
                return TicketStore::conflict();
            after.rowVersion += 1;
            if (Status s = m_store.writeSearchRow(after, true); !s)
                return s;
            if (Status s = m_audit.record(system, TicketService::Entity, after.id, QStringLiteral("escalation"),
                                          TicketService::diff(before, after));
                !s)
                return s;
            // The leaders of the ticket's sector, or every leader when the sector has none.
            const QString leaders = QStringLiteral(
                "SELECT u.id FROM users u JOIN profile_permissions p ON p.profile_id = u.profile_id AND p.permission = "
                "'ticket.supervise' WHERE u.active = 1");
            q.prepare(leaders + QStringLiteral(" AND u.sector_id IS NOT DISTINCT FROM ?"));
            q.addBindValue(TicketStore::nullableId(after.sectorId));
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            QList<qint64> ids;
            while (q.next())
                ids.append(q.value(0).toLongLong());
            if (ids.isEmpty()) {
                if (!q.exec(leaders))
                    return TicketStore::storageError(q.lastError().text());
                while (q.next())
                    ids.append(q.value(0).toLongLong());
            }
            const QString message = tr("Ticket %1 (%2): the database analysis passed its limit and is waiting for "
                                       "supervisor analysis.")
                                        .arg(after.protocol, after.title);
            for (qint64 id : std::as_const(ids)) {
                q.prepare(QStringLiteral("INSERT INTO notifications (user_id, ticket_id, kind, message, created_at) "
                                         "VALUES (?, ?, 'analysis_overdue', ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(after.id);
                q.addBindValue(message);
                q.addBindValue(now);
                if (!q.exec())
                    return TicketStore::storageError(q.lastError().text());
            }
            return {};
        },
        tr("Could not escalate the overdue analysis."));
}

} // namespace atende
