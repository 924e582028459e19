#include "tickets/TicketService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "tickets/AttachmentService.h"
#include "tickets/CannedReplyRenderer.h"
#include "tickets/TicketFields.h"
#include "tickets/TicketPageQuery.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace atende {

namespace {

QVariant idValue(const std::optional<qint64>& v) {
    return v ? QVariant(*v) : QVariant();
}

Error invalid(const QString& message, const QString& detail) {
    return Error::make(Error::Code::InvalidInput, message, detail);
}

bool isValidKind(const QString& kind) {
    return kind == QLatin1String("incident") || kind == QLatin1String("problem") || kind == QLatin1String("request") ||
           kind == QLatin1String("question");
}

bool looksLikeEmail(const QString& s) {
    const auto at = s.indexOf(QLatin1Char('@'));
    return at > 0 && s.indexOf(QLatin1Char('.'), at) > at + 1 && !s.contains(QLatin1Char(' ')) &&
           !s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char(';')) && !s.endsWith(QLatin1Char('.'));
}

} // namespace

TicketService::TicketService(Database& db, const Clock& clock, QString workstationCode)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock)
    , m_store(db)
    , m_protocols(db, clock, std::move(workstationCode))
    , m_workflow(db, clock) {}

Result<WorkflowEngine> TicketService::engine() {
    auto def = m_workflow.load();
    if (!def)
        return def.error();
    auto cal = m_workflow.loadCalendar();
    if (!cal)
        return cal.error();
    auto policy = m_workflow.loadPolicy();
    if (!policy)
        return policy.error();
    return WorkflowEngine(std::move(*def), std::move(*cal), *policy);
}

QList<FieldChange> TicketService::diff(const Ticket& a, const Ticket& b) {
    QList<FieldChange> out;
    auto add = [&](const char* name, const QVariant& x, const QVariant& y) {
        if (x != y)
            out.append(FieldChange{QString::fromLatin1(name), x, y});
    };
    add("protocol", a.protocol, b.protocol);
    add("customer_id", idValue(a.customerId), idValue(b.customerId));
    add("contact_id", idValue(a.contactId), idValue(b.contactId));
    add("sector_id", idValue(a.sectorId), idValue(b.sectorId));
    add("subject_id", idValue(a.subjectId), idValue(b.subjectId));
    add("sub_subject_id", idValue(a.subSubjectId), idValue(b.subSubjectId));
    add("attendance_type_id", idValue(a.attendanceTypeId), idValue(b.attendanceTypeId));
    add("kind", a.kind, b.kind);
    add("urgency", a.urgency, b.urgency);
    add("impact", a.impact, b.impact);
    add("priority", a.priority, b.priority);
    add("status_id", a.statusId, b.statusId);
    add("responsible_id", idValue(a.responsibleId), idValue(b.responsibleId));
    add("next_action_at", idValue(a.nextActionAt), idValue(b.nextActionAt));
    add("deadline_at", idValue(a.deadlineAt), idValue(b.deadlineAt));
    add("first_response_at", idValue(a.firstResponseAt), idValue(b.firstResponseAt));
    add("resolved_at", idValue(a.resolvedAt), idValue(b.resolvedAt));
    add("closed_at", idValue(a.closedAt), idValue(b.closedAt));
    add("portal_visible", a.portalVisible, b.portalVisible);
    add("parent_problem_id", idValue(a.parentProblemId), idValue(b.parentProblemId));
    add("service_order_id", idValue(a.serviceOrderId), idValue(b.serviceOrderId));
    add("title", a.title, b.title);
    add("description", a.description, b.description);
    add("solution", a.solution, b.solution);
    add("form_answers", a.formAnswers, b.formAnswers);
    return out;
}

// --- Rules --------------------------------------------------------------------------------------------------------

Status TicketService::checkRules(const Ticket& ticket, const QStringList& extraRequired) {
    QStringList required{QStringLiteral("title")};
    for (const auto& id : {ticket.subjectId, ticket.subSubjectId}) {
        if (!id)
            continue;
        auto s = m_store.subject(*id);
        if (!s)
            return s.error();
        if (*s)
            required += (*s)->mandatoryFields;
    }
    required += extraRequired;
    const QStringList missing = TicketFields::missing(ticket, required);
    if (missing.isEmpty())
        return {};
    return TicketFields::missingFieldsError(missing);
}

