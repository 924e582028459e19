#include "customers/CustomerLookup.h"

#include "customers/ChannelFormat.h"
#include "docs/DocumentNumber.h"

namespace atende {

namespace {

// A single result: NotFound becomes an empty list, other errors stay errors.
Result<QList<Customer>> single(Result<Customer> found) {
    if (found)
        return QList<Customer>{std::move(found).value()};
    if (found.error().code == Error::Code::NotFound)
        return QList<Customer>{};
    return found.error();
}

} // namespace

CustomerLookup::CustomerLookup(Database& db, const Clock& clock)
    : m_customers(db, clock) {}

Result<CustomerLookup::Outcome> CustomerLookup::find(const Actor& actor, const QString& text, int limit) {
    Outcome outcome;
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return outcome;

    auto finish = [&outcome](Kind kind, Result<QList<Customer>> found) -> Result<Outcome> {
        if (!found)
            return found.error();
        outcome.kind = kind;
        outcome.customers = std::move(found).value();
        return outcome;
    };

    if (typed.contains(QLatin1Char('@')))
        return finish(Kind::Email, m_customers.findByEmail(actor, typed, limit));
    if (DocumentNumber::parse(typed).isValid())
        return finish(Kind::Document, single(m_customers.findByDocument(actor, typed)));
    if (!ChannelFormat::phoneDigits(typed).isEmpty()) {
        auto phone = m_customers.findByPhone(actor, typed, limit);
        // A number of 10 or 11 digits may also be a code; only a phone that finds someone wins.
        if (!phone || !phone->isEmpty())
            return finish(Kind::Phone, std::move(phone));
    }
    auto code = single(m_customers.findByCode(actor, typed));
    if (!code || !code->isEmpty())
        return finish(Kind::Code, std::move(code));
    return finish(Kind::Name, m_customers.findByNamePrefix(actor, typed, limit));
}

} // namespace atende
