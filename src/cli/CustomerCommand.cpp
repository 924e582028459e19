#include "CustomerCommand.h"

#include "CliContext.h"
#include "CliLogin.h"
#include "customers/CustomerCsvImporter.h"
#include "customers/CustomerDataExport.h"
#include "customers/CustomerLookup.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"
#include "util/SystemClock.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace atende {

namespace {

QString displayDocument(const Customer& customer) {
    // Masked values are already shaped for display; a full one gets its usual mask.
    return customer.personalDataMasked ? customer.document : DocumentNumber::formatNormalized(customer.document);
}

QJsonObject customerJson(const Customer& customer) {
    QJsonArray contacts;
    for (const CustomerContact& contact : customer.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("id"), contact.id},
                                    {QStringLiteral("name"), contact.name},
                                    {QStringLiteral("role"), contact.role},
                                    {QStringLiteral("phone"), contact.phone},
                                    {QStringLiteral("email"), contact.email}});
    }
    return QJsonObject{
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("kind"), Customer::kindCode(customer.kind)},
        {QStringLiteral("document"), displayDocument(customer)},
        {QStringLiteral("code"), customer.code},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("emails"), QJsonArray::fromStringList(customer.emails)},
        {QStringLiteral("phones"), QJsonArray::fromStringList(customer.phones)},
        {QStringLiteral("plan"), customer.plan},
        {QStringLiteral("observation"), customer.observation},
        {QStringLiteral("inDebt"), customer.inDebt},
        {QStringLiteral("debtNote"), customer.debtNote},
        {QStringLiteral("licenseDaysOverdue"), customer.licenseDaysOverdue},
        {QStringLiteral("portalAccess"), customer.hasPortalAccess},
        {QStringLiteral("city"), customer.city},
        {QStringLiteral("state"), customer.state},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("personalDataMasked"), customer.personalDataMasked},
    };
}

QStringList splitValues(const QStringList& values) {
    QStringList out;
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
    }
    return out;
}

// ID, CPF/CNPJ or code, as `show` and `export` accept them.
Result<Customer> resolve(CustomerService& customers, const Actor& actor, const QString& which) {
    bool isNumber = false;
    const qint64 id = which.toLongLong(&isNumber);
    if (isNumber && id > 0 && which.size() < 11)
        return customers.get(actor, id);
    if (DocumentNumber::parse(which).isValid())
        return customers.findByDocument(actor, which);
    return customers.findByCode(actor, which);
}

} // namespace

QString CustomerCommand::summary() const {
    return tr("Find, show, add, import and export customers (acting as --user).");
}

QString CustomerCommand::description() const {
    return tr("find TEXT: customers by CPF/CNPJ (with or without mask), e-mail, phone with DDD, code or the start "
              "of the name (accents and case ignored). show ID|CPF|CNPJ|CODE: one customer with contacts and last "
              "tickets. add: a new customer (--name, --document, --kind PF|PJ, --code, --email, --phone, --plan, "
              "--notes); a probable duplicate is refused unless --allow-duplicate. import FILE.csv: customers from "
              "a CSV file (--dry-run checks without writing). export ID --out FILE.json: everything held about one "
              "customer (LGPD access request). Runs as the user given by --user or ATENDE_USER, with the password "
              "in ATENDE_PASSWORD; without the personal data permission documents, e-mails and phones are masked.");
}

QList<QCommandLineOption> CustomerCommand::options() const {
    return {
        CliLogin::userOption(),
        QCommandLineOption(QStringLiteral("name"), tr("Customer name (add)."), tr("NAME")),
        QCommandLineOption(QStringLiteral("document"), tr("CPF or CNPJ (add)."), tr("DOCUMENT")),
        QCommandLineOption(QStringLiteral("kind"), tr("PF or PJ (add; default: from the document)."), tr("KIND")),
        QCommandLineOption(QStringLiteral("code"), tr("Customer code (add)."), tr("CODE")),
        QCommandLineOption(QStringLiteral("email"), tr("E-mail address (add; may repeat)."), tr("EMAIL")),
        QCommandLineOption(QStringLiteral("phone"), tr("Phone with DDD (add; may repeat)."), tr("PHONE")),
        QCommandLineOption(QStringLiteral("plan"), tr("Plan (add)."), tr("PLAN")),
        QCommandLineOption(QStringLiteral("notes"), tr("Access notes (add)."), tr("TEXT")),
        QCommandLineOption(QStringLiteral("allow-duplicate"),
                           tr("Add even when a customer with the same name and phone or e-mail exists.")),
        QCommandLineOption(QStringLiteral("dry-run"), tr("Check the CSV file without writing (import).")),
        QCommandLineOption(QStringLiteral("out"), tr("File to write (export)."), tr("FILE")),
        QCommandLineOption(QStringLiteral("limit"), tr("At most N results (find; default 50)."), tr("N")),
    };
}

