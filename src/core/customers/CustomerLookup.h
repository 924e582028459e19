#pragma once

#include "customers/Customer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace atende {

class Actor;
class CustomerService;

// The one identification field of the call screen, the customer search box and `atendectl customer find`: what
// the agent typed is read as the first of these it can be — a CPF or CNPJ (masked or not, alphanumeric CNPJ too),
// an e-mail address, a phone with DDD, a customer code, and otherwise the start of a name (accents and case
// ignored). A code that also looks like a name prefix finds the code's owner first. Permissions and masking are
// CustomerService's.
class CustomerLookup {
    Q_DECLARE_TR_FUNCTIONS(CustomerLookup)

public:
    enum class Way { Document, Email, Phone, Code, NamePrefix };

    struct Outcome {
        Way way = Way::NamePrefix;
        QList<Customer> customers; // empty: nobody matched
    };

    explicit CustomerLookup(CustomerService& customers);

    // InvalidInput for empty text or a CPF/CNPJ with the right length whose check digits are wrong (the agent
    // mistyped: say so instead of "not found").
    Result<Outcome> find(const Actor& actor, const QString& typed, int limit = 50);

    static QString wayName(Way way);

private:
    CustomerService& m_customers;
};

} // namespace atende
