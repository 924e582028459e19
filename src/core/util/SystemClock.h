#pragma once

#include "util/Clock.h"

namespace atende {

// The wall clock.
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    // A process-wide instance for callers that are not given another clock.
    static const Clock& instance();
};

} // namespace atende
