#include "CliRunner.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "util/Logging.h"

#include <QCommandLineParser>

namespace atende {

namespace {

const QString HelpCommandName = QStringLiteral("help");
const QString VersionCommandName = QStringLiteral("version");

} // namespace

CliRunner::CliRunner(const CommandRegistry& registry, CliContext& context)
    : m_registry(registry)
    , m_context(context) {}

QCommandLineOption CliRunner::databaseOption() {
    return QCommandLineOption(QStringLiteral("db"),
                              tr("Database file to use (default: $ATENDE_DB, otherwise the file the Atende app uses)."),
                              tr("PATH"));
}

QCommandLineOption CliRunner::jsonOption() {
    return QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document on standard output."));
}

QCommandLineOption CliRunner::helpOption() {
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QCommandLineOption CliRunner::versionOption() {
    return QCommandLineOption({QStringLiteral("V"), QStringLiteral("version")}, tr("Show the program version."));
}

int CliRunner::run(const QStringList& arguments) {
    const QString program = arguments.value(0, QStringLiteral("atendectl"));
    // Decided before parsing, so that even a command line that cannot be parsed is answered in JSON.
    m_context.setJson(arguments.contains(QStringLiteral("--json")));

    QCommandLineParser global;
    // Everything after the command name belongs to the command and is parsed again with its own options.
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions({databaseOption(), jsonOption(), helpOption(), versionOption()});
    if (!global.parse(arguments))
        return m_context.usageError(global.errorText());
    m_context.setJson(global.isSet(QStringLiteral("json")));
    if (global.isSet(QStringLiteral("db"))) {
        if (global.value(QStringLiteral("db")).isEmpty())
            return m_context.usageError(tr("--db needs the path of a database file."));
        m_context.setDatabasePath(global.value(QStringLiteral("db")));
    }

    QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("help")))
        return dispatch(program, HelpCommandName, rest);
    if (global.isSet(QStringLiteral("version")))
        return dispatch(program, VersionCommandName, {});
    if (rest.isEmpty())
        return m_context.usageError(tr("No command given."));
    const QString name = rest.takeFirst();
    return dispatch(program, name, rest);
}

int CliRunner::dispatch(const QString& program, const QString& name, const QStringList& arguments) {
    CliCommand* command = m_registry.find(name);
    if (!command) {
        m_context.setCommandName(name);
        return m_context.usageError(tr("Unknown command \"%1\".").arg(name));
    }
    m_context.setCommandName(command->name());
    m_context.setSynopsis(command->synopsis());

    QCommandLineParser parser;
    parser.addOptions(command->options());
    parser.addOptions({databaseOption(), jsonOption(), helpOption()});
    if (!parser.parse(QStringList{program} + arguments))
        return m_context.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("json")))
        m_context.setJson(true);
    if (parser.isSet(QStringLiteral("db"))) {
        if (parser.value(QStringLiteral("db")).isEmpty())
            return m_context.usageError(tr("--db needs the path of a database file."));
        m_context.setDatabasePath(parser.value(QStringLiteral("db")));
    }
    if (parser.isSet(QStringLiteral("help")) && name != HelpCommandName) {
        m_context.setSynopsis({});
        return dispatch(program, HelpCommandName, {name});
    }

    // Only the command's name: its arguments may be CPFs or paths with personal data.
    log::info("atendectl {} started", command->name().toStdString());
    return command->run(m_context, parser);
}

} // namespace atende
