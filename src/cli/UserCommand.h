#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Database;

// `atendectl user add|list|passwd|profile|unlock|enable|disable`: user administration from scripts, acting as a
// user (CliLogin) with the same rules as the user screens. On a database without any user, `user add` creates the
// first administrator instead (what the app's first-run dialog does) so a server install needs no GUI. New
// passwords come from ATENDE_NEW_PASSWORD or one line on stdin (--password-stdin), never from the arguments.
class UserCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString synopsis() const override {
        return QStringLiteral("user add LOGIN --name N [--profile P] | list | passwd [LOGIN] | profile LOGIN PROFILE "
                              "| unlock LOGIN | enable LOGIN | disable LOGIN");
    }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    int addFirstAdministrator(CliContext& context, Database& db, const QCommandLineParser& parser,
                              const QString& login);
    int add(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
            const QString& login);
    int list(CliContext& context, Database& db, const Actor& actor);
    int passwd(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
               const QStringList& args);
    int change(CliContext& context, Database& db, const Actor& actor, const QString& action, const QStringList& args);
};

} // namespace atende
