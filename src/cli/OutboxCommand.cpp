#include "OutboxCommand.h"

#include "CliContext.h"
#include "CliLogin.h"
#include "auth/Permission.h"
#include "mail/MailAdministration.h"
#include "mail/MailPasswordStore.h"
#include "mail/MailSettingsStore.h"
#include "mail/OutboxSender.h"
#include "mail/OutboxStore.h"
#include "util/SystemClock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace atende {

namespace {
QJsonValue optionalTime(const std::optional<qint64>& ms) {
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject toJson(const OutboxMessage& m) {
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("messageId"), m.messageId},
            {QStringLiteral("to"), m.to.address},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("state"), m.state},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("nextAttemptAt"), optionalTime(m.nextAttemptAt)},
            {QStringLiteral("lastError"), m.lastError},
            {QStringLiteral("createdAt"), optionalTime(m.createdAt)},
            {QStringLiteral("sentAt"), optionalTime(m.sentAt)}};
}

const QStringList States{
    QStringLiteral("queued"),           QStringLiteral("sending"),          QStringLiteral("sent"),
    QStringLiteral("failed_temporary"), QStringLiteral("failed_permanent"), QStringLiteral("cancelled")};
} // namespace

QString OutboxCommand::summary() const {
    return tr("List, send, retry, cancel or export the e-mails waiting in the outbox.");
}

QList<QCommandLineOption> OutboxCommand::options() const {
    return {CliLogin::userOption(),
            QCommandLineOption(QStringLiteral("state"), tr("Only messages in this state (%1).").arg(States.join(u'|')),
                               QStringLiteral("STATE")),
            QCommandLineOption(QStringLiteral("limit"), tr("At most N messages, newest first (default 100)."),
                               QStringLiteral("N"), QStringLiteral("100"))};
}

int OutboxCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QMap<QString, int> arity{{QStringLiteral("list"), 1},
                                   {QStringLiteral("flush"), 1},
                                   {QStringLiteral("retry"), 2},
                                   {QStringLiteral("cancel"), 2},
                                   {QStringLiteral("export"), 3}};
    if (!arity.contains(action))
        return context.usageError(tr("Say list, flush, retry ID, cancel ID or export ID FILE."));
    if (args.size() != arity.value(action))
        return context.usageError(tr("Wrong number of arguments for \"outbox %1\".").arg(action));
    std::optional<qint64> id;
    if (args.size() >= 2) {
        id = parseNumber(args[1], 1, std::numeric_limits<qint64>::max());
        if (!id)
            return context.usageError(tr("\"%1\" is not a message number.").arg(args[1]));
    }
    const QString state = parser.value(QStringLiteral("state"));
    if (!state.isEmpty() && !States.contains(state))
        return context.usageError(
            tr("Unknown state \"%1\"; use one of %2.").arg(state, States.join(QStringLiteral(", "))));
    const auto limit = parseNumber(parser.value(QStringLiteral("limit")), 1, 100000);
    if (!limit)
        return context.usageError(tr("--limit takes a whole number from 1 to 100000."));

    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    auto db = context.openDatabase(options);
    QJsonObject where{{QStringLiteral("action"), action}};
    if (id)
        where.insert(QStringLiteral("id"), *id);
    if (!db)
        return context.fail(db.error(), where);
    // The outbox holds customers' addresses and messages: every action needs mail.admin, checked in core.
    auto actor = CliLogin::loginWith(**db, parser, Permission::MailAdmin, QStringLiteral("outbox"), action);
    if (!actor)
        return context.fail(actor.error(), where);
    SystemClock clock;
    OutboxStore store(**db, clock);
    MailAdministration administration(**db, clock);

    if (action == QLatin1String("list")) {
        auto messages = store.list(state, int(*limit));
        if (!messages)
            return context.fail(messages.error(), where);
        QJsonArray rows;
        for (const OutboxMessage& m : *messages) {
            rows.append(toJson(m));
            context.print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(m.id)
                              .arg(m.state, m.to.address, m.subject, m.lastError.section(u'\n', 0, 0)));
        }
        auto counts = store.counts();
        if (!counts)
            return context.fail(counts.error(), where);
        where.insert(QStringLiteral("messages"), rows);
        where.insert(QStringLiteral("waiting"), counts->waiting);
        where.insert(QStringLiteral("failed"), counts->failed);
        context.print(
            tr("Waiting: %1, failed: %2").arg(context.number(counts->waiting), context.number(counts->failed)));
        return context.finish(where, ExitOk);
    }
    if (action == QLatin1String("retry") || action == QLatin1String("cancel")) {
        const Status s =
            action == QLatin1String("retry") ? administration.retry(*actor, *id) : administration.cancel(*actor, *id);
        if (!s)
            return context.fail(s.error(), where);
        auto m = store.find(*id);
        if (!m)
            return context.fail(m.error(), where);
        where.insert(QStringLiteral("state"), m->state);
        context.print(tr("Message %1 is now %2.").arg(*id).arg(m->state));
        return context.finish(where, ExitOk);
    }

    auto settings = MailSettingsStore(**db).load();
    if (!settings)
        return context.fail(settings.error(), where);
    if (action == QLatin1String("export")) {
        auto m = store.find(*id);
        if (!m)
            return context.fail(m.error(), where);
        auto eml = OutboxSender::toEml(*m, *settings);
        if (!eml)
            return context.fail(eml.error(), where);
        QSaveFile file(args[2]);
        if (!file.open(QIODevice::WriteOnly) || file.write(*eml) != eml->size() || !file.commit())
            return context.fail(
                Error::make(Error::Code::Generic, tr("Could not write %1.").arg(args[2]), file.errorString()), where);
        where.insert(QStringLiteral("file"), args[2]);
        where.insert(QStringLiteral("bytes"), eml->size());
        context.print(tr("Message %1 saved as %2.").arg(*id).arg(args[2]));
        return context.finish(where, ExitOk);
    }

    // flush
    auto password = MailPasswordStore::read(settings->user, settings->host);
    if (!password)
        return context.fail(password.error(), where);
    settings->password = *password;
    auto report = OutboxSender(**db, clock, *settings).processDue();
    if (!report)
        return context.fail(report.error(), where);
    auto counts = store.counts();
    where.insert(QStringLiteral("sent"), report->sent);
    where.insert(QStringLiteral("temporary"), report->temporary);
    where.insert(QStringLiteral("permanent"), report->permanent);
    where.insert(QStringLiteral("recovered"), report->recovered);
    where.insert(QStringLiteral("waiting"), counts ? counts->waiting : -1);
    where.insert(QStringLiteral("failed"), counts ? counts->failed : -1);
    context.print(
        tr("Sent: %1, to retry later: %2, failed: %3.")
            .arg(context.number(report->sent), context.number(report->temporary), context.number(report->permanent)));
    if (report->temporary > 0 || report->permanent > 0) {
        context.printError(report->lastFailure.userMessage);
        where.insert(QStringLiteral("lastFailure"), SmtpOutcome::failureName(report->lastFailure.failure));
        return context.finish(where, ExitFailed);
    }
    return context.finish(where, ExitOk);
}

} // namespace atende
