// The one main of every Atende test executable.
// - Sets QT_QPA_PLATFORM=offscreen when unset, so GUI tests run on machines without a display.
// - Creates the Qt application object tests need (QApplication when the widgets tiers are built).
// - Installs the Brazilian Portuguese translation, as the app does by default, so tests see what users see.
// - `--atende-helper NAME ARGS...` runs a registered helper instead of the tests: tests start the test
//   executable itself as a child process to crash it for real (e.g. in the middle of a migration).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "HelperProcess.h"

#include "i18n/Translation.h"
#include "util/Logging.h"

#include <QDir>
#include <QTemporaryDir>

#ifdef ATENDE_TEST_WITH_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and logs of tests never touch the user's real ones.
    static QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(home.path()).filePath(QStringLiteral("cache")).toUtf8());

    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Atende"));
    TestApplication::setApplicationName(QStringLiteral("Atende-tests"));
    atende::Logging::init(QStringLiteral("atende-tests"), atende::Logging::Console::Off);
    atende::Translation::install(QStringLiteral("pt_BR"));

    if (argc >= 3 && std::strcmp(argv[1], "--atende-helper") == 0) {
        QStringList args;
        for (int i = 3; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        return atende::test::HelperProcess::run(QString::fromLocal8Bit(argv[2]), args);
    }
    return Catch::Session().run(argc, argv);
}
