#pragma once

#include "storage/Database.h"
#include "util/Error.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <cstdio>
#include <memory>

namespace atende {

// What every command shares: the database it works on, whether the caller wants JSON, and the two output
// streams. All printing goes through here so that the rules hold for every command alike: with --json exactly
// one JSON document on stdout (also when the command fails), and every failure explained on stderr.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(std::FILE* out, std::FILE* err);

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // The command being run, named in JSON output ("command") and in usage errors.
    const QString& commandName() const { return m_commandName; }
    void setCommandName(const QString& name) { m_commandName = name; }
    void setSynopsis(const QString& synopsis) { m_synopsis = synopsis; }

    // --db when given, otherwise ATENDE_DB, otherwise the file the app uses (Settings::databasePath()).
    QString databasePath() const;
    // The same for messages and JSON: a server URL without its password.
    QString databaseLocationForPeople() const;
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    static QString defaultDatabasePath();

    Result<std::unique_ptr<Database>> openDatabase(const Database::Options& options) const;
    // Schema version of the database file as it is now, read without writing a byte: 0 when the file does not
    // exist or is empty; the error when it is not an Atende database or is newer than this program.
    Result<int> currentSchemaVersion() const;
    // Whether the database file exists and has content (an empty file is as good as none to SQLite).
    bool databaseExists() const;

    // Numbers and sizes for people, in the language the messages are in.
    QLocale locale() const { return m_locale; }
    void setLocale(const QLocale& locale) { m_locale = locale; }
    QString number(qint64 value) const { return m_locale.toString(value); }
    QString dataSize(qint64 bytes) const { return m_locale.formattedDataSize(bytes); }

    // Progress bars and other redrawn lines make sense only for a person watching a terminal.
    bool stderrIsTerminal() const;

    // A line for people on stdout; ignored with --json, where the document is the whole output.
    void print(const QString& line = {});
    // A line on stderr, in either mode.
    void printError(const QString& line);
    // Raw text on stderr without a newline (progress bars redraw with '\r').
    void writeError(const QString& text);

    // Ends the command: prints `document` (with "command" and "ok" added) when --json is on, and returns
    // `exitCode`. "ok" is true exactly when the exit code is 0.
    int finish(QJsonObject document, int exitCode);
    // Ends the command with a failure core reported: its userMessage on stderr; with --json also a document
    // with an "error" object on stdout (plus `extra` fields). Returns ExitFailed.
    int fail(const Error& error, QJsonObject extra = {});
    // Ends the command because it was called wrong: the reason and the usage line on stderr. Returns ExitUsage.
    int usageError(const QString& message);

private:
    void write(std::FILE* stream, const QString& text);

    std::FILE* m_out;
    std::FILE* m_err;
    bool m_json = false;
    QString m_commandName;
    QString m_synopsis;
    QString m_databasePath;
    QLocale m_locale;
};

} // namespace atende
