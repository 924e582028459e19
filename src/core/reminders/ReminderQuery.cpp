#include "reminders/ReminderQuery.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Columns =
    QStringLiteral("SELECT t.id, t.protocol, t.title, c.name, u.name, %1 FROM tickets t "
                   "LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN users u ON u.id = t.responsible_id ");

} // namespace

ReminderQuery::ReminderQuery(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_guard(db, clock) {}

Result<QList<Reminder>> ReminderQuery::read(const QString& sql, const QVariantList& binds, qint64 addToDue) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::make(Error::Code::Storage, tr("Could not read the reminders."), q.lastError().text());
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error::make(Error::Code::Storage, tr("Could not read the reminders."), q.lastError().text());
    const qint64 now = m_clock.nowMs();
    QList<Reminder> reminders;
    while (q.next()) {
        Reminder r;
        r.ticketId = q.value(0).toLongLong();
        r.protocol = q.value(1).toString();
        r.title = q.value(2).toString();
        r.customerName = q.value(3).toString();
        r.responsibleName = q.value(4).toString();
        r.dueAtMs = q.value(5).toLongLong() + addToDue;
        r.overdue = r.dueAtMs < now;
        reminders.append(r);
    }
    return reminders;
}

Result<QList<Reminder>> ReminderQuery::dueFor(const Actor& actor, qint64 horizonMs) {
    if (Status s = m_guard.require(actor, Permission::TicketView, QStringLiteral("reminder"), std::nullopt,
                                   QStringLiteral("list"));
        !s)
        return s.error();
    // The partial next-action index bounds the read to the tickets due before the horizon; the responsible and
    // the status are checked on those rows only.
    const QString sql = Columns.arg(QStringLiteral("t.next_action_at")) +
                        QStringLiteral("WHERE t.next_action_at < ? AND +t.responsible_id = ? AND t.status_id IN "
                                       "(SELECT id FROM workflow_statuses WHERE is_closed = 0) "
                                       "ORDER BY t.next_action_at, t.id LIMIT 500");
    return read(sql, {m_clock.nowMs() + horizonMs, actor.userId()}, 0);
}

Result<QList<Reminder>> ReminderQuery::analysisOverdue(const Actor& actor) {
    if (Status s = m_guard.require(actor, Permission::TicketSupervise, QStringLiteral("reminder"), std::nullopt,
                                   QStringLiteral("analysis_limit"));
        !s)
        return s.error();
    const QString sql = Columns.arg(QStringLiteral("t.updated_at")) +
                        QStringLiteral("WHERE t.status_id = (SELECT id FROM workflow_statuses WHERE code = ?) "
                                       "AND t.updated_at < ? ORDER BY t.updated_at, t.id LIMIT 500");
    return read(sql, {QString::fromLatin1(SupervisionStatusCode), m_clock.nowMs() - AnalysisLimitMs}, AnalysisLimitMs);
}

} // namespace atende
