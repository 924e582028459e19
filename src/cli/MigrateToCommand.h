#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl migrate-to postgresql://…`: copies this workstation's SQLite database into the team's PostgreSQL
// server (ServerMigration), with progress, resumable, verified at the end.
class MigrateToCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(MigrateToCommand)

public:
    QString name() const override { return QStringLiteral("migrate-to"); }
    QString synopsis() const override { return QStringLiteral("migrate-to postgresql://USER@SERVER:5432/DATABASE"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
