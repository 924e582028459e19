#include "CheckCommand.h"

#include "CliContext.h"
#include "storage/DatabaseHealth.h"

#include <QJsonArray>

namespace atende {

QString CheckCommand::summary() const {
    return tr("Check the database for damage, broken references and an old schema.");
}

QString CheckCommand::description() const {
    return tr("Runs SQLite's quick_check (integrity_check with --full), looks for rows that point to records that "
              "do not exist, and compares the schema version with the one this program uses. The database is only "
              "read. Exits with 0 only when everything is fine.");
}

QList<QCommandLineOption> CheckCommand::options() const {
    return {QCommandLineOption(QStringLiteral("full"),
                               tr("Run integrity_check, which also verifies every index (slower on big files)."))};
}

int CheckCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("\"check\" takes no arguments."));
    const bool full = parser.isSet(QStringLiteral("full"));
    const QString path = context.databaseLocationForPeople();

    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    options.readOnly = true; // a check never changes what it checks
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error(), {{QStringLiteral("path"), path}, {QStringLiteral("healthy"), false}});

    const auto report = DatabaseHealth::check(**db, full ? DatabaseHealth::Depth::Full : DatabaseHealth::Depth::Quick);
    context.print(tr("Database: %1").arg(path));
    context.print(tr("Integrity (%1): %2")
                      .arg(full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check"), report.integrity));
    context.print(tr("Broken references: %1").arg(context.number(report.foreignKeyViolations)));
    context.print(tr("Schema: %1 (this program: %2)").arg(report.schemaVersion).arg(report.latestVersion));
    if (report.healthy()) {
        context.print(tr("The database is healthy."));
    } else {
        context.printError(tr("The database is not healthy:"));
        for (const QString& problem : report.problems)
            context.printError(QStringLiteral("  - ") + problem);
    }
    return context.finish(
        QJsonObject{{QStringLiteral("path"), path},
                    {QStringLiteral("depth"), full ? QStringLiteral("full") : QStringLiteral("quick")},
                    {QStringLiteral("healthy"), report.healthy()},
                    {QStringLiteral("integrity"), report.integrity},
                    {QStringLiteral("foreignKeyViolations"), report.foreignKeyViolations},
                    {QStringLiteral("schemaVersion"), report.schemaVersion},
                    {QStringLiteral("latestVersion"), report.latestVersion},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}},
        report.healthy() ? ExitOk : ExitFailed);
}

} // namespace atende
