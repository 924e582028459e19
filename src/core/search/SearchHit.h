#pragma once

#include <QString>

namespace atende {

// One result of the search box. Matched words in `title` and `snippet` are wrapped in MarkStart/MarkEnd (private
// use characters that never occur in stored text), so each screen renders them its own way (bold in a list,
// brackets in a terminal) and no HTML from the data is ever interpreted.
struct SearchHit {
    enum class Kind { Ticket, Customer, Article };

    static constexpr QChar MarkStart = QChar(0xE000);
    static constexpr QChar MarkEnd = QChar(0xE001);

    Kind kind = Kind::Ticket;
    qint64 id = 0;      // tickets.id, customers.id or knowledge_articles.id
    QString title;      // with marks
    QString snippet;    // a few words around the match, with marks; empty when there is nothing more to show
    QString detail;     // one line of context: status and sector, the (masked) document, ...
    double score = 0;   // lower is better (FTS5 bm25); exact hits are -infinity
    bool exact = false; // the protocol or the CPF/CNPJ typed in full

    static QString kindName(Kind kind);
    // `marked` as HTML: escaped, with the matched words in <b>.
    static QString toHtml(const QString& marked);
    // `marked` for a terminal: the matched words in [brackets].
    static QString toPlain(const QString& marked);
};

} // namespace atende
