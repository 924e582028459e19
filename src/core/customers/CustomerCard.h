#pragma once

#include "customers/Customer.h"
#include "customers/CustomerTicket.h"

#include <QList>
#include <QString>

#include <optional>

namespace atende {

// Everything the customer card shows (F-03), read in one go by CustomerCardLoader: the customer (masked for actors
// without personal_data.view), its partner's name, the finance situation with its reason, and its last tickets of
// every sector and status.
struct CustomerCard {
    enum class Finance { Ok, InDebt, Overdue, Blocked };

    Customer customer;
    QString partnerName; // empty without a partner
    Finance finance = Finance::Ok;
    int blockAfterDays = 7; // the configured threshold the Blocked state came from
    QList<CustomerTicket> tickets;
};

} // namespace atende
