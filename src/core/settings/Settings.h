#pragma once

#include <QSettings>
#include <QString>

namespace atende {

// Typed access to the workstation's settings (QSettings in the platform's standard location:
// ~/.config/Atende/Atende.ini on Linux). Each setting has one getter with its default, so no key string or
// default value is repeated around the code. Team-wide settings live in the database (app_settings), not here.
class Settings {
public:
    Settings();

    // The SQLite file the app and atendectl use unless told otherwise:
    // database/path, default <AppDataLocation>/atende.sqlite.
    QString databasePath() const;
    void setDatabasePath(const QString& path);
    static QString defaultDatabasePath();

    // ui/language: "pt_BR" (default) or "en".
    QString language() const;
    void setLanguage(const QString& language);

    // workstation/code: two characters that make protocol numbers unique across a team ("01" by default).
    QString workstationCode() const;
    void setWorkstationCode(const QString& code);

    // ui/mainWindowGeometry: restored on start.
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace atende
