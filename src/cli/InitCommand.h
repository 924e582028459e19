#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl init`: creates the database, or brings an existing Atende database to the newest schema.
class InitCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString description() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
