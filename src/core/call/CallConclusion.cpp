#include "call/CallConclusion.h"

#include "attendance/AttendanceTypeService.h"
#include "auth/Actor.h"
#include "auth/Permission.h"
#include "mail/ProtocolMailQueue.h"
#include "storage/Database.h"
#include "tickets/ProtocolService.h"
#include "tickets/TicketService.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace atende {

namespace {

Error storage(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage,
                       CallConclusion::tr("The call could not be saved. Nothing was changed; try again."),
                       q.lastError().text());
}

// The ticket kind a type stands for: an error report is an incident, a question a question, the rest requests.
QString kindOf(const AttendanceType& type) {
    if (type.code == QLatin1String("error"))
        return QStringLiteral("incident");
    if (type.code == QLatin1String("question"))
        return QStringLiteral("question");
    return QStringLiteral("request");
}

// "Ferramenta: Relatórios\nOnde fica no sistema: ..." — the answers as the ticket's description reads them.
QString answersText(const AttendanceForm& form, const QJsonObject& answers) {
    QStringList lines;
    for (const AttendanceFormField& f : form.fields()) {
        const QJsonValue v = answers.value(f.key);
        if (v.isUndefined() || v.isNull())
            continue;
        QString text;
        if (v.isBool())
            text = v.toBool() ? QStringLiteral("Sim") : QStringLiteral("Não");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'f', v.toDouble() == qint64(v.toDouble()) ? 0 : 2);
        else
            text = v.toString();
        lines << QStringLiteral("%1: %2").arg(f.label, text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CallConclusion::CallConclusion(Database& db, const Clock& clock, QString workstationCode)
    : m_db(db)
    , m_clock(clock)
    , m_workstation(std::move(workstationCode)) {}

QString CallConclusion::setting(const QString& key, const QString& fallback) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

int CallConclusion::ticketRequiredAfterSeconds() {
    bool ok = false;
    const int seconds = setting(QStringLiteral("call.ticket_required_after_seconds"), QString()).trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultTicketRequiredAfterSeconds;
}

bool CallConclusion::ticketRequired(qint64 startedAt) {
    return m_clock.nowMs() - startedAt >= qint64(ticketRequiredAfterSeconds()) * 1000;
}

Result<CallConclusionResult> CallConclusion::conclude(const Actor& actor, const CallConclusionRequest& request) {
    if (!actor.can(Permission::CallRun))
        return Error::make(Error::Code::PermissionDenied, tr("Your profile does not allow taking calls."),
                           QStringLiteral("call.run"));
    if (request.contactRecordId <= 0)
        return Error::make(Error::Code::InvalidInput, tr("The call has no protocol yet: start it at the greeting."),
                           QStringLiteral("no contact record"));

    if (!request.type) {
        // A quick question: only while the call is short (F-12).
        if (ticketRequired(request.startedAt)) {
            Error e = Error::make(
                Error::Code::InvalidInput,
                tr("This call has lasted more than %n minute(s): it must be registered as a ticket. Choose the "
                   "attendance type and fill in its form.",
                   "", ticketRequiredAfterSeconds() / 60),
                QStringLiteral("ticket required after %1 s").arg(ticketRequiredAfterSeconds()));
            e.fields = QStringList{QStringLiteral("attendance_type")};
            return e;
        }
        if (request.notes.trimmed().isEmpty()) {
            Error e = Error::make(Error::Code::InvalidInput,
                                  tr("Write what the customer asked and what was answered before concluding."),
                                  QStringLiteral("empty summary"));
            e.fields = QStringList{QStringLiteral("notes")};
            return e;
        }
        CallConclusionResult result;
        ProtocolService protocols(m_db, m_clock, m_workstation);
        Status done = m_db.inTransaction(
            [&]() -> Status {
                if (request.customerId) {
                    QSqlQuery q(m_db.connection());
                    q.prepare(QStringLiteral("UPDATE contact_records SET customer_id = ? WHERE id = ?"));
                    q.addBindValue(*request.customerId);
                    q.addBindValue(request.contactRecordId);
                    if (!q.exec())
                        return storage(q);
                }
                if (Status s = protocols.finish(actor, request.contactRecordId, request.notes.trimmed()); !s)
                    return s;
                auto mail = queueEmail(actor, request, std::nullopt);
                if (!mail)
                    return mail.error();
                result = *mail;
                return {};
            },
            tr("The call could not be saved. Nothing was changed; try again."));
        if (!done)
            return done.error();
        log::info("call {} concluded as a contact by user {}", request.contactRecordId, actor.userId());
        return result;
    }

    const AttendanceType& type = *request.type;
    auto answers = type.form.validate(request.answers);
    if (!answers)
        return answers.error();
    AttendanceTypeService types(m_db, m_clock);
    if (Status s = types.checkEligible(actor, type, request.customerId); !s)
        return s.error();
    if (type.creates == QLatin1String("rental_process") || type.creates == QLatin1String("capture_process")) {
        if (!request.customerId)
            return Error::make(Error::Code::InvalidInput,
                               tr("\"%1\" needs the customer: identify or register the customer first.").arg(type.name),
                               QStringLiteral("process without customer"));
    }

    NewTicket newTicket;
    newTicket.contactRecordId = request.contactRecordId;
    newTicket.channel = QStringLiteral("phone");
    Ticket& t = newTicket.ticket;
    t.customerId = request.customerId;
    t.attendanceTypeId = type.id;
    t.kind = kindOf(type);
    const QString firstLine = request.notes.trimmed().section(QLatin1Char('\n'), 0, 0).left(80);
    t.title = firstLine.isEmpty() ? type.name : QStringLiteral("%1: %2").arg(type.name, firstLine);
    const QString answered = answersText(type.form, *answers);
    t.description = request.notes.trimmed();
    if (!answered.isEmpty())
        t.description += (t.description.isEmpty() ? QString() : QStringLiteral("\n\n")) + answered;
    t.formAnswers = QString::fromUtf8(QJsonDocument(*answers).toJson(QJsonDocument::Compact));

    NewInteraction record;
    record.kind = QStringLiteral("record");
    record.channel = QStringLiteral("phone");
    record.text = request.notes.trimmed().isEmpty()
                      ? tr("Phone call, protocol %1: %2.").arg(request.protocol, type.name)
                      : tr("Phone call, protocol %1: %2").arg(request.protocol, request.notes.trimmed());

    CallConclusionResult result;
    TicketService tickets(m_db, m_clock, m_workstation);
    ProtocolService protocols(m_db, m_clock, m_workstation);
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto ticket = tickets.createWithInteractions(actor, newTicket, {record}, {});
            if (!ticket)
                return ticket.error();
            auto process = startProcess(type, request, *answers, ticket->id);
            if (!process)
                return process.error();
            const QString summary = request.notes.trimmed().isEmpty() ? t.title : request.notes.trimmed();
            if (Status s = protocols.finish(actor, request.contactRecordId, summary); !s)
                return s;
            auto mail = queueEmail(actor, request, ticket->id);
            if (!mail)
                return mail.error();
            result = *mail;
            result.ticketId = ticket->id;
            result.processId = *process;
            return {};
        },
        tr("The call could not be saved. Nothing was changed; try again."));
    if (!done)
        return done.error();
    log::info("call {} concluded with ticket {} by user {}", request.contactRecordId, *result.ticketId, actor.userId());
    return result;
}

