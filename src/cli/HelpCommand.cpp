#include "HelpCommand.h"

#include "CliContext.h"
#include "CliRunner.h"
#include "CommandRegistry.h"

#include <QJsonArray>

#include <algorithm>

namespace atende {

namespace {

QString optionLabel(const QCommandLineOption& option) {
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}

// Two columns, the second aligned, for the option and command lists.
QStringList table(const QList<QPair<QString, QString>>& rows) {
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    QStringList lines;
    for (const auto& row : rows)
        lines << QStringLiteral("  %1  %2").arg(row.first, -int(width)).arg(row.second);
    return lines;
}

QJsonArray optionsJson(const QList<QCommandLineOption>& options) {
    QJsonArray array;
    for (const QCommandLineOption& option : options) {
        array.append(QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(option.names())},
                                 {QStringLiteral("value"), option.valueName()},
                                 {QStringLiteral("description"), option.description()}});
    }
    return array;
}

} // namespace

HelpCommand::HelpCommand(const CommandRegistry& registry)
    : m_registry(registry) {}

QString HelpCommand::summary() const {
    return tr("Show the commands, or the help of one command.");
}

int HelpCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return context.usageError(tr("Ask for the help of one command at a time."));
    if (args.isEmpty())
        return showOverview(context);
    const CliCommand* command = m_registry.find(args.first());
    if (!command)
        return context.usageError(tr("Unknown command \"%1\".").arg(args.first()));
    return showCommand(context, *command);
}

int HelpCommand::showOverview(CliContext& context) const {
    const QList<QCommandLineOption> globals{CliRunner::databaseOption(), CliRunner::jsonOption(),
                                            CliRunner::helpOption(), CliRunner::versionOption()};
    context.print(tr("Usage: atendectl [--db PATH] [--json] COMMAND [ARGS]"));
    context.print();
    context.print(tr("Administers the Atende database: create, update, check, back up and restore it, fill it with "
                     "demonstration data, validate CPF/CNPJ."));
    context.print();
    context.print(tr("Options:"));
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption& option : globals)
        rows.append({optionLabel(option), option.description()});
    for (const QString& line : table(rows))
        context.print(line);
    context.print();
    context.print(tr("Commands:"));
    rows.clear();
    QJsonArray commands;
    for (const auto& command : m_registry.commands()) {
        rows.append({command->synopsis(), command->summary()});
        commands.append(QJsonObject{{QStringLiteral("name"), command->name()},
                                    {QStringLiteral("synopsis"), command->synopsis()},
                                    {QStringLiteral("summary"), command->summary()}});
    }
    for (const QString& line : table(rows))
        context.print(line);
    context.print();
    context.print(tr("Database: %1").arg(context.databaseLocationForPeople()));
    context.print(tr("Environment: ATENDE_DB (database file when --db is not given), ATENDE_LANG (\"en\" or "
                     "\"pt_BR\": language of the messages)."));
    context.print(tr("Exit codes: 0 done; 1 the operation failed, the database is not healthy or a value is "
                     "invalid; 2 the command line is wrong."));
    context.print(tr("\"atendectl help COMMAND\" explains one command."));
    return context.finish(QJsonObject{{QStringLiteral("usage"), QStringLiteral("atendectl [--db PATH] [--json] "
                                                                               "COMMAND [ARGS]")},
                                      {QStringLiteral("databasePath"), context.databaseLocationForPeople()},
                                      {QStringLiteral("options"), optionsJson(globals)},
                                      {QStringLiteral("commands"), commands}},
                          ExitOk);
}

int HelpCommand::showCommand(CliContext& context, const CliCommand& command) const {
    const QString usage = QStringLiteral("atendectl [--db PATH] [--json] %1").arg(command.synopsis());
    context.print(tr("Usage: %1").arg(usage));
    context.print();
    context.print(command.description());
    const QList<QCommandLineOption> options = command.options();
    if (!options.isEmpty()) {
        context.print();
        context.print(tr("Options:"));
        QList<QPair<QString, QString>> rows;
        for (const QCommandLineOption& option : options)
            rows.append({optionLabel(option), option.description()});
        for (const QString& line : table(rows))
            context.print(line);
    }
    QJsonObject document{{QStringLiteral("name"), command.name()},
                         {QStringLiteral("usage"), usage},
                         {QStringLiteral("summary"), command.summary()},
                         {QStringLiteral("description"), command.description()},
                         {QStringLiteral("options"), optionsJson(options)}};
    if (command.usesDatabase()) {
        context.print();
        context.print(tr("Database: %1").arg(context.databaseLocationForPeople()));
        document.insert(QStringLiteral("databasePath"), context.databaseLocationForPeople());
    }
    return context.finish(document, ExitOk);
}

} // namespace atende
