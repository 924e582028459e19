#pragma once

#include <spdlog/sinks/base_sink.h>

#include <mutex>
#include <vector>

namespace atende {

// A spdlog sink that passes every message through LogMasking::scrub before handing it to the real sinks, so a
// CPF or password that slipped into a log call is masked anyway (defence in depth; call sites mask first).
class LogScrubbingSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit LogScrubbingSink(std::vector<spdlog::sink_ptr> targets);

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override;
    void set_pattern_(const std::string& pattern) override;
    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override;

private:
    std::vector<spdlog::sink_ptr> m_targets;
};

} // namespace atende
