#pragma once

#include <QString>

namespace atende {

// Loads the embedded translation (:/i18n/atende_<lang>.qm) into the running application.
// Brazilian Portuguese is the default; "en" (the source language) installs nothing.
class Translation {
public:
    static constexpr const char* DefaultLanguage = "pt_BR";
    // Returns false when no translation for `language` is embedded.
    static bool install(const QString& language);
    // The language to use: ATENDE_LANG when set, otherwise the settings' ui/language, otherwise pt_BR.
    static QString preferredLanguage();
};

} // namespace atende
