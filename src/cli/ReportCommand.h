#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl report KIND --from DATE --to DATE [--sector ID] [--csv FILE]`: one figure of the dashboard
// (DashboardReport) as a table, acting as a user with report.view (CliLogin).
class ReportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override {
        return QStringLiteral("report KIND --from yyyy-MM-dd --to yyyy-MM-dd [--sector ID] [--csv FILE]");
    }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
