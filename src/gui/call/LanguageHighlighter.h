#pragma once

#include "language/LanguageChecker.h"

#include <QSyntaxHighlighter>

namespace atende {

// Underlines what the language check (F-09) flags in text that will reach the customer: gerundism and informal
// words, with a red wavy line, as the agent types. The checker is shared (the rules are read once).
class LanguageHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit LanguageHighlighter(QTextDocument* document);

    // The checker every highlighter and the call screen use (LanguageChecker::standard(), read once).
    static const LanguageChecker& checker();

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace atende