Status TicketService::validate(Ticket& t) {
    if (!isValidKind(t.kind))
        return invalid(tr("Unknown ticket kind \"%1\": use incident, problem, request or question.").arg(t.kind),
                       QStringLiteral("bad kind"));
    if (t.urgency < 1 || t.urgency > 3 || t.impact < 1 || t.impact > 3)
        return invalid(tr("Urgency and impact go from 1 (high) to 3 (low)."), QStringLiteral("bad urgency/impact"));
    if (t.priority < 1 || t.priority > 5)
        return invalid(tr("Priority goes from 1 (highest) to 5."), QStringLiteral("bad priority"));
    t.title = t.title.trimmed();
    if (t.subSubjectId) {
        auto sub = m_store.subject(*t.subSubjectId);
        if (!sub)
            return sub.error();
        if (!*sub || !(*sub)->parentId)
            return invalid(tr("The chosen sub-subject does not exist any more. Choose another one."),
                           QStringLiteral("bad sub_subject_id"));
        if (!t.subjectId)
            t.subjectId = (*sub)->parentId;
        if (*(*sub)->parentId != *t.subjectId)
            return invalid(tr("The sub-subject \"%1\" does not belong to the chosen subject.").arg((*sub)->name),
                           QStringLiteral("sub-subject of another subject"));
    }
    if (t.subjectId) {
        auto s = m_store.subject(*t.subjectId);
        if (!s)
            return s.error();
        if (!*s || (*s)->parentId)
            return invalid(tr("The chosen subject does not exist any more. Choose another one."),
                           QStringLiteral("bad subject_id"));
    }
    struct Ref {
        const std::optional<qint64>& id;
        const char* table;
        QString message;
    };
    const Ref refs[] = {
        {t.customerId, "customers", tr("The chosen customer does not exist any more.")},
        {t.contactId, "contacts", tr("The chosen contact person does not exist any more.")},
        {t.sectorId, "sectors", tr("The chosen sector does not exist any more.")},
        {t.responsibleId, "users", tr("The chosen responsible user does not exist any more.")},
        {t.attendanceTypeId, "attendance_types", tr("The chosen attendance type does not exist any more.")},
        {t.serviceOrderId, "service_orders", tr("The chosen service order does not exist any more.")},
    };
    for (const Ref& r : refs) {
        if (!r.id)
            continue;
        auto e = m_store.exists(QString::fromLatin1(r.table), *r.id);
        if (!e)
            return e.error();
        if (!*e)
            return invalid(r.message, QStringLiteral("missing %1 %2").arg(QLatin1String(r.table)).arg(*r.id));
    }
    if (t.parentProblemId) {
        if (*t.parentProblemId == t.id && t.id != 0)
            return invalid(tr("A ticket cannot be its own problem."), QStringLiteral("self problem"));
        auto problem = m_store.load(*t.parentProblemId);
        if (!problem)
            return problem.error();
        if (!*problem || (*problem)->kind != QLatin1String("problem"))
            return invalid(tr("Incidents can only be linked to a ticket of kind problem."),
                           QStringLiteral("parent is not a problem"));
    }
    return {};
}

Result<Ticket> TicketService::loadOrFail(qint64 ticketId) {
    auto t = m_store.load(ticketId);
    if (!t)
        return t.error();
    if (!*t)
        return TicketStore::notFound();
    return **t;
}

Status TicketService::saveChange(const Actor& actor, const Ticket& before, Ticket& after, const QString& action) {
    after.updatedAt = m_clock.nowMs();
    auto ok = m_store.update(after);
    if (!ok)
        return ok.error();
    if (!*ok)
        return TicketStore::conflict();
    after.rowVersion += 1;
    if (Status s = m_store.writeSearchRow(after, true); !s)
        return s;
    return m_audit.record(actor, Entity, after.id, action, diff(before, after));
}

// --- Create and read ----------------------------------------------------------------------------------------------

Result<Ticket> TicketService::prepareNew(const Actor& actor, const WorkflowEngine& eng, const NewTicket& newTicket) {
    Ticket t = newTicket.ticket;
    t.id = 0;
    if (Status s = validate(t); !s)
        return s.error();
    if (!t.sectorId) {
        for (const auto& id : {t.subSubjectId, t.subjectId}) {
            if (!id)
                continue;
            auto s = m_store.subject(*id);
            if (!s)
                return s.error();
            if (*s && (*s)->defaultSectorId) {
                t.sectorId = (*s)->defaultSectorId;
                break;
            }
        }
    }
    const WorkflowStatus* initial = eng.definition().initialStatus();
    if (!initial)
        return invalid(tr("The workflow has no initial status. Ask the administrator to fix the workflow."),
                       QStringLiteral("no initial status"));
    const qint64 now = m_clock.nowMs();
    t.statusId = initial->id;
    t.priority = eng.policy().priorityFor(t.urgency, t.impact);
    t.openedBy = actor.isValid() ? std::optional<qint64>(actor.userId()) : std::nullopt;
    t.openedAt = now;
    t.updatedAt = now;
    t.deadlineAt = eng.initialDeadline(now, t.priority);
    t.deadlinePausedAt = initial->pausesDeadline ? std::optional<qint64>(now) : std::nullopt;
    t.firstResponseAt.reset();
    t.resolvedAt.reset();
    t.closedAt.reset();
    if (t.formAnswers.isEmpty())
        t.formAnswers = QStringLiteral("{}");
    if (Status s = checkRules(t); !s)
        return s.error();
    return t;
}

Status TicketService::insertNew(const Actor& actor, const NewTicket& newTicket, Ticket& t, bool writeSearch) {
    ContactRecord contact;
    if (newTicket.contactRecordId) {
        auto c = m_protocols.load(*newTicket.contactRecordId);
        if (!c)
            return c.error();
        if (!*c)
            return invalid(tr("The contact this ticket comes from does not exist any more."),
                           QStringLiteral("contact record not found"));
        if ((*c)->ticketId)
            return Error::make(Error::Code::Conflict,
                               tr("The contact with protocol %1 already has a ticket.").arg((*c)->protocol),
                               QStringLiteral("contact record has a ticket"));
        contact = **c;
    } else {
        auto c = m_protocols.reserveInTransaction(actor, newTicket.channel, t.customerId, t.contactId);
        if (!c)
            return c.error();
        contact = *c;
    }
    t.protocol = contact.protocol;
    if (!t.customerId && contact.customerId)
        t.customerId = contact.customerId;
    auto id = m_store.insert(t, writeSearch);
    if (!id)
        return id.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE contact_records SET ticket_id = ?, customer_id = coalesce(customer_id, ?) WHERE "
                             "id = ?"));
    q.addBindValue(t.id);
    q.addBindValue(TicketStore::nullableId(t.customerId));
    q.addBindValue(contact.id);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    return m_audit.record(actor, Entity, t.id, QStringLiteral("create"), diff(Ticket{}, t));
}

