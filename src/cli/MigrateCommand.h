#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl migrate`: brings an existing database to the newest schema, reporting the backup taken first.
class MigrateCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString synopsis() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    QString description() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
