#pragma once

#include "customers/Customer.h"
#include "customers/CustomerService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atende {

// The one search box of the customer screens (F-02): tells from the text what was typed and asks CustomerService
// the matching question, so the screens and the call screen read a box the same way:
// - an e-mail address (has '@')                        -> findByEmail
// - a valid CPF/CNPJ, with or without mask              -> findByDocument
// - a phone with DDD (10 or 11 digits, not a document)  -> findByPhone
// - otherwise a customer code, if one matches exactly   -> findByCode
// - otherwise the start of a name (accents ignored)     -> findByNamePrefix
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

    Result<Outcome> find(const Actor& actor, const QString& text, int limit = CustomerService::DefaultSearchLimit);

private:
    CustomerService m_customers;
};

} // namespace atende
