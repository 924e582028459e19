#include "settings/Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace atende {

namespace {
const QString DatabasePathKey = QStringLiteral("database/path");
const QString LanguageKey = QStringLiteral("ui/language");
const QString WorkstationKey = QStringLiteral("workstation/code");
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
} // namespace

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Atende"), QStringLiteral("Atende")) {}

QString Settings::databasePath() const {
    const QString path = m_settings.value(DatabasePathKey).toString();
    return path.isEmpty() ? defaultDatabasePath() : path;
}

void Settings::setDatabasePath(const QString& path) {
    m_settings.setValue(DatabasePathKey, path);
}

QString Settings::defaultDatabasePath() {
    // Fixed organisation/application names so the app and atendectl agree whatever the binary is called.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Atende/atende.sqlite"));
}

QString Settings::language() const {
    return m_settings.value(LanguageKey, QStringLiteral("pt_BR")).toString();
}

void Settings::setLanguage(const QString& language) {
    m_settings.setValue(LanguageKey, language);
}

QString Settings::workstationCode() const {
    return m_settings.value(WorkstationKey, QStringLiteral("01")).toString();
}

void Settings::setWorkstationCode(const QString& code) {
    m_settings.setValue(WorkstationKey, code);
}

QByteArray Settings::mainWindowGeometry() const {
    return m_settings.value(GeometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(GeometryKey, geometry);
}

} // namespace atende
