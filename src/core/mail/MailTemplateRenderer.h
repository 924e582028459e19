#pragma once

#include "mail/MailTemplate.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace atende {

// Fills a template's variables. A variable the renderer does not know is refused with its name (a typo in
// {protocolo} must show in the preview, not reach a customer); values are inserted as they are, and a
// subject is kept to one line.
class MailTemplateRenderer {
    Q_DECLARE_TR_FUNCTIONS(MailTemplateRenderer)

public:
    using Values = QHash<QString, QString>;

    static QStringList variables(); // every name a template may use
    static Result<QString> render(const QString& text, const Values& values);
    // Subject and body rendered; the subject's line breaks become spaces.
    static Result<MailTemplate> render(const MailTemplate& mailTemplate, const Values& values);
};

} // namespace atende
