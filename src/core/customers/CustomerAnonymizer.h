#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "customers/CustomerAnonymizationReport.h"
#include "customers/CustomerStore.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Clock;
class CustomerTextScrubber;
class Database;

// LGPD anonymisation on the data subject's request (needs customer.anonymize). The customer stays, with its tickets,
// finance figures, plan and city, so reports keep adding up; what identifies the person goes:
// - the record: name -> "Anonymized customer <id>", document -> "ANON<id>" (unique, and never a valid CPF/CNPJ),
//   code, address, notes and finance note emptied, e-mails and phones deleted, contacts become "Contact <n>";
// - every former value (the current ones and those in the customer's history, also of customers merged into it)
//   scrubbed from: the history (audit_log: the customer's own rows and its tickets' rows fully, other rows where an
//   identifier appears), the customer's tickets, interactions, contact records, outbox mails (unsent ones to its
//   addresses are cancelled) and capture processes, and the full-text index (rows rewritten, then merged with
//   'optimize' so no old token stays in the index segments);
// - then the bytes: the transaction runs with PRAGMA secure_delete=ON (freed space is zeroed) and is followed by
//   PRAGMA wal_checkpoint(TRUNCATE), so the old page images in the -wal are gone. Free space left by changes made
//   before, with secure_delete off, is only rebuilt away by Options::compactDatabase (VACUUM).
// The act itself is audited (action 'anonymize') without any former value. Attachments (screenshots, recordings)
// are not opened: their bytes may hold personal data the administrator has to judge.
//
// BLOCKING: rewriting the full-text index and VACUUM take seconds on a large database; the GUI calls this on a worker
// thread with its own Database.
class CustomerAnonymizer {
    Q_DECLARE_TR_FUNCTIONS(CustomerAnonymizer)

public:
    struct Options {
        // Rebuild afterwards, which also clears space freed earlier without secure_delete: VACUUM of the SQLite file,
        // VACUUM FULL of the PostgreSQL tables that held personal data.
        bool compactDatabase = false;
    };

    CustomerAnonymizer(Database& db, const Clock& clock);

    Result<CustomerAnonymizationReport> anonymize(const Actor& actor, qint64 customerId, const Options& options);
    Result<CustomerAnonymizationReport> anonymize(const Actor& actor, qint64 customerId) {
        return anonymize(actor, customerId, Options{});
    }

private:
    Status run(const Actor& actor, qint64 customerId, CustomerAnonymizationReport& report);
    Result<QList<qint64>> customerIdsWithMerged(qint64 customerId);
    Status collectFormerValues(const QList<qint64>& customerIds, CustomerTextScrubber& scrubber);
    Status scrubOwnRecords(qint64 customerId, const QList<qint64>& tickets, const CustomerTextScrubber& scrubber,
                           CustomerAnonymizationReport& report);
    Status scrubAudit(const QList<qint64>& customerIds, const QList<qint64>& tickets,
                      const CustomerTextScrubber& scrubber, CustomerAnonymizationReport& report);
    Status scrubSearchIndex(qint64 customerId, const QList<qint64>& tickets, const CustomerTextScrubber& scrubber,
                            CustomerAnonymizationReport& report);
    Status scrubTicket(qint64 ticketId, int scope, const CustomerTextScrubber& scrubber,
                       CustomerAnonymizationReport& report);
    Result<bool> checkpoint();

    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
    CustomerStore m_store;
};

} // namespace atende
