#include "tickets/TicketConflictMerge.h"

#include "conflicts/LastChangeQuery.h"
#include "storage/Database.h"
#include "tickets/TicketFields.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

#include <functional>

namespace atende {

namespace {

QVariant idValue(const std::optional<qint64>& v) {
    return v ? QVariant(*v) : QVariant();
}

// How one field is read from a ticket and copied from the agent's version into the merged one.
struct TicketField {
    const char* name;
    std::function<QVariant(const Ticket&)> get;
    std::function<void(Ticket&, const Ticket&)> copy;
};

#define ATENDE_TICKET_FIELD(column, member, reader)                                                                    \
    TicketField {                                                                                                      \
        column, [](const Ticket& t) { return reader(t.member); },                                                      \
            [](Ticket& to, const Ticket& from) { to.member = from.member; }                                            \
    }

QVariant plain(const QVariant& v) {
    return v;
}

// The order is the screen's: what the agent reads first comes first.
const QList<TicketField>& ticketFields() {
    static const QList<TicketField> fields{
        ATENDE_TICKET_FIELD("title", title, plain),
        ATENDE_TICKET_FIELD("status_id", statusId, plain),
        ATENDE_TICKET_FIELD("customer_id", customerId, idValue),
        ATENDE_TICKET_FIELD("contact_id", contactId, idValue),
        ATENDE_TICKET_FIELD("subject_id", subjectId, idValue),
        ATENDE_TICKET_FIELD("sub_subject_id", subSubjectId, idValue),
        ATENDE_TICKET_FIELD("sector_id", sectorId, idValue),
        ATENDE_TICKET_FIELD("responsible_id", responsibleId, idValue),
        ATENDE_TICKET_FIELD("kind", kind, plain),
        ATENDE_TICKET_FIELD("urgency", urgency, plain),
        ATENDE_TICKET_FIELD("impact", impact, plain),
        ATENDE_TICKET_FIELD("priority", priority, plain),
        ATENDE_TICKET_FIELD("next_action_at", nextActionAt, idValue),
        ATENDE_TICKET_FIELD("attendance_type_id", attendanceTypeId, idValue),
        ATENDE_TICKET_FIELD("parent_problem_id", parentProblemId, idValue),
        ATENDE_TICKET_FIELD("service_order_id", serviceOrderId, idValue),
        ATENDE_TICKET_FIELD("portal_visible", portalVisible, plain),
        ATENDE_TICKET_FIELD("description", description, plain),
        ATENDE_TICKET_FIELD("solution", solution, plain),
        ATENDE_TICKET_FIELD("form_answers", formAnswers, plain),
    };
    return fields;
}

#undef ATENDE_TICKET_FIELD

} // namespace

TicketConflictMerge::TicketConflictMerge(Database& db, const Clock& clock, QString workstationCode)
    : m_db(db)
    , m_tickets(db, clock, std::move(workstationCode)) {}

QString TicketConflictMerge::nameOf(const QString& sql, qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QStringLiteral("#%1").arg(id);
}

QString TicketConflictMerge::describe(const QString& field, const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return tr("(none)");
    const qint64 id = value.toLongLong();
    if (field == QLatin1String("status_id"))
        return nameOf(QStringLiteral("SELECT name FROM workflow_statuses WHERE id = ?"), id);
    if (field == QLatin1String("customer_id"))
        return nameOf(QStringLiteral("SELECT name FROM customers WHERE id = ?"), id);
    if (field == QLatin1String("contact_id"))
        return nameOf(QStringLiteral("SELECT name FROM contacts WHERE id = ?"), id);
    if (field == QLatin1String("subject_id") || field == QLatin1String("sub_subject_id"))
        return nameOf(QStringLiteral("SELECT name FROM subjects WHERE id = ?"), id);
    if (field == QLatin1String("sector_id"))
        return nameOf(QStringLiteral("SELECT name FROM sectors WHERE id = ?"), id);
    if (field == QLatin1String("responsible_id"))
        return nameOf(QStringLiteral("SELECT name FROM users WHERE id = ?"), id);
    if (field == QLatin1String("attendance_type_id"))
        return nameOf(QStringLiteral("SELECT name FROM attendance_types WHERE id = ?"), id);
    if (field == QLatin1String("parent_problem_id"))
        return nameOf(QStringLiteral("SELECT protocol || ' — ' || title FROM tickets WHERE id = ?"), id);
    if (field == QLatin1String("service_order_id"))
        return nameOf(QStringLiteral("SELECT number FROM service_orders WHERE id = ?"), id);
    if (field == QLatin1String("urgency") || field == QLatin1String("impact")) {
        switch (value.toInt()) {
        case 1:
            return tr("High");
        case 2:
            return tr("Medium");
        case 3:
            return tr("Low");
        default:
            return value.toString();
        }
    }
    if (field == QLatin1String("kind")) {
        const QString kind = value.toString();
        if (kind == QLatin1String("incident"))
            return tr("Incident");
        if (kind == QLatin1String("problem"))
            return tr("Problem");
        if (kind == QLatin1String("request"))
            return tr("Request");
        if (kind == QLatin1String("question"))
            return tr("Question");
        return kind;
    }
    if (field == QLatin1String("next_action_at"))
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(id), QLocale::ShortFormat);
    if (field == QLatin1String("portal_visible"))
        return value.toBool() ? tr("Yes") : tr("No");
    const QString text = value.toString();
    return text.isEmpty() ? tr("(empty)") : text;
}

