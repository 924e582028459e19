#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Database;
struct Customer;

// `atendectl customer find|show|add|import|export`: the customer register from scripts, acting as a user
// (CliLogin) with the same permissions, validation, duplicate check, masking and audit as the customer screens.
class CustomerCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CustomerCommand)

public:
    QString name() const override { return QStringLiteral("customer"); }
    QString synopsis() const override {
        return QStringLiteral("customer find TEXT | show ID|CPF|CNPJ|CODE | add --name N --document D [...] | "
                              "import FILE.csv [--dry-run] | export ID --out FILE.json");
    }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    int find(CliContext& context, Database& db, const Actor& actor, const QString& text);
    int show(CliContext& context, Database& db, const Actor& actor, const QString& which);
    int add(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser);
    int importFile(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
                   const QString& path);
    int exportData(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
                   const QString& which);
};

} // namespace atende
