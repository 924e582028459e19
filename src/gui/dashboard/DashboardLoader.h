#pragma once

#include "auth/Actor.h"
#include "reports/DashboardFigures.h"
#include "reports/DashboardReport.h"

#include <QObject>
#include <QString>

namespace atende {

// Computes the dashboard (DashboardReport) on a worker thread with its own read-only connection, so the window
// keeps painting while a month of a big base is aggregated.
class DashboardLoader : public QObject {
    Q_OBJECT

public:
    explicit DashboardLoader(QObject* parent = nullptr);
    // Waits for a computation still running: it only reads and ends in a bounded time.
    ~DashboardLoader() override;

    // A later start() supersedes an earlier one (its result is dropped).
    void start(const QString& databasePath, const Actor& actor, const DashboardReport::Period& period);
    bool isRunning() const { return m_running > 0; }

signals:
    void loaded(const atende::DashboardFigures& figures, qint64 elapsedMs);
    void failed(const QString& userMessage);

private:
    int m_generation = 0;
    int m_running = 0;
};

} // namespace atende
