#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl outbox list|flush|retry ID|cancel ID|export ID FILE`: the e-mail outbox from a terminal or a
// script. flush sends what is due now with the saved settings (password from the keyring or
// ATENDE_SMTP_PASSWORD); export writes a message as .eml, to be sent by other means.
class OutboxCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)

public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString synopsis() const override {
        return QStringLiteral(
            "outbox list [--state STATE] [--limit N] | flush | retry ID | cancel ID | export ID FILE");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
