#include "TicketCommand.h"

#include "CliContext.h"
#include "auth/UserService.h"
#include "settings/Settings.h"
#include "tickets/TicketService.h"
#include "util/SystemClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace atende {

namespace {

const QString OptUser = QStringLiteral("user");
const QString OptSubject = QStringLiteral("subject");
const QString OptSubSubject = QStringLiteral("sub-subject");
const QString OptTitle = QStringLiteral("title");
const QString OptDescription = QStringLiteral("description");
const QString OptCustomer = QStringLiteral("customer");
const QString OptChannel = QStringLiteral("channel");
const QString OptUrgency = QStringLiteral("urgency");
const QString OptImpact = QStringLiteral("impact");
const QString OptSector = QStringLiteral("sector");
const QString OptKind = QStringLiteral("kind");
const QString OptSolution = QStringLiteral("solution");
const QString OptComment = QStringLiteral("comment");
const QString OptStatus = QStringLiteral("status");
const QString OptLimit = QStringLiteral("limit");
const QString OptVisible = QStringLiteral("visible");
const QString OptRecord = QStringLiteral("record");

QString isoTime(const std::optional<qint64>& ms) {
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(Qt::ISODate) : QString();
}

QJsonValue idJson(const std::optional<qint64>& id) {
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonObject ticketJson(const TicketDetails& d) {
    const Ticket& t = d.ticket;
    QJsonArray interactions;
    for (const Interaction& i : d.interactions) {
        interactions.append(QJsonObject{{QStringLiteral("id"), i.id},
                                        {QStringLiteral("at"), isoTime(i.at)},
                                        {QStringLiteral("author"), i.authorName},
                                        {QStringLiteral("kind"), i.kind},
                                        {QStringLiteral("channel"), i.channel},
                                        {QStringLiteral("visibleToCustomer"), i.visibleToCustomer},
                                        {QStringLiteral("text"), i.text}});
    }
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("protocol"), t.protocol},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("description"), t.description},
                       {QStringLiteral("solution"), t.solution},
                       {QStringLiteral("kind"), t.kind},
                       {QStringLiteral("status"), d.statusCode},
                       {QStringLiteral("statusName"), d.statusName},
                       {QStringLiteral("priority"), t.priority},
                       {QStringLiteral("customerId"), idJson(t.customerId)},
                       {QStringLiteral("customer"), d.customerName},
                       {QStringLiteral("sectorId"), idJson(t.sectorId)},
                       {QStringLiteral("sector"), d.sectorName},
                       {QStringLiteral("subjectId"), idJson(t.subjectId)},
                       {QStringLiteral("subject"), d.subjectName},
                       {QStringLiteral("subSubjectId"), idJson(t.subSubjectId)},
                       {QStringLiteral("subSubject"), d.subSubjectName},
                       {QStringLiteral("responsible"), d.responsibleName},
                       {QStringLiteral("openedAt"), isoTime(t.openedAt)},
                       {QStringLiteral("deadlineAt"), isoTime(t.deadlineAt)},
                       {QStringLiteral("firstResponseAt"), isoTime(t.firstResponseAt)},
                       {QStringLiteral("rowVersion"), t.rowVersion},
                       {QStringLiteral("interactions"), interactions}};
}

// A ticket named by its protocol or, when all digits and short, its id.
Result<TicketDetails> findTicket(TicketService& tickets, const Actor& actor, const QString& key) {
    auto byProtocol = tickets.getByProtocol(actor, key);
    if (byProtocol || byProtocol.error().code != Error::Code::NotFound)
        return byProtocol;
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber && key.size() < 12)
        return tickets.get(actor, id);
    return byProtocol;
}

} // namespace

QString TicketCommand::summary() const {
    return tr("Create, show, list and update tickets as a user (create prints the protocol).");
}

QString TicketCommand::description() const {
    return tr("ticket create --subject ID --title TEXT [--sub-subject ID] [--description TEXT] [--customer ID] "
              "[--channel phone|email|chatbot|portal|internal] [--urgency 1-3] [--impact 1-3] [--sector ID] [--kind "
              "KIND]\n"
              "ticket show PROTOCOL\n"
              "ticket list [--status CODE] [--limit N]\n"
              "ticket status PROTOCOL STATUS_CODE [--solution TEXT] [--comment TEXT]\n"
              "ticket comment PROTOCOL TEXT [--visible] [--record --channel CHANNEL]\n"
              "Every subcommand needs --user LOGIN, with the password in the ATENDE_PASSWORD environment variable. "
              "The same rules as the ticket screen apply: permissions of the user's profile, the subject's "
              "mandatory fields and the workflow.");
}

