#include "util/LogMasking.h"

#include "docs/DocumentNumber.h"

#include <QRegularExpression>

namespace atende {

namespace {

QString digitsOf(const QString& value) {
    QString out;
    for (const QChar c : value) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

} // namespace

QString LogMasking::document(const QString& value) {
    const DocumentNumber doc = DocumentNumber::parse(value);
    if (doc.kind() == DocumentNumber::Kind::Unknown)
        return QString(value.size(), QLatin1Char('*'));
    return doc.masked();
}

QString LogMasking::email(const QString& value) {
    const auto at = value.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("***");
    return value.left(1) + QStringLiteral("***") + value.mid(at);
}

QString LogMasking::phone(const QString& value) {
    const QString digits = digitsOf(value);
    if (digits.size() < 4)
        return QStringLiteral("****");
    return QStringLiteral("(**) *****-") + digits.right(4);
}

QString LogMasking::body(const QString& value) {
    return QStringLiteral("<%1 chars>").arg(value.size());
}

QString LogMasking::secret(const QString&) {
    return QStringLiteral("<secret>");
}

QString LogMasking::scrub(const QString& text) {
    // Patterns are tried on every log line, so they are compiled once.
    static const QRegularExpression secretPattern(
        QStringLiteral("((?:password|passwd|senha|pwd|secret)\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|\\S+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression emailPattern(
        QStringLiteral("\\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})"));
    // CNPJ (alphanumeric allowed in the first 12, masked or not) before CPF, then any long digit run
    // (11+ digits: an unmasked CPF or a phone with DDD).
    static const QRegularExpression cnpjPattern(QStringLiteral(
        "(?<![A-Za-z0-9])[A-Za-z0-9]{2}\\.?[A-Za-z0-9]{3}\\.?[A-Za-z0-9]{3}/?[A-Za-z0-9]{4}-?[0-9]{2}(?![A-Za-z0-9])"));
    static const QRegularExpression cpfPattern(
        QStringLiteral("(?<![0-9])[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2}(?![0-9])|(?<![0-9])[0-9]{10,14}(?![0-9])"));
    static const QRegularExpression phonePattern(QStringLiteral("\\(?\\b[0-9]{2}\\)?\\s?9?[0-9]{4}-?[0-9]{4}\\b"));

    QString out = text;
    out.replace(secretPattern, QStringLiteral("\\1<secret>"));
    out.replace(emailPattern, QStringLiteral("\\1***\\2"));

    auto maskMatches = [&out](const QRegularExpression& pattern, auto&& replacement) {
        QString result;
        qsizetype last = 0;
        auto it = pattern.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString candidate = m.captured(0);
            result += QStringView(out).mid(last, m.capturedStart() - last);
            result += replacement(candidate);
            last = m.capturedEnd();
        }
        result += QStringView(out).mid(last);
        out = result;
    };
    // A 14-character word is masked only when it really is a CNPJ, so ordinary words survive.
    maskMatches(cnpjPattern, [](const QString& c) {
        const DocumentNumber doc = DocumentNumber::parse(c);
        return doc.isValid() ? doc.masked() : c;
    });
    maskMatches(cpfPattern, [](const QString& c) {
        const DocumentNumber doc = DocumentNumber::parse(c);
        if (doc.kind() == DocumentNumber::Kind::Cpf && doc.isValid())
            return doc.masked();
        return QString(c.size(), QLatin1Char('*'));
    });
    maskMatches(phonePattern, [](const QString& c) { return phone(c); });
    return out;
}

std::string LogMasking::scrub(const std::string& utf8) {
    return scrub(QString::fromStdString(utf8)).toStdString();
}

} // namespace atende
