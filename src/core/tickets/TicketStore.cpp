#include "tickets/TicketStore.h"

#include "search/SearchIndex.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString TicketColumns = QStringLiteral(
    "id, protocol, customer_id, contact_id, sector_id, subject_id, sub_subject_id, attendance_type_id, kind, urgency, "
    "impact, priority, status_id, responsible_id, opened_by, opened_at, updated_at, next_action_at, deadline_at, "
    "deadline_paused_at, first_response_at, resolved_at, closed_at, portal_visible, parent_problem_id, "
    "service_order_id, title, description, solution, form_answers, row_version");

Ticket readTicket(const QSqlQuery& q) {
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.protocol = q.value(1).toString();
    t.customerId = TicketStore::optionalId(q.value(2));
    t.contactId = TicketStore::optionalId(q.value(3));
    t.sectorId = TicketStore::optionalId(q.value(4));
    t.subjectId = TicketStore::optionalId(q.value(5));
    t.subSubjectId = TicketStore::optionalId(q.value(6));
    t.attendanceTypeId = TicketStore::optionalId(q.value(7));
    t.kind = q.value(8).toString();
    t.urgency = q.value(9).toInt();
    t.impact = q.value(10).toInt();
    t.priority = q.value(11).toInt();
    t.statusId = q.value(12).toLongLong();
    t.responsibleId = TicketStore::optionalId(q.value(13));
    t.openedBy = TicketStore::optionalId(q.value(14));
    t.openedAt = q.value(15).toLongLong();
    t.updatedAt = q.value(16).toLongLong();
    t.nextActionAt = TicketStore::optionalId(q.value(17));
    t.deadlineAt = TicketStore::optionalId(q.value(18));
    t.deadlinePausedAt = TicketStore::optionalId(q.value(19));
    t.firstResponseAt = TicketStore::optionalId(q.value(20));
    t.resolvedAt = TicketStore::optionalId(q.value(21));
    t.closedAt = TicketStore::optionalId(q.value(22));
    t.portalVisible = q.value(23).toInt() != 0;
    t.parentProblemId = TicketStore::optionalId(q.value(24));
    t.serviceOrderId = TicketStore::optionalId(q.value(25));
    t.title = q.value(26).toString();
    t.description = q.value(27).toString();
    t.solution = q.value(28).toString();
    t.formAnswers = q.value(29).toString();
    t.rowVersion = q.value(30).toLongLong();
    return t;
}

void bindTicket(QSqlQuery& q, const Ticket& t) {
    q.addBindValue(t.protocol);
    q.addBindValue(TicketStore::nullableId(t.customerId));
    q.addBindValue(TicketStore::nullableId(t.contactId));
    q.addBindValue(TicketStore::nullableId(t.sectorId));
    q.addBindValue(TicketStore::nullableId(t.subjectId));
    q.addBindValue(TicketStore::nullableId(t.subSubjectId));
    q.addBindValue(TicketStore::nullableId(t.attendanceTypeId));
    q.addBindValue(t.kind);
    q.addBindValue(t.urgency);
    q.addBindValue(t.impact);
    q.addBindValue(t.priority);
    q.addBindValue(t.statusId);
    q.addBindValue(TicketStore::nullableId(t.responsibleId));
    q.addBindValue(TicketStore::nullableId(t.openedBy));
    q.addBindValue(t.openedAt);
    q.addBindValue(t.updatedAt);
    q.addBindValue(TicketStore::nullableId(t.nextActionAt));
    q.addBindValue(TicketStore::nullableId(t.deadlineAt));
    q.addBindValue(TicketStore::nullableId(t.deadlinePausedAt));
    q.addBindValue(TicketStore::nullableId(t.firstResponseAt));
    q.addBindValue(TicketStore::nullableId(t.resolvedAt));
    q.addBindValue(TicketStore::nullableId(t.closedAt));
    q.addBindValue(t.portalVisible ? 1 : 0);
    q.addBindValue(TicketStore::nullableId(t.parentProblemId));
    q.addBindValue(TicketStore::nullableId(t.serviceOrderId));
    q.addBindValue(TicketStore::text(t.title));
    q.addBindValue(TicketStore::text(t.description));
    q.addBindValue(TicketStore::text(t.solution));
    q.addBindValue(t.formAnswers.isEmpty() ? QStringLiteral("{}") : t.formAnswers);
}

} // namespace

