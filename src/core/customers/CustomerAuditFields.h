#pragma once

#include "audit/AuditLog.h"
#include "customers/Customer.h"

#include <QList>
#include <QString>

namespace atende {

// How a customer appears in the audit history (entity 'customer'): one field per column, e-mails and phones as one
// field each ("a@x.com; b@y.com"), a contact's fields as "contact.<id>.<field>". One place, so the history screen,
// the services and the anonymiser agree on the names.
class CustomerAuditFields {
public:
    static inline const QString Entity = QStringLiteral("customer");
    static inline const QString ListSeparator = QStringLiteral("; ");

    // Every field with a value, as created (old values null).
    static QList<FieldChange> creation(const Customer& customer);
    // The fields that differ, contacts included (matched by id; id 0 in `after` must have been given its id).
    static QList<FieldChange> changes(const Customer& before, const Customer& after);
    // Every field with a value, as removed (new values null): what a deleted record was.
    static QList<FieldChange> removal(const Customer& customer);

    // Whether a field's values are personal data (name, document, code, e-mails, phones, address, notes, and every
    // contact field): the anonymiser replaces them in the history.
    static bool isPersonal(const QString& field);

    static QList<FieldChange> contactCreation(const CustomerContact& contact);
    static QList<FieldChange> contactChanges(const CustomerContact& before, const CustomerContact& after);
    static QList<FieldChange> contactRemoval(const CustomerContact& contact);
};

} // namespace atende
