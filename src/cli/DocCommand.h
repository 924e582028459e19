#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl doc validate VALUE...`: what Atende makes of each CPF/CNPJ (kind, normalized and formatted form,
// valid or why not). Exit 0 only when every value is valid, so scripts can filter lists with it.
class DocCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DocCommand)

public:
    QString name() const override { return QStringLiteral("doc"); }
    QString synopsis() const override { return QStringLiteral("doc validate VALUE..."); }
    QString summary() const override;
    QString description() const override;
    bool usesDatabase() const override { return false; }
    int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    int validate(CliContext& context, const QStringList& values);
};

} // namespace atende
