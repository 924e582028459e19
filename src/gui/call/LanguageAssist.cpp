#include "call/LanguageAssist.h"

#include "call/LanguageHighlighter.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextBlock>
#include <QToolTip>

namespace atende {

LanguageAssist* LanguageAssist::attach(QPlainTextEdit* edit) {
    return new LanguageAssist(edit);
}

LanguageAssist::LanguageAssist(QPlainTextEdit* edit)
    : QObject(edit)
    , m_edit(edit) {
    new LanguageHighlighter(edit->document());
    edit->viewport()->installEventFilter(this);
    auto* apply = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period), edit);
    apply->setContext(Qt::WidgetShortcut);
    connect(apply, &QShortcut::activated, this, [this] { applyAtCursor(); });
    edit->setToolTip(tr("Underlined: language to avoid with the customer. Ctrl+. applies the suggestion."));
}

QString LanguageAssist::describe(const LanguageFinding& finding) {
    const QString kind = finding.kind == LanguageFinding::Kind::Gerundism ? tr("Gerundism") : tr("Informal language");
    const QString instead = finding.suggestion.isEmpty() ? tr("remove \"%1\"").arg(finding.found)
                                                         : tr("say \"%1\"").arg(finding.suggestion);
    QString text = tr("%1: %2 (Ctrl+.)").arg(kind, instead);
    if (!finding.message.isEmpty())
        text += QLatin1Char('\n') + finding.message;
    return text;
}

std::optional<LanguageFinding> LanguageAssist::findingAtCursor() const {
    const QTextCursor cursor = m_edit->textCursor();
    const QTextBlock block = cursor.block();
    const qsizetype at = cursor.position() - block.position();
    std::optional<LanguageFinding> best;
    for (const LanguageFinding& f : LanguageHighlighter::checker().check(block.text())) {
        if (f.start <= at)
            best = f; // the last one that starts at or before the cursor
    }
    return best;
}

bool LanguageAssist::applyAtCursor() {
    const auto finding = findingAtCursor();
    if (!finding)
        return false;
    QTextCursor cursor = m_edit->textCursor();
    const QTextBlock block = cursor.block();
    const QString rewritten = LanguageChecker::apply(block.text(), *finding);
    cursor.beginEditBlock();
    cursor.setPosition(block.position());
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    cursor.insertText(rewritten);
    // The cursor goes to the end of the rewrite, where the agent goes on typing.
    const qsizetype end = finding->start + (rewritten.size() - block.text().size() + finding->length);
    cursor.setPosition(block.position() + int(qBound<qsizetype>(0, end, rewritten.size())));
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
    return true;
}

bool LanguageAssist::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = m_edit->cursorForPosition(help->pos());
        const qsizetype at = cursor.position() - cursor.block().position();
        for (const LanguageFinding& f : LanguageHighlighter::checker().check(cursor.block().text())) {
            if (at >= f.start && at <= f.start + f.length) {
                QToolTip::showText(help->globalPos(), describe(f), m_edit);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace atende
