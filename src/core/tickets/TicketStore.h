#pragma once

#include "tickets/Interaction.h"
#include "tickets/Ticket.h"
#include "tickets/TicketDetails.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace atende {

class Database;

// What a subject asks of its tickets (subjects; a sub-subject inherits its parent's rules and adds its own).
struct SubjectRules {
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    std::optional<qint64> defaultSectorId;
    bool needsTechnicalAssistance = false;
    bool requiresPhoneRecord = false;
    bool active = true;
    QStringList mandatoryFields;
};

// The SQL of tickets and their lists, shared by the ticket services. Checks no permission and opens no
// transaction: the calling service did the first and holds the second, so rows, audit and search row commit
// together.
class TicketStore {
    Q_DECLARE_TR_FUNCTIONS(TicketStore)

public:
    explicit TicketStore(Database& db);

    static Error storageError(const QString& detail);
    static Error notFound();
    static Error conflict();

    Result<std::optional<Ticket>> load(qint64 id);
    Result<std::optional<qint64>> idByProtocol(const QString& protocol);
    // Inserts and sets ticket.id; the search row is written too unless the caller writes it later in the same
    // transaction (a ticket registered with its interactions).
    Result<qint64> insert(Ticket& ticket, bool writeSearch = true);
    // Writes every column of `ticket` only if the stored row_version is still ticket.rowVersion; the stored
    // version becomes rowVersion + 1. False when someone else saved it first.
    Result<bool> update(const Ticket& ticket);

    Result<std::optional<SubjectRules>> subject(qint64 id);
    Result<QList<Interaction>> interactions(qint64 ticketId);
    Result<qint64> insertInteraction(const Interaction& interaction);
    // Whether the ticket has an interaction record of channel phone.
    Result<bool> hasPhoneRecord(qint64 ticketId);
    // The channel of the contact(s) that opened or followed the ticket: true when any was by phone.
    Result<bool> handledByPhone(qint64 ticketId);
    Result<QString> contactChannel(qint64 ticketId);
    // First e-mail address of the customer, empty when none.
    Result<QString> customerEmail(qint64 customerId);
    Result<QString> customerName(qint64 customerId);
    Result<std::optional<LinkedTicket>> summary(qint64 ticketId);
    Result<QList<LinkedTicket>> links(qint64 ticketId);
    Result<QList<LinkedTicket>> incidents(qint64 problemId);
    Result<QList<TicketTask>> tasks(qint64 ticketId);
    Result<bool> exists(const QString& table, qint64 id);

    // The ticket's full-text row (ticket_search, keyed by the ticket's id; title: protocol and title; body:
    // description, every interaction and the solution), written anew. `replace` is kept for the callers: the row is
    // always replaced by id now.
    Status writeSearchRow(const Ticket& ticket, bool replace);

    static QVariant nullableId(const std::optional<qint64>& id) {
        return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
    }
    static QVariant text(const QString& value) { return value.isNull() ? QVariant(QString(QLatin1String(""))) : value; }
    static std::optional<qint64> optionalId(const QVariant& v) {
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }

private:
    Database& m_db;
};

} // namespace atende
