#pragma once

#include "language/LanguageFinding.h"

#include <QObject>

#include <optional>

class QPlainTextEdit;

namespace atende {

// The language check (F-09) attached to one text box: findings underlined (LanguageHighlighter), a tooltip over a
// finding with why and what to say instead, and Ctrl+. to replace the finding at (or just before) the cursor by
// its suggestion — one keystroke, no mouse.
class LanguageAssist : public QObject {
    Q_OBJECT

public:
    // Attaches to `edit` (and lives as long as it).
    static LanguageAssist* attach(QPlainTextEdit* edit);

    // The finding under the cursor, or the last one before it in the same paragraph.
    std::optional<LanguageFinding> findingAtCursor() const;
    // Applies the suggestion of findingAtCursor(); false when there is none.
    bool applyAtCursor();
    // "Gerundism: say \"vou verificar\"" for a finding.
    static QString describe(const LanguageFinding& finding);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit LanguageAssist(QPlainTextEdit* edit);

    QPlainTextEdit* m_edit;
};

} // namespace atende