TicketStore::TicketStore(Database& db)
    : m_db(db) {}

Error TicketStore::storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       tr("Could not save the ticket. Nothing was changed; try again, and tell the administrator if "
                          "it keeps failing."),
                       detail);
}

Error TicketStore::notFound() {
    return Error::make(Error::Code::NotFound, tr("This ticket does not exist."), QStringLiteral("ticket not found"));
}

Error TicketStore::conflict() {
    return Error::make(Error::Code::Conflict,
                       tr("Someone else changed this ticket after you opened it. Reload it to see their changes, "
                          "then make yours again."),
                       QStringLiteral("row_version changed"));
}

Result<std::optional<Ticket>> TicketStore::load(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(TicketColumns));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return std::optional<Ticket>();
    return std::optional<Ticket>(readTicket(q));
}

Result<std::optional<qint64>> TicketStore::idByProtocol(const QString& protocol) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM tickets WHERE protocol = ?"));
    q.addBindValue(protocol.trimmed());
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<qint64> TicketStore::insert(Ticket& t, bool writeSearch) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tickets (protocol, customer_id, contact_id, sector_id, subject_id, "
        "sub_subject_id, attendance_type_id, kind, urgency, impact, priority, status_id, "
        "responsible_id, opened_by, opened_at, updated_at, next_action_at, deadline_at, "
        "deadline_paused_at, first_response_at, resolved_at, closed_at, portal_visible, "
        "parent_problem_id, service_order_id, title, description, solution, form_answers, "
        "row_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1) RETURNING id"));
    bindTicket(q, t);
    if (!q.exec())
        return storageError(q.lastError().text());
    t.id = Database::returnedId(q);
    t.rowVersion = 1;
    if (!writeSearch)
        return t.id;
    if (Status s = writeSearchRow(t, false); !s)
        return s.error();
    return t.id;
}

Result<bool> TicketStore::update(const Ticket& t) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tickets SET protocol = ?, customer_id = ?, contact_id = ?, sector_id = ?, "
                             "subject_id = ?, sub_subject_id = ?, attendance_type_id = ?, kind = ?, urgency = ?, "
                             "impact = ?, priority = ?, status_id = ?, responsible_id = ?, opened_by = ?, "
                             "opened_at = ?, updated_at = ?, next_action_at = ?, deadline_at = ?, "
                             "deadline_paused_at = ?, first_response_at = ?, resolved_at = ?, closed_at = ?, "
                             "portal_visible = ?, parent_problem_id = ?, service_order_id = ?, title = ?, "
                             "description = ?, solution = ?, form_answers = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?"));
    bindTicket(q, t);
    q.addBindValue(t.id);
    q.addBindValue(t.rowVersion);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.numRowsAffected() == 1;
}

Result<std::optional<SubjectRules>> TicketStore::subject(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, parent_id, name, default_sector_id, needs_technical_assistance, "
                             "requires_phone_record, active, mandatory_fields FROM subjects WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return std::optional<SubjectRules>();
    SubjectRules s;
    s.id = q.value(0).toLongLong();
    s.parentId = optionalId(q.value(1));
    s.name = q.value(2).toString();
    s.defaultSectorId = optionalId(q.value(3));
    s.needsTechnicalAssistance = q.value(4).toInt() != 0;
    s.requiresPhoneRecord = q.value(5).toInt() != 0;
    s.active = q.value(6).toInt() != 0;
    for (const auto& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        s.mandatoryFields.append(v.toString());
    return std::optional<SubjectRules>(s);
}

Result<QList<Interaction>> TicketStore::interactions(qint64 ticketId) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.author_id, coalesce(u.name, ''), i.at, i.kind, i.channel, i.text, "
                             "i.visible_to_customer, i.emailed_to_customer, i.copy_to FROM interactions i "
                             "LEFT JOIN users u ON u.id = i.author_id WHERE i.ticket_id = ? ORDER BY i.at, i.id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.ticketId = ticketId;
        i.authorId = optionalId(q.value(1));
        i.authorName = q.value(2).toString();
        i.at = q.value(3).toLongLong();
        i.kind = q.value(4).toString();
        i.channel = q.value(5).toString();
        i.text = q.value(6).toString();
        i.visibleToCustomer = q.value(7).toInt() != 0;
        i.emailedToCustomer = q.value(8).toInt() != 0;
        i.copyTo = q.value(9).toString();
        out.append(i);
    }
    return out;
}