Result<std::optional<qint64>> CallConclusion::startProcess(const AttendanceType& type,
                                                           const CallConclusionRequest& request,
                                                           const QJsonObject& answers, qint64 ticketId) {
    const qint64 now = m_clock.nowMs();
    if (type.creates == QLatin1String("rental_process")) {
        const qint64 propertyId = qint64(answers.value(QStringLiteral("property")).toDouble());
        QSqlQuery exists(m_db.connection());
        exists.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM properties WHERE id = ?)"));
        exists.addBindValue(propertyId);
        if (!exists.exec() || !exists.next())
            return storage(exists);
        if (!exists.value(0).toBool()) {
            Error e = Error::make(
                Error::Code::InvalidInput,
                tr("There is no property with code %1: check the number with the customer.").arg(propertyId),
                QStringLiteral("unknown property"));
            e.fields = QStringList{QStringLiteral("property")};
            return e;
        }
        // The customer's process for this property still in progress gets the new ticket; otherwise one starts.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM rental_processes WHERE customer_id = ? AND property_id = ? AND "
                                 "status = 'in_progress' ORDER BY id DESC LIMIT 1"));
        q.addBindValue(*request.customerId);
        q.addBindValue(propertyId);
        if (!q.exec())
            return storage(q);
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE rental_processes SET ticket_id = ? WHERE id = ?"));
            u.addBindValue(ticketId);
            u.addBindValue(id);
            if (!u.exec())
                return storage(u);
            return std::optional<qint64>(id);
        }
        QSqlQuery i(m_db.connection());
        i.prepare(QStringLiteral("INSERT INTO rental_processes (customer_id, property_id, created_at, ticket_id) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"));
        i.addBindValue(*request.customerId);
        i.addBindValue(propertyId);
        i.addBindValue(now);
        i.addBindValue(ticketId);
        if (!i.exec())
            return storage(i);
        return std::optional<qint64>(Database::returnedId(i));
    }
    if (type.creates == QLatin1String("capture_process")) {
        // The captador chosen on the form (a user id), or the active user who received a capture process least
        // recently among those who already did (round-robin); none yet: the manager assigns later.
        QVariant captador(QMetaType(QMetaType::LongLong));
        bool ok = false;
        const qint64 chosen = answers.value(QStringLiteral("captador")).toVariant().toLongLong(&ok);
        if (ok && chosen > 0) {
            captador = chosen;
        } else {
            QSqlQuery rr(m_db.connection());
            if (!rr.exec(QStringLiteral("SELECT c.captador_id FROM capture_processes c JOIN users u ON "
                                        "u.id = c.captador_id AND u.active = 1 GROUP BY c.captador_id "
                                        "ORDER BY max(c.created_at), c.captador_id LIMIT 1")))
                return storage(rr);
            if (rr.next())
                captador = rr.value(0);
        }
        QSqlQuery i(m_db.connection());
        i.prepare(QStringLiteral("INSERT INTO capture_processes (owner_id, property_data, captador_id, created_at, "
                                 "ticket_id) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        i.addBindValue(*request.customerId);
        i.addBindValue(QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)));
        i.addBindValue(captador);
        i.addBindValue(now);
        i.addBindValue(ticketId);
        if (!i.exec())
            return storage(i);
        return std::optional<qint64>(Database::returnedId(i));
    }
    return std::optional<qint64>();
}

