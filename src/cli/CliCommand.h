#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace atende {

class CliContext;

// One `atendectl` command. A command only reads its arguments, calls core and prints what core answered; the
// work itself belongs in core so the GUI, tests and benchmarks share it. Adding a command is one new class
// deriving from this and one line in main.cpp.
class CliCommand {
public:
    // Exit codes every command keeps, so scripts can tell "it failed" from "I called it wrong".
    static constexpr int ExitOk = 0;
    static constexpr int ExitFailed = 1; // the operation failed, the database is unhealthy, a value is invalid
    static constexpr int ExitUsage = 2;  // unknown command, missing or malformed argument

    virtual ~CliCommand() = default;

    // The word typed after `atendectl`.
    virtual QString name() const = 0;
    // The command line after `atendectl [--db PATH] [--json]`, e.g. "backup OUT".
    virtual QString synopsis() const = 0;
    // One line for the command list of `atendectl help`.
    virtual QString summary() const = 0;
    // A paragraph for `atendectl help NAME`; the summary when a command has nothing more to say.
    virtual QString description() const { return summary(); }
    // Options of this command only; --db, --json and --help are added by the runner.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Whether the command reads or writes the database (help shows which file that is).
    virtual bool usesDatabase() const { return true; }

    // `parser` has parsed the arguments after the command name; its positional arguments are the command's.
    virtual int run(CliContext& context, const QCommandLineParser& parser) = 0;

protected:
    // A whole number typed by a person, within [min, max]; nullopt for anything else ("ten", "1e3", "-3", "").
    static std::optional<qint64> parseNumber(const QString& text, qint64 min, qint64 max);
};

} // namespace atende
