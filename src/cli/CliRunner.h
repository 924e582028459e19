#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace atende {

class CliContext;
class CommandRegistry;

// Reads `atendectl [--db PATH] [--json] COMMAND [ARGS]`, finds the command and runs it. --db and --json are
// accepted before and after the command name, because people type them in both places.
class CliRunner {
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner(const CommandRegistry& registry, CliContext& context);

    // `arguments` as QCoreApplication::arguments() gives them (program name first). Returns the exit code.
    int run(const QStringList& arguments);

    // The options every command accepts, for the parser and for `atendectl help`.
    static QCommandLineOption databaseOption();
    static QCommandLineOption jsonOption();
    static QCommandLineOption helpOption();
    static QCommandLineOption versionOption();

private:
    int dispatch(const QString& program, const QString& name, const QStringList& arguments);

    const CommandRegistry& m_registry;
    CliContext& m_context;
};

} // namespace atende
