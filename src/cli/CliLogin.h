#pragma once

#include "auth/Actor.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace atende {

class Database;

// Who runs a command that reads or changes business data: `--user LOGIN` (or ATENDE_USER) with the password in
// ATENDE_PASSWORD, checked by UserService exactly as the login dialog checks it — the same lock after repeated
// failures, the same profile and permissions, the same audit trail. The password is never an argument: arguments
// are visible to every user of the machine in `ps` and end up in shell history.
class CliLogin {
    Q_DECLARE_TR_FUNCTIONS(CliLogin)

public:
    static QCommandLineOption userOption();

    // The logged-in Actor, or an error saying what to set (InvalidInput) or why the login was refused.
    static Result<Actor> login(Database& db, const QCommandLineParser& parser);
    // login() and then `permission` checked in core (AccessGuard: a refusal is audited), for commands whose
    // store has no service of its own doing the check (mail settings, outbox).
    static Result<Actor> loginWith(Database& db, const QCommandLineParser& parser, const QString& permission,
                                   const QString& entity, const QString& operation);
};

} // namespace atende
