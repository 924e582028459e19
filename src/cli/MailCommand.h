#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl mail test --to ADDR`: sends one test e-mail with the saved settings, now and not through the
// outbox, and says what went wrong in the terms of the settings dialog (DNS, refused, TLS, authentication,
// rejected recipient). Exit 0 when the server accepted it.
class MailCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(MailCommand)

public:
    QString name() const override { return QStringLiteral("mail"); }
    QString synopsis() const override { return QStringLiteral("mail test --to ADDR"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
