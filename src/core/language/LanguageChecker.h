#pragma once

#include "language/LanguageFinding.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace atende {

// The language check of text that will reach the customer (F-09, seed 002): gerundism ("vou estar verificando" →
// "vou verificar") and slang or informal abbreviations ("vc" → "você"), each with a suggested rewrite.
//
// The rules are data: a JSON file (format "atende.language-rules"), the default one embedded from
// resources/language/regras-de-linguagem.json; an administrator may put an edited copy at rulesOverridePath(),
// which then replaces it. A rule is a regular expression (Unicode, case-insensitive unless "caseSensitive") and a
// suggestion template: {N} repeats capture group N, {inf:N} puts the gerund of group N in the infinitive.
// Present continuous ("estou verificando agora") and epistemic "pode estar travando" are correct Portuguese and are
// deliberately not matched by the default rules.
class LanguageChecker {
    Q_DECLARE_TR_FUNCTIONS(LanguageChecker)

public:
    // The embedded default rules, or the administrator's file when there is one (a broken file is reported in the
    // log and the embedded rules are used: a typo in the rules must not take the check away from the call).
    static LanguageChecker standard();
    // Rules from JSON bytes; InvalidInput naming the rule when a pattern does not compile.
    static Result<LanguageChecker> fromJson(const QByteArray& json);
    // <AppDataLocation>/regras-de-linguagem.json.
    static QString rulesOverridePath();

    // Findings in text order; overlapping findings keep the earlier (then longer) one.
    QList<LanguageFinding> check(const QString& text) const;

    // `text` with `finding` replaced by its suggestion, keeping a capital first letter and leaving no doubled
    // space behind a removal. The finding must come from check(text).
    static QString apply(const QString& text, const LanguageFinding& finding);

    // "verificando" → "verificar", "fazendo" → "fazer", "pondo" → "pôr"; anything else comes back unchanged.
    static QString infinitiveOf(const QString& gerund);

    int ruleCount() const { return int(m_rules.size()); }

private:
    struct Rule {
        QString id;
        LanguageFinding::Kind kind = LanguageFinding::Kind::Informal;
        QRegularExpression pattern;
        QString suggestion;
        QString message;
    };

    static QString expand(const QString& suggestion, const QRegularExpressionMatch& match);

    QList<Rule> m_rules;
};

} // namespace atende
