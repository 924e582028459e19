#include "customers/CustomerLookup.h"

#include "customers/ChannelFormat.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"

#include <QRegularExpression>

namespace atende {

namespace {

// Accepts NotFound as "nobody": for a lookup, not finding is an answer, not a failure.
template <typename T> Result<QList<Customer>> asList(Result<T> found) {
    if (found)
        return QList<Customer>{*found};
    if (found.error().code == Error::Code::NotFound)
        return QList<Customer>{};
    return found.error();
}

bool looksLikeDocument(const QString& typed) {
    // Only digits, letters and the mask's punctuation, 11 or 14 significant characters, at least the last two
    // digits (check digits are always digits): "123.456.789-09", "12ABC34501DE35", but not "Maria".
    QString significant;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            significant += c;
        else if (c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('/') && !c.isSpace())
            return false;
    }
    if (significant.size() != 11 && significant.size() != 14)
        return false;
    return significant.right(2).at(0).isDigit() && significant.right(1).at(0).isDigit() &&
           significant.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 8;
}

bool looksLikePhone(const QString& typed) {
    static const QRegularExpression phoneChars(QStringLiteral("^[0-9()+\\-. ]+$"));
    const QString digits = ChannelFormat::phoneDigits(typed);
    return phoneChars.match(typed.trimmed()).hasMatch() && digits.size() >= 10 && digits.size() <= 13;
}

} // namespace

CustomerLookup::CustomerLookup(CustomerService& customers)
    : m_customers(customers) {}

QString CustomerLookup::wayName(Way way) {
    switch (way) {
    case Way::Document:
        return QStringLiteral("document");
    case Way::Email:
        return QStringLiteral("email");
    case Way::Phone:
        return QStringLiteral("phone");
    case Way::Code:
        return QStringLiteral("code");
    case Way::NamePrefix:
        break;
    }
    return QStringLiteral("name");
}

Result<CustomerLookup::Outcome> CustomerLookup::find(const Actor& actor, const QString& typed, int limit) {
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("Type a CPF, CNPJ, customer code, name, phone or e-mail to search for."));
    }
    Outcome outcome;
    if (looksLikeDocument(text)) {
        const DocumentNumber document = DocumentNumber::parse(text);
        // Eleven digits may also be a mobile phone with DDD: a valid CPF wins, otherwise try the phone.
        if (document.isValid()) {
            outcome.way = Way::Document;
            auto found = asList(m_customers.findByDocument(actor, text));
            if (!found)
                return found.error();
            outcome.customers = *found;
            return outcome;
        }
        if (!looksLikePhone(text))
            return Error::make(Error::Code::InvalidInput, document.errorReason());
    }
    if (text.contains(QLatin1Char('@'))) {
        outcome.way = Way::Email;
        auto found = m_customers.findByEmail(actor, text, limit);
        if (!found)
            return found.error();
        outcome.customers = *found;
        return outcome;
    }
    if (looksLikePhone(text)) {
        outcome.way = Way::Phone;
        auto found = m_customers.findByPhone(actor, text, limit);
        if (!found)
            return found.error();
        outcome.customers = *found;
        return outcome;
    }
    auto byCode = asList(m_customers.findByCode(actor, text));
    if (!byCode)
        return byCode.error();
    if (!byCode->isEmpty()) {
        outcome.way = Way::Code;
        outcome.customers = *byCode;
        return outcome;
    }
    outcome.way = Way::NamePrefix;
    auto byName = m_customers.findByNamePrefix(actor, text, limit);
    if (!byName)
        return byName.error();
    outcome.customers = *byName;
    return outcome;
}

} // namespace atende
