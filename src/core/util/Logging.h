#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <string>

namespace atende {

// Sets up spdlog for the process: a rotating file under the app data dir (5 x 2 MiB) and, for atendectl,
// stderr too. Callers log through atende::log::*; values that may hold personal data go through
// LogMasking first (no full CPF/CNPJ, password or message body ever reaches a log).
class Logging {
public:
    enum class Console { Off, Stderr };
    // `directory` empty: QStandardPaths::AppDataLocation/logs. Safe to call more than once.
    static void init(const QString& appName, Console console, const QString& directory = {});
    static QString logFilePath();
};

namespace log {
template <typename... Args> void info(spdlog::format_string_t<Args...> fmt, Args&&... args) {
    spdlog::info(fmt, std::forward<Args>(args)...);
}
template <typename... Args> void warn(spdlog::format_string_t<Args...> fmt, Args&&... args) {
    spdlog::warn(fmt, std::forward<Args>(args)...);
}
template <typename... Args> void error(spdlog::format_string_t<Args...> fmt, Args&&... args) {
    spdlog::error(fmt, std::forward<Args>(args)...);
}
template <typename... Args> void debug(spdlog::format_string_t<Args...> fmt, Args&&... args) {
    spdlog::debug(fmt, std::forward<Args>(args)...);
}
} // namespace log

} // namespace atende
