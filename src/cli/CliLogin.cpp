#include "CliLogin.h"

#include "auth/AccessGuard.h"
#include "auth/UserService.h"
#include "util/SystemClock.h"

#include <QCommandLineParser>

namespace atende {

QCommandLineOption CliLogin::userOption() {
    return QCommandLineOption(QStringLiteral("user"),
                              tr("Act as LOGIN (default: ATENDE_USER); the password is read from ATENDE_PASSWORD."),
                              tr("LOGIN"));
}

Result<Actor> CliLogin::login(Database& db, const QCommandLineParser& parser) {
    QString login = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                         : qEnvironmentVariable("ATENDE_USER");
    login = login.trimmed();
    if (login.isEmpty()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("Say who is acting: --user LOGIN (or ATENDE_USER), with the password in "
                              "ATENDE_PASSWORD."));
    }
    if (!qEnvironmentVariableIsSet("ATENDE_PASSWORD")) {
        return Error::make(Error::Code::InvalidInput,
                           tr("Put the password of %1 in the environment variable ATENDE_PASSWORD; it is never "
                              "read from the command line.")
                               .arg(login));
    }
    UserService users(db, SystemClock::instance());
    return users.authenticate(login, qEnvironmentVariable("ATENDE_PASSWORD"));
}

Result<Actor> CliLogin::loginWith(Database& db, const QCommandLineParser& parser, const QString& permission,
                                  const QString& entity, const QString& operation) {
    auto actor = login(db, parser);
    if (!actor)
        return actor;
    if (Status s =
            AccessGuard(db, SystemClock::instance()).require(*actor, permission, entity, std::nullopt, operation);
        !s)
        return s.error();
    return actor;
}

} // namespace atende
