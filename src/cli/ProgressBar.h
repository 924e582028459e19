#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace atende {

class CliContext;

// A one-line progress bar on stderr for long commands. It draws only when stderr is a terminal: in a pipe, a log
// file or a test, the redrawn line would be noise. Redraws are limited to a few per second, so it costs nothing
// next to the work it reports.
class ProgressBar {
    Q_DECLARE_TR_FUNCTIONS(ProgressBar)

public:
    // `unit` names what is counted ("tickets"), already translated.
    ProgressBar(CliContext& context, QString unit);
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    bool isEnabled() const { return m_enabled; }
    void update(qint64 done, qint64 total);
    // Draws the final state and ends the line, so what follows starts on a clean line.
    void finish();

private:
    void draw(qint64 done, qint64 total);

    CliContext& m_context;
    QString m_unit;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_enabled = false;
    bool m_open = false; // a line is drawn and not yet ended
};

} // namespace atende
