#include "settings/Settings.h"

#include <catch2/catch.hpp>

#include <QDir>

using atende::Settings;

TEST_CASE("Settings have defaults and persist typed values in the standard location", "[settings]") {
    {
        Settings settings;
        // The test main points XDG_CONFIG_HOME to a temporary folder: never the user's real settings.
        CHECK(settings.fileName() ==
              QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).filePath(QStringLiteral("Atende/Atende.ini")));
        CHECK(settings.language() == QLatin1String("pt_BR"));
        CHECK(settings.workstationCode() == QLatin1String("01"));
        CHECK(settings.databasePath() == Settings::defaultDatabasePath());
        CHECK(Settings::defaultDatabasePath().endsWith(QStringLiteral("Atende/atende.sqlite")));
        settings.setDatabasePath(QStringLiteral("/tmp/outro.sqlite"));
        settings.setWorkstationCode(QStringLiteral("07"));
        settings.sync();
    }
    Settings again;
    CHECK(again.databasePath() == QLatin1String("/tmp/outro.sqlite"));
    CHECK(again.workstationCode() == QLatin1String("07"));
    again.setDatabasePath(QString());
    again.setWorkstationCode(QStringLiteral("01"));
    CHECK(again.databasePath() == Settings::defaultDatabasePath());
}
