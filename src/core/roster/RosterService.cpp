#include "roster/RosterService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace atende {

namespace {

Error storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       RosterService::tr("Could not read or change the on-call roster. Try again; if it keeps "
                                         "failing, check the database (atendectl check)."),
                       detail);
}

Error invalid(const QString& message, const QString& field) {
    return Error::make(Error::Code::InvalidInput, message, QStringLiteral("invalid fields: %1").arg(field));
}

// Minutes are shown as the office reads them.
QString hhmm(int minutes) {
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RosterService::RosterService(Database& db, const Clock& clock, int utcOffsetSeconds)
    : m_db(db)
    , m_clock(clock)
    , m_utcOffsetSeconds(utcOffsetSeconds)
    , m_guard(db, clock)
    , m_audit(db, clock) {}

Status RosterService::requireEditor(const Actor& actor, const QString& entity, std::optional<qint64> id,
                                    const QString& what) {
    return m_guard.require(actor, Permission::RosterEdit, entity, id, what);
}

Status RosterService::validate(const RosterSlot& slot) const {
    if (slot.userId <= 0)
        return invalid(tr("Choose who is on duty."), QStringLiteral("user"));
    if (slot.weekday < 1 || slot.weekday > 7)
        return invalid(tr("Choose a weekday."), QStringLiteral("weekday"));
    if (slot.startMinute < 0 || slot.startMinute > 1439 || slot.endMinute < 0 || slot.endMinute > 1440)
        return invalid(tr("Times go from 00:00 to 24:00."), QStringLiteral("time"));
    if (slot.startMinute == slot.endMinute % 1440)
        return invalid(tr("The shift must end at another time than it starts."), QStringLiteral("time"));
    return {};
}

Status RosterService::validate(const RosterException& e) const {
    if (!e.day.isValid())
        return invalid(tr("Choose the day of the exception."), QStringLiteral("day"));
    if (e.startMinute < 0 || e.startMinute > 1439 || e.endMinute <= e.startMinute || e.endMinute > 1440)
        return invalid(tr("An exception starts and ends within its day (00:00 to 24:00), ending after it starts."),
                       QStringLiteral("time"));
    return {};
}

Result<QList<RosterSlot>> RosterService::weeklySlots() {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.id, r.user_id, u.name, r.weekday, r.start_minute, r.end_minute, r.is_leader "
                               "FROM roster_slots r JOIN users u ON u.id = r.user_id "
                               "ORDER BY r.weekday, r.start_minute, u.name")))
        return storageError(q.lastError().text());
    QList<RosterSlot> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt() != 0});
    return list;
}

Result<qint64> RosterService::addSlot(const Actor& actor, const RosterSlot& slot) {
    if (Status s = requireEditor(actor, QStringLiteral("roster_slot"), std::nullopt, QStringLiteral("create")); !s)
        return s.error();
    if (Status s = validate(slot); !s)
        return s.error();
    qint64 id = 0;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO roster_slots(user_id, weekday, start_minute, end_minute, is_leader) "
                                     "VALUES (?, ?, ?, ?, ?) RETURNING id"));
            for (const QVariant& v :
                 QVariantList{slot.userId, slot.weekday, slot.startMinute, slot.endMinute, int(slot.isLeader)})
                q.addBindValue(v);
            if (!q.exec())
                return storageError(q.lastError().text());
            id = Database::returnedId(q);
            return m_audit.record(
                actor, QStringLiteral("roster_slot"), id, QStringLiteral("create"),
                {{QStringLiteral("user_id"), QVariant(), slot.userId},
                 {QStringLiteral("weekday"), QVariant(), slot.weekday},
                 {QStringLiteral("time"), QVariant(), hhmm(slot.startMinute) + QLatin1Char('-') + hhmm(slot.endMinute)},
                 {QStringLiteral("is_leader"), QVariant(), int(slot.isLeader)}});
        },
        tr("Could not save the on-call slot."));
    if (!done)
        return done.error();
    return id;
}

Status RosterService::removeRow(const Actor& actor, const QString& table, const QString& entity, qint64 id) {
    if (Status s = requireEditor(actor, entity, id, QStringLiteral("delete")); !s)
        return s;
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            // `table` is one of two fixed names, never input.
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(id);
            if (!q.exec())
                return storageError(q.lastError().text());
            if (q.numRowsAffected() == 0)
                return Error::make(Error::Code::NotFound, tr("This roster entry no longer exists. Refresh the list."),
                                   QStringLiteral("roster row not found"));
            return m_audit.record(actor, entity, id, QStringLiteral("delete"));
        },
        tr("Could not remove the roster entry."));
}

