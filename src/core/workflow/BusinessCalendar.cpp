#include "workflow/BusinessCalendar.h"

#include <algorithm>

namespace atende {

std::pair<qint64, qint64> BusinessCalendar::interval(const QDate& day) const {
    if (!isWorkingDay(day))
        return {0, 0};
    const Hours h = hours(day.dayOfWeek());
    const QDateTime midnight(day, QTime(0, 0), m_zone);
    const qint64 base = midnight.toMSecsSinceEpoch();
    return {base + qint64(h.opensMinute) * 60000, base + qint64(h.closesMinute) * 60000};
}

qint64 BusinessCalendar::addBusinessTime(qint64 startMs, qint64 businessMs) const {
    QDate day = QDateTime::fromMSecsSinceEpoch(startMs, m_zone).date();
    qint64 remaining = std::max<qint64>(businessMs, 0);
    for (int guard = 0; guard < 3660; ++guard, day = day.addDays(1)) {
        const auto [open, close] = interval(day);
        if (open >= close)
            continue;
        const qint64 from = std::max(open, startMs);
        if (from >= close)
            continue;
        if (from + remaining <= close)
            return from + remaining;
        remaining -= close - from;
    }
    return startMs;
}

qint64 BusinessCalendar::businessTimeBetween(qint64 fromMs, qint64 toMs) const {
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    QDate day = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, m_zone).date();
    for (; day <= last; day = day.addDays(1)) {
        const auto [open, close] = interval(day);
        const qint64 a = std::max(open, fromMs);
        const qint64 b = std::min(close, toMs);
        if (b > a)
            total += b - a;
    }
    return total;
}

} // namespace atende
