#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "customers/Customer.h"
#include "directory/DirectoryEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// The directory (table directory_entries): finance contacts for PF and PJ, the receptionist, partner companies and
// others, editable by administrators so no name or address is hard-coded in the call script.
//
// Reading needs customer.view, call.run or settings.admin (the call screen shows these people); adding, changing
// and deactivating need settings.admin. Refusals are PermissionDenied with a 'denied' audit row; every change is
// audited (entity 'directory_entry', one row per field) in the same transaction. Entries are deactivated, never
// deleted: customers keep pointing at their partner.
class DirectoryService {
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxPhoneLength = 40;
    static constexpr int MaxNotesLength = 2000;

    DirectoryService(Database& db, const Clock& clock);

    // Entries in name order; of one kind when given; inactive ones only when asked.
    Result<QList<DirectoryEntry>> list(const Actor& actor, std::optional<DirectoryEntry::Kind> kind = std::nullopt,
                                       bool includeInactive = false);
    Result<DirectoryEntry> get(const Actor& actor, qint64 id);
    Result<qint64> add(const Actor& actor, const DirectoryEntry& entry);
    Status update(const Actor& actor, const DirectoryEntry& entry);
    Status deactivate(const Actor& actor, qint64 id);

    // Who finance transfers go to for this kind of customer (F-04): the first active entry of kind finance_pf or
    // finance_pj in name order. NotFound (with a message saying to configure it) when there is none.
    Result<DirectoryEntry> financeContactFor(const Actor& actor, Customer::Kind kind);
    // Where protocols of customers without portal access are forwarded (F-14). NotFound when none is configured.
    Result<DirectoryEntry> receptionist(const Actor& actor);

private:
    Status requireReader(const Actor& actor, std::optional<qint64> id, const QString& operation);
    Result<std::optional<DirectoryEntry>> load(qint64 id);
    Result<DirectoryEntry> firstActive(DirectoryEntry::Kind kind, const QString& missingMessage);
    static Status normalize(DirectoryEntry& entry);

    Database& m_db;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
