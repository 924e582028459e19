#include "i18n/Translation.h"

#include "settings/Settings.h"
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace atende {

bool Translation::install(const QString& language) {
    if (language.isEmpty() || language == QLatin1String("en"))
        return true;
    // Numbers and dates follow the language too: 1.000.000 and 22/11/2026 in pt_BR, whatever the system locale.
    QLocale::setDefault(QLocale(language));
    // Owned by the application object: they live as long as it does.
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/atende_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own strings (standard buttons, file dialogs) in the same language, when Debian ships them.
    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

QString Translation::preferredLanguage() {
    const QString env = qEnvironmentVariable("ATENDE_LANG");
    if (!env.isEmpty())
        return env;
    return Settings().language();
}

} // namespace atende
