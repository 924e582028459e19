#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "tickets/CannedReply.h"
#include "tickets/NewTicket.h"
#include "tickets/ProblemResolution.h"
#include "tickets/ProtocolService.h"
#include "tickets/TicketDetails.h"
#include "tickets/TicketListRow.h"
#include "tickets/TicketStore.h"
#include "util/Result.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace atende {

class Actor;
class Clock;
class Database;

// Tickets (Atendimento): create, read, change along the workflow, answer, link, clone, tasks, incident/problem.
// Used by the ticket screen, the call script, atendectl and imports alike, so the rules hold on every path.
//
// Rules every write follows:
// - the permission check comes first (AccessGuard: PermissionDenied and an audited refusal);
// - the subject's mandatory fields (plus the transition's required fields on a status change) are checked by ONE
//   check, checkRules(), on every path that changes a ticket; its error lists every missing field in one message
//   and in Error::fields;
// - one transaction holds the change, its audit rows (entity 'ticket', one row per changed field) and the ticket's
//   full-text row;
// - optimistic locking: a write based on an old read (tickets.row_version) is refused with Conflict. Adding an
//   interaction or a status change also moves row_version: reload the ticket (get()) after a write.
class TicketService {
    Q_DECLARE_TR_FUNCTIONS(TicketService)

public:
    static inline const QString Entity = QStringLiteral("ticket");

    // `workstationCode` makes the protocols this service reserves unique (Settings::workstationCode()).
    TicketService(Database& db, const Clock& clock, QString workstationCode = QStringLiteral("01"));

    // Needs ticket.create. Sets protocol (from the contact record, or a new contact of newTicket.channel),
    // status (the initial one), priority (urgency x impact), deadline, sector (the sub-subject's or subject's
    // default when empty), opened by/at. Returns the stored ticket.
    Result<Ticket> create(const Actor& actor, const NewTicket& newTicket);
    // One file to attach when registering a ticket; interactionIndex ties it to one of the interactions given.
    struct NewAttachment {
        QString fileName;
        QString mimeType;
        QByteArray data;
        std::optional<int> interactionIndex;
    };
    // The call's "Conclude" (F-10): the ticket, its interactions and attachments in ONE transaction, so either all
    // are saved or nothing is. Needs ticket.create, and ticket.reply when there are interactions or attachments.
    Result<Ticket> createWithInteractions(const Actor& actor, const NewTicket& newTicket,
                                          const QList<NewInteraction>& interactions,
                                          const QList<NewAttachment>& attachments);
    // Needs ticket.view.
    Result<TicketDetails> get(const Actor& actor, qint64 ticketId);
    Result<TicketDetails> getByProtocol(const Actor& actor, const QString& protocol);
    // The ticket's full history, oldest first (the history tab). ticket.view.
    Result<QList<TicketHistoryEntry>> history(const Actor& actor, qint64 ticketId);
    // The most recently updated tickets, optionally of one status (TicketPageQuery's first page). ticket.view.
    Result<std::vector<TicketListRow>> recent(const Actor& actor, std::optional<qint64> statusId, int limit);

    // Saves the editable fields of `edited` (read by get(), with its rowVersion): forward (sector, responsible),
    // subject, sub-subject, priority (urgency/impact, or priority itself), next action, title, description,
    // solution, customer, contact, problem (parentProblemId), service order. Status and dates are not taken from
    // `edited` (changeStatus() moves the status). Needs ticket.edit. Returns the new row version. `auditAction` names
    // the audit rows ("merge" when the values come from merging two agents' versions, TicketConflictMerge).
    Result<qint64> update(const Actor& actor, const Ticket& edited,
                          const QString& auditAction = QStringLiteral("update"));

    // Moves the ticket to `toStatusId` along the workflow: the transition must exist, the actor must hold its
    // permission, the required fields (e.g. the solution to resolve; `solution` when not empty is saved first) and
    // the subject's mandatory fields must be filled, and a ticket handled by phone whose subject requires it needs a
    // phone interaction record before it is resolved or closed (seed 002). `comment` (optional) is recorded as an
    // internal interaction. Returns the new row version.
    Result<qint64> changeStatus(const Actor& actor, qint64 ticketId, qint64 expectedRowVersion, qint64 toStatusId,
                                const QString& solution = {}, const QString& comment = {});
    // The statuses the actor may move this ticket to now.
    Result<QList<WorkflowStatus>> allowedStatuses(const Actor& actor, qint64 ticketId);

