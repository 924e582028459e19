#pragma once

#include "mail/SmtpSettings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace atende {

// The message of "send test e-mail" (settings dialog, atendectl mail test): from the configured sender, with
// an accented subject, so a working test also proves the encoding reaches the recipient intact.
class MailTestMessage {
    Q_DECLARE_TR_FUNCTIONS(MailTestMessage)

public:
    static Result<QByteArray> build(const SmtpSettings& settings, const QString& to);
};

} // namespace atende
