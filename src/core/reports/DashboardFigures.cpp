#include "reports/DashboardFigures.h"

namespace atende {

namespace {

template <typename List> qint64 sum(const List& list) {
    qint64 n = 0;
    for (const auto& item : list)
        n += item.count;
    return n;
}

} // namespace

qint64 DashboardFigures::totalVolume() const {
    return sum(volume);
}

qint64 DashboardFigures::totalBacklog() const {
    return sum(backlog);
}

qint64 DashboardFigures::totalBreaches() const {
    return sum(breaches);
}

qint64 DashboardFigures::totalShortCalls() const {
    return sum(shortCalls);
}

} // namespace atende
