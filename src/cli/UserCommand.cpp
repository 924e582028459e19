#include "UserCommand.h"

#include "CliContext.h"
#include "CliLogin.h"
#include "auth/AccessProfileService.h"
#include "auth/NewUser.h"
#include "auth/UserService.h"
#include "util/SystemClock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace atende {

namespace {

Result<QString> newPassword(const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (line.isEmpty()) {
            return Error::make(Error::Code::InvalidInput,
                               UserCommand::tr("No password was read from the standard input."));
        }
        return line;
    }
    if (qEnvironmentVariableIsSet("ATENDE_NEW_PASSWORD"))
        return qEnvironmentVariable("ATENDE_NEW_PASSWORD");
    return Error::make(Error::Code::InvalidInput,
                       UserCommand::tr("Give the new password in ATENDE_NEW_PASSWORD or as one line on the standard "
                                       "input with --password-stdin; it is never read from the arguments."));
}

Result<qint64> profileIdByName(Database& db, const Actor& actor, const QString& name) {
    AccessProfileService profiles(db, SystemClock::instance());
    auto list = profiles.listProfiles(actor);
    if (!list)
        return list.error();
    QStringList names;
    for (const AccessProfile& profile : *list) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile.id;
        names << profile.name;
    }
    return Error::make(Error::Code::NotFound, UserCommand::tr("There is no access profile \"%1\". Profiles: %2.")
                                                  .arg(name, names.join(QStringLiteral(", "))));
}

Result<UserSummary> userByLogin(UserService& users, const Actor& actor, const QString& login) {
    auto list = users.listUsers(actor);
    if (!list)
        return list.error();
    const QString wanted = UserService::normalizedLogin(login);
    for (const UserSummary& user : *list) {
        if (user.login == wanted)
            return user;
    }
    return Error::make(Error::Code::NotFound, UserCommand::tr("There is no user \"%1\".").arg(login));
}

} // namespace

QString UserCommand::summary() const {
    return tr("Add and list users, set passwords and access profiles (acting as --user).");
}

QString UserCommand::description() const {
    return tr("add LOGIN --name NAME [--profile PROFILE] [--email E]: a new user (default profile Agente); on a "
              "database without users it creates the first administrator and needs no --user. list: every user "
              "with profile and state. passwd [LOGIN]: your own password (the current one in ATENDE_PASSWORD) or, "
              "for an administrator, LOGIN's. profile LOGIN PROFILE: change a user's access profile. unlock, "
              "enable, disable LOGIN. New passwords are read from ATENDE_NEW_PASSWORD or with --password-stdin.");
}

QList<QCommandLineOption> UserCommand::options() const {
    return {
        CliLogin::userOption(),
        QCommandLineOption(QStringLiteral("name"), tr("Full name (add)."), tr("NAME")),
        QCommandLineOption(QStringLiteral("email"), tr("E-mail address (add)."), tr("EMAIL")),
        QCommandLineOption(QStringLiteral("profile"), tr("Access profile (add; default Agente)."), tr("PROFILE")),
        QCommandLineOption(QStringLiteral("password-stdin"), tr("Read the new password from the standard input.")),
    };
}

int UserCommand::run(CliContext& context, const QCommandLineParser& parser) {
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Say what to do: add, list, passwd, profile, unlock, enable or disable."));
    const QString action = args.takeFirst();
    static const QStringList actions{QStringLiteral("add"),     QStringLiteral("list"),   QStringLiteral("passwd"),
                                     QStringLiteral("profile"), QStringLiteral("unlock"), QStringLiteral("enable"),
                                     QStringLiteral("disable")};
    if (!actions.contains(action))
        return context.usageError(tr("Unknown action \"%1\" for \"user\".").arg(action));
    context.setCommandName(QStringLiteral("user ") + action);
    const int expected = action == QLatin1String("list")      ? 0
                         : action == QLatin1String("profile") ? 2
                         : action == QLatin1String("passwd")  ? -1
                                                              : 1;
    if ((expected >= 0 && args.size() != expected) || (expected < 0 && args.size() > 1))
        return context.usageError(tr("Wrong number of arguments for \"user %1\".").arg(action));

    Database::Options options;
    options.createIfMissing = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error());

    if (action == QLatin1String("add")) {
        UserService users(**db, SystemClock::instance());
        auto first = users.needsFirstAdministrator();
        if (!first)
            return context.fail(first.error());
        if (*first)
            return addFirstAdministrator(context, **db, parser, args.first());
    }
    auto actor = CliLogin::login(**db, parser);
    if (!actor)
        return context.fail(actor.error());
    if (action == QLatin1String("add"))
        return add(context, **db, *actor, parser, args.first());
    if (action == QLatin1String("list"))
        return list(context, **db, *actor);
    if (action == QLatin1String("passwd"))
        return passwd(context, **db, *actor, parser, args);
    return change(context, **db, *actor, action, args);
}

