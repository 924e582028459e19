#pragma once

#include "customers/CustomerConflict.h"
#include "customers/CustomerService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace atende {

class Actor;
class Clock;
class Database;

// The customer side of "no edit lost when two people change one record" (issue 9): compare() lists every field
// of the customer (contacts as one field, the list) with base/mine/theirs, takes what only one side changed and
// leaves the fields both changed differently for the agent to choose; save() writes the merged customer through
// CustomerService::update (permission, validation, audit rows with action "merge") on the stored row version, so
// it is refused with Conflict again when yet another change came in between.
//
// Not to be confused with CustomerService::merge, which joins two duplicate customer records into one.
class CustomerConflictMerge {
    Q_DECLARE_TR_FUNCTIONS(CustomerConflictMerge)

public:
    CustomerConflictMerge(Database& db, const Clock& clock);

    // `base`: the customer as the agent read it; `mine`: the agent's edit of it (typed form is fine: it is
    // normalised like a save would). Reads the stored customer (customer.view) and who saved it last.
    Result<CustomerConflict> compare(const Actor& actor, const Customer& base, const Customer& mine);
    // The stored customer with the fields whose choice is Mine taken from the agent's version.
    static Customer merged(const CustomerConflict& conflict);
    // InvalidInput while a conflicting field has no choice; Conflict when the customer changed again since
    // compare(); otherwise the new row version.
    Result<qint64> save(const Actor& actor, const CustomerConflict& conflict);

private:
    QString describe(const QString& field, const QVariant& value);

    Database& m_db;
    CustomerService m_customers;
};

} // namespace atende
