#include "mail/MailAddress.h"

#include <QRegularExpression>

namespace atende {

bool MailAddress::isValidAddress(const QString& address) {
    // Deliberately narrower than RFC 5321: what agents type for customers, in ASCII (no SMTPUTF8), so nothing
    // in it can break an SMTP command or a header.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QString MailAddress::singleLine(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                       ? QChar(u' ')
                       : c);
    return out.simplified();
}

Result<MailAddress> MailAddress::make(const QString& name, const QString& address) {
    const QString trimmed = address.trimmed();
    if (!isValidAddress(trimmed))
        return Error::make(Error::Code::InvalidInput,
                           tr("\"%1\" is not a valid e-mail address.").arg(singleLine(address)),
                           QStringLiteral("invalid e-mail address"));
    return MailAddress{singleLine(name), trimmed};
}

} // namespace atende