Result<CallConclusionResult> CallConclusion::queueEmail(const Actor& actor, const CallConclusionRequest& request,
                                                        std::optional<qint64> ticketId) {
    Q_UNUSED(actor);
    CallConclusionResult result;
    ProtocolMailRequest mail;
    mail.protocol = request.protocol;
    mail.agentName = request.agentName;
    mail.at = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    mail.ticketId = ticketId;
    mail.viaReceptionist = true; // an unidentified caller has no portal access either
    if (request.customerId) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT c.name, c.has_portal_access, (SELECT value FROM customer_channels WHERE "
                                 "customer_id = c.id AND kind = 'email' ORDER BY id LIMIT 1) FROM customers c "
                                 "WHERE c.id = ?"));
        q.addBindValue(*request.customerId);
        if (!q.exec())
            return storage(q);
        if (q.next()) {
            mail.customer.name = q.value(0).toString();
            mail.viaReceptionist = !q.value(1).toBool(); // F-14
            mail.customer.address = q.value(2).toString();
        }
    }
    if (request.type)
        mail.subject = request.type->name;
    // The mail module renders the administrator's protocol template and queues it in this transaction.
    auto queued = ProtocolMailQueue(m_db, m_clock).enqueueProtocol(mail);
    if (!queued) {
        // Nobody to send it to (no e-mail, no receptionist): the protocol was said aloud, the call still ends.
        if (queued.error().code == Error::Code::InvalidInput)
            return result;
        return queued.error();
    }
    result.outboxId = *queued;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT to_address FROM outbox WHERE id = ?"));
    q.addBindValue(result.outboxId);
    if (!q.exec() || !q.next())
        return storage(q);
    result.emailTo = q.value(0).toString();
    return result;
}

} // namespace atende