int UserCommand::addFirstAdministrator(CliContext& context, Database& db, const QCommandLineParser& parser,
                                       const QString& login) {
    auto password = newPassword(parser);
    if (!password)
        return context.fail(password.error());
    UserService users(db, SystemClock::instance());
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
    auto admin = users.createFirstAdministrator(login, name, *password);
    if (!admin)
        return context.fail(admin.error());
    context.print(tr("First administrator %1 created.").arg(admin->login()));
    return context.finish(QJsonObject{{QStringLiteral("id"), admin->userId()},
                                      {QStringLiteral("login"), admin->login()},
                                      {QStringLiteral("firstAdministrator"), true}},
                          ExitOk);
}

int UserCommand::add(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
                     const QString& login) {
    if (!parser.isSet(QStringLiteral("name")))
        return context.usageError(tr("Give the user's full name with --name."));
    auto password = newPassword(parser);
    if (!password)
        return context.fail(password.error());
    const QString profileName =
        parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile")) : QStringLiteral("Agente");
    auto profileId = profileIdByName(db, actor, profileName);
    if (!profileId)
        return context.fail(profileId.error());
    NewUser user;
    user.login = login;
    user.name = parser.value(QStringLiteral("name"));
    user.email = parser.value(QStringLiteral("email"));
    user.profileId = *profileId;
    user.password = *password;
    UserService users(db, SystemClock::instance());
    auto id = users.addUser(actor, user);
    if (!id)
        return context.fail(id.error());
    context.print(tr("User %1 added with profile %2.").arg(UserService::normalizedLogin(login), profileName));
    return context.finish(QJsonObject{{QStringLiteral("id"), *id},
                                      {QStringLiteral("login"), UserService::normalizedLogin(login)},
                                      {QStringLiteral("firstAdministrator"), false}},
                          ExitOk);
}

int UserCommand::list(CliContext& context, Database& db, const Actor& actor) {
    UserService users(db, SystemClock::instance());
    auto all = users.listUsers(actor);
    if (!all)
        return context.fail(all.error());
    QJsonArray array;
    for (const UserSummary& user : *all) {
        QString state = user.active ? tr("active") : tr("inactive");
        if (user.isLocked())
            state = tr("locked");
        context.print(QStringLiteral("%1\t%2\t%3\t%4").arg(user.login, user.name, user.profileName, state));
        array.append(QJsonObject{{QStringLiteral("id"), user.id},
                                 {QStringLiteral("login"), user.login},
                                 {QStringLiteral("name"), user.name},
                                 {QStringLiteral("email"), user.email},
                                 {QStringLiteral("profile"), user.profileName},
                                 {QStringLiteral("sector"), user.sectorName},
                                 {QStringLiteral("active"), user.active},
                                 {QStringLiteral("locked"), user.isLocked()}});
    }
    return context.finish(QJsonObject{{QStringLiteral("users"), array}}, ExitOk);
}

int UserCommand::passwd(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
                        const QStringList& args) {
    auto password = newPassword(parser);
    if (!password)
        return context.fail(password.error());
    UserService users(db, SystemClock::instance());
    const bool own = args.isEmpty() || UserService::normalizedLogin(args.first()) == actor.login();
    if (own) {
        if (Status s = users.changePassword(actor, qEnvironmentVariable("ATENDE_PASSWORD"), *password); !s)
            return context.fail(s.error());
        context.print(tr("Your password was changed."));
        return context.finish(QJsonObject{{QStringLiteral("login"), actor.login()}}, ExitOk);
    }
    auto user = userByLogin(users, actor, args.first());
    if (!user)
        return context.fail(user.error());
    if (Status s = users.setPassword(actor, user->id, *password); !s)
        return context.fail(s.error());
    context.print(tr("The password of %1 was changed.").arg(user->login));
    return context.finish(QJsonObject{{QStringLiteral("login"), user->login}}, ExitOk);
}

int UserCommand::change(CliContext& context, Database& db, const Actor& actor, const QString& action,
                        const QStringList& args) {
    UserService users(db, SystemClock::instance());
    auto user = userByLogin(users, actor, args.first());
    if (!user)
        return context.fail(user.error());
    Status done;
    QString message;
    if (action == QLatin1String("profile")) {
        auto profileId = profileIdByName(db, actor, args.at(1));
        if (!profileId)
            return context.fail(profileId.error());
        done = users.setProfile(actor, user->id, *profileId);
        message = tr("%1 now has the profile %2.").arg(user->login, args.at(1));
    } else if (action == QLatin1String("unlock")) {
        done = users.unlock(actor, user->id);
        message = tr("%1 was unlocked.").arg(user->login);
    } else {
        const bool enable = action == QLatin1String("enable");
        done = users.setActive(actor, user->id, enable);
        message = enable ? tr("%1 was enabled.").arg(user->login) : tr("%1 was disabled.").arg(user->login);
    }
    if (!done)
        return context.fail(done.error());
    context.print(message);
    return context.finish(QJsonObject{{QStringLiteral("login"), user->login}}, ExitOk);
}

} // namespace atende
