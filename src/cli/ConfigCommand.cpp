#include "ConfigCommand.h"

#include "CliContext.h"
#include "CliLogin.h"
#include "auth/Permission.h"
#include "mail/MailAdministration.h"
#include "mail/MailPasswordStore.h"
#include "mail/MailSettingsStore.h"
#include "mail/MailTemplateStore.h"
#include "settings/Settings.h"
#include "storage/DatabasePasswordStore.h"
#include "storage/ServerLocation.h"
#include "util/SystemClock.h"

#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace atende {

namespace {
const QString PasswordKey = QStringLiteral("mail.smtp.password");
// This workstation's own settings (QSettings, not the database): where its data is.
const QString DatabaseUrlKey = QStringLiteral("database.url");
const QString DatabasePasswordKey = QStringLiteral("database.password");

// "mail.template.protocol.body" -> kind and part; false for any other key.
bool templateKey(const QString& key, MailTemplate::Kind* kind, bool* subject) {
    const QStringList parts = key.split(u'.');
    if (parts.size() != 4 || parts[0] != QLatin1String("mail") || parts[1] != QLatin1String("template") ||
        !MailTemplateStore::parseKind(parts[2], kind) ||
        (parts[3] != QLatin1String("subject") && parts[3] != QLatin1String("body")))
        return false;
    *subject = parts[3] == QLatin1String("subject");
    return true;
}
} // namespace

QString ConfigCommand::summary() const {
    return tr("Read or change this workstation's database and the e-mail settings and templates.");
}

int ConfigCommand::runWorkstationSetting(CliContext& context, const QString& key, bool set, const QStringList& values) {
    QJsonObject where{{QStringLiteral("key"), key}};
    Settings settings;
    if (key == DatabasePasswordKey) {
        if (!set)
            return context.usageError(tr("The password is never shown; it can only be set."));
        const QString url = settings.databasePath();
        if (!Database::isServerLocation(url))
            return context.usageError(tr("Set database.url to a postgresql:// address first."));
        QTextStream in(stdin);
        const QString password = values.isEmpty() ? in.readLine() : values.first();
        if (Status s = DatabasePasswordStore::write(url, password); !s)
            return context.fail(s.error(), where);
        context.print(tr("The database password is stored in the system keyring."));
        return context.finish(where, ExitOk);
    }
    if (set) {
        if (values.size() != 1)
            return context.usageError(tr("\"config set\" takes a key and a value."));
        const QString url = values.first();
        if (Database::isServerLocation(url) && ServerLocation::parse(url).ok() &&
            !ServerLocation::parse(url)->password.isEmpty())
            return context.usageError(tr("Keep the password out of the address (the settings file is not secret): "
                                         "set it with \"config set database.password\"."));
        // A server address is tried before it is kept, so a typo does not leave the workstation without its data.
        if (Database::isServerLocation(url)) {
            Database::Options probe;
            probe.createIfMissing = false;
            probe.migrate = false;
            auto db = Database::open(url, probe);
            if (!db)
                return context.fail(db.error(), where);
        }
        settings.setDatabasePath(url);
    }
    const QString shown = Database::isServerLocation(settings.databasePath())
                              ? ServerLocation::withoutPassword(settings.databasePath())
                              : settings.databasePath();
    context.print(shown);
    where.insert(QStringLiteral("value"), shown);
    return context.finish(where, ExitOk);
}

QString ConfigCommand::description() const {
    return tr("Keys: %1, %2 (set only: read from standard input into the system keyring), and "
              "mail.template.<protocol|reply|copy>.<subject|body>. Values are checked before they are saved. "
              "This workstation's own keys: %3 (the database it opens: a file, or postgresql://user@server/database "
              "for a team; tried before it is kept) and %4 (set only, from standard input into the keyring).")
        .arg(MailSettingsStore::keys().join(QStringLiteral(", ")), PasswordKey, DatabaseUrlKey, DatabasePasswordKey);
}

QList<QCommandLineOption> ConfigCommand::options() const {
    return {CliLogin::userOption()};
}

int ConfigCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || (args[0] != QLatin1String("get") && args[0] != QLatin1String("set")))
        return context.usageError(tr("Say \"get\" or \"set\" and a key."));
    const bool set = args[0] == QLatin1String("set");
    if (args.size() < 2 || args.size() > (set ? 3 : 2))
        return context.usageError(set ? tr("\"config set\" takes a key and a value.")
                                      : tr("\"config get\" takes a key."));
    const QString key = args[1];
    if (key == DatabaseUrlKey || key == DatabasePasswordKey)
        return runWorkstationSetting(context, key, set, args.mid(2));
    MailTemplate::Kind kind;
    bool subject = false;
    const bool isTemplate = templateKey(key, &kind, &subject);
    if (!isTemplate && !MailSettingsStore::isKey(key) && key != PasswordKey)
        return context.usageError(tr("\"%1\" is not a setting atendectl knows. Keys: %2")
                                      .arg(key, MailSettingsStore::keys().join(QStringLiteral(", "))));
    if (set && args.size() < 3 && key != PasswordKey)
        return context.usageError(tr("\"config set\" takes a key and a value."));
    if (!set && key == PasswordKey)
        return context.usageError(tr("The password is never shown; it can only be set."));

    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    auto db = context.openDatabase(options);
    QJsonObject where{{QStringLiteral("key"), key}};
    if (!db)
        return context.fail(db.error(), where);
    // The mail settings are the team's: reading and changing them needs mail.admin, checked in core.
    auto actor = CliLogin::loginWith(**db, parser, Permission::MailAdmin, QStringLiteral("mail_settings"),
                                     set ? QStringLiteral("set") : QStringLiteral("get"));
    if (!actor)
        return context.fail(actor.error(), where);
    MailSettingsStore settings(**db);
    MailAdministration administration(**db, SystemClock::instance());

    if (key == PasswordKey) {
        auto current = settings.load();
        if (!current)
            return context.fail(current.error(), where);
        // One line from standard input: the password never passes through the command line.
        QTextStream in(stdin);
        const QString password = args.size() == 3 ? args[2] : in.readLine();
        if (Status s = MailPasswordStore::write(current->user, current->host, password); !s)
            return context.fail(s.error(), where);
        context.print(tr("The e-mail password is stored in the system keyring."));
        return context.finish(where, ExitOk);
    }

    if (isTemplate) {
        MailTemplateStore templates(**db);
        auto loaded = templates.load(kind);
        if (!loaded)
            return context.fail(loaded.error(), where);
        if (set) {
            (subject ? loaded->subject : loaded->body) = args[2];
            if (Status s = administration.saveTemplate(*actor, *loaded); !s)
                return context.fail(s.error(), where);
        }
        const QString value = subject ? loaded->subject : loaded->body;
        context.print(value);
        where.insert(QStringLiteral("value"), value);
        return context.finish(where, ExitOk);
    }

    if (set) {
        if (Status s = administration.setSetting(*actor, key, args[2]); !s)
            return context.fail(s.error(), where);
    }
    auto value = settings.value(key);
    if (!value)
        return context.fail(value.error(), where);
    context.print(*value);
    where.insert(QStringLiteral("value"), *value);
    return context.finish(where, ExitOk);
}

} // namespace atende
