#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl --version` (also `atendectl version`): the program, the newest schema it knows, and the Qt and
// SQLite it runs on, which is what a support request needs.
class VersionCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(VersionCommand)

public:
    QString name() const override { return QStringLiteral("version"); }
    QString synopsis() const override { return QStringLiteral("version"); }
    QString summary() const override;
    bool usesDatabase() const override { return false; }
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
