#pragma once

#include "customers/Customer.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atende {

// The rules a customer must follow before it is saved, in one place for the services, the CSV import and the
// editor's validation as you type. Messages are translated and say what to type instead.
class CustomerValidator {
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxCodeLength = 40;
    static constexpr int MaxPlanLength = 100;
    static constexpr int MaxObservationLength = 4000;
    static constexpr int MaxDebtNoteLength = 1000;
    static constexpr int MaxAddressLength = 300;
    static constexpr int MaxCityLength = 100;
    static constexpr int MaxRoleLength = 100;
    static constexpr int MaxChannels = 20; // e-mails, and phones, per customer
    static constexpr int MaxContacts = 100;

    // A problem with one field. `field` names it the way the audit does ("document", "emails",
    // "contacts.0.phone" for the first contact in the list), so a screen can put the message beside it.
    struct Issue {
        QString field;
        QString message;
    };

    // Brings every field to its stored form (trimmed; document without mask and upper case; phones formatted
    // "(11) 98765-4321"; repeated e-mails and phones dropped) and lists every problem found; empty when it can be
    // saved.
    static QList<Issue> normalize(Customer& customer);

    // Single fields, for validation as you type. Each gives the problem or nothing.
    static std::optional<Issue> checkName(const QString& name);
    static std::optional<Issue> checkDocument(Customer::Kind kind, const QString& typed);
    static std::optional<Issue> checkEmail(const QString& email);
    static std::optional<Issue> checkPhone(const QString& phone);

    // InvalidInput with every message, one per line, and the fields in the detail ("invalid fields: name,phones").
    static Error toError(const QList<Issue>& issues);
};

} // namespace atende
