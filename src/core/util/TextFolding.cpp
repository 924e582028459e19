#include "util/TextFolding.h"

namespace atende {

QString TextFolding::fold(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true; // also trims leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                out.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        out.append(c.toLower());
        lastWasSpace = false;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString TextFolding::digitsOnly(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    }
    return out;
}

} // namespace atende
