#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl check [--full]`: SQLite's integrity check, foreign keys and schema version; exit 0 only when all
// are fine, so a cron job or a monitoring script can rely on the exit code alone.
class CheckCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return QStringLiteral("check [--full]"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
