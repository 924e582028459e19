#pragma once

#include "tickets/TicketConflict.h"
#include "tickets/TicketService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace atende {

class Actor;
class Clock;
class Database;

// Merges an agent's ticket edit with a change someone else saved meanwhile, instead of overwriting it or throwing
// the agent's typing away (issue 9, team mode). compare() lists every field the ticket screen and update() can
// change with base/mine/theirs, takes what only one side changed, and leaves the fields both changed differently
// for the agent to choose. save() writes the merged ticket through TicketService::update (its permission, rules and
// audit, action "merge") on the stored row version, so it succeeds unless yet another change came in between: then
// it is a Conflict again and compare() is asked anew.
class TicketConflictMerge {
    Q_DECLARE_TR_FUNCTIONS(TicketConflictMerge)

public:
    TicketConflictMerge(Database& db, const Clock& clock, QString workstationCode = QStringLiteral("01"));

    // `base`: the ticket as the agent read it (its rowVersion is the stale one); `mine`: the agent's edit of it.
    // Reads the stored ticket (ticket.view) and who saved it last.
    Result<TicketConflict> compare(const Actor& actor, const Ticket& base, const Ticket& mine);
    // The stored ticket with the fields whose choice is Mine taken from the agent's version.
    static Ticket merged(const TicketConflict& conflict);
    // InvalidInput while a conflicting field has no choice; Conflict when the ticket changed again since
    // compare(); otherwise the new row version.
    Result<qint64> save(const Actor& actor, const TicketConflict& conflict);

private:
    QString describe(const QString& field, const QVariant& value);
    QString nameOf(const QString& sql, qint64 id);

    Database& m_db;
    TicketService m_tickets;
};

} // namespace atende
