#pragma once

#include "auth/AccessGuard.h"
#include "tickets/ContactRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// Protocol numbers (SAC decree): given when a contact starts, unique across every workstation of the team,
// readable aloud. The format is app_settings 'protocol.format' (default "{yyyy}{MM}{dd}-{ws}-{seq:6}", e.g.
// 20261122-01-000123) with the tokens {yyyy} {yy} {MM} {dd} (the workstation's local date), {ws} (the workstation
// code, Settings::workstationCode()) and {seq:N} (the day's sequence of this workstation, N digits).
//
// The sequence comes from protocol_counters, incremented inside the same write transaction (BEGIN IMMEDIATE) that
// inserts the contact record: two processes on one database are serialised by SQLite's write lock and can never
// get the same number; the unique index on contact_records.protocol is the last guard (and makes lookup instant).
class ProtocolService {
    Q_DECLARE_TR_FUNCTIONS(ProtocolService)

public:
    static inline const QString DefaultFormat = QStringLiteral("{yyyy}{MM}{dd}-{ws}-{seq:6}");

    ProtocolService(Database& db, const Clock& clock, QString workstationCode);

    // Starts a contact: inserts its contact record with a new protocol, in its own transaction. Needs call.run or
    // ticket.create. `channel`: phone, email, chatbot, portal or internal.
    Result<ContactRecord> reserve(const Actor& actor, const QString& channel,
                                  std::optional<qint64> customerId = std::nullopt,
                                  std::optional<qint64> contactId = std::nullopt);
    // The same inside a transaction the caller holds (TicketService::create); checks no permission.
    Result<ContactRecord> reserveInTransaction(const Actor& actor, const QString& channel,
                                               std::optional<qint64> customerId, std::optional<qint64> contactId);

    // The contact with this protocol (typed with or without spaces around), NotFound otherwise. Needs ticket.view.
    Result<ContactRecord> find(const Actor& actor, const QString& protocol);
    // Ends a contact with its summary (a quick question answered without a ticket). Needs call.run or ticket.create.
    Status finish(const Actor& actor, qint64 contactRecordId, const QString& summary);

    // The protocol `format` gives for these values; an unknown token stays as typed.
    static QString render(const QString& format, const QDate& day, const QString& workstation, qint64 sequence);
    static bool isValidChannel(const QString& channel);
    static bool isValidWorkstationCode(const QString& code);

    // Reads the contact record by id (no permission check; for services that already checked).
    Result<std::optional<ContactRecord>> load(qint64 id);
    Result<std::optional<ContactRecord>> loadByProtocol(const QString& protocol);

private:
    Result<QString> format();

    Database& m_db;
    const Clock& m_clock;
    QString m_workstation;
    AccessGuard m_guard;
};

} // namespace atende
