#include "workflow/WorkflowStore.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "workflow/WorkflowValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

Error readError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage, WorkflowStore::tr("Could not read the workflow configuration."),
                       q.lastError().text());
}

Error writeError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage, WorkflowStore::tr("Could not save the workflow."), q.lastError().text());
}

QStringList parseFieldList(const QString& json) {
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString fieldListJson(const QStringList& fields) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

} // namespace

WorkflowStore::WorkflowStore(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

Result<WorkflowDefinition> WorkflowStore::load() {
    WorkflowDefinition def;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, is_closed, pauses_deadline, is_initial, sort_order "
                               "FROM workflow_statuses ORDER BY sort_order, id")))
        return readError(q);
    while (q.next()) {
        def.statuses.append(WorkflowStatus{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toInt() != 0, q.value(4).toInt() != 0, q.value(5).toInt() != 0,
                                           q.value(6).toInt()});
    }
    if (!q.exec(QStringLiteral("SELECT id, from_status_id, to_status_id, permission, required_fields "
                               "FROM workflow_transitions ORDER BY from_status_id, to_status_id")))
        return readError(q);
    while (q.next()) {
        def.transitions.append(WorkflowTransition{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                  q.value(2).toLongLong(), q.value(3).toString(),
                                                  parseFieldList(q.value(4).toString())});
    }
    return def;
}

Status WorkflowStore::save(const Actor& actor, const WorkflowDefinition& definition) {
    if (Status s = m_guard.require(actor, Permission::WorkflowAdmin, QStringLiteral("workflow"), std::nullopt,
                                   QStringLiteral("save"));
        !s)
        return s;
    if (Status s = WorkflowValidator::validate(definition); !s)
        return s;
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            // Statuses gone from the definition: refused while a ticket is in them.
            QStringList keep;
            for (const auto& s : definition.statuses)
                if (s.id > 0)
                    keep.append(QString::number(s.id));
            const QString keepList = keep.isEmpty() ? QStringLiteral("0") : keep.join(QLatin1Char(','));
            if (!q.exec(QStringLiteral("SELECT s.name FROM workflow_statuses s WHERE s.id NOT IN (%1) AND EXISTS "
                                       "(SELECT 1 FROM tickets t WHERE t.status_id = s.id)")
                            .arg(keepList)))
                return writeError(q);
            if (q.next()) {
                return Error::make(Error::Code::Conflict,
                                   tr("The status \"%1\" cannot be removed: there are tickets in it. Move them to "
                                      "another status first.")
                                       .arg(q.value(0).toString()),
                                   QStringLiteral("status in use"));
            }
            if (!q.exec(QStringLiteral("DELETE FROM workflow_transitions")))
                return writeError(q);
            if (!q.exec(QStringLiteral("DELETE FROM workflow_statuses WHERE id NOT IN (%1)").arg(keepList)))
                return writeError(q);
            QHash<qint64, qint64> ids; // definition id (may be negative/0 for new ones) -> stored id
            for (const auto& s : definition.statuses) {
                if (s.id > 0) {
                    q.prepare(QStringLiteral("UPDATE workflow_statuses SET code = ?, name = ?, is_closed = ?, "
                                             "pauses_deadline = ?, is_initial = ?, sort_order = ? WHERE id = ?"));
                } else {
                    q.prepare(QStringLiteral("INSERT INTO workflow_statuses (code, name, is_closed, pauses_deadline, "
                                             "is_initial, sort_order) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
                }
                q.addBindValue(s.code);
                q.addBindValue(s.name);
                q.addBindValue(s.isClosed ? 1 : 0);
                q.addBindValue(s.pausesDeadline ? 1 : 0);
                q.addBindValue(s.isInitial ? 1 : 0);
                q.addBindValue(s.sortOrder);
                if (s.id > 0)
                    q.addBindValue(s.id);
                if (!q.exec())
                    return writeError(q);
                ids.insert(s.id, s.id > 0 ? s.id : Database::returnedId(q));
            }
            for (const auto& t : definition.transitions) {
                q.prepare(QStringLiteral("INSERT INTO workflow_transitions (from_status_id, to_status_id, permission, "
                                         "required_fields) VALUES (?, ?, ?, ?)"));
                q.addBindValue(ids.value(t.fromStatusId));
                q.addBindValue(ids.value(t.toStatusId));
                q.addBindValue(t.permission);
                q.addBindValue(fieldListJson(t.requiredFields));
                if (!q.exec())
                    return writeError(q);
            }
            return m_audit.record(actor, QStringLiteral("workflow"), std::nullopt, QStringLiteral("save"),
                                  {FieldChange{QStringLiteral("statuses"), {}, int(definition.statuses.size())},
                                   FieldChange{QStringLiteral("transitions"), {}, int(definition.transitions.size())}});
        },
        tr("Could not save the workflow."));
}

