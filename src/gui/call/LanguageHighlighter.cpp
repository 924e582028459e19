#include "call/LanguageHighlighter.h"

#include <QTextCharFormat>

namespace atende {

LanguageHighlighter::LanguageHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {}

const LanguageChecker& LanguageHighlighter::checker() {
    static const LanguageChecker shared = LanguageChecker::standard();
    return shared;
}

void LanguageHighlighter::highlightBlock(const QString& text) {
    QTextCharFormat flagged;
    flagged.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    flagged.setUnderlineColor(Qt::red);
    for (const LanguageFinding& f : checker().check(text))
        setFormat(int(f.start), int(f.length), flagged);
}

} // namespace atende
