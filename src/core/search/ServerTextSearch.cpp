#include "search/ServerTextSearch.h"

#include "search/MatchMarker.h"

#include <QStringList>

namespace atende {

QString ServerTextSearch::tsQuery(const QString& matchExpression) {
    QStringList parts;
    for (const MatchMarker::Term& term : MatchMarker::terms(matchExpression)) {
        // Quoted lexemes: the words hold only letters and digits, so nothing in them is tsquery syntax.
        parts << QLatin1Char('\'') + term.word + QLatin1Char('\'') + (term.prefix ? QStringLiteral(":*") : QString());
    }
    return parts.join(QStringLiteral(" & "));
}

} // namespace atende
