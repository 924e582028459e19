#pragma once

#include <QString>
#include <QStringList>

namespace atende {

// Full-text search on PostgreSQL (team mode) speaking the same language as the SQLite FTS5 tables: it takes the
// FTS5 match expression SearchService builds from what a person typed ("joao" "conc"*) and gives the tsquery for
// the tsvector columns of migrations/postgresql/0004, and marks the matched words in a title or a snippet the way
// FTS5's highlight()/snippet() do (SearchHit::MarkStart/MarkEnd). Words are compared folded (TextFolding), as the
// server folds the indexed text with atende_fold() (atende_search_words also splits it at every character that is
// not a letter or digit, as FTS5 does).
class ServerTextSearch {
public:
    struct Term {
        QString word; // folded
        bool prefix = false;
    };
    // The terms of an FTS5 match expression: quoted words, a trailing * for a prefix; a quoted phrase gives its
    // words.
    static QList<Term> terms(const QString& matchExpression);
    // to_tsquery('simple', …) text: every term required, the prefix ones with :*. Empty when there is no term.
    static QString tsQuery(const QString& matchExpression);
    // `text` with every word that matches a term between the marks.
    static QString highlight(const QString& text, const QList<Term>& terms);
    // About `words` words of `text` around its first matching word, marked, with … where it was cut; empty when no
    // word matches.
    static QString snippet(const QString& text, const QList<Term>& terms, int words);
};

} // namespace atende
