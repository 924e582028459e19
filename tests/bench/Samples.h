#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <vector>

namespace atende::bench {

// Repeated timings of one operation, in milliseconds. The median is the figure reported: one slow repetition
// (a page fault, another process on the CPU) moves a mean but not a median.
class Samples {
public:
    void add(double ms) { m_values.push_back(ms); }
    bool empty() const { return m_values.empty(); }
    std::size_t size() const { return m_values.size(); }

    double median() const { return quantile(0.5); }
    double p95() const { return quantile(0.95); }
    double min() const { return m_values.empty() ? 0.0 : *std::min_element(m_values.begin(), m_values.end()); }

    // Nearest-rank quantile: always a value that was measured.
    double quantile(double q) const {
        if (m_values.empty())
            return 0.0;
        std::vector<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = std::size_t(q * double(sorted.size() - 1) + 0.5);
        return sorted[std::min(rank, sorted.size() - 1)];
    }

    // Times `operation` once and records it.
    template <typename Operation> void time(Operation&& operation) {
        const auto start = std::chrono::steady_clock::now();
        operation();
        const auto end = std::chrono::steady_clock::now();
        add(std::chrono::duration<double, std::milli>(end - start).count());
    }

private:
    std::vector<double> m_values;
};

} // namespace atende::bench
