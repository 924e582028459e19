#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "customers/CustomerStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace atende {

class Actor;
class Clock;
class Database;

// LGPD access request: everything Atende holds about one customer, as one JSON document (format
// "atende.customer-data", version 1): the record with its e-mails, phones and contacts, its tickets with their
// interactions (internal ones too, flagged visibleToCustomer=false: the person has a right to see what is recorded
// about them, the administrator decides what to hand over), attachment names and sizes (not their bytes), contact
// records, properties, rental contracts and processes, capture processes. The readable PDF is made from this by
// the GUI.
//
// Values are in full, so it needs customer.view and personal_data.view; each export is audited (action
// 'export_data', no values).
class CustomerDataExport {
    Q_DECLARE_TR_FUNCTIONS(CustomerDataExport)

public:
    static constexpr int FormatVersion = 1;

    CustomerDataExport(Database& db, const Clock& clock);

    Result<QJsonDocument> exportCustomer(const Actor& actor, qint64 customerId);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
    CustomerStore m_store;
};

} // namespace atende
