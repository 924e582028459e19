#pragma once

#include <array>

namespace atende {

// Priority from urgency x impact (1 = high .. 3 = low each; priority 1 = highest .. 5) and the business minutes
// each priority has for the first response and for the resolution (tables priority_matrix, priority_targets).
struct DeadlinePolicy {
    std::array<std::array<int, 3>, 3> matrix{{{1, 2, 3}, {2, 3, 4}, {3, 4, 5}}}; // [urgency-1][impact-1]
    std::array<int, 5> firstResponseMinutes{30, 60, 120, 240, 480};
    std::array<int, 5> resolutionMinutes{240, 480, 1080, 2160, 4320};

    int priorityFor(int urgency, int impact) const {
        if (urgency < 1 || urgency > 3 || impact < 1 || impact > 3)
            return 3;
        return matrix[size_t(urgency - 1)][size_t(impact - 1)];
    }
    qint64 resolutionMs(int priority) const { return qint64(resolutionMinutes[index(priority)]) * 60000; }
    qint64 firstResponseMs(int priority) const { return qint64(firstResponseMinutes[index(priority)]) * 60000; }

private:
    static size_t index(int priority) { return size_t(priority < 1 ? 0 : priority > 5 ? 4 : priority - 1); }
};

} // namespace atende
