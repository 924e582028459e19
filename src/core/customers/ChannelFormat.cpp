#include "customers/ChannelFormat.h"

#include "util/TextFolding.h"

#include <QList>

namespace atende {

namespace {

bool isAtext(QChar c) {
    // RFC 5322 atext minus '*', which only masked addresses contain; non-ASCII letters for internationalised names.
    static const QString specials = QStringLiteral("!#$%&'+/=?^_`{|}~-");
    if (c.unicode() < 128)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || specials.contains(c);
    return c.isLetterOrNumber();
}

bool isValidLocalPart(QStringView local) {
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

bool isValidDomain(QStringView domain) {
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    const auto labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (c != u'-' && !c.isLetterOrNumber())
                return false;
        }
    }
    const QStringView top = labels.constLast();
    if (top.size() < 2)
        return false;
    for (const QChar c : top) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

bool ChannelFormat::isValidEmail(const QString& email) {
    if (email.isEmpty() || email.size() > MaxEmailLength || hasControlCharacters(email))
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return false;
    return isValidLocalPart(QStringView(email).left(at)) && isValidDomain(QStringView(email).mid(at + 1));
}

QString ChannelFormat::phoneDigits(const QString& typed) {
    // Only digits and the usual punctuation of a phone; "ramal 12" or letters mean it is not just a number.
    for (const QChar c : typed) {
        const bool allowed = (c >= u'0' && c <= u'9') || c == u' ' || c == u'(' || c == u')' || c == u'-' ||
                             c == u'.' || c == u'+' || c == u'/';
        if (!allowed)
            return {};
    }
    QString digits = TextFolding::digitsOnly(typed);
    if (digits.size() >= 12 && digits.size() <= 13 && digits.startsWith(QLatin1String("55")))
        digits.remove(0, 2); // country code
    else if ((digits.size() == 11 || digits.size() == 12) && digits.startsWith(u'0'))
        digits.remove(0, 1); // long-distance prefix: no DDD starts with 0
    if (digits.size() != 10 && digits.size() != 11)
        return {};
    // DDDs run from 11 to 99 and never contain a 0; mobiles (11 digits) start with 9.
    if (digits.at(0) == u'0' || digits.at(1) == u'0')
        return {};
    if (digits.size() == 11 && digits.at(2) != u'9')
        return {};
    return digits;
}

QString ChannelFormat::formatPhone(const QString& digits) {
    if (digits.size() == 11)
        return QStringLiteral("(%1) %2-%3").arg(digits.left(2), digits.mid(2, 5), digits.mid(7));
    if (digits.size() == 10)
        return QStringLiteral("(%1) %2-%3").arg(digits.left(2), digits.mid(2, 4), digits.mid(6));
    return digits;
}

bool ChannelFormat::hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace atende
