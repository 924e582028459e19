#pragma once

#include "customers/Customer.h"

#include <QString>

namespace atende {

class Actor;

// LGPD: CPF/CNPJ, e-mails and phones are personal data, shown in full only to actors with personal_data.view.
// Services pass everything they return through forActor(), so core is the guard and no screen or export can forget.
class CustomerPrivacy {
public:
    static bool seesPersonalData(const Actor& actor);

    // ***.456.789-** / **.ABC.345/****-** (from a normalised document).
    static QString maskDocument(const QString& normalized);
    // j***@exemplo.com.br
    static QString maskEmail(const QString& email);
    // (**) *****-4321
    static QString maskPhone(const QString& phone);

    // The customer with its document, e-mails and phones (its contacts' too) masked.
    static Customer masked(Customer customer);
    // `customer` as `actor` may see it.
    static Customer forActor(const Actor& actor, Customer customer);

    // For an update by an actor who only saw masked values: every masked value still as it was shown is replaced by
    // the stored value it stands for, so saving an unrelated field never overwrites a phone with "(**) *****-4321".
    static Customer restoreMasked(const Customer& stored, Customer incoming);
};

} // namespace atende
