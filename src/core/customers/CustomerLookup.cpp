#include "customers/CustomerLookup.h"

#include "customers/ChannelFormat.h"
#include "docs/DocumentNumber.h"

#include <QRegularExpression>

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

// Only digits, letters and the mask's punctuation, 11 or 14 significant characters ending in two digits (check
// digits always are): "123.456.789-09", "12ABC34501DE35", but not "Maria" nor "C000123".
bool looksLikeDocument(const QString& typed) {
    QString significant;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            significant += c;
        else if (c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('/') && !c.isSpace())
            return false;
    }
    if (significant.size() != 11 && significant.size() != 14)
        return false;
    return significant.at(significant.size() - 2).isDigit() && significant.back().isDigit() &&
           significant.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 8;
}

// Phone punctuation only, and as many digits as a Brazilian number with DDD (and maybe +55) has.
bool looksLikePhone(const QString& typed) {
    static const QRegularExpression phoneChars(QStringLiteral("^[0-9()+\\-. ]+$"));
    const QString digits = ChannelFormat::phoneDigits(typed);
    return phoneChars.match(typed).hasMatch() && digits.size() >= 10 && digits.size() <= 13;
}

} // namespace

CustomerLookup::CustomerLookup(Database& db, const Clock& clock)
    : m_customers(db, clock) {}

QString CustomerLookup::kindName(Kind kind) {
    switch (kind) {
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Document:
        return QStringLiteral("document");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Code:
        return QStringLiteral("code");
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::None:
        break;
    }
    return {};
}

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

    if (looksLikeDocument(typed)) {
        const DocumentNumber document = DocumentNumber::parse(typed);
        if (document.isValid())
            return finish(Kind::Document, single(m_customers.findByDocument(actor, typed)));
        // Eleven digits may also be a mobile with DDD: only when it cannot be one is it a mistyped CPF/CNPJ.
        if (!looksLikePhone(typed))
            return Error::make(Error::Code::InvalidInput, document.errorReason());
    }
    if (typed.contains(QLatin1Char('@')))
        return finish(Kind::Email, m_customers.findByEmail(actor, typed, limit));
    if (looksLikePhone(typed)) {
        auto phone = m_customers.findByPhone(actor, typed, limit);
        // A number may also be a customer code; only a phone that finds someone wins.
        if (!phone || !phone->isEmpty())
            return finish(Kind::Phone, std::move(phone));
    }
    auto code = single(m_customers.findByCode(actor, typed));
    if (!code || !code->isEmpty())
        return finish(Kind::Code, std::move(code));
    return finish(Kind::Name, m_customers.findByNamePrefix(actor, typed, limit));
}

} // namespace atende
