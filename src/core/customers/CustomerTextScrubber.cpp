#include "customers/CustomerTextScrubber.h"

#include "customers/ChannelFormat.h"
#include "docs/DocumentNumber.h"
#include "util/TextFolding.h"

#include <algorithm>

namespace atende {

namespace {

// Between the characters of a document or phone a person may type any punctuation.
const QString Separators = QStringLiteral("[\\s.\\-/()]*");
const QString NotAfterWordChar = QStringLiteral("(?<![\\p{L}\\p{N}])");
const QString NotBeforeWordChar = QStringLiteral("(?![\\p{L}\\p{N}])");

QString charsPattern(const QString& chars) {
    QStringList escaped;
    for (const QChar c : chars)
        escaped.append(QRegularExpression::escape(QString(c)));
    return escaped.join(Separators);
}

QRegularExpression wordPattern(const QString& body) {
    return QRegularExpression(NotAfterWordChar + body + NotBeforeWordChar,
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// The tokens FTS5's unicode61 tokenizer makes of `text` (letters and digits; accents removed, lower case), as one
// quoted phrase.
QString phrase(const QString& text) {
    const QString folded = TextFolding::fold(text);
    QStringList tokens;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    if (tokens.isEmpty())
        return {};
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
}

void appendUnique(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

} // namespace

CustomerTextScrubber::CustomerTextScrubber(QString placeholder)
    : m_placeholder(std::move(placeholder)) {}

QString CustomerTextScrubber::foldKeepingLength(const QString& text) {
    // One folded character per UTF-16 unit, so a match's position is the same in the original text.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 128 || c.isSurrogate()) {
            out.append(c.toLower());
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        out.append(decomposed.isEmpty() ? c : decomposed.at(0).toLower());
    }
    return out;
}

void CustomerTextScrubber::addDocument(const QString& document) {
    const DocumentNumber doc = DocumentNumber::parse(document);
    const QString normalized = doc.normalized();
    if (normalized.size() < 5 || m_needles.contains(normalized.toLower()))
        return;
    m_patterns.append(wordPattern(charsPattern(normalized)));
    for (QStringList& queries : m_queries) {
        appendUnique(queries, phrase(normalized));
        appendUnique(queries, phrase(DocumentNumber::formatNormalized(normalized)));
    }
    appendUnique(m_needles, normalized.toLower());
    appendUnique(m_needles, DocumentNumber::formatNormalized(normalized).toLower());
}

void CustomerTextScrubber::addPhone(const QString& phone) {
    const QString digits = ChannelFormat::phoneDigits(phone);
    if (digits.isEmpty() || m_needles.contains(digits))
        return;
    const QString local = digits.mid(2);
    // The whole number (with an optional +55 and the DDD in parentheses) anywhere; the number without its DDD only
    // in the customer's own records, where it cannot be someone else's number in another area.
    m_patterns.append(
        wordPattern(QStringLiteral("(?:\\+?55") + Separators + QStringLiteral(")?\\(?") + charsPattern(digits)));
    m_localPatterns.append(wordPattern(charsPattern(local)));
    const QString formatted = ChannelFormat::formatPhone(digits);
    const QString localFormatted = formatted.mid(formatted.indexOf(u' ') + 1);
    for (QStringList& queries : m_queries) {
        appendUnique(queries, phrase(digits));
        appendUnique(queries, phrase(formatted));
    }
    appendUnique(m_queries[int(Scope::Everything)], phrase(local));
    appendUnique(m_queries[int(Scope::Everything)], phrase(localFormatted));
    appendUnique(m_needles, digits);
    appendUnique(m_needles, formatted);
}

void CustomerTextScrubber::addEmail(const QString& email) {
    const QString folded = foldKeepingLength(email.trimmed());
    if (folded.size() < 3 || m_emails.contains(folded))
        return;
    m_emails.append(folded);
    for (QStringList& queries : m_queries)
        appendUnique(queries, phrase(email));
    appendUnique(m_needles, email.trimmed().toLower());
}

void CustomerTextScrubber::addText(const QString& text) {
    const QString folded = foldKeepingLength(text.trimmed().normalized(QString::NormalizationForm_C));
    if (folded.size() < 2 || m_texts.contains(folded))
        return;
    m_texts.append(folded);
    appendUnique(m_queries[int(Scope::Everything)], phrase(text));
}

QString CustomerTextScrubber::replaceWords(const QString& text, const QStringList& needles) const {
    QString out = text;
    QString folded = foldKeepingLength(out);
    const QString foldedPlaceholder = foldKeepingLength(m_placeholder);
    QStringList sorted = needles;
    // Longest first, so "Maria Silva Santos" goes as a whole before "Maria Silva" could cut it.
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& needle : std::as_const(sorted)) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = folded.indexOf(needle, from);
            if (at < 0)
                break;
            const qsizetype end = at + needle.size();
            const bool startOk = at == 0 || !needle.front().isLetterOrNumber() || !folded.at(at - 1).isLetterOrNumber();
            const bool endOk =
                end == folded.size() || !needle.back().isLetterOrNumber() || !folded.at(end).isLetterOrNumber();
            if (!startOk || !endOk) {
                from = at + 1;
                continue;
            }
            out.replace(at, needle.size(), m_placeholder);
            folded.replace(at, needle.size(), foldedPlaceholder);
            from = at + m_placeholder.size();
        }
    }
    return out;
}

QString CustomerTextScrubber::scrub(const QString& text, Scope scope) const {
    if (text.isEmpty() || isEmpty())
        return text;
    QString out = text.normalized(QString::NormalizationForm_C);
    for (const QRegularExpression& pattern : m_patterns)
        out.replace(pattern, m_placeholder);
    if (scope == Scope::Everything) {
        for (const QRegularExpression& pattern : m_localPatterns)
            out.replace(pattern, m_placeholder);
    }
    out = replaceWords(out, m_emails);
    if (scope == Scope::Everything)
        out = replaceWords(out, m_texts);
    // Untouched text keeps its exact form (even if it was not NFC), so rows without a match are not rewritten.
    return out == text.normalized(QString::NormalizationForm_C) ? text : out;
}

QStringList CustomerTextScrubber::searchQueries(Scope scope) const {
    QStringList out = m_queries[int(Scope::Identifiers)];
    if (scope == Scope::Everything) {
        for (const QString& query : m_queries[int(Scope::Everything)])
            appendUnique(out, query);
    }
    return out;
}

QStringList CustomerTextScrubber::identifierNeedles() const {
    return m_needles;
}

} // namespace atende
