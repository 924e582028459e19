#pragma once

#include <QString>

namespace atende {

// A person who calls on a customer's behalf (Contato do cliente). Phone and e-mail are personal data: services
// return them masked to actors without personal_data.view (CustomerPrivacy).
struct CustomerContact {
    qint64 id = 0; // 0: not saved yet (CustomerService::update inserts it)
    QString name;
    QString role;
    QString phone; // formatted "(11) 98765-4321" once saved; empty when unknown
    QString email;

    bool operator==(const CustomerContact&) const = default;
};

} // namespace atende