Result<Ticket> TicketService::create(const Actor& actor, const NewTicket& newTicket) {
    return createWithInteractions(actor, newTicket, {}, {});
}

Result<Ticket> TicketService::createWithInteractions(const Actor& actor, const NewTicket& newTicket,
                                                     const QList<NewInteraction>& interactions,
                                                     const QList<NewAttachment>& attachments) {
    if (Status s = m_guard.require(actor, Permission::TicketCreate, Entity, std::nullopt, QStringLiteral("create")); !s)
        return s.error();
    if (!interactions.isEmpty() || !attachments.isEmpty()) {
        if (Status s = m_guard.require(actor, Permission::TicketReply, Entity, std::nullopt, QStringLiteral("reply"));
            !s)
            return s.error();
    }
    for (const NewInteraction& i : interactions) {
        if (Status s = checkInteraction(i); !s)
            return s.error();
        if (i.text.trimmed().isEmpty()) {
            Error e = invalid(tr("Write the text of the answer."), QStringLiteral("empty interaction"));
            e.fields = QStringList{QStringLiteral("text")};
            return e;
        }
    }
    auto eng = engine();
    if (!eng)
        return eng.error();
    auto prepared = prepareNew(actor, *eng, newTicket);
    if (!prepared)
        return prepared.error();
    Ticket t = *prepared;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            const bool alone = interactions.isEmpty() && attachments.isEmpty();
            // With interactions, the search row is written once, at the end, with their texts.
            if (Status s = insertNew(actor, newTicket, t, alone); !s)
                return s;
            if (alone)
                return {};
            const Ticket before = t;
            QList<qint64> interactionIds;
            for (const NewInteraction& i : interactions) {
                auto id = insertInteractionIn(actor, t, i);
                if (!id)
                    return id.error();
                interactionIds.append(*id);
            }
            AttachmentService files(m_db, m_clock);
            for (const NewAttachment& a : attachments) {
                std::optional<qint64> interactionId;
                if (a.interactionIndex && *a.interactionIndex >= 0 && *a.interactionIndex < interactionIds.size())
                    interactionId = interactionIds.at(*a.interactionIndex);
                auto info = files.addInTransaction(actor, t.id, a.fileName, a.mimeType, a.data, interactionId);
                if (!info)
                    return info.error();
            }
            return saveChange(actor, before, t, QStringLiteral("update"));
        },
        tr("Could not save the ticket. Nothing was changed; try again."));
    if (!done)
        return done.error();
    log::info("ticket {} created by user {}", t.id, actor.userId());
    return t;
}

Result<TicketDetails> TicketService::get(const Actor& actor, qint64 ticketId) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, ticketId, QStringLiteral("view")); !s)
        return s.error();
    auto loaded = loadOrFail(ticketId);
    if (!loaded)
        return loaded.error();
    TicketDetails d;
    d.ticket = *loaded;
    const Ticket& t = d.ticket;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.code, s.name, s.is_closed, (SELECT name FROM customers WHERE id = ?), (SELECT name FROM sectors "
        "WHERE id = ?), (SELECT name FROM subjects WHERE id = ?), (SELECT name FROM subjects WHERE id = ?), (SELECT "
        "name FROM users WHERE id = ?), (SELECT max(needs_technical_assistance) FROM subjects WHERE id IN (?, ?)) "
        "FROM workflow_statuses s WHERE s.id = ?"));
    q.addBindValue(idValue(t.customerId));
    q.addBindValue(idValue(t.sectorId));
    q.addBindValue(idValue(t.subjectId));
    q.addBindValue(idValue(t.subSubjectId));
    q.addBindValue(idValue(t.responsibleId));
    q.addBindValue(idValue(t.subjectId));
    q.addBindValue(idValue(t.subSubjectId));
    q.addBindValue(t.statusId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (q.next()) {
        d.statusCode = q.value(0).toString();
        d.statusName = q.value(1).toString();
        d.statusIsClosed = q.value(2).toInt() != 0;
        d.customerName = q.value(3).toString();
        d.sectorName = q.value(4).toString();
        d.subjectName = q.value(5).toString();
        d.subSubjectName = q.value(6).toString();
        d.responsibleName = q.value(7).toString();
        d.needsTechnicalAssistance = q.value(8).toInt() != 0;
    }
    auto channel = m_store.contactChannel(ticketId);
    if (!channel)
        return channel.error();
    d.contactChannel = *channel;
    auto interactions = m_store.interactions(ticketId);
    if (!interactions)
        return interactions.error();
    d.interactions = std::move(*interactions);
    q.prepare(QStringLiteral("SELECT id, interaction_id, file_name, mime_type, size, sha256, created_at FROM "
                             "attachments WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    while (q.next())
        d.attachments.append(AttachmentInfo{q.value(0).toLongLong(), ticketId, TicketStore::optionalId(q.value(1)),
                                            q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(),
                                            q.value(5).toString(), q.value(6).toLongLong()});
    auto links = m_store.links(ticketId);
    if (!links)
        return links.error();
    d.links = *links;
    auto incidents = m_store.incidents(ticketId);
    if (!incidents)
        return incidents.error();
    d.incidents = *incidents;
    auto tasks = m_store.tasks(ticketId);
    if (!tasks)
        return tasks.error();
    d.tasks = *tasks;
    return d;
}

Result<TicketDetails> TicketService::getByProtocol(const Actor& actor, const QString& protocol) {
    auto id = m_store.idByProtocol(protocol);
    if (!id)
        return id.error();
    if (!*id) {
        if (Status s = m_guard.require(actor, Permission::TicketView, Entity, std::nullopt, QStringLiteral("view")); !s)
            return s.error();
        return Error::make(Error::Code::NotFound, tr("No ticket has the protocol %1.").arg(protocol.trimmed()),
                           QStringLiteral("protocol not found"));
    }
    return get(actor, **id);
}

Result<QList<TicketHistoryEntry>> TicketService::history(const Actor& actor, qint64 ticketId) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, ticketId, QStringLiteral("view")); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.at, a.user_id, coalesce(u.name, ''), a.action, a.field, a.old_value, "
                             "a.new_value FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.entity = "
                             "'ticket' AND a.entity_id = ? ORDER BY a.at, a.id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    QList<TicketHistoryEntry> out;
    while (q.next())
        out.append(TicketHistoryEntry{q.value(0).toLongLong(), TicketStore::optionalId(q.value(1)),
                                      q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                      q.value(5).toString(), q.value(6).toString()});
    return out;
}

