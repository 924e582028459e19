#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl backup OUT`: a consistent copy through SQLite's online backup API, safe while Atende is open.
class BackupCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("backup OUT"); }
    QString summary() const override;
    QString description() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