QList<QCommandLineOption> TicketCommand::options() const {
    return {
        QCommandLineOption(OptUser, tr("Act as this user (password in ATENDE_PASSWORD)."), QStringLiteral("LOGIN")),
        QCommandLineOption(OptSubject, tr("Subject id."), QStringLiteral("ID")),
        QCommandLineOption(OptSubSubject, tr("Sub-subject id."), QStringLiteral("ID")),
        QCommandLineOption(OptTitle, tr("Title of the ticket."), QStringLiteral("TEXT")),
        QCommandLineOption(OptDescription, tr("Description of the ticket."), QStringLiteral("TEXT")),
        QCommandLineOption(OptCustomer, tr("Customer id."), QStringLiteral("ID")),
        QCommandLineOption(OptChannel, tr("Channel of the contact or of the record."), QStringLiteral("CHANNEL")),
        QCommandLineOption(OptUrgency, tr("Urgency, 1 (high) to 3 (low)."), QStringLiteral("N")),
        QCommandLineOption(OptImpact, tr("Impact, 1 (high) to 3 (low)."), QStringLiteral("N")),
        QCommandLineOption(OptSector, tr("Sector id (default: the subject's)."), QStringLiteral("ID")),
        QCommandLineOption(OptKind, tr("incident, problem, request or question."), QStringLiteral("KIND")),
        QCommandLineOption(OptSolution, tr("Solution (required to resolve)."), QStringLiteral("TEXT")),
        QCommandLineOption(OptComment, tr("Internal comment recorded with the status change."), QStringLiteral("TEXT")),
        QCommandLineOption(OptStatus, tr("Only tickets in this status (code, e.g. pending)."), QStringLiteral("CODE")),
        QCommandLineOption(OptLimit, tr("How many tickets to list (default 20)."), QStringLiteral("N")),
        QCommandLineOption(OptVisible, tr("The comment is visible to the customer.")),
        QCommandLineOption(OptRecord, tr("The comment is an interaction record of --channel (e.g. a phone call).")),
    };
}

int TicketCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Say what to do: create, show, list, status or comment."));
    const QString sub = args.first();
    static const QStringList subs{QStringLiteral("create"), QStringLiteral("show"), QStringLiteral("list"),
                                  QStringLiteral("status"), QStringLiteral("comment")};
    if (!subs.contains(sub))
        return context.usageError(
            tr("Unknown ticket action \"%1\": use create, show, list, status or comment.").arg(sub));
    if (!parser.isSet(OptUser))
        return context.usageError(tr("Say who is acting with --user LOGIN (password in ATENDE_PASSWORD)."));
    const QString password = qEnvironmentVariable("ATENDE_PASSWORD");
    if (password.isEmpty())
        return context.usageError(tr("Put the user's password in the ATENDE_PASSWORD environment variable."));

    Database::Options options;
    options.createIfMissing = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error());
    UserService users(**db, SystemClock::instance());
    auto actor = users.authenticate(parser.value(OptUser), password);
    if (!actor)
        return context.fail(actor.error());

    if (sub == QLatin1String("create"))
        return create(context, parser, **db, *actor);
    if (sub == QLatin1String("show"))
        return show(context, args.mid(1), **db, *actor);
    if (sub == QLatin1String("list"))
        return list(context, parser, **db, *actor);
    if (sub == QLatin1String("status"))
        return status(context, parser, **db, *actor);
    return comment(context, parser, **db, *actor);
}

int TicketCommand::create(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor) {
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("\"ticket create\" takes only options."));
    NewTicket n;
    auto readId = [&](const QString& option, std::optional<qint64>& into) -> bool {
        if (!parser.isSet(option))
            return true;
        const auto v = parseNumber(parser.value(option), 1, std::numeric_limits<qint64>::max());
        if (!v)
            return false;
        into = *v;
        return true;
    };
    if (!readId(OptSubject, n.ticket.subjectId) || !readId(OptSubSubject, n.ticket.subSubjectId) ||
        !readId(OptCustomer, n.ticket.customerId) || !readId(OptSector, n.ticket.sectorId))
        return context.usageError(tr("--subject, --sub-subject, --customer and --sector take a number (an id)."));
    for (const auto& [option, into] :
         {std::pair{OptUrgency, &n.ticket.urgency}, std::pair{OptImpact, &n.ticket.impact}}) {
        if (!parser.isSet(option))
            continue;
        const auto v = parseNumber(parser.value(option), 1, 3);
        if (!v)
            return context.usageError(tr("--urgency and --impact take 1 (high), 2 or 3 (low)."));
        *into = int(*v);
    }
    n.ticket.title = parser.value(OptTitle);
    n.ticket.description = parser.value(OptDescription);
    if (parser.isSet(OptKind))
        n.ticket.kind = parser.value(OptKind);
    n.channel = parser.isSet(OptChannel) ? parser.value(OptChannel) : QStringLiteral("internal");

    Settings settings;
    TicketService tickets(db, SystemClock::instance(), settings.workstationCode());
    auto t = tickets.create(actor, n);
    if (!t) {
        QJsonObject extra;
        return context.fail(t.error(), extra);
    }
    context.print(t->protocol);
    return context.finish(QJsonObject{{QStringLiteral("id"), t->id},
                                      {QStringLiteral("protocol"), t->protocol},
                                      {QStringLiteral("priority"), t->priority},
                                      {QStringLiteral("deadlineAt"), isoTime(t->deadlineAt)}},
                          ExitOk);
}

