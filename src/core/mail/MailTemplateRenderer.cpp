#include "mail/MailTemplateRenderer.h"

#include "mail/MailAddress.h"

#include <QRegularExpression>

namespace atende {

QStringList MailTemplateRenderer::variables() {
    return {QStringLiteral("cliente"), QStringLiteral("protocolo"), QStringLiteral("atendente"),
            QStringLiteral("data"),    QStringLiteral("hora"),      QStringLiteral("empresa"),
            QStringLiteral("os"),      QStringLiteral("assunto"),   QStringLiteral("resposta")};
}

Result<QString> MailTemplateRenderer::render(const QString& text, const Values& values) {
    const QStringList known = variables();
    // Sections first: {#os}...{/os}, with the line break after each marker, so a section alone on its lines
    // leaves no empty line behind when it is dropped.
    static const QRegularExpression section(QStringLiteral(R"(\{#(\w+)\}\n?(.*?)\{/\1\}\n?)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    for (auto it = section.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!known.contains(m.captured(1)))
            return Error::make(Error::Code::InvalidInput,
                               tr("The template uses an unknown variable: {%1}.").arg(m.captured(1)),
                               QStringLiteral("unknown template section"));
        out += text.mid(last, m.capturedStart() - last);
        if (!values.value(m.captured(1)).trimmed().isEmpty())
            out += m.captured(2);
        last = m.capturedEnd();
    }
    out += text.mid(last);

    static const QRegularExpression variable(QStringLiteral(R"(\{([^{}\s]*)\})"));
    QString result;
    last = 0;
    for (auto it = variable.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (!known.contains(name))
            return Error::make(Error::Code::InvalidInput, tr("The template uses an unknown variable: {%1}.").arg(name),
                               QStringLiteral("unknown template variable"));
        result += out.mid(last, m.capturedStart() - last);
        result += values.value(name);
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

Result<MailTemplate> MailTemplateRenderer::render(const MailTemplate& mailTemplate, const Values& values) {
    auto subject = render(mailTemplate.subject, values);
    if (!subject)
        return subject.error();
    auto body = render(mailTemplate.body, values);
    if (!body)
        return body.error();
    return MailTemplate{mailTemplate.kind, MailAddress::singleLine(*subject), *body};
}

} // namespace atende