    // Adds a canned reply, a manual reply or an interaction record (NewInteraction). Needs ticket.reply. A
    // visible-to-customer answer is the first response when there was none; e-mail to the customer queues a row in
    // the outbox (InvalidInput when the customer has no e-mail), with the copy address as cc. `attachments` are
    // stored with it, tied to it, in the same transaction: a refused file (too big, empty) saves nothing.
    // Returns its id.
    Result<qint64> addInteraction(const Actor& actor, qint64 ticketId, const NewInteraction& interaction,
                                  const QList<NewAttachment>& attachments = {});
    // The canned reply's text for this ticket, variables filled, as it would be sent now. Needs ticket.view.
    Result<QString> previewCannedReply(const Actor& actor, qint64 ticketId, qint64 cannedReplyId);
    Result<QList<CannedReply>> cannedReplies(const Actor& actor);

    // Links two tickets (both directions). Only an active ticket (not in a closed status) may be linked. ticket.edit.
    Status link(const Actor& actor, qint64 ticketId, qint64 otherTicketId);
    // What the "link ticket" choice offers: the customer's active tickets (not closed) other than `ticketId`,
    // newest first. ticket.view.
    Result<QList<LinkedTicket>> linkableTickets(const Actor& actor, qint64 ticketId, int limit = 50);
    Status unlink(const Actor& actor, qint64 ticketId, qint64 otherTicketId);

    // Tasks exist only on tickets with a sub-subject. ticket.edit.
    Result<qint64> addTask(const Actor& actor, qint64 ticketId, const QString& title,
                           std::optional<qint64> assigneeId = std::nullopt, std::optional<qint64> dueAt = std::nullopt);
    Status setTaskDone(const Actor& actor, qint64 taskId, bool done);

    // A new ticket with the same customer, subject, sector, priority, title and description, a new protocol and
    // the initial status, linked to the original when it is still active. Needs ticket.clone; the mandatory
    // fields are checked like any other path.
    Result<Ticket> clone(const Actor& actor, qint64 ticketId);

    // Resolves a problem ticket with `solution`; with `resolveIncidents`, each open incident linked to it is
    // resolved too (same solution) with ONE visible message `customerMessage` to its customer (e-mailed when the
    // customer has an e-mail). Each incident is its own transaction: one that cannot move (its workflow, its
    // rules) is reported in skippedIncidents and left as it was.
    Result<ProblemResolution> resolveProblem(const Actor& actor, qint64 problemId, qint64 expectedRowVersion,
                                             const QString& solution, bool resolveIncidents,
                                             const QString& customerMessage);

    // THE mandatory-field check: title, the subject's and sub-subject's mandatory fields, and `extraRequired`
    // (a transition's required fields). InvalidInput listing all that is missing (Error::fields), or success.
    // Public so a screen can ask before saving; every write path calls it.
    Status checkRules(const Ticket& ticket, const QStringList& extraRequired = {});

    // The workflow engine over the stored configuration.
    Result<WorkflowEngine> engine();

    // Moves `ticket` (loaded inside the caller's transaction) to `to` and saves it: rules, phone documentation,
    // deadline, audit, search row. No permission check: callers have checked (or act for the system, such as the
    // 24-hour escalation). Updates `ticket` to the stored state.
    Status moveInTransaction(const Actor& actor, const WorkflowEngine& engine, Ticket& ticket, qint64 toStatusId,
                             const QStringList& extraRequired);

    // Audit rows of every field that differs between two states of a ticket.
    static QList<FieldChange> diff(const Ticket& before, const Ticket& after);

private:
    // Subject/sub-subject consistency, references that must exist, ranges. Fills the sub-subject's parent as the
    // subject when only the sub-subject was given.
    Status validate(Ticket& ticket);
    Result<Ticket> loadOrFail(qint64 ticketId);
    // Everything of create() before its transaction: validation, defaults, the rules.
    Result<Ticket> prepareNew(const Actor& actor, const WorkflowEngine& engine, const NewTicket& newTicket);
    // Inside the caller's transaction: the contact's protocol, the row, the contact's link, the audit.
    Status insertNew(const Actor& actor, const NewTicket& newTicket, Ticket& ticket, bool writeSearch);
    Status checkInteraction(const NewInteraction& interaction);
    Status saveChange(const Actor& actor, const Ticket& before, Ticket& after, const QString& action);
    Result<qint64> insertInteractionIn(const Actor& actor, Ticket& ticket, const NewInteraction& interaction);
    Result<QString> renderCanned(const Actor& actor, const Ticket& ticket, qint64 cannedReplyId);

    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
    TicketStore m_store;
    ProtocolService m_protocols;
    WorkflowStore m_workflow;
};

} // namespace atende
