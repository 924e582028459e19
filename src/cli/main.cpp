// atendectl: the administration and automation door to Atende's core (ARCHITECTURE.md). Thin on purpose: the
// commands parse and print; what they do lives in core, shared with the app, the tests and the benchmarks.
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CliContext.h"
#include "CliRunner.h"
#include "CommandRegistry.h"
#include "ConfigCommand.h"
#include "CustomerCommand.h"
#include "DemoCommand.h"
#include "DocCommand.h"
#include "HelpCommand.h"
#include "InitCommand.h"
#include "MailCommand.h"
#include "MigrateCommand.h"
#include "MigrateToCommand.h"
#include "OutboxCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "SearchCommand.h"
#include "TicketCommand.h"
#include "UserCommand.h"
#include "VersionCommand.h"

#include "i18n/Translation.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <exception>

using namespace atende;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The same names as the app, so both find the same settings, database and log folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Atende"));
    QCoreApplication::setApplicationName(QStringLiteral("Atende"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATENDE_VERSION));
    Logging::init(QStringLiteral("atendectl"), Logging::Console::Stderr);
    const QString language = Translation::preferredLanguage();
    Translation::install(language);

    CliContext context(stdout, stderr);
    context.setLocale(QLocale(language));

    CommandRegistry registry;
    registry.emplace<InitCommand>();
    registry.emplace<MigrateCommand>();
    registry.emplace<MigrateToCommand>();
    registry.emplace<CheckCommand>();
    registry.emplace<BackupCommand>();
    registry.emplace<RestoreCommand>();
    registry.emplace<DemoCommand>();
    registry.emplace<CustomerCommand>();
    registry.emplace<TicketCommand>();
    registry.emplace<UserCommand>();
    registry.emplace<SearchCommand>();
    registry.emplace<ReportCommand>();
    registry.emplace<DocCommand>();
    registry.emplace<ConfigCommand>();
    registry.emplace<MailCommand>();
    registry.emplace<OutboxCommand>();
    registry.emplace<VersionCommand>();
    registry.emplace<HelpCommand>(registry);

    try {
        return CliRunner(registry, context).run(QCoreApplication::arguments());
    } catch (const std::exception& e) {
        // Core reports failures as values; reaching this is a bug, but a script still gets a sentence and a code.
        log::error("atendectl stopped by an unexpected exception: {}", e.what());
        std::fputs(qPrintable(QCoreApplication::translate("atendectl", "atendectl stopped because of an internal "
                                                                       "error; see the log for details.\n")),
                   stderr);
        return CliCommand::ExitFailed;
    }
}
