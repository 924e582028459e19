#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "customers/Customer.h"
#include "customers/CustomerMergeSummary.h"
#include "customers/CustomerStore.h"
#include "customers/CustomerTicket.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atende {

class Actor;
class Clock;
class Database;

// Customers (Cliente): create, update, find and merge, for the call screen, the customer screens and atendectl.
//
// Every method takes the acting user and checks the permission first (reading: customer.view; writing:
// customer.edit; merging: customer.merge); a refusal is PermissionDenied plus an audit row 'denied' (AccessGuard).
// Each change runs in one transaction with its audit rows (entity 'customer', one row per changed field; a contact's
// fields are "contact.<id>.<field>") and the customer's full-text row, so none exists without the others.
//
// What comes back passes through CustomerPrivacy: without personal_data.view the document, e-mails and phones are
// masked.
class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    static constexpr int DefaultBlockAfterDays = 7;
    static constexpr int DefaultSearchLimit = 50;
    static constexpr int MaxSearchLimit = 500;

    CustomerService(Database& db, const Clock& clock);

    // Validates (CustomerValidator: InvalidInput naming the fields), then refuses with Conflict when the document or
    // the code is taken (the message names the existing customer by code, never by document) and, unless
    // `allowDuplicate`, when possibleDuplicates() finds someone (the message lists them: the screen offers the
    // existing record first and passes allowDuplicate=true once the agent confirms it is someone else).
    Result<qint64> create(const Actor& actor, const Customer& customer, bool allowDuplicate = false);
    // Everything create() checks, without writing: for dry runs (CSV import) and for asking before saving.
    Status checkCreate(const Actor& actor, const Customer& customer, bool allowDuplicate = false);

    // Saves `customer` (read by get() or a find) and returns its new row version. Conflict when someone else saved
    // it since it was read (row_version changed), NotFound when it was deleted or merged away. Contacts are matched
    // by id: id 0 is added, a stored contact missing from the list is removed (Conflict when a ticket points at
    // it). Masked values an actor without personal_data.view left as shown keep the stored ones.
    // `auditAction` names the audit rows ("merge" when the values come from merging two agents' versions,
    // CustomerConflictMerge).
    Result<qint64> update(const Actor& actor, const Customer& customer,
                          const QString& auditAction = QStringLiteral("update"));

    Result<Customer> get(const Actor& actor, qint64 id);
    // CPF/CNPJ typed with or without mask, any case (alphanumeric CNPJ). InvalidInput when it cannot be one (with the
    // reason), NotFound when nobody has it.
    Result<Customer> findByDocument(const Actor& actor, const QString& typed);
    Result<Customer> findByCode(const Actor& actor, const QString& code);
    // Name starting with `prefix`, accents and case ignored ("joao" finds "João"), in name order.
    Result<QList<Customer>> findByNamePrefix(const Actor& actor, const QString& prefix, int limit = DefaultSearchLimit);
    // A phone with DDD typed any way (InvalidInput without the DDD).
    Result<QList<Customer>> findByPhone(const Actor& actor, const QString& phone, int limit = DefaultSearchLimit);
    // An e-mail address, any case.
    Result<QList<Customer>> findByEmail(const Actor& actor, const QString& email, int limit = DefaultSearchLimit);

    // The customer's tickets of every sector and status, newest first, with status and sector names.
    Result<QList<CustomerTicket>> ticketsOf(const Actor& actor, qint64 customerId, int limit = 20);

    // Other customers that are probably the same person or company: the same name (accents and case ignored) and a
    // phone in common, or an e-mail in common. `customer.id` itself is left out. Needs customer.view.
    Result<QList<Customer>> possibleDuplicates(const Actor& actor, const Customer& customer);

    // Moves everything of `removeId` to `keepId` (tickets, contact records, contacts, e-mails and phones it lacks,
    // properties, rental contracts and processes, capture processes), fills the kept customer's empty code, plan,
    // notes, address and partner from the removed one, deletes the removed customer and its search row. Audited on
    // both ids (action 'merge'; the kept one records merged_customer_id). Needs customer.merge.
    Result<CustomerMergeSummary> merge(const Actor& actor, qint64 keepId, qint64 removeId);

    // app_settings 'finance.block_after_days' (7 when missing or not a number; 0 or less: never block).
    int blockAfterDays();
    // Licence blocked: overdue for at least blockAfterDays() days.
    bool isBlocked(const Customer& customer);
    static bool isBlocked(const Customer& customer, int blockAfterDays);

private:
    // Document/code unique, partner, duplicates: the checks that read the database.
    Status checkAgainstStored(const Customer& normalized, bool allowDuplicate);
    Status checkPartner(std::optional<qint64> partnerId);
    Result<QList<Customer>> loadAll(const Actor& actor, const QList<qint64>& ids);
    Result<Customer> loadOne(const Actor& actor, const Result<std::optional<qint64>>& id);
    static int clampLimit(int limit);

    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
    CustomerStore m_store;
};

} // namespace atende