Result<std::vector<TicketListRow>> TicketService::recent(const Actor& actor, std::optional<qint64> statusId,
                                                         int limit) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, std::nullopt, QStringLiteral("list")); !s)
        return s.error();
    TicketPageQuery query(m_db);
    TicketPageRequest request;
    request.filter.statusId = statusId;
    request.limit = std::clamp(limit, 1, 1000);
    return query.firstPage(request);
}

// --- Changes ------------------------------------------------------------------------------------------------------

Result<qint64> TicketService::update(const Actor& actor, const Ticket& edited, const QString& auditAction) {
    if (Status s = m_guard.require(actor, Permission::TicketEdit, Entity, edited.id, QStringLiteral("update")); !s)
        return s.error();
    auto eng = engine();
    if (!eng)
        return eng.error();
    qint64 version = 0;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto loaded = loadOrFail(edited.id);
            if (!loaded)
                return loaded.error();
            const Ticket before = *loaded;
            if (before.rowVersion != edited.rowVersion)
                return TicketStore::conflict();
            Ticket t = before;
            t.customerId = edited.customerId;
            t.contactId = edited.contactId;
            t.sectorId = edited.sectorId;
            t.subjectId = edited.subjectId;
            t.subSubjectId = edited.subSubjectId;
            t.attendanceTypeId = edited.attendanceTypeId;
            t.kind = edited.kind;
            t.urgency = edited.urgency;
            t.impact = edited.impact;
            t.responsibleId = edited.responsibleId;
            t.nextActionAt = edited.nextActionAt;
            t.portalVisible = edited.portalVisible;
            t.parentProblemId = edited.parentProblemId;
            t.serviceOrderId = edited.serviceOrderId;
            t.title = edited.title;
            t.description = edited.description;
            t.solution = edited.solution;
            t.formAnswers = edited.formAnswers.isEmpty() ? QStringLiteral("{}") : edited.formAnswers;
            // Urgency or impact changed: the matrix decides; otherwise a priority set by hand is kept.
            if (t.urgency != before.urgency || t.impact != before.impact)
                t.priority = eng->policy().priorityFor(t.urgency, t.impact);
            else
                t.priority = edited.priority;
            if (Status s = validate(t); !s)
                return s;
            if (t.priority != before.priority && !t.deadlinePausedAt)
                t.deadlineAt = eng->initialDeadline(t.openedAt, t.priority);
            if (Status s = checkRules(t); !s)
                return s;
            if (Status s = saveChange(actor, before, t, auditAction); !s)
                return s;
            version = t.rowVersion;
            return {};
        },
        tr("Could not save the ticket. Nothing was changed; try again."));
    if (!done)
        return done.error();
    return version;
}

Status TicketService::moveInTransaction(const Actor& actor, const WorkflowEngine& eng, Ticket& t, qint64 toStatusId,
                                        const QStringList& extraRequired) {
    auto transition = eng.transition(t.statusId, toStatusId);
    if (!transition)
        return transition.error();
    const WorkflowStatus from = *eng.definition().status(t.statusId);
    const WorkflowStatus to = *eng.definition().status(toStatusId);
    if (Status s = checkRules(t, transition->requiredFields + extraRequired); !s)
        return s;
    // Seed 002: a ticket handled by phone is documented with a phone record before it is resolved or closed.
    if (to.isClosed && to.code != QLatin1String("cancelled") && !from.isClosed) {
        bool requiresPhone = false;
        for (const auto& id : {t.subjectId, t.subSubjectId}) {
            if (!id)
                continue;
            auto s = m_store.subject(*id);
            if (!s)
                return s.error();
            if (*s && (*s)->requiresPhoneRecord)
                requiresPhone = true;
        }
        if (requiresPhone) {
            auto byPhone = m_store.handledByPhone(t.id);
            if (!byPhone)
                return byPhone.error();
            if (*byPhone) {
                auto has = m_store.hasPhoneRecord(t.id);
                if (!has)
                    return has.error();
                if (!*has) {
                    Error e = invalid(tr("This ticket was handled by phone: add an interaction record of the phone "
                                         "call (what was said) before moving it to \"%1\".")
                                          .arg(to.name),
                                      QStringLiteral("phone record required"));
                    e.fields = QStringList{QStringLiteral("phone_record")};
                    return e;
                }
            }
        }
    }
    const Ticket before = t;
    eng.applyStatusChange(t, from, to, m_clock.nowMs());
    return saveChange(actor, before, t, QStringLiteral("status"));
}