int CustomerCommand::run(CliContext& context, const QCommandLineParser& parser) {
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Say what to do: find, show, add, import or export."));
    const QString action = args.takeFirst();
    static const QStringList actions{QStringLiteral("find"), QStringLiteral("show"), QStringLiteral("add"),
                                     QStringLiteral("import"), QStringLiteral("export")};
    if (!actions.contains(action))
        return context.usageError(tr("Unknown action \"%1\" for \"customer\".").arg(action));
    context.setCommandName(QStringLiteral("customer ") + action);
    const bool needsArgument = action != QLatin1String("add");
    if (needsArgument && args.size() != 1)
        return context.usageError(tr("\"customer %1\" takes one argument.").arg(action));
    if (!needsArgument && !args.isEmpty())
        return context.usageError(tr("\"customer add\" takes options only, e.g. --name and --document."));

    Database::Options options;
    options.createIfMissing = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error());
    auto actor = CliLogin::login(**db, parser);
    if (!actor)
        return context.fail(actor.error());

    if (action == QLatin1String("find"))
        return find(context, **db, *actor, args.first());
    if (action == QLatin1String("show"))
        return show(context, **db, *actor, args.first());
    if (action == QLatin1String("add"))
        return add(context, **db, *actor, parser);
    if (action == QLatin1String("import"))
        return importFile(context, **db, *actor, parser, args.first());
    return exportData(context, **db, *actor, parser, args.first());
}

int CustomerCommand::find(CliContext& context, Database& db, const Actor& actor, const QString& text) {
    int limit = CustomerService::DefaultSearchLimit;
    CustomerLookup lookup(db, SystemClock::instance());
    auto found = lookup.find(actor, text, limit);
    if (!found)
        return context.fail(found.error());
    QJsonArray list;
    for (const Customer& customer : found->customers) {
        context.print(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(customer.id)
                          .arg(customer.code.isEmpty() ? QStringLiteral("-") : customer.code, displayDocument(customer),
                               customer.name));
        list.append(customerJson(customer));
    }
    if (found->customers.isEmpty())
        context.printError(tr("No customer found for \"%1\".").arg(text));
    return context.finish(QJsonObject{{QStringLiteral("matchedBy"), CustomerLookup::kindName(found->kind)},
                                      {QStringLiteral("count"), int(found->customers.size())},
                                      {QStringLiteral("customers"), list}},
                          found->customers.isEmpty() ? ExitFailed : ExitOk);
}

int CustomerCommand::show(CliContext& context, Database& db, const Actor& actor, const QString& which) {
    CustomerService customers(db, SystemClock::instance());
    auto customer = resolve(customers, actor, which);
    if (!customer)
        return context.fail(customer.error());
    auto tickets = customers.ticketsOf(actor, customer->id, 10);
    if (!tickets)
        return context.fail(tickets.error());

    const Customer& c = *customer;
    context.print(QStringLiteral("%1 (%2)").arg(c.name, Customer::kindCode(c.kind)));
    if (!c.observation.isEmpty())
        context.print(tr("Access notes: %1").arg(c.observation));
    context.print(tr("CPF/CNPJ: %1").arg(displayDocument(c)));
    if (!c.code.isEmpty())
        context.print(tr("Code: %1").arg(c.code));
    if (!c.plan.isEmpty())
        context.print(tr("Plan: %1").arg(c.plan));
    if (!c.emails.isEmpty())
        context.print(tr("E-mail: %1").arg(c.emails.join(QStringLiteral(", "))));
    if (!c.phones.isEmpty())
        context.print(tr("Phone: %1").arg(c.phones.join(QStringLiteral(", "))));
    if (c.inDebt)
        context.print(tr("In debt: %1").arg(c.debtNote.isEmpty() ? tr("yes") : c.debtNote));
    if (customers.isBlocked(c))
        context.print(tr("Licence blocked: %n day(s) overdue", nullptr, c.licenseDaysOverdue));
    context.print(tr("Portal access: %1").arg(c.hasPortalAccess ? tr("yes") : tr("no")));
    for (const CustomerContact& contact : c.contacts) {
        context.print(tr("Contact: %1 (%2) %3 %4")
                          .arg(contact.name, contact.role.isEmpty() ? QStringLiteral("-") : contact.role, contact.phone,
                               contact.email)
                          .trimmed());
    }
    QJsonArray ticketList;
    for (const CustomerTicket& ticket : *tickets) {
        const QString opened = context.locale().toString(QDateTime::fromMSecsSinceEpoch(ticket.openedAt).toLocalTime(),
                                                         QLocale::ShortFormat);
        context.print(QStringLiteral("  %1  %2  %3  %4  %5")
                          .arg(ticket.protocol, opened, ticket.statusName,
                               ticket.sectorName.isEmpty() ? QStringLiteral("-") : ticket.sectorName, ticket.title));
        ticketList.append(QJsonObject{{QStringLiteral("id"), ticket.id},
                                      {QStringLiteral("protocol"), ticket.protocol},
                                      {QStringLiteral("title"), ticket.title},
                                      {QStringLiteral("status"), ticket.statusName},
                                      {QStringLiteral("closed"), ticket.closed},
                                      {QStringLiteral("sector"), ticket.sectorName},
                                      {QStringLiteral("openedAt"), ticket.openedAt}});
    }
    QJsonObject document = customerJson(c);
    document.insert(QStringLiteral("blocked"), customers.isBlocked(c));
    document.insert(QStringLiteral("tickets"), ticketList);
    return context.finish(QJsonObject{{QStringLiteral("customer"), document}}, ExitOk);
}

