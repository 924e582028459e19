#pragma once

#include <QList>
#include <QString>

namespace atende {

// Marks the words of a search in the texts shown for its hits (SearchHit::MarkStart/MarkEnd), the same on both
// engines. It reads the FTS5 match expression SearchService builds from what a person typed ("joao" "conc"*) and
// compares words folded (TextFolding), as the indexes fold them: unicode61 remove_diacritics on SQLite, atende_fold()
// on PostgreSQL; a word is a run of letters and digits, as both indexes split text.
//
// Marking here rather than with FTS5's highlight()/snippet() is about speed: those need the row matched again, and a
// prefix ("conc"*) matched against one rowid reads every indexed word that starts with it, 20 times per group; on a
// 1M-ticket base that took 100-180 ms while typing, against about 1 ms here for the 20 rows kept.
class MatchMarker {
public:
    struct Term {
        QString word; // folded
        bool prefix = false;
    };
    // The terms of an FTS5 match expression: quoted words, a trailing * for a prefix; a quoted phrase gives its
    // words.
    static QList<Term> terms(const QString& matchExpression);
    // `text` with every word that matches a term between the marks.
    static QString highlight(const QString& text, const QList<Term>& terms);
    // About `words` words of `text` around its first matching word, marked, with … where it was cut; empty when no
    // word matches.
    static QString snippet(const QString& text, const QList<Term>& terms, int words);
};

} // namespace atende