Result<qint64> TicketStore::insertInteraction(const Interaction& i) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO interactions (ticket_id, author_id, at, kind, channel, text, "
                       "visible_to_customer, emailed_to_customer, copy_to) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(i.ticketId);
    q.addBindValue(nullableId(i.authorId));
    q.addBindValue(i.at);
    q.addBindValue(i.kind);
    q.addBindValue(i.channel);
    q.addBindValue(text(i.text));
    q.addBindValue(i.visibleToCustomer ? 1 : 0);
    q.addBindValue(i.emailedToCustomer ? 1 : 0);
    q.addBindValue(text(i.copyTo));
    if (!q.exec())
        return storageError(q.lastError().text());
    return Database::returnedId(q);
}

Result<bool> TicketStore::hasPhoneRecord(qint64 ticketId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM interactions WHERE ticket_id = ? AND channel = 'phone' AND kind = "
                             "'record' LIMIT 1"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next();
}

Result<bool> TicketStore::handledByPhone(qint64 ticketId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM contact_records WHERE ticket_id = ? AND channel = 'phone' LIMIT 1"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next();
}

Result<QString> TicketStore::contactChannel(qint64 ticketId) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT channel FROM contact_records WHERE ticket_id = ? ORDER BY started_at, id LIMIT 1"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> TicketStore::customerEmail(qint64 customerId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM customer_channels WHERE customer_id = ? AND kind = 'email' "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(customerId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> TicketStore::customerName(qint64 customerId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

namespace {
const QString SummarySelect = QStringLiteral(
    "SELECT t.id, t.protocol, t.title, s.name, s.is_closed FROM tickets t JOIN workflow_statuses s ON s.id = "
    "t.status_id ");

QList<LinkedTicket> readSummaries(QSqlQuery& q) {
    QList<LinkedTicket> out;
    while (q.next())
        out.append(LinkedTicket{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toInt() != 0});
    return out;
}
} // namespace

Result<std::optional<LinkedTicket>> TicketStore::summary(qint64 ticketId) {
    QSqlQuery q(m_db.connection());
    q.prepare(SummarySelect + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return storageError(q.lastError().text());
    const auto list = readSummaries(q);
    if (list.isEmpty())
        return std::optional<LinkedTicket>();
    return std::optional<LinkedTicket>(list.first());
}

Result<QList<LinkedTicket>> TicketStore::links(qint64 ticketId) {
    QSqlQuery q(m_db.connection());
    q.prepare(SummarySelect + QStringLiteral("WHERE t.id IN (SELECT linked_ticket_id FROM ticket_links WHERE "
                                             "ticket_id = ? UNION SELECT ticket_id FROM ticket_links WHERE "
                                             "linked_ticket_id = ?) ORDER BY t.id"));
    q.addBindValue(ticketId);
    q.addBindValue(ticketId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return readSummaries(q);
}

Result<QList<LinkedTicket>> TicketStore::incidents(qint64 problemId) {
    QSqlQuery q(m_db.connection());
    q.prepare(SummarySelect + QStringLiteral("WHERE t.parent_problem_id = ? ORDER BY t.id"));
    q.addBindValue(problemId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return readSummaries(q);
}

Result<QList<TicketTask>> TicketStore::tasks(qint64 ticketId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, title, assignee_id, due_at, done FROM tasks WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<TicketTask> out;
    while (q.next())
        out.append(TicketTask{q.value(0).toLongLong(), ticketId, q.value(1).toString(), optionalId(q.value(2)),
                              optionalId(q.value(3)), q.value(4).toInt() != 0});
    return out;
}

Result<bool> TicketStore::exists(const QString& table, qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next();
}

Status TicketStore::writeSearchRow(const Ticket& t, bool /*replace*/) {
    QSqlQuery q(m_db.connection());
    QString body = t.description;
    q.prepare(QStringLiteral("SELECT text FROM interactions WHERE ticket_id = ? ORDER BY at, id"));
    q.addBindValue(t.id);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next()) {
        body += QLatin1Char('\n');
        body += q.value(0).toString();
    }
    if (!t.solution.isEmpty()) {
        body += QLatin1Char('\n');
        body += t.solution;
    }
    return SearchIndex::write(m_db, SearchHit::Kind::Ticket, t.id, t.protocol + QLatin1Char(' ') + t.title, body);
}

} // namespace atende