int TicketCommand::show(CliContext& context, const QStringList& args, Database& db, const Actor& actor) {
    if (args.size() != 1)
        return context.usageError(tr("\"ticket show\" takes the ticket's protocol."));
    TicketService tickets(db, SystemClock::instance());
    auto d = findTicket(tickets, actor, args.first());
    if (!d)
        return context.fail(d.error());
    const Ticket& t = d->ticket;
    context.print(tr("Protocol: %1").arg(t.protocol));
    context.print(tr("Title: %1").arg(t.title));
    context.print(tr("Status: %1").arg(d->statusName));
    context.print(tr("Customer: %1").arg(d->customerName));
    context.print(tr("Subject: %1 / %2").arg(d->subjectName, d->subSubjectName));
    context.print(tr("Sector: %1").arg(d->sectorName));
    context.print(tr("Priority: %1").arg(t.priority));
    if (!t.description.isEmpty())
        context.print(tr("Description: %1").arg(t.description));
    if (!t.solution.isEmpty())
        context.print(tr("Solution: %1").arg(t.solution));
    for (const Interaction& i : d->interactions) {
        context.print(QStringLiteral("  [%1] %2 (%3/%4): %5")
                          .arg(QDateTime::fromMSecsSinceEpoch(i.at).toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                               i.authorName, i.kind, i.channel, i.text));
    }
    return context.finish(QJsonObject{{QStringLiteral("ticket"), ticketJson(*d)}}, ExitOk);
}

int TicketCommand::list(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor) {
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("\"ticket list\" takes only options."));
    int limit = 20;
    if (parser.isSet(OptLimit)) {
        const auto v = parseNumber(parser.value(OptLimit), 1, 1000);
        if (!v)
            return context.usageError(tr("--limit takes a number from 1 to 1000."));
        limit = int(*v);
    }
    TicketService tickets(db, SystemClock::instance());
    std::optional<qint64> statusId;
    if (parser.isSet(OptStatus)) {
        auto engine = tickets.engine();
        if (!engine)
            return context.fail(engine.error());
        const WorkflowStatus* s = engine->definition().statusByCode(parser.value(OptStatus));
        if (!s)
            return context.usageError(tr("Unknown status \"%1\".").arg(parser.value(OptStatus)));
        statusId = s->id;
    }
    auto rows = tickets.recent(actor, statusId, limit);
    if (!rows)
        return context.fail(rows.error());
    QJsonArray array;
    for (const TicketListRow& r : *rows) {
        context.print(QStringLiteral("%1  %2  %3  %4").arg(r.protocol, r.statusName, r.customerName, r.title));
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("protocol"), r.protocol},
                                 {QStringLiteral("title"), r.title},
                                 {QStringLiteral("status"), r.statusName},
                                 {QStringLiteral("customer"), r.customerName},
                                 {QStringLiteral("priority"), r.priority}});
    }
    return context.finish(QJsonObject{{QStringLiteral("tickets"), array}}, ExitOk);
}

int TicketCommand::status(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.usageError(tr("\"ticket status\" takes the protocol and the new status code."));
    TicketService tickets(db, SystemClock::instance());
    auto d = findTicket(tickets, actor, args.at(1));
    if (!d)
        return context.fail(d.error());
    auto engine = tickets.engine();
    if (!engine)
        return context.fail(engine.error());
    const WorkflowStatus* to = engine->definition().statusByCode(args.at(2));
    if (!to)
        return context.usageError(tr("Unknown status \"%1\".").arg(args.at(2)));
    auto v = tickets.changeStatus(actor, d->ticket.id, d->ticket.rowVersion, to->id, parser.value(OptSolution),
                                  parser.value(OptComment));
    if (!v)
        return context.fail(v.error(), {{QStringLiteral("protocol"), d->ticket.protocol}});
    context.print(tr("Ticket %1 is now %2.").arg(d->ticket.protocol, to->name));
    return context.finish(QJsonObject{{QStringLiteral("protocol"), d->ticket.protocol},
                                      {QStringLiteral("status"), to->code},
                                      {QStringLiteral("rowVersion"), *v}},
                          ExitOk);
}

int TicketCommand::comment(CliContext& context, const QCommandLineParser& parser, Database& db, const Actor& actor) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.usageError(tr("\"ticket comment\" takes the protocol and the text."));
    TicketService tickets(db, SystemClock::instance());
    auto d = findTicket(tickets, actor, args.at(1));
    if (!d)
        return context.fail(d.error());
    NewInteraction n;
    n.kind = parser.isSet(OptRecord) ? QStringLiteral("record") : QStringLiteral("manual");
    n.channel = parser.isSet(OptChannel) ? parser.value(OptChannel) : QStringLiteral("internal");
    n.text = args.at(2);
    n.visibleToCustomer = parser.isSet(OptVisible);
    auto id = tickets.addInteraction(actor, d->ticket.id, n);
    if (!id)
        return context.fail(id.error(), {{QStringLiteral("protocol"), d->ticket.protocol}});
    context.print(tr("Comment added to ticket %1.").arg(d->ticket.protocol));
    return context.finish(
        QJsonObject{{QStringLiteral("protocol"), d->ticket.protocol}, {QStringLiteral("interactionId"), *id}}, ExitOk);
}

} // namespace atende