int CustomerCommand::add(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser) {
    Customer customer;
    customer.name = parser.value(QStringLiteral("name"));
    customer.document = parser.value(QStringLiteral("document"));
    const QString kind = parser.value(QStringLiteral("kind")).toUpper();
    if (!kind.isEmpty()) {
        const auto parsed = Customer::kindFromCode(kind);
        if (!parsed)
            return context.usageError(tr("--kind is PF or PJ."));
        customer.kind = *parsed;
    } else {
        customer.kind = DocumentNumber::parse(customer.document).kind() == DocumentNumber::Kind::Cnpj
                            ? Customer::Kind::PJ
                            : Customer::Kind::PF;
    }
    customer.code = parser.value(QStringLiteral("code"));
    customer.emails = splitValues(parser.values(QStringLiteral("email")));
    customer.phones = parser.values(QStringLiteral("phone"));
    customer.plan = parser.value(QStringLiteral("plan"));
    customer.observation = parser.value(QStringLiteral("notes"));

    CustomerService customers(db, SystemClock::instance());
    auto id = customers.create(actor, customer, parser.isSet(QStringLiteral("allow-duplicate")));
    if (!id)
        return context.fail(id.error());
    context.print(tr("Customer %1 added (id %2).").arg(customer.name.trimmed()).arg(*id));
    return context.finish(QJsonObject{{QStringLiteral("id"), *id}}, ExitOk);
}

int CustomerCommand::importFile(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
                                const QString& path) {
    CustomerCsvImporter importer(db, SystemClock::instance());
    CustomerCsvImporter::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.allowDuplicates = parser.isSet(QStringLiteral("allow-duplicate"));
    auto report = importer.importFile(actor, path, options);
    if (!report)
        return context.fail(report.error());
    QJsonArray rejected;
    for (const auto& rejection : report->rejected) {
        context.printError(tr("Line %1: %2").arg(rejection.line).arg(rejection.reason));
        rejected.append(
            QJsonObject{{QStringLiteral("line"), rejection.line}, {QStringLiteral("reason"), rejection.reason}});
    }
    if (!report->ignoredColumns.isEmpty())
        context.printError(tr("Columns ignored: %1").arg(report->ignoredColumns.join(QStringLiteral(", "))));
    if (report->stopped)
        context.printError(tr("Stopped at line %1: %2").arg(report->stoppedAtLine).arg(report->stopReason));
    context.print(report->dryRun ? tr("Dry run: %1 of %2 row(s) would be imported, %3 refused.")
                                       .arg(report->imported)
                                       .arg(report->rows)
                                       .arg(report->rejectedCount())
                                 : tr("%1 of %2 row(s) imported, %3 refused.")
                                       .arg(report->imported)
                                       .arg(report->rows)
                                       .arg(report->rejectedCount()));
    const bool clean = report->rejectedCount() == 0 && !report->stopped;
    return context.finish(
        QJsonObject{{QStringLiteral("dryRun"), report->dryRun},
                    {QStringLiteral("rows"), report->rows},
                    {QStringLiteral("imported"), report->imported},
                    {QStringLiteral("rejectedCount"), report->rejectedCount()},
                    {QStringLiteral("rejected"), rejected},
                    {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(report->ignoredColumns)},
                    {QStringLiteral("stopped"), report->stopped}},
        clean ? ExitOk : ExitFailed);
}

int CustomerCommand::exportData(CliContext& context, Database& db, const Actor& actor, const QCommandLineParser& parser,
                                const QString& which) {
    if (!parser.isSet(QStringLiteral("out")))
        return context.usageError(tr("Say where to write the data: --out FILE.json."));
    CustomerService customers(db, SystemClock::instance());
    auto customer = resolve(customers, actor, which);
    if (!customer)
        return context.fail(customer.error());
    CustomerDataExport exporter(db, SystemClock::instance());
    auto data = exporter.exportCustomer(actor, customer->id);
    if (!data)
        return context.fail(data.error());
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data->toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return context.fail(Error::make(
            Error::Code::Storage, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString())));
    }
    context.print(tr("Data of customer %1 written to %2.").arg(customer->id).arg(QDir::toNativeSeparators(out)));
    return context.finish(QJsonObject{{QStringLiteral("id"), customer->id}, {QStringLiteral("path"), out}}, ExitOk);
}

} // namespace atende
