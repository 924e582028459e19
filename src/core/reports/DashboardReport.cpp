#include "reports/DashboardReport.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <map>

namespace atende {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;
const QString OpenStatuses = QStringLiteral("(SELECT id FROM workflow_statuses WHERE is_closed = 0)");

qint64 dayStartMs(const QDate& day, int utcOffsetSeconds) {
    return QDate(1970, 1, 1).daysTo(day) * DayMs - qint64(utcOffsetSeconds) * 1000;
}

} // namespace

qint64 DashboardReport::Period::startMs() const {
    return dayStartMs(from, utcOffsetSeconds);
}

qint64 DashboardReport::Period::endMs() const {
    return dayStartMs(to, utcOffsetSeconds) + DayMs;
}

DashboardReport::DashboardReport(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_guard(db, clock) {}

namespace {

// Prepares `sql`, binds the period (and the sector when the text asks for it) and runs it.
Status run(QSqlQuery& q, const QString& sql, const DashboardReport::Period& p, qint64 nowMs) {
    if (!q.prepare(sql))
        return Error::make(Error::Code::Storage, DashboardReport::tr("Could not compute the dashboard."),
                           q.lastError().text());
    q.bindValue(QStringLiteral(":from"), p.startMs());
    q.bindValue(QStringLiteral(":to"), p.endMs());
    if (sql.contains(QLatin1String(":sector")))
        q.bindValue(QStringLiteral(":sector"), p.sectorId.value_or(0));
    if (sql.contains(QLatin1String(":offset")))
        q.bindValue(QStringLiteral(":offset"), p.utcOffsetSeconds);
    if (sql.contains(QLatin1String(":now")))
        q.bindValue(QStringLiteral(":now"), nowMs);
    if (!q.exec())
        return Error::make(Error::Code::Storage, DashboardReport::tr("Could not compute the dashboard."),
                           q.lastError().text());
    return {};
}

} // namespace

Result<DashboardFigures> DashboardReport::compute(const Actor& actor, const Period& period) {
    if (Status s = m_guard.require(actor, Permission::ReportView, QStringLiteral("report"), std::nullopt,
                                   QStringLiteral("dashboard"));
        !s)
        return s.error();
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return Error::make(Error::Code::InvalidInput, tr("Choose a period whose first day is not after its last day."),
                           QStringLiteral("invalid fields: period"));
    if (period.from.daysTo(period.to) >= MaxDays)
        return Error::make(Error::Code::InvalidInput, tr("Choose a period of at most %1 days.").arg(MaxDays),
                           QStringLiteral("invalid fields: period"));
    DashboardFigures figures;
    Status s = volume(period, figures);
    if (s)
        s = backlog(period, figures);
    if (s)
        s = breaches(period, figures);
    if (s)
        s = responseTimes(period, figures);
    if (s)
        s = shortCalls(period, figures);
    if (!s)
        return s.error();
    return figures;
}

Status DashboardReport::volume(const Period& p, DashboardFigures& f) {
    QString sql = QStringLiteral("SELECT (c.started_at / 1000 + :offset) / 86400 AS day, c.channel, count(*) "
                                 "FROM contact_records c ");
    if (p.sectorId)
        sql += QStringLiteral("JOIN tickets t ON t.id = c.ticket_id AND t.sector_id = :sector ");
    sql += QStringLiteral("WHERE c.started_at >= :from AND c.started_at < :to GROUP BY day, c.channel "
                          "ORDER BY day, c.channel");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = run(q, sql, p, m_clock.nowMs()); !s)
        return s;
    while (q.next())
        f.volume.append(
            {QDate(1970, 1, 1).addDays(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toLongLong()});
    return {};
}

Status DashboardReport::backlog(const Period& p, DashboardFigures& f) {
    QString inner =
        QStringLiteral("SELECT status_id, sector_id, count(*) AS n FROM tickets WHERE status_id IN ") + OpenStatuses;
    if (p.sectorId)
        inner += QStringLiteral(" AND sector_id = :sector");
    inner += QStringLiteral(" GROUP BY status_id, sector_id");
    const QString sql = QStringLiteral("SELECT b.status_id, s.name, b.sector_id, sec.name, b.n FROM (") + inner +
                        QStringLiteral(") b JOIN workflow_statuses s ON s.id = b.status_id "
                                       "LEFT JOIN sectors sec ON sec.id = b.sector_id "
                                       "ORDER BY s.sort_order, s.id, coalesce(sec.name, ''), b.sector_id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = run(q, sql, p, m_clock.nowMs()); !s)
        return s;
    while (q.next())
        f.backlog.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toString(), q.value(4).toLongLong()});
    return {};
}