Result<qint64> TicketService::changeStatus(const Actor& actor, qint64 ticketId, qint64 expectedRowVersion,
                                           qint64 toStatusId, const QString& solution, const QString& comment) {
    auto eng = engine();
    if (!eng)
        return eng.error();
    auto current = loadOrFail(ticketId);
    if (!current) {
        if (Status s =
                m_guard.require(actor, Permission::TicketChangeStatus, Entity, ticketId, QStringLiteral("status"));
            !s)
            return s.error();
        return current.error();
    }
    auto transition = eng->transition(current->statusId, toStatusId);
    if (!transition)
        return transition.error();
    if (Status s = m_guard.require(
            actor, transition->permission.isEmpty() ? Permission::TicketChangeStatus : transition->permission, Entity,
            ticketId, QStringLiteral("status"));
        !s)
        return s.error();
    qint64 version = 0;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto loaded = loadOrFail(ticketId);
            if (!loaded)
                return loaded.error();
            Ticket t = *loaded;
            if (t.rowVersion != expectedRowVersion || t.statusId != current->statusId)
                return TicketStore::conflict();
            if (!solution.trimmed().isEmpty())
                t.solution = solution.trimmed();
            if (!comment.trimmed().isEmpty()) {
                NewInteraction note;
                note.kind = QStringLiteral("system");
                note.channel = QStringLiteral("internal");
                note.text = comment.trimmed();
                auto id = insertInteractionIn(actor, t, note);
                if (!id)
                    return id.error();
            }
            if (Status s = moveInTransaction(actor, *eng, t, toStatusId, {}); !s)
                return s;
            version = t.rowVersion;
            return {};
        },
        tr("Could not change the ticket's status. Nothing was changed; try again."));
    if (!done)
        return done.error();
    return version;
}

Result<QList<WorkflowStatus>> TicketService::allowedStatuses(const Actor& actor, qint64 ticketId) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, ticketId, QStringLiteral("view")); !s)
        return s.error();
    auto eng = engine();
    if (!eng)
        return eng.error();
    auto t = loadOrFail(ticketId);
    if (!t)
        return t.error();
    return eng->allowedTargets(actor, t->statusId);
}

// --- Interactions -------------------------------------------------------------------------------------------------

Result<QString> TicketService::renderCanned(const Actor& actor, const Ticket& t, qint64 cannedReplyId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body FROM canned_replies WHERE id = ?"));
    q.addBindValue(cannedReplyId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("This canned reply does not exist any more."),
                           QStringLiteral("canned reply not found"));
    const QString body = q.value(0).toString();
    QString customer;
    if (t.customerId) {
        auto name = m_store.customerName(*t.customerId);
        if (!name)
            return name.error();
        customer = *name;
    }
    // Date and time as the team reads them: the business calendar's time zone, not this machine's.
    auto calendar = m_workflow.loadCalendar();
    if (!calendar)
        return calendar.error();
    QString serviceOrder;
    if (t.serviceOrderId) {
        QSqlQuery so(m_db.connection());
        so.prepare(QStringLiteral("SELECT number FROM service_orders WHERE id = ?"));
        so.addBindValue(*t.serviceOrderId);
        if (!so.exec())
            return TicketStore::storageError(so.lastError().text());
        if (so.next())
            serviceOrder = so.value(0).toString();
    }
    return CannedReplyRenderer::render(
        body, {customer, t.protocol, actor.name(), m_clock.nowUtc().toTimeZone(calendar->zone()), serviceOrder});
}

Result<QString> TicketService::previewCannedReply(const Actor& actor, qint64 ticketId, qint64 cannedReplyId) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, ticketId, QStringLiteral("view")); !s)
        return s.error();
    auto t = loadOrFail(ticketId);
    if (!t)
        return t.error();
    return renderCanned(actor, *t, cannedReplyId);
}

