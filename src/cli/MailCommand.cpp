#include "MailCommand.h"

#include "CliContext.h"
#include "CliLogin.h"
#include "auth/Permission.h"
#include "mail/MailPasswordStore.h"
#include "mail/MailSettingsStore.h"
#include "mail/MailTestMessage.h"
#include "mail/SmtpClient.h"

namespace atende {

QString MailCommand::summary() const {
    return tr("Send a test e-mail with the saved e-mail settings.");
}

QList<QCommandLineOption> MailCommand::options() const {
    return {CliLogin::userOption(),
            QCommandLineOption(QStringLiteral("to"), tr("The address that receives the test e-mail."),
                               QStringLiteral("ADDR"))};
}

int MailCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args != QStringList{QStringLiteral("test")})
        return context.usageError(tr("The only mail command is \"mail test --to ADDR\"."));
    const QString to = parser.value(QStringLiteral("to")).trimmed();
    if (to.isEmpty())
        return context.usageError(tr("Say who receives the test e-mail with --to ADDR."));
    QJsonObject where{{QStringLiteral("to"), to}};

    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error(), where);
    if (auto actor = CliLogin::loginWith(**db, parser, Permission::MailAdmin, QStringLiteral("mail_settings"),
                                         QStringLiteral("test"));
        !actor)
        return context.fail(actor.error(), where);
    auto settings = MailSettingsStore(**db).load();
    if (!settings)
        return context.fail(settings.error(), where);
    auto password = MailPasswordStore::read(settings->user, settings->host);
    if (!password)
        return context.fail(password.error(), where);
    settings->password = *password;

    auto message = MailTestMessage::build(*settings, to);
    if (!message)
        return context.fail(message.error(), where);
    SmtpClient client(*settings);
    const SmtpOutcome outcome = client.send(settings->fromAddress, {to}, *message);
    where.insert(QStringLiteral("sent"), outcome.sent());
    where.insert(QStringLiteral("failure"), SmtpOutcome::failureName(outcome.failure));
    where.insert(QStringLiteral("temporary"), outcome.temporary);
    where.insert(QStringLiteral("replyCode"), outcome.replyCode);
    where.insert(QStringLiteral("serverReply"), outcome.serverReply);
    where.insert(QStringLiteral("certificateSha256"), client.lastPeerCertificateSha256());
    if (!outcome.sent()) {
        if (outcome.failure == SmtpOutcome::Failure::Tls && !client.lastPeerCertificateSha256().isEmpty())
            context.printError(tr("The server's certificate SHA-256 is %1; pin it with \"atendectl config set "
                                  "mail.smtp.pinned_sha256 %1\" only if you know it is your server's.")
                                   .arg(client.lastPeerCertificateSha256()));
        return context.fail(Error::make(Error::Code::Generic, outcome.userMessage, outcome.detail), where);
    }
    context.print(tr("The test e-mail to %1 was accepted by %2 (%3).").arg(to, settings->host, outcome.serverReply));
    return context.finish(where, ExitOk);
}

} // namespace atende
