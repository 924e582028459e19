#pragma once

#include "tickets/Attachment.h"
#include "tickets/Interaction.h"
#include "tickets/Ticket.h"

#include <QList>
#include <QString>

#include <optional>

namespace atende {

// A ticket linked to another (ticket_links, both directions), or an incident of a problem.
struct LinkedTicket {
    qint64 id = 0;
    QString protocol;
    QString title;
    QString statusName;
    bool isClosed = false;
};

// A task of a ticket (only tickets with a sub-subject have them).
struct TicketTask {
    qint64 id = 0;
    qint64 ticketId = 0;
    QString title;
    std::optional<qint64> assigneeId;
    std::optional<qint64> dueAt;
    bool done = false;
};

// One line of a ticket's history (Histórico): who changed which field when (audit_log, entity 'ticket').
struct TicketHistoryEntry {
    qint64 at = 0;
    std::optional<qint64> userId; // empty: the system (e.g. the 24-hour escalation)
    QString userName;
    QString action; // create, update, status, interaction, link, task, clone, escalation, attach, denied...
    QString field;  // column name (status_id, sector_id...) or what was added (interaction, attachment)
    QString oldValue;
    QString newValue;
};

// Everything the ticket screen shows, read in one go: the row, the names it points at and its lists.
struct TicketDetails {
    Ticket ticket;
    QString statusCode;
    QString statusName;
    bool statusIsClosed = false;
    QString customerName;
    QString sectorName;
    QString subjectName;
    QString subSubjectName;
    QString responsibleName;
    bool needsTechnicalAssistance = false; // the subject asks for it (show the technical assistance part)
    QString contactChannel;                // channel of the contact that opened it (phone, email...)
    QList<Interaction> interactions;       // oldest first
    QList<AttachmentInfo> attachments;
    QList<LinkedTicket> links;
    QList<LinkedTicket> incidents; // when this is a problem: its incident tickets
    QList<TicketTask> tasks;
};

} // namespace atende
