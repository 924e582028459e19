#pragma once

#include "customers/CustomerCard.h"
#include "customers/CustomerService.h"
#include "directory/DirectoryService.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

// Reads a customer card (the customer card widget and the call screen): the customer, partner, finance state and
// last tickets, through CustomerService and DirectoryService, so permissions and masking are theirs.
class CustomerCardLoader {
    Q_DECLARE_TR_FUNCTIONS(CustomerCardLoader)

public:
    static constexpr int DefaultTicketCount = 10;

    CustomerCardLoader(Database& db, const Clock& clock);

    Result<CustomerCard> load(const Actor& actor, qint64 customerId, int tickets = DefaultTicketCount);
    // The same for a customer already read (after a lookup by document).
    Result<CustomerCard> complete(const Actor& actor, Customer customer, int tickets = DefaultTicketCount);

    // The finance state of `customer`: blocked from `blockAfterDays` days overdue (0 or less: never), then in
    // debt, then overdue.
    static CustomerCard::Finance financeOf(const Customer& customer, int blockAfterDays);
    // What the card says about it: "Blocked: licence 9 days overdue (blocks at 7)."; empty for Ok.
    static QString financeText(const CustomerCard& card);

private:
    CustomerService m_customers;
    DirectoryService m_directory;
};

} // namespace atende
