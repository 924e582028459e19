#include "MigrateToCommand.h"

#include "CliContext.h"
#include "ProgressBar.h"
#include "storage/ServerLocation.h"
#include "storage/ServerMigration.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <csignal>

namespace atende {

namespace {

volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int) {
    interrupted = 1;
}

} // namespace

QString MigrateToCommand::summary() const {
    return tr("Copy this workstation's database into the team's PostgreSQL server.");
}

QString MigrateToCommand::description() const {
    return tr("Copies every table of the SQLite database (--db) into a new PostgreSQL database, so that a "
              "single-workstation install becomes a team. The server database must be empty (created by its "
              "administrator, see the admin guide) or one this same file was already being copied into: an "
              "interrupted copy (Ctrl+C, network, power) continues where it stopped when the same command is run "
              "again. At the end every table is verified: row counts and a SHA-256 of all values on both sides. "
              "The file is not changed. The password is taken from ATENDE_DB_PASSWORD (or PGPASSWORD / ~/.pgpass), "
              "never from the command line.");
}

QList<QCommandLineOption> MigrateToCommand::options() const {
    return {QCommandLineOption(QStringLiteral("verify-only"),
                               tr("Only compare the file and the server database, table by table."))};
}

int MigrateToCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !Database::isServerLocation(args.first()))
        return context.usageError(tr("\"migrate-to\" takes the server's address: postgresql://user@server/database."));
    const QString url = args.first();
    const QString shownUrl = ServerLocation::withoutPassword(url);
    if (Database::isServerLocation(context.databasePath()))
        return context.usageError(tr("--db must name the SQLite file to copy, not a server."));
    if (!context.databaseExists()) {
        return context.fail(Error::make(Error::Code::NotFound,
                                        tr("The database file %1 does not exist.").arg(context.databasePath())));
    }
    Database::Options sourceOptions;
    sourceOptions.createIfMissing = false;
    auto source = context.openDatabase(sourceOptions);
    if (!source)
        return context.fail(source.error());
    Database::Options targetOptions;
    targetOptions.createIfMissing = false;
    auto target = Database::open(url, targetOptions);
    if (!target)
        return context.fail(target.error(), {{QStringLiteral("target"), shownUrl}});

    ServerMigration migration(**source, **target);
    ProgressBar bar(context, tr("rows"));
    QString phase;
    auto progress = [&](const ServerMigrationProgress& p) {
        if (p.phase != phase) {
            bar.finish();
            phase = p.phase;
            if (phase == QLatin1String("verify"))
                context.printError(tr("Verifying every table…"));
        }
        bar.update(p.done, p.total);
    };
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool verifyOnly = parser.isSet(QStringLiteral("verify-only"));
    auto report = verifyOnly ? migration.verify(progress) : migration.run(progress, [] { return interrupted != 0; });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    bar.finish();
    if (!report)
        return context.fail(report.error(), {{QStringLiteral("target"), shownUrl}});

    QJsonArray tables;
    for (const auto& table : std::as_const(report->tables)) {
        tables.append(QJsonObject{{QStringLiteral("table"), table.name},
                                  {QStringLiteral("sourceRows"), table.sourceRows},
                                  {QStringLiteral("targetRows"), table.targetRows},
                                  {QStringLiteral("sha256"), QString::fromLatin1(table.sourceChecksum)},
                                  {QStringLiteral("matches"), table.matches()}});
        if (!table.matches()) {
            context.printError(tr("Table %1 differs: %2 rows in the file, %3 on the server.")
                                   .arg(table.name, context.number(table.sourceRows), context.number(table.targetRows)));
        }
    }
    qint64 rows = 0;
    for (const auto& table : std::as_const(report->tables))
        rows += table.sourceRows;
    const bool ok = report->verified();
    if (!verifyOnly) {
        context.print(tr("Copied %1 rows into %2 in %3 s%4.")
                          .arg(context.number(report->rowsCopied), shownUrl)
                          .arg(double(report->copyMs) / 1000.0, 0, 'f', 1)
                          .arg(report->resumed ? tr(" (continuing an interrupted copy)") : QString()));
    }
    context.print(ok ? tr("Verified: %1 tables, %2 rows, counts and checksums equal (%3 s).")
                           .arg(report->tables.size())
                           .arg(context.number(rows))
                           .arg(double(report->verifyMs) / 1000.0, 0, 'f', 1)
                     : tr("Verification FAILED: the server database differs from the file (see above)."));
    return context.finish(QJsonObject{{QStringLiteral("target"), shownUrl},
                                      {QStringLiteral("rowsCopied"), report->rowsCopied},
                                      {QStringLiteral("resumed"), report->resumed},
                                      {QStringLiteral("copyMs"), report->copyMs},
                                      {QStringLiteral("verifyMs"), report->verifyMs},
                                      {QStringLiteral("verified"), ok},
                                      {QStringLiteral("tables"), tables}},
                          ok ? ExitOk : ExitFailed);
}

} // namespace atende
