#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl demo --customers N --tickets M [--seed S]`: fills the database with realistic generated data (core's
// DemoDataGenerator), for trying Atende out, for screenshots and for benchmarks. The same seed gives the same data.
class DemoCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override { return QStringLiteral("demo --customers N --tickets M [--seed S]"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