Status RosterService::removeSlot(const Actor& actor, qint64 id) {
    return removeRow(actor, QStringLiteral("roster_slots"), QStringLiteral("roster_slot"), id);
}

Result<QList<RosterException>> RosterService::exceptions(const QDate& from, const QDate& to) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.day, e.description, e.user_id, u.name, e.start_minute, e.end_minute, "
                             "e.is_leader FROM roster_exceptions e LEFT JOIN users u ON u.id = e.user_id "
                             "WHERE e.day >= ? AND e.day <= ? ORDER BY e.day, e.start_minute, u.name"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<RosterException> list;
    while (q.next()) {
        RosterException e;
        e.id = q.value(0).toLongLong();
        e.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.description = q.value(2).toString();
        e.userId = q.value(3).toLongLong();
        e.userName = q.value(4).toString();
        e.startMinute = q.value(5).toInt();
        e.endMinute = q.value(6).toInt();
        e.isLeader = q.value(7).toInt() != 0;
        list.append(e);
    }
    return list;
}

Result<qint64> RosterService::addException(const Actor& actor, const RosterException& e) {
    if (Status s = requireEditor(actor, QStringLiteral("roster_exception"), std::nullopt, QStringLiteral("create")); !s)
        return s.error();
    if (Status s = validate(e); !s)
        return s.error();
    qint64 id = 0;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO roster_exceptions(day, description, user_id, start_minute, "
                                     "end_minute, is_leader) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
            for (const QVariant& v : QVariantList{e.day.toString(Qt::ISODate), e.description.trimmed(),
                                                  e.userId > 0 ? QVariant(e.userId) : QVariant(), e.startMinute,
                                                  e.endMinute, int(e.isLeader)})
                q.addBindValue(v);
            if (!q.exec())
                return storageError(q.lastError().text());
            id = Database::returnedId(q);
            return m_audit.record(
                actor, QStringLiteral("roster_exception"), id, QStringLiteral("create"),
                {{QStringLiteral("day"), QVariant(), e.day.toString(Qt::ISODate)},
                 {QStringLiteral("user_id"), QVariant(), e.userId > 0 ? QVariant(e.userId) : QVariant()},
                 {QStringLiteral("time"), QVariant(), hhmm(e.startMinute) + QLatin1Char('-') + hhmm(e.endMinute)}});
        },
        tr("Could not save the roster exception."));
    if (!done)
        return done.error();
    return id;
}

Status RosterService::removeException(const Actor& actor, qint64 id) {
    return removeRow(actor, QStringLiteral("roster_exceptions"), QStringLiteral("roster_exception"), id);
}

Result<QList<OnDuty>> RosterService::onDutyNow() {
    return onDutyAt(m_clock.nowUtc());
}

Result<QList<OnDuty>> RosterService::onDutyAt(const QDateTime& utc) {
    const QDateTime local = utc.toUTC().addSecs(m_utcOffsetSeconds);
    const QDate day = local.date();
    const int minute = local.time().hour() * 60 + local.time().minute();
    const QDate yesterday = day.addDays(-1);

    auto dayExceptions = exceptions(yesterday, day);
    if (!dayExceptions)
        return dayExceptions.error();
    bool todayIsException = false, yesterdayIsException = false;
    QList<OnDuty> onDuty;
    for (const RosterException& e : *dayExceptions) {
        if (e.day == day) {
            todayIsException = true;
            if (e.userId > 0 && e.startMinute <= minute && minute < e.endMinute)
                onDuty.append({e.userId, e.userName, e.isLeader});
        } else {
            yesterdayIsException = true;
        }
    }
    auto weekly = weeklySlots();
    if (!weekly)
        return weekly.error();
    const int weekday = day.dayOfWeek();
    const int previousWeekday = yesterday.dayOfWeek();
    for (const RosterSlot& s : *weekly) {
        const bool overnight = s.endMinute <= s.startMinute;
        // Today's own slots, unless today is an exception day.
        if (!todayIsException && s.weekday == weekday && s.startMinute <= minute &&
            minute < (overnight ? 1440 : s.endMinute))
            onDuty.append({s.userId, s.userName, s.isLeader});
        // The tail of last night's slot, unless yesterday's slots were replaced.
        if (!yesterdayIsException && overnight && s.weekday == previousWeekday && minute < s.endMinute)
            onDuty.append({s.userId, s.userName, s.isLeader});
    }
    std::sort(onDuty.begin(), onDuty.end(), [](const OnDuty& a, const OnDuty& b) {
        if (a.isLeader != b.isLeader)
            return a.isLeader;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    onDuty.erase(std::unique(onDuty.begin(), onDuty.end(),
                             [](const OnDuty& a, const OnDuty& b) { return a.userId == b.userId; }),
                 onDuty.end());
    return onDuty;
}

} // namespace atende
