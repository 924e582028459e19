#include "search/MatchMarker.h"

#include "search/SearchHit.h"
#include "util/TextFolding.h"

#include <QRegularExpression>

namespace atende {

namespace {

struct Word {
    qsizetype start = 0;
    qsizetype length = 0;
};

// The words of a text as the search sees them: runs of letters and digits.
QList<Word> wordsOf(const QString& text) {
    QList<Word> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            out.append(Word{start, i - start});
            start = -1;
        }
    }
    return out;
}

bool matches(const QString& word, const QList<MatchMarker::Term>& terms) {
    const QString folded = TextFolding::fold(word);
    for (const auto& term : terms) {
        if (term.prefix ? folded.startsWith(term.word) : folded == term.word)
            return true;
    }
    return false;
}

} // namespace

QList<MatchMarker::Term> MatchMarker::terms(const QString& matchExpression) {
    QList<Term> out;
    static const QRegularExpression quoted(QStringLiteral("\"((?:[^\"]|\"\")*)\"(\\*?)"));
    auto it = quoted.globalMatch(matchExpression);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString phrase =
            TextFolding::fold(match.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\"")));
        const QList<Word> words = wordsOf(phrase);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const bool last = i == words.size() - 1;
            out.append(Term{phrase.mid(words[i].start, words[i].length), last && !match.captured(2).isEmpty()});
        }
    }
    return out;
}

QString MatchMarker::highlight(const QString& text, const QList<Term>& terms) {
    QString out;
    qsizetype at = 0;
    for (const Word& word : wordsOf(text)) {
        const QString value = text.mid(word.start, word.length);
        if (!matches(value, terms))
            continue;
        out += text.mid(at, word.start - at) + SearchHit::MarkStart + value + SearchHit::MarkEnd;
        at = word.start + word.length;
    }
    return out + text.mid(at);
}

QString MatchMarker::snippet(const QString& text, const QList<Term>& terms, int words) {
    const QList<Word> all = wordsOf(text);
    qsizetype first = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (matches(text.mid(all[i].start, all[i].length), terms)) {
            first = i;
            break;
        }
    }
    if (first < 0)
        return {};
    const qsizetype from = std::max<qsizetype>(0, first - words / 3);
    const qsizetype to = std::min<qsizetype>(all.size(), from + words);
    const qsizetype startChar = all[from].start;
    const qsizetype endChar = to < all.size() ? all[to - 1].start + all[to - 1].length : text.size();
    QString piece = highlight(text.mid(startChar, endChar - startChar), terms);
    if (from > 0)
        piece.prepend(QStringLiteral("…"));
    if (to < all.size())
        piece.append(QStringLiteral("…"));
    return piece;
}

} // namespace atende
