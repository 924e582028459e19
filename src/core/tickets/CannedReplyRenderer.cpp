#include "tickets/CannedReplyRenderer.h"

namespace atende {

QString CannedReplyRenderer::render(const QString& body, const Values& v) {
    QString out = body;
    out.replace(QLatin1String("{cliente}"), v.customer);
    out.replace(QLatin1String("{protocolo}"), v.protocol);
    out.replace(QLatin1String("{atendente}"), v.agent);
    out.replace(QLatin1String("{data}"), v.when.toString(QStringLiteral("dd/MM/yyyy")));
    out.replace(QLatin1String("{hora}"), v.when.toString(QStringLiteral("HH:mm")));
    out.replace(QLatin1String("{os}"), v.serviceOrder);
    return out;
}

} // namespace atende
