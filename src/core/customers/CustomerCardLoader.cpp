#include "customers/CustomerCardLoader.h"

namespace atende {

CustomerCardLoader::CustomerCardLoader(Database& db, const Clock& clock)
    : m_customers(db, clock)
    , m_directory(db, clock) {}

Result<CustomerCard> CustomerCardLoader::load(const Actor& actor, qint64 customerId, int tickets) {
    auto customer = m_customers.get(actor, customerId);
    if (!customer)
        return customer.error();
    return complete(actor, std::move(customer).value(), tickets);
}

Result<CustomerCard> CustomerCardLoader::complete(const Actor& actor, Customer customer, int tickets) {
    CustomerCard card;
    card.blockAfterDays = m_customers.blockAfterDays();
    card.finance = financeOf(customer, card.blockAfterDays);
    if (customer.partnerId) {
        // The partner is a reminder (F-05), not the card's reason to exist: a reader who may not open the
        // directory still gets the card, with the partner's id.
        auto partner = m_directory.get(actor, *customer.partnerId);
        card.partnerName = partner ? partner->name : tr("Partner #%1").arg(*customer.partnerId);
    }
    auto list = m_customers.ticketsOf(actor, customer.id, tickets);
    if (!list)
        return list.error();
    card.tickets = std::move(list).value();
    card.customer = std::move(customer);
    return card;
}

CustomerCard::Finance CustomerCardLoader::financeOf(const Customer& customer, int blockAfterDays) {
    if (CustomerService::isBlocked(customer, blockAfterDays))
        return CustomerCard::Finance::Blocked;
    if (customer.inDebt)
        return CustomerCard::Finance::InDebt;
    if (customer.licenseDaysOverdue > 0)
        return CustomerCard::Finance::Overdue;
    return CustomerCard::Finance::Ok;
}

QString CustomerCardLoader::financeText(const CustomerCard& card) {
    const Customer& c = card.customer;
    QString text;
    switch (card.finance) {
    case CustomerCard::Finance::Ok:
        return {};
    case CustomerCard::Finance::Blocked:
        text = tr("Blocked: licence %n day(s) overdue (blocks at %1).", nullptr, c.licenseDaysOverdue)
                   .arg(card.blockAfterDays);
        if (c.inDebt)
            text += QLatin1Char(' ') + tr("In debt.");
        break;
    case CustomerCard::Finance::InDebt:
        text = tr("In debt.");
        if (c.licenseDaysOverdue > 0)
            text += QLatin1Char(' ') + tr("Licence %n day(s) overdue.", nullptr, c.licenseDaysOverdue);
        break;
    case CustomerCard::Finance::Overdue:
        text = tr("Licence %n day(s) overdue.", nullptr, c.licenseDaysOverdue);
        break;
    }
    if (!c.debtNote.isEmpty())
        text += QLatin1Char(' ') + c.debtNote;
    return text;
}

} // namespace atende
