#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class CliContext;
class Database;
class TicketService;

// `atendectl ticket create|show|list|status|comment`: the same TicketService the ticket screen uses, so the same
// rules (mandatory fields, workflow, permissions) hold for scripts and integrations. The command acts as a user:
// --user LOGIN with the password in the ATENDE_PASSWORD environment variable (never on the command line, where
// other users of the machine could read it).
class TicketCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(TicketCommand)

public:
    QString name() const override { return QStringLiteral("ticket"); }
    QString synopsis() const override {
        return QStringLiteral("ticket create|show|list|status|comment --user LOGIN [ARGS] [OPTIONS]");
    }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    int create(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor);
    int show(CliContext& context, const QStringList& args, Database& db, const Actor& actor);
    int list(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor);
    int status(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor);
    int comment(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor);
};

} // namespace atende
