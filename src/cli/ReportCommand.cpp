#include "ReportCommand.h"

#include "CliContext.h"
#include "CliLogin.h"
#include "reports/DashboardReport.h"
#include "reports/ReportTable.h"
#include "util/SystemClock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace atende {

QString ReportCommand::summary() const {
    return tr("Print a dashboard figure for a period, or write it as CSV (acting as --user).");
}

QString ReportCommand::description() const {
    return tr("KIND is one of: %1. volume: contacts per day and channel; backlog: open tickets per status and "
              "sector; breaches: deadlines of the period missed, per sector; agents and sectors: tickets opened, "
              "average first response and resolution in minutes; short-calls: calls under 5 minutes that did not "
              "become a ticket, per agent. Days are local (UTC-3), both ends included. --csv writes a file for a "
              "spreadsheet (UTF-8 with BOM, ';'). Needs report.view; runs as --user or ATENDE_USER with the "
              "password in ATENDE_PASSWORD.")
        .arg(ReportTable::kinds().join(QStringLiteral(", ")));
}

QList<QCommandLineOption> ReportCommand::options() const {
    return {CliLogin::userOption(),
            QCommandLineOption(QStringLiteral("from"), tr("First day (yyyy-MM-dd)."), tr("DATE")),
            QCommandLineOption(QStringLiteral("to"), tr("Last day (yyyy-MM-dd)."), tr("DATE")),
            QCommandLineOption(QStringLiteral("sector"), tr("Only this sector (id)."), tr("ID")),
            QCommandLineOption(QStringLiteral("csv"), tr("Write the table to FILE as CSV."), tr("FILE"))};
}

int ReportCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !ReportTable::kinds().contains(args.first()))
        return context.usageError(
            tr("Say which report: one of %1.").arg(ReportTable::kinds().join(QStringLiteral(", "))));
    const QString kind = args.first();
    DashboardReport::Period period;
    period.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    period.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!period.from.isValid() || !period.to.isValid())
        return context.usageError(tr("--from and --to take dates written as yyyy-MM-dd, for example 2026-11-01."));
    if (parser.isSet(QStringLiteral("sector"))) {
        const auto sector = parseNumber(parser.value(QStringLiteral("sector")), 1, std::numeric_limits<int>::max());
        if (!sector)
            return context.usageError(tr("--sector takes the number of a sector."));
        period.sectorId = *sector;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error());
    auto actor = CliLogin::login(**db, parser);
    if (!actor)
        return context.fail(actor.error());

    QElapsedTimer timer;
    timer.start();
    auto figures = DashboardReport(**db, SystemClock::instance()).compute(*actor, period);
    if (!figures)
        return context.fail(figures.error());
    const qint64 elapsedMs = timer.elapsed();
    const ReportTable table = *ReportTable::build(kind, *figures);

    QJsonObject document{{QStringLiteral("kind"), kind},
                         {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                         {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                         {QStringLiteral("elapsedMs"), elapsedMs}};
    QJsonArray rows;
    for (const QStringList& row : table.rows) {
        QJsonObject object;
        for (int i = 0; i < table.header.size() && i < row.size(); ++i)
            object.insert(table.header[i], row[i]);
        rows.append(object);
    }
    document.insert(QStringLiteral("rows"), rows);

    if (parser.isSet(QStringLiteral("csv"))) {
        const QString path = parser.value(QStringLiteral("csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(table.toCsv()) < 0 || !file.commit())
            return context.fail(
                Error::make(Error::Code::Storage,
                            tr("Could not write %1. Check the folder exists and you may write there.").arg(path),
                            file.errorString()));
        document.insert(QStringLiteral("csv"), path);
        context.print(tr("%Ln row(s) written to %1.", nullptr, int(table.rows.size())).arg(path));
    } else {
        context.print(table.header.join(QStringLiteral(" | ")));
        for (const QStringList& row : table.rows)
            context.print(row.join(QStringLiteral(" | ")));
        if (table.rows.isEmpty())
            context.print(tr("Nothing in this period."));
    }
    return context.finish(document, ExitOk);
}

} // namespace atende
