#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

class CommandRegistry;

// `atendectl help [COMMAND]`, also reached through --help before or after any command.
class HelpCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)

public:
    explicit HelpCommand(const CommandRegistry& registry);

    QString name() const override { return QStringLiteral("help"); }
    QString synopsis() const override { return QStringLiteral("help [COMMAND]"); }
    QString summary() const override;
    bool usesDatabase() const override { return false; }
    int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    int showOverview(CliContext& context) const;
    int showCommand(CliContext& context, const CliCommand& command) const;

    const CommandRegistry& m_registry;
};

} // namespace atende