Result<BusinessCalendar> WorkflowStore::loadCalendar() {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QTimeZone zone = QTimeZone("America/Sao_Paulo");
    if (!q.exec(QStringLiteral("SELECT value FROM app_settings WHERE key = 'calendar.time_zone'")))
        return readError(q);
    if (q.next()) {
        const QTimeZone configured(q.value(0).toString().toUtf8());
        if (configured.isValid())
            zone = configured;
    }
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    BusinessCalendar calendar(zone);
    if (!q.exec(QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM business_hours")))
        return readError(q);
    while (q.next())
        calendar.setHours(q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt());
    if (!q.exec(QStringLiteral("SELECT day FROM holidays")))
        return readError(q);
    while (q.next())
        calendar.addHoliday(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return calendar;
}

Result<CalendarSettings> WorkflowStore::loadCalendarSettings() {
    CalendarSettings settings;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM business_hours")))
        return readError(q);
    while (q.next()) {
        const int weekday = q.value(0).toInt();
        if (weekday >= 1 && weekday <= 7)
            settings.week[size_t(weekday - 1)] = CalendarSettings::Day{true, q.value(1).toInt(), q.value(2).toInt()};
    }
    if (!q.exec(QStringLiteral("SELECT day, name FROM holidays ORDER BY day")))
        return readError(q);
    while (q.next())
        settings.holidays.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()});
    return settings;
}

Status WorkflowStore::saveCalendarSettings(const Actor& actor, const CalendarSettings& settings) {
    if (Status s = m_guard.require(actor, Permission::WorkflowAdmin, QStringLiteral("calendar"), std::nullopt,
                                   QStringLiteral("save"));
        !s)
        return s;
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const CalendarSettings::Day& d = settings.week[size_t(i)];
        if (d.open && (d.opensMinute < 0 || d.closesMinute > 24 * 60 || d.opensMinute >= d.closesMinute)) {
            return Error::make(
                Error::Code::InvalidInput,
                tr("On %1 the team must open before it closes.").arg(locale.dayName(i + 1, QLocale::LongFormat)),
                QStringLiteral("bad business hours"));
        }
    }
    QSet<QDate> days;
    for (const auto& h : settings.holidays) {
        if (!h.day.isValid())
            return Error::make(Error::Code::InvalidInput, tr("A holiday needs a valid date."),
                               QStringLiteral("bad holiday date"));
        if (days.contains(h.day))
            return Error::make(Error::Code::InvalidInput,
                               tr("The holiday %1 is listed twice.").arg(locale.toString(h.day, QLocale::ShortFormat)),
                               QStringLiteral("repeated holiday"));
        days.insert(h.day);
    }
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            if (!q.exec(QStringLiteral("DELETE FROM business_hours")) ||
                !q.exec(QStringLiteral("DELETE FROM holidays")))
                return writeError(q);
            int openDays = 0;
            for (int i = 0; i < 7; ++i) {
                const CalendarSettings::Day& d = settings.week[size_t(i)];
                if (!d.open)
                    continue; // a missing day is closed
                ++openDays;
                q.prepare(QStringLiteral(
                    "INSERT INTO business_hours (weekday, opens_minute, closes_minute) VALUES (?, ?, ?)"));
                q.addBindValue(i + 1);
                q.addBindValue(d.opensMinute);
                q.addBindValue(d.closesMinute);
                if (!q.exec())
                    return writeError(q);
            }
            for (const auto& h : settings.holidays) {
                q.prepare(QStringLiteral("INSERT INTO holidays (day, name) VALUES (?, ?)"));
                q.addBindValue(h.day.toString(Qt::ISODate));
                q.addBindValue(h.name.trimmed());
                if (!q.exec())
                    return writeError(q);
            }
            return m_audit.record(actor, QStringLiteral("calendar"), std::nullopt, QStringLiteral("save"),
                                  {FieldChange{QStringLiteral("open_days"), {}, openDays},
                                   FieldChange{QStringLiteral("holidays"), {}, int(settings.holidays.size())}});
        },
        tr("Could not save the business hours and holidays."));
}

Result<DeadlinePolicy> WorkflowStore::loadPolicy() {
    DeadlinePolicy policy;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT urgency, impact, priority FROM priority_matrix")))
        return readError(q);
    while (q.next())
        policy.matrix[size_t(q.value(0).toInt() - 1)][size_t(q.value(1).toInt() - 1)] = q.value(2).toInt();
    if (!q.exec(QStringLiteral("SELECT priority, first_response_minutes, resolution_minutes FROM priority_targets")))
        return readError(q);
    while (q.next()) {
        policy.firstResponseMinutes[size_t(q.value(0).toInt() - 1)] = q.value(1).toInt();
        policy.resolutionMinutes[size_t(q.value(0).toInt() - 1)] = q.value(2).toInt();
    }
    return policy;
}

} // namespace atende
