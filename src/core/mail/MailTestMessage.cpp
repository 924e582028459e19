#include "mail/MailTestMessage.h"

#include "mail/MimeBuilder.h"

namespace atende {

Result<QByteArray> MailTestMessage::build(const SmtpSettings& settings, const QString& to) {
    auto recipient = MailAddress::make(QString(), to);
    if (!recipient)
        return recipient.error();
    MailMessage m;
    m.from = {settings.fromName, settings.fromAddress};
    m.to = {*recipient};
    m.subject = tr("Atende test e-mail: configuration working");
    m.textBody = tr("This message was sent by Atende to test the e-mail settings (server %1, port %2).\n"
                    "If you can read it, protocol e-mails will reach your customers.")
                     .arg(settings.host)
                     .arg(settings.port);
    m.messageId = MimeBuilder::newMessageId(settings.fromAddress);
    m.date = QDateTime::currentDateTime();
    return MimeBuilder::build(m);
}

} // namespace atende
