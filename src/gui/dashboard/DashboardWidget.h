#pragma once

#include "auth/Actor.h"
#include "queues/QueueFilter.h"
#include "reports/DashboardFigures.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DashboardWidget;
}

class QChart;
class QChartView;

namespace atende {

class Clock;
class DashboardLoader;

// The leader's dashboard (F-41): contacts per day and channel, backlog by status and sector, deadlines missed,
// first-response and resolution times per agent and per sector, short calls without a ticket; for a period and
// optionally a sector. The numbers come from DashboardReport, computed off the GUI thread (a busy bar shows
// meanwhile). A click on a backlog, deadline or agent bar asks for those tickets in the queues (openTickets).
class DashboardWidget : public QWidget {
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget* parent = nullptr);
    ~DashboardWidget() override;

    // The database to read; the sectors are listed from it. Does not compute yet.
    void setDatabasePath(const QString& path);
    // Who is looking: the report needs report.view. Without a valid actor nothing is computed.
    void setActor(const Actor& actor);
    // Sets the period shown (both days included).
    void setPeriod(const QDate& from, const QDate& to);
    // Computes again for the period and sector on screen.
    void update();

    bool isLoading() const;
    const DashboardFigures& figures() const { return m_figures; }
    QString statusText() const;
    // The chart named `objectName` ("volumeChart", "backlogChart", "breachesChart", "agentTimesChart",
    // "sectorTimesChart", "shortCallsChart").
    QChart* chart(const QString& objectName) const;

signals:
    // Fresh figures (or a failure) are on screen.
    void shown();
    // The user clicked a bar that stands for tickets: show them in the queues.
    void openTickets(const atende::QueueFilter& filter);

private:
    void showFigures(const DashboardFigures& figures, qint64 elapsedMs);
    void showFailure(const QString& message);
    void fillSectors();
    QChartView* addChart(const QString& objectName, int row, int column);
    void drawVolume();
    void drawBacklog();
    void drawBreaches();
    void drawTimes(QChartView* view, const QList<DashboardFigures::ResponseTimes>& rows, bool agents);
    void drawShortCalls();
    QString channelName(const QString& channel) const;

    std::unique_ptr<Ui::DashboardWidget> m_ui;
    DashboardLoader* m_loader = nullptr;
    QString m_path;
    Actor m_actor;
    DashboardFigures m_figures;
    QChartView* m_volume = nullptr;
    QChartView* m_backlog = nullptr;
    QChartView* m_breaches = nullptr;
    QChartView* m_agentTimes = nullptr;
    QChartView* m_sectorTimes = nullptr;
    QChartView* m_shortCalls = nullptr;
};

} // namespace atende