Result<QList<CannedReply>> TicketService::cannedReplies(const Actor& actor) {
    if (Status s = m_guard.require(actor, Permission::TicketView, QStringLiteral("canned_reply"), std::nullopt,
                                   QStringLiteral("view"));
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, title, body, visible_by_default FROM canned_replies ORDER BY title")))
        return TicketStore::storageError(q.lastError().text());
    QList<CannedReply> out;
    while (q.next())
        out.append(CannedReply{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toInt() != 0});
    return out;
}

Result<qint64> TicketService::insertInteractionIn(const Actor& actor, Ticket& t, const NewInteraction& in) {
    Interaction i;
    i.ticketId = t.id;
    i.authorId = actor.isValid() ? std::optional<qint64>(actor.userId()) : std::nullopt;
    i.at = m_clock.nowMs();
    i.kind = in.kind;
    i.channel = in.channel;
    i.text = in.text.trimmed();
    i.visibleToCustomer = in.visibleToCustomer || in.emailToCustomer;
    i.emailedToCustomer = in.emailToCustomer;
    i.copyTo = in.copyTo.trimmed();
    auto id = m_store.insertInteraction(i);
    if (!id)
        return id.error();
    if (i.visibleToCustomer && !t.firstResponseAt && i.kind != QLatin1String("system"))
        t.firstResponseAt = i.at;
    if (in.nextActionAt)
        t.nextActionAt = in.nextActionAt;
    if (in.emailToCustomer || !i.copyTo.isEmpty()) {
        QString to;
        if (in.emailToCustomer && t.customerId) {
            auto email = m_store.customerEmail(*t.customerId);
            if (!email)
                return email.error();
            to = *email;
        }
        if (in.emailToCustomer && to.isEmpty())
            return invalid(tr("The customer has no e-mail address: add one to the customer, or untick "
                              "\"e-mail to customer\"."),
                           QStringLiteral("customer without e-mail"));
        if (to.isEmpty())
            to = i.copyTo; // only a copy to a third party
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO outbox (message_id, to_address, cc_address, subject, body_text, "
                                 "ticket_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(QStringLiteral("<%1@atende.local>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        q.addBindValue(to);
        q.addBindValue(TicketStore::text(to == i.copyTo ? QString() : i.copyTo));
        q.addBindValue(tr("Ticket %1: %2").arg(t.protocol, t.title));
        q.addBindValue(i.text);
        q.addBindValue(t.id);
        q.addBindValue(i.at);
        if (!q.exec())
            return TicketStore::storageError(q.lastError().text());
    }
    if (Status s = m_audit.record(actor, Entity, t.id, QStringLiteral("interaction"),
                                  {FieldChange{QStringLiteral("interaction"), {}, *id}});
        !s)
        return s.error();
    return *id;
}

Status TicketService::checkInteraction(const NewInteraction& in) {
    if (in.kind != QLatin1String("canned") && in.kind != QLatin1String("manual") && in.kind != QLatin1String("record"))
        return invalid(tr("Unknown kind of answer \"%1\": use canned, manual or record.").arg(in.kind),
                       QStringLiteral("bad interaction kind"));
    if (!ProtocolService::isValidChannel(in.channel))
        return invalid(tr("Unknown channel \"%1\". Use phone, email, chatbot, portal or internal.").arg(in.channel),
                       QStringLiteral("bad channel"));
    if (!in.copyTo.trimmed().isEmpty() && !looksLikeEmail(in.copyTo.trimmed()))
        return invalid(tr("The copy address \"%1\" is not an e-mail address.").arg(in.copyTo.trimmed()),
                       QStringLiteral("bad copy address"));
    return {};
}

Result<qint64> TicketService::addInteraction(const Actor& actor, qint64 ticketId, const NewInteraction& in,
                                             const QList<NewAttachment>& attachments) {
    if (Status s = m_guard.require(actor, Permission::TicketReply, Entity, ticketId, QStringLiteral("reply")); !s)
        return s.error();
    if (Status s = checkInteraction(in); !s)
        return s.error();
    qint64 interactionId = 0;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto loaded = loadOrFail(ticketId);
            if (!loaded)
                return loaded.error();
            const Ticket before = *loaded;
            Ticket t = before;
            NewInteraction n = in;
            if (n.kind == QLatin1String("canned") && n.text.trimmed().isEmpty()) {
                if (!n.cannedReplyId)
                    return invalid(tr("Choose the canned reply to send."), QStringLiteral("no canned reply"));
                auto text = renderCanned(actor, t, *n.cannedReplyId);
                if (!text)
                    return text.error();
                n.text = *text;
            }
            if (n.text.trimmed().isEmpty()) {
                Error e = invalid(tr("Write the text of the answer."), QStringLiteral("empty interaction"));
                e.fields = QStringList{QStringLiteral("text")};
                return e;
            }
            if (n.emailToCustomer) {
                QString email;
                if (t.customerId) {
                    auto found = m_store.customerEmail(*t.customerId);
                    if (!found)
                        return found.error();
                    email = *found;
                }
                if (email.isEmpty())
                    return invalid(tr("The customer has no e-mail address: add one to the customer, or untick "
                                      "\"e-mail to customer\"."),
                                   QStringLiteral("customer without e-mail"));
            }
            auto id = insertInteractionIn(actor, t, n);
            if (!id)
                return id.error();
            interactionId = *id;
            AttachmentService files(m_db, m_clock);
            for (const NewAttachment& a : attachments) {
                auto added = files.addInTransaction(actor, ticketId, a.fileName, a.mimeType, a.data, interactionId);
                if (!added)
                    return added.error();
            }
            return saveChange(actor, before, t, QStringLiteral("update"));
        },
        tr("Could not save the answer. Nothing was changed; try again."));
    if (!done)
        return done.error();
    return interactionId;
}

// --- Links, tasks, clone, problems --------------------------------------------------------------------------------

Status TicketService::link(const Actor& actor, qint64 ticketId, qint64 otherId) {
    if (Status s = m_guard.require(actor, Permission::TicketEdit, Entity, ticketId, QStringLiteral("link")); !s)
        return s;
    if (ticketId == otherId)
        return invalid(tr("A ticket cannot be linked to itself."), QStringLiteral("self link"));
    return m_db.inTransaction(
        [&]() -> Status {
            auto self = m_store.summary(ticketId);
            if (!self)
                return self.error();
            auto other = m_store.summary(otherId);
            if (!other)
                return other.error();
            if (!*self || !*other)
                return TicketStore::notFound();
            if ((*other)->isClosed)
                return invalid(tr("The ticket %1 is %2: only active tickets can be linked.")
                                   .arg((*other)->protocol, (*other)->statusName),
                               QStringLiteral("linked ticket closed"));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO ticket_links (ticket_id, linked_ticket_id, created_at) "
                                     "SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT) WHERE NOT EXISTS "
                                     "(SELECT 1 FROM ticket_links WHERE ticket_id = ? AND linked_ticket_id = ?) "
                                     "ON CONFLICT DO NOTHING"));
            q.addBindValue(ticketId);
            q.addBindValue(otherId);
            q.addBindValue(m_clock.nowMs());
            q.addBindValue(otherId);
            q.addBindValue(ticketId);
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            return m_audit.record(actor, Entity, ticketId, QStringLiteral("link"),
                                  {FieldChange{QStringLiteral("linked_ticket_id"), {}, otherId}});
        },
        tr("Could not link the tickets."));
}

