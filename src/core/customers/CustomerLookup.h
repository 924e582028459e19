#pragma once

#include "customers/Customer.h"
#include "customers/CustomerService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atende {

// The one search box of the customer screens and the call screen's identification field (F-02), and
// `atendectl customer find`: tells from the text what was typed and asks CustomerService the matching question, so
// every screen reads a box the same way:
// - a CPF/CNPJ, with or without mask (alphanumeric CNPJ too)   -> findByDocument
//   (one with the right length but wrong check digits is an InvalidInput naming the reason — the agent mistyped —
//   unless it can also be a phone)
// - an e-mail address (has '@')                                 -> findByEmail
// - a phone with DDD (10 to 13 digits and phone punctuation)    -> findByPhone
// - otherwise a customer code, if one matches exactly           -> findByCode
// - otherwise the start of a name (accents and case ignored)    -> findByNamePrefix
// Not finding anyone is an empty list, not an error; permission refusals and storage failures are errors.
class CustomerLookup {
    Q_DECLARE_TR_FUNCTIONS(CustomerLookup)

public:
    enum class Kind { None, Email, Document, Phone, Code, Name };

    struct Outcome {
        Kind kind = Kind::None;
        QList<Customer> customers;
    };

    CustomerLookup(Database& db, const Clock& clock);

    // Empty text: an empty outcome (Kind::None).
    Result<Outcome> find(const Actor& actor, const QString& text, int limit = CustomerService::DefaultSearchLimit);

    // "document", "email", "phone", "code", "name" ("" for None): for JSON and logs.
    static QString kindName(Kind kind);

private:
    CustomerService m_customers;
};

} // namespace atende