Status DashboardReport::breaches(const Period& p, DashboardFigures& f) {
    QString sql =
        QStringLiteral(
            "SELECT t.sector_id, sec.name, count(*) FROM tickets t LEFT JOIN sectors sec ON sec.id = t.sector_id "
            "WHERE t.deadline_at >= :from AND t.deadline_at < :to AND t.deadline_at < :now "
            "AND ((t.resolved_at IS NOT NULL AND t.resolved_at > t.deadline_at) "
            "OR (t.resolved_at IS NULL AND t.status_id IN ") +
        OpenStatuses + QStringLiteral("))");
    if (p.sectorId)
        sql += QStringLiteral(" AND t.sector_id = :sector");
    sql += QStringLiteral(" GROUP BY t.sector_id, sec.name ORDER BY coalesce(sec.name, ''), t.sector_id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = run(q, sql, p, m_clock.nowMs()); !s)
        return s;
    while (q.next())
        f.breaches.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return {};
}

Status DashboardReport::responseTimes(const Period& p, DashboardFigures& f) {
    // One pass over the period's tickets grouped by (responsible, sector) with sums and counts; both views are
    // added up here, so the tickets are read once (they are the dashboard's biggest read).
    QString sql = QStringLiteral(
        "SELECT g.responsible_id, u.name, g.sector_id, sec.name, g.n, g.responded, g.response_sum, g.resolved, "
        "g.resolution_sum FROM (SELECT t.responsible_id, t.sector_id, count(*) AS n, "
        "count(t.first_response_at) AS responded, coalesce(sum(t.first_response_at - t.opened_at), 0) AS response_sum, "
        "count(t.resolved_at) AS resolved, coalesce(sum(t.resolved_at - t.opened_at), 0) AS resolution_sum "
        "FROM tickets t WHERE t.opened_at >= :from AND t.opened_at < :to");
    if (p.sectorId)
        sql += QStringLiteral(" AND t.sector_id = :sector");
    sql += QStringLiteral(" GROUP BY t.responsible_id, t.sector_id) g LEFT JOIN users u ON u.id = g.responsible_id "
                          "LEFT JOIN sectors sec ON sec.id = g.sector_id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = run(q, sql, p, m_clock.nowMs()); !s)
        return s;
    struct Sums {
        QString name;
        qint64 tickets = 0, responded = 0, resolved = 0;
        double responseSum = 0, resolutionSum = 0;
    };
    // Keyed by (name, id), the order the charts list them in; id 0: nobody / no sector.
    std::map<std::pair<QString, qint64>, Sums> agents, sectors;
    const auto add = [](Sums& into, const QString& name, const QSqlQuery& row) {
        into.name = name;
        into.tickets += row.value(4).toLongLong();
        into.responded += row.value(5).toLongLong();
        into.responseSum += row.value(6).toDouble();
        into.resolved += row.value(7).toLongLong();
        into.resolutionSum += row.value(8).toDouble();
    };
    while (q.next()) {
        const qint64 agent = q.value(0).toLongLong();
        const qint64 sector = q.value(2).toLongLong();
        add(agents[{q.value(1).toString(), agent}], q.value(1).toString(), q);
        add(sectors[{q.value(3).toString(), sector}], q.value(3).toString(), q);
    }
    const auto fill = [](const std::map<std::pair<QString, qint64>, Sums>& groups,
                         QList<DashboardFigures::ResponseTimes>& out) {
        for (const auto& [key, sums] : groups) {
            DashboardFigures::ResponseTimes r;
            r.id = key.second;
            r.name = sums.name;
            r.tickets = sums.tickets;
            r.responded = sums.responded;
            r.avgFirstResponseMs = sums.responded ? qint64(std::llround(sums.responseSum / double(sums.responded))) : 0;
            r.resolved = sums.resolved;
            r.avgResolutionMs = sums.resolved ? qint64(std::llround(sums.resolutionSum / double(sums.resolved))) : 0;
            out.append(r);
        }
    };
    fill(agents, f.byAgent);
    fill(sectors, f.bySector);
    return {};
}

Status DashboardReport::shortCalls(const Period& p, DashboardFigures& f) {
    QString sql =
        QStringLiteral(
            "SELECT c.agent_id, u.name, count(*) FROM contact_records c LEFT JOIN users u ON u.id = c.agent_id "
            "WHERE c.started_at >= :from AND c.started_at < :to AND c.channel = 'phone' AND c.ticket_id IS NULL "
            "AND c.ended_at IS NOT NULL AND c.ended_at - c.started_at < ") +
        QString::number(ShortCallMs);
    if (p.sectorId)
        sql += QStringLiteral(" AND u.sector_id = :sector");
    sql += QStringLiteral(" GROUP BY c.agent_id, u.name ORDER BY count(*) DESC, coalesce(u.name, '')");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = run(q, sql, p, m_clock.nowMs()); !s)
        return s;
    while (q.next())
        f.shortCalls.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return {};
}

} // namespace atende
