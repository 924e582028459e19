#include "search/SearchHit.h"

namespace atende {

QString SearchHit::kindName(Kind kind) {
    switch (kind) {
    case Kind::Customer:
        return QStringLiteral("customer");
    case Kind::Article:
        return QStringLiteral("article");
    case Kind::Ticket:
        break;
    }
    return QStringLiteral("ticket");
}

QString SearchHit::toHtml(const QString& marked) {
    QString html = marked.toHtmlEscaped();
    html.replace(MarkStart, QStringLiteral("<b>"));
    html.replace(MarkEnd, QStringLiteral("</b>"));
    return html;
}

QString SearchHit::toPlain(const QString& marked) {
    QString plain = marked;
    plain.replace(MarkStart, QLatin1Char('['));
    plain.replace(MarkEnd, QLatin1Char(']'));
    return plain;
}

} // namespace atende
