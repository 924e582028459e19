// atende: the desktop app. Thin: options, logging, translation, the database, the main window.
#include "common/MessageBoxes.h"
#include "i18n/Translation.h"
#include "mail/MailStatusBarHook.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace atende;

namespace {

// --screenshot: waits (bounded) until the status bar has its count, so the picture shows a settled window.
int saveScreenshot(MainWindow& window, const QString& file) {
    constexpr int MaxWaitMs = 30000;
    window.resize(1280, 800);
    window.show();
    if (window.isCounting()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::ticketCountShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(MaxWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents();
    if (!window.grab().save(file, "PNG")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Could not write the screenshot %1.")
                                    .arg(QDir::toNativeSeparators(file))));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Atende"));
    QApplication::setApplicationName(QStringLiteral("Atende"));
    QApplication::setApplicationVersion(QStringLiteral(ATENDE_VERSION));
    Logging::init(QStringLiteral("atende"), Logging::Console::Off);
    Translation::install(Translation::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Atende helpdesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Database file."),
                                      QCoreApplication::translate("main", "path"), Settings().databasePath());
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Show the window, save a picture of it as PNG and exit."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const QString path = parser.value(dbOption);
    auto db = Database::open(path);
    if (!db) {
        log::error("could not open the database: {}", db.error().detail.toStdString());
        std::fprintf(stderr, "%s\n", qPrintable(db.error().userMessage));
        // A screenshot run has nobody to press OK.
        if (!parser.isSet(screenshotOption))
            MessageBoxes::critical(nullptr, QCoreApplication::translate("main", "Atende"), db.error().userMessage);
        return 1;
    }

    MainWindow window(std::move(db).value());
    if (parser.isSet(screenshotOption))
        return saveScreenshot(window, parser.value(screenshotOption));
    // E-mail: the outbox sender in the background and its indicator in the status bar.
    MailStatusBarHook::install(window, path);
    window.show();
    return app.exec();
}