Result<QList<LinkedTicket>> TicketService::linkableTickets(const Actor& actor, qint64 ticketId, int limit) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, ticketId, QStringLiteral("view")); !s)
        return s.error();
    auto t = loadOrFail(ticketId);
    if (!t)
        return t.error();
    QList<LinkedTicket> out;
    if (!t->customerId)
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t.id, t.protocol, t.title, s.name FROM tickets t JOIN workflow_statuses s ON "
                             "s.id = t.status_id WHERE t.customer_id = ? AND s.is_closed = 0 AND t.id <> ? ORDER BY "
                             "t.updated_at DESC LIMIT ?"));
    q.addBindValue(*t->customerId);
    q.addBindValue(ticketId);
    q.addBindValue(std::clamp(limit, 1, 500));
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    while (q.next())
        out.append(LinkedTicket{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), false});
    return out;
}

Status TicketService::unlink(const Actor& actor, qint64 ticketId, qint64 otherId) {
    if (Status s = m_guard.require(actor, Permission::TicketEdit, Entity, ticketId, QStringLiteral("unlink")); !s)
        return s;
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM ticket_links WHERE (ticket_id = ? AND linked_ticket_id = ?) OR "
                                     "(ticket_id = ? AND linked_ticket_id = ?)"));
            q.addBindValue(ticketId);
            q.addBindValue(otherId);
            q.addBindValue(otherId);
            q.addBindValue(ticketId);
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            return m_audit.record(actor, Entity, ticketId, QStringLiteral("unlink"),
                                  {FieldChange{QStringLiteral("linked_ticket_id"), otherId, {}}});
        },
        tr("Could not unlink the tickets."));
}

Result<qint64> TicketService::addTask(const Actor& actor, qint64 ticketId, const QString& title,
                                      std::optional<qint64> assigneeId, std::optional<qint64> dueAt) {
    if (Status s = m_guard.require(actor, Permission::TicketEdit, Entity, ticketId, QStringLiteral("task")); !s)
        return s.error();
    if (title.trimmed().isEmpty())
        return invalid(tr("Write what the task is."), QStringLiteral("empty task"));
    qint64 taskId = 0;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto t = loadOrFail(ticketId);
            if (!t)
                return t.error();
            if (!t->subSubjectId) {
                Error e = invalid(tr("Tasks need a sub-subject: choose the ticket's sub-subject first."),
                                  QStringLiteral("task without sub-subject"));
                e.fields = QStringList{QStringLiteral("sub_subject_id")};
                return e;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO tasks (ticket_id, title, assignee_id, due_at) VALUES (?, ?, ?, ?) RETURNING id"));
            q.addBindValue(ticketId);
            q.addBindValue(title.trimmed());
            q.addBindValue(TicketStore::nullableId(assigneeId));
            q.addBindValue(TicketStore::nullableId(dueAt));
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            taskId = Database::returnedId(q);
            return m_audit.record(actor, Entity, ticketId, QStringLiteral("task"),
                                  {FieldChange{QStringLiteral("task"), {}, title.trimmed()}});
        },
        tr("Could not save the task."));
    if (!done)
        return done.error();
    return taskId;
}

Status TicketService::setTaskDone(const Actor& actor, qint64 taskId, bool done) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ticket_id, done FROM tasks WHERE id = ?"));
    q.addBindValue(taskId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("This task does not exist any more."), QStringLiteral("task"));
    const qint64 ticketId = q.value(0).toLongLong();
    const bool was = q.value(1).toInt() != 0;
    if (Status s = m_guard.require(actor, Permission::TicketEdit, Entity, ticketId, QStringLiteral("task")); !s)
        return s;
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE tasks SET done = ? WHERE id = ?"));
            u.addBindValue(done ? 1 : 0);
            u.addBindValue(taskId);
            if (!u.exec())
                return TicketStore::storageError(u.lastError().text());
            return m_audit.record(actor, Entity, ticketId, QStringLiteral("task"),
                                  {FieldChange{QStringLiteral("task.%1.done").arg(taskId), was, done}});
        },
        tr("Could not save the task."));
}

