#include "util/LogScrubbingSink.h"

#include "util/LogMasking.h"

namespace atende {

LogScrubbingSink::LogScrubbingSink(std::vector<spdlog::sink_ptr> targets)
    : m_targets(std::move(targets)) {}

void LogScrubbingSink::sink_it_(const spdlog::details::log_msg& msg) {
    const std::string clean = LogMasking::scrub(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg copy = msg;
    copy.payload = spdlog::string_view_t(clean.data(), clean.size());
    for (auto& target : m_targets) {
        if (target->should_log(copy.level))
            target->log(copy);
    }
}

void LogScrubbingSink::flush_() {
    for (auto& target : m_targets)
        target->flush();
}

void LogScrubbingSink::set_pattern_(const std::string& pattern) {
    for (auto& target : m_targets)
        target->set_pattern(pattern);
}

void LogScrubbingSink::set_formatter_(std::unique_ptr<spdlog::formatter> formatter) {
    for (auto& target : m_targets)
        target->set_formatter(formatter->clone());
}

} // namespace atende
