#include "docs/DocumentNumber.h"

namespace atende {

namespace {

// Value of one CNPJ/CPF character in the mod-11 sum: its ASCII code minus 48 ('0'..'9' -> 0..9, 'A' -> 17).
int charValue(QChar c) {
    return c.unicode() - 48;
}

QChar mod11Digit(int sum) {
    const int rest = sum % 11;
    return QChar(u'0' + (rest < 2 ? 0 : 11 - rest));
}

QChar cpfDigit(const QString& base) {
    int sum = 0;
    int weight = int(base.size()) + 1;
    for (const QChar c : base)
        sum += charValue(c) * weight--;
    return mod11Digit(sum);
}

QChar cnpjDigit(const QString& base) {
    // Weights run 2..9 from the right, repeating.
    int sum = 0;
    int weight = 2;
    for (auto i = base.size() - 1; i >= 0; --i) {
        sum += charValue(base.at(i)) * weight;
        weight = weight == 9 ? 2 : weight + 1;
    }
    return mod11Digit(sum);
}

bool allSame(const QString& s) {
    for (const QChar c : s) {
        if (c != s.front())
            return false;
    }
    return true;
}

bool isMaskChar(QChar c) {
    return c == u'.' || c == u'-' || c == u'/' || c.isSpace();
}

} // namespace

DocumentNumber DocumentNumber::parse(const QString& input) {
    DocumentNumber doc;
    QString clean;
    clean.reserve(input.size());
    for (const QChar c : input) {
        if (isMaskChar(c))
            continue;
        if (c.isDigit() && c.unicode() < 128) {
            clean.append(c);
        } else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) {
            clean.append(c.toUpper());
        } else {
            doc.m_normalized = input.trimmed();
            doc.m_reason = tr("The character \"%1\" cannot be part of a CPF or CNPJ.").arg(c);
            return doc;
        }
    }
    doc.m_normalized = clean;
    if (clean.isEmpty()) {
        doc.m_reason = tr("Type a CPF (11 digits) or a CNPJ (14 characters).");
        return doc;
    }
    bool hasLetter = false;
    for (const QChar c : clean)
        hasLetter = hasLetter || c.isLetter();

    if (clean.size() == 11 && !hasLetter) {
        doc.m_kind = Kind::Cpf;
        if (allSame(clean)) {
            doc.m_reason = tr("A CPF with all digits equal is not valid.");
            return doc;
        }
        const QString expected = cpfWithCheckDigits(clean.left(9));
        if (expected != clean) {
            doc.m_reason = tr("The CPF check digits do not match: check the number typed.");
            return doc;
        }
        doc.m_valid = true;
        return doc;
    }
    if (clean.size() == 14) {
        doc.m_kind = Kind::Cnpj;
        for (int i = 12; i < 14; ++i) {
            if (!clean.at(i).isDigit()) {
                doc.m_reason = tr("The last two characters of a CNPJ (the check digits) must be numbers.");
                return doc;
            }
        }
        if (allSame(clean)) {
            doc.m_reason = tr("A CNPJ with all characters equal is not valid.");
            return doc;
        }
        const QString expected = cnpjWithCheckDigits(clean.left(12));
        if (expected != clean) {
            doc.m_reason = tr("The CNPJ check digits do not match: check the number typed.");
            return doc;
        }
        doc.m_valid = true;
        return doc;
    }
    if (clean.size() == 11 && hasLetter) {
        doc.m_reason = tr("A CPF has only digits; letters are allowed only in a CNPJ.");
        return doc;
    }
    doc.m_reason = tr("A CPF has 11 digits and a CNPJ 14 characters; this value has %n.", nullptr, int(clean.size()));
    return doc;
}

QString DocumentNumber::formatted() const {
    return m_valid ? formatNormalized(m_normalized) : m_normalized;
}

QString DocumentNumber::masked() const {
    return maskNormalized(m_normalized);
}

QString DocumentNumber::kindName() const {
    switch (m_kind) {
    case Kind::Cpf:
        return QStringLiteral("CPF");
    case Kind::Cnpj:
        return QStringLiteral("CNPJ");
    case Kind::Unknown:
        break;
    }
    return {};
}

QString DocumentNumber::cpfWithCheckDigits(const QString& first9Digits) {
    QString s = first9Digits;
    s.append(cpfDigit(s));
    s.append(cpfDigit(s));
    return s;
}

QString DocumentNumber::cnpjWithCheckDigits(const QString& first12Chars) {
    QString s = first12Chars.toUpper();
    s.append(cnpjDigit(s));
    s.append(cnpjDigit(s));
    return s;
}

QString DocumentNumber::formatNormalized(const QString& n) {
    if (n.size() == 11)
        return QStringLiteral("%1.%2.%3-%4").arg(n.mid(0, 3), n.mid(3, 3), n.mid(6, 3), n.mid(9, 2));
    if (n.size() == 14)
        return QStringLiteral("%1.%2.%3/%4-%5").arg(n.mid(0, 2), n.mid(2, 3), n.mid(5, 3), n.mid(8, 4), n.mid(12, 2));
    return n;
}

QString DocumentNumber::maskNormalized(const QString& n) {
    // Shows the middle block only, as the LGPD examples do (***.456.789-**); never enough to identify.
    if (n.size() == 11)
        return QStringLiteral("***.%1.%2-**").arg(n.mid(3, 3), n.mid(6, 3));
    if (n.size() == 14)
        return QStringLiteral("**.%1.%2/****-**").arg(n.mid(2, 3), n.mid(5, 3));
    return QString(n.size(), QLatin1Char('*'));
}

} // namespace atende
