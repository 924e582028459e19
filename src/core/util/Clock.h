#pragma once

#include <QDateTime>

namespace atende {

// Core reads the time only through a Clock, so tests can move it (FakeClock in tests/support).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }
};

} // namespace atende
