#include "util/Logging.h"

#include "util/LogScrubbingSink.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>

namespace atende {

namespace {
std::mutex g_mutex;
QString g_logFile;
} // namespace

void Logging::init(const QString& appName, Console console, const QString& directory) {
    std::lock_guard lock(g_mutex);
    QString dir = directory;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    std::vector<spdlog::sink_ptr> sinks;
    if (QDir().mkpath(dir)) {
        g_logFile = QDir(dir).filePath(appName + QStringLiteral(".log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(g_logFile).toStdString(), 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex&) {
            g_logFile.clear(); // an unwritable log must not stop the program
        }
    }
    if (console == Console::Stderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        sinks.push_back(err);
    }
    auto scrubbing = std::make_shared<LogScrubbingSink>(std::move(sinks));
    auto logger = std::make_shared<spdlog::logger>(appName.toStdString(), scrubbing);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

QString Logging::logFilePath() {
    std::lock_guard lock(g_mutex);
    return g_logFile;
}

} // namespace atende