Result<Ticket> TicketService::clone(const Actor& actor, qint64 ticketId) {
    if (Status s = m_guard.require(actor, Permission::TicketClone, Entity, ticketId, QStringLiteral("clone")); !s)
        return s.error();
    auto eng = engine();
    if (!eng)
        return eng.error();
    auto source = loadOrFail(ticketId);
    if (!source)
        return source.error();
    const WorkflowStatus* initial = eng->definition().initialStatus();
    const WorkflowStatus* sourceStatus = eng->definition().status(source->statusId);
    const qint64 now = m_clock.nowMs();
    Ticket t;
    t.customerId = source->customerId;
    t.contactId = source->contactId;
    t.sectorId = source->sectorId;
    t.subjectId = source->subjectId;
    t.subSubjectId = source->subSubjectId;
    t.attendanceTypeId = source->attendanceTypeId;
    t.kind = source->kind;
    t.urgency = source->urgency;
    t.impact = source->impact;
    t.priority = source->priority;
    t.responsibleId = source->responsibleId;
    t.portalVisible = source->portalVisible;
    t.parentProblemId = source->parentProblemId;
    t.serviceOrderId = source->serviceOrderId;
    t.title = source->title;
    t.description = source->description;
    t.formAnswers = source->formAnswers;
    t.statusId = initial ? initial->id : source->statusId;
    t.openedBy = actor.isValid() ? std::optional<qint64>(actor.userId()) : std::nullopt;
    t.openedAt = now;
    t.updatedAt = now;
    t.deadlineAt = eng->initialDeadline(now, t.priority);
    if (Status s = checkRules(t); !s)
        return s.error();
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto contact =
                m_protocols.reserveInTransaction(actor, QStringLiteral("internal"), t.customerId, t.contactId);
            if (!contact)
                return contact.error();
            t.protocol = contact->protocol;
            auto id = m_store.insert(t);
            if (!id)
                return id.error();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE contact_records SET ticket_id = ? WHERE id = ?"));
            q.addBindValue(t.id);
            q.addBindValue(contact->id);
            if (!q.exec())
                return TicketStore::storageError(q.lastError().text());
            if (sourceStatus && !sourceStatus->isClosed) {
                q.prepare(QStringLiteral("INSERT INTO ticket_links (ticket_id, linked_ticket_id, created_at) VALUES "
                                         "(?, ?, ?)"));
                q.addBindValue(t.id);
                q.addBindValue(ticketId);
                q.addBindValue(now);
                if (!q.exec())
                    return TicketStore::storageError(q.lastError().text());
            }
            NewInteraction note;
            note.kind = QStringLiteral("system");
            note.text = tr("Cloned from ticket %1.").arg(source->protocol);
            auto noteId = insertInteractionIn(actor, t, note);
            if (!noteId)
                return noteId.error();
            QList<FieldChange> changes = diff(Ticket{}, t);
            changes.append(FieldChange{QStringLiteral("cloned_from"), {}, ticketId});
            return m_audit.record(actor, Entity, t.id, QStringLiteral("clone"), changes);
        },
        tr("Could not clone the ticket. Nothing was changed; try again."));
    if (!done)
        return done.error();
    return t;
}

Result<ProblemResolution> TicketService::resolveProblem(const Actor& actor, qint64 problemId, qint64 expectedRowVersion,
                                                        const QString& solution, bool resolveIncidents,
                                                        const QString& customerMessage) {
    auto eng = engine();
    if (!eng)
        return eng.error();
    const WorkflowStatus* resolved = eng->definition().statusByCode(QStringLiteral("resolved"));
    if (!resolved)
        return invalid(tr("The workflow has no \"resolved\" status."), QStringLiteral("no resolved status"));
    auto problem = loadOrFail(problemId);
    if (!problem)
        return problem.error();
    if (problem->kind != QLatin1String("problem"))
        return invalid(tr("Only a ticket of kind problem resolves incidents."), QStringLiteral("not a problem"));
    if (resolveIncidents && customerMessage.trimmed().isEmpty()) {
        Error e =
            invalid(tr("Write the message each incident's customer will receive."), QStringLiteral("empty message"));
        e.fields = QStringList{QStringLiteral("text")};
        return e;
    }
    auto version = changeStatus(actor, problemId, expectedRowVersion, resolved->id, solution);
    if (!version)
        return version.error();
    ProblemResolution result;
    if (!resolveIncidents)
        return result;
    auto incidents = m_store.incidents(problemId);
    if (!incidents)
        return incidents.error();
    for (const LinkedTicket& incident : std::as_const(*incidents)) {
        if (incident.isClosed)
            continue;
        auto t = loadOrFail(incident.id);
        if (!t) {
            result.skippedIncidents.append({incident.id, t.error().userMessage});
            continue;
        }
        NewInteraction message;
        message.kind = QStringLiteral("manual");
        message.channel = QStringLiteral("email");
        message.text = customerMessage.trimmed();
        message.visibleToCustomer = true;
        if (t->customerId) {
            auto email = m_store.customerEmail(*t->customerId);
            message.emailToCustomer = email && !email->isEmpty();
        }
        auto transition = eng->transition(t->statusId, resolved->id);
        if (!transition) {
            result.skippedIncidents.append({incident.id, transition.error().userMessage});
            continue;
        }
        if (Status s = m_guard.require(actor, transition->permission, Entity, incident.id, QStringLiteral("status"));
            !s) {
            result.skippedIncidents.append({incident.id, s.error().userMessage});
            continue;
        }
        Status done = m_db.inTransaction(
            [&]() -> Status {
                auto loaded = loadOrFail(incident.id);
                if (!loaded)
                    return loaded.error();
                Ticket ticket = *loaded;
                if (ticket.solution.trimmed().isEmpty())
                    ticket.solution = solution.trimmed();
                auto id = insertInteractionIn(actor, ticket, message);
                if (!id)
                    return id.error();
                return moveInTransaction(actor, *eng, ticket, resolved->id, {});
            },
            tr("Could not resolve the incident."));
        if (done)
            result.resolvedIncidents.append(incident.id);
        else
            result.skippedIncidents.append({incident.id, done.error().userMessage});
    }
    return result;
}

} // namespace atende
