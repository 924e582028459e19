#include "ProgressBar.h"

#include "CliContext.h"

#include <algorithm>

namespace atende {

namespace {
constexpr int BarWidth = 30;
constexpr qint64 RedrawIntervalMs = 100;
} // namespace

ProgressBar::ProgressBar(CliContext& context, QString unit)
    : m_context(context)
    , m_unit(std::move(unit))
    , m_enabled(context.stderrIsTerminal()) {
    m_timer.start();
}

ProgressBar::~ProgressBar() {
    // An error in the middle must not leave the cursor at the end of a half-drawn bar.
    if (m_open)
        m_context.writeError(QStringLiteral("\n"));
}

void ProgressBar::update(qint64 done, qint64 total) {
    m_done = done;
    m_total = total;
    if (!m_enabled)
        return;
    const qint64 now = m_timer.elapsed();
    if (m_lastDrawMs >= 0 && now - m_lastDrawMs < RedrawIntervalMs && done < total)
        return;
    m_lastDrawMs = now;
    draw(done, total);
}

void ProgressBar::finish() {
    if (!m_enabled)
        return;
    draw(m_total > 0 ? m_total : m_done, m_total);
    m_context.writeError(QStringLiteral("\n"));
    m_open = false;
}

void ProgressBar::draw(qint64 done, qint64 total) {
    const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 1.0;
    const int filled = int(fraction * BarWidth);
    const QString bar = QString(filled, QLatin1Char('#')) + QString(BarWidth - filled, QLatin1Char('.'));
    const double seconds = double(std::max<qint64>(m_timer.elapsed(), 1)) / 1000.0;
    const qint64 rate = qint64(double(done) / seconds);
    // "\r" back to the start of the line, "\x1b[K" clears what a longer previous line left behind.
    m_context.writeError(
        QStringLiteral("\r[%1] %2%  %3/%4 %5  %6")
            .arg(bar)
            .arg(int(fraction * 100), 3)
            .arg(m_context.number(done), m_context.number(total), m_unit, tr("%1/s").arg(m_context.number(rate))) +
        QStringLiteral("\x1b[K"));
    m_open = true;
}

} // namespace atende