namespace {

QString fieldLabel(const QString& field) {
    if (TicketFields::isKnown(field))
        return TicketFields::label(field);
    if (field == QLatin1String("status_id"))
        return TicketConflictMerge::tr("Status");
    if (field == QLatin1String("kind"))
        return TicketConflictMerge::tr("Kind");
    if (field == QLatin1String("urgency"))
        return TicketConflictMerge::tr("Urgency");
    if (field == QLatin1String("impact"))
        return TicketConflictMerge::tr("Impact");
    if (field == QLatin1String("priority"))
        return TicketConflictMerge::tr("Priority");
    if (field == QLatin1String("parent_problem_id"))
        return TicketConflictMerge::tr("Problem");
    if (field == QLatin1String("portal_visible"))
        return TicketConflictMerge::tr("Visible in the portal");
    if (field == QLatin1String("form_answers"))
        return TicketConflictMerge::tr("Form answers");
    return field;
}

} // namespace

Result<TicketConflict> TicketConflictMerge::compare(const Actor& actor, const Ticket& base, const Ticket& mine) {
    auto current = m_tickets.get(actor, base.id);
    if (!current)
        return current.error();
    auto last = LastChangeQuery(m_db).of(TicketService::Entity, base.id);
    if (!last)
        return last.error();
    TicketConflict conflict;
    conflict.base = base;
    conflict.mine = mine;
    conflict.theirs = current->ticket;
    conflict.record.currentRowVersion = current->ticket.rowVersion;
    conflict.record.changedByName = last->userName;
    conflict.record.changedAt = last->at ? last->at : std::optional<qint64>(current->ticket.updatedAt);
    for (const TicketField& f : ticketFields()) {
        const QString name = QString::fromLatin1(f.name);
        const QVariant b = f.get(base);
        const QVariant m = f.get(mine);
        const QVariant t = f.get(conflict.theirs);
        conflict.record.addField(name, fieldLabel(name), b, m, t, describe(name, b), describe(name, m),
                                 describe(name, t));
    }
    return conflict;
}

Ticket TicketConflictMerge::merged(const TicketConflict& conflict) {
    Ticket out = conflict.theirs;
    for (const TicketField& f : ticketFields()) {
        if (conflict.record.takesMine(QString::fromLatin1(f.name)))
            f.copy(out, conflict.mine);
    }
    out.rowVersion = conflict.record.currentRowVersion;
    return out;
}

Result<qint64> TicketConflictMerge::save(const Actor& actor, const TicketConflict& conflict) {
    if (!conflict.record.isResolved())
        return conflict.record.undecidedError();
    return m_tickets.update(actor, merged(conflict), QStringLiteral("merge"));
}

} // namespace atende
