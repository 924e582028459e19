#include "dashboard/DashboardWidget.h"
#include "dashboard/ui_DashboardWidget.h"

#include "auth/Permission.h"
#include "dashboard/DashboardLoader.h"
#include "queues/QueueLookups.h"
#include "storage/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <map>

namespace atende {

namespace {

constexpr double HourMs = 3600.0 * 1000.0;

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Puts `series` on `chart` with `categories` below and a value axis from zero.
void attach(QChart* chart, QAbstractBarSeries* series, const QStringList& categories) {
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // The top of the axis: the tallest bar, stacked or not; at least 1 so an empty chart keeps a valid range.
    const bool stacked = qobject_cast<QStackedBarSeries*>(series) != nullptr;
    double top = 1;
    for (int i = 0; i < categories.size(); ++i) {
        double bar = 0;
        for (const QBarSet* set : series->barSets())
            bar = stacked ? bar + set->at(i) : std::max(bar, set->at(i));
        top = std::max(top, bar);
    }
    auto* y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
}

} // namespace

DashboardWidget::DashboardWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardWidget>()) {
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->updateButton->setEnabled(false);
    m_ui->dashboardStatusLabel->setText(tr("Log in to see the dashboard."));
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->toDateEdit->setDate(today);
    m_volume = addChart(QStringLiteral("volumeChart"), 0, 0);
    m_backlog = addChart(QStringLiteral("backlogChart"), 0, 1);
    m_breaches = addChart(QStringLiteral("breachesChart"), 0, 2);
    m_agentTimes = addChart(QStringLiteral("agentTimesChart"), 1, 0);
    m_sectorTimes = addChart(QStringLiteral("sectorTimesChart"), 1, 1);
    m_shortCalls = addChart(QStringLiteral("shortCallsChart"), 1, 2);

    m_loader = new DashboardLoader(this);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardWidget::showFigures);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardWidget::showFailure);
    connect(m_ui->updateButton, &QPushButton::clicked, this, &DashboardWidget::update);
}

DashboardWidget::~DashboardWidget() = default;

QChartView* DashboardWidget::addChart(const QString& objectName, int row, int column) {
    auto* view = new QChartView(newChart(QString()), this);
    view->chart()->setObjectName(objectName);
    view->setObjectName(objectName + QStringLiteral("View"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 220);
    m_ui->chartsLayout->addWidget(view, row, column);
    return view;
}

QChart* DashboardWidget::chart(const QString& objectName) const {
    for (QChartView* view : {m_volume, m_backlog, m_breaches, m_agentTimes, m_sectorTimes, m_shortCalls}) {
        if (view->chart()->objectName() == objectName)
            return view->chart();
    }
    return nullptr;
}

void DashboardWidget::setDatabasePath(const QString& path) {
    m_path = path;
    fillSectors();
}

void DashboardWidget::fillSectors() {
    QComboBox* combo = m_ui->dashboardSectorComboBox;
    combo->clear();
    combo->addItem(tr("All sectors"));
    auto db = Database::openExisting(m_path, true);
    if (!db)
        return;
    if (auto sectors = QueueLookups(**db).sectors()) {
        for (const QueueLookups::Choice& sector : *sectors)
            combo->addItem(sector.name, sector.id);
    }
}

void DashboardWidget::setActor(const Actor& actor) {
    m_actor = actor;
    const bool allowed = actor.can(Permission::ReportView);
    m_ui->updateButton->setEnabled(allowed);
    if (!allowed)
        m_ui->dashboardStatusLabel->setText(tr("Your profile does not show reports."));
    else
        m_ui->dashboardStatusLabel->clear();
}

void DashboardWidget::setPeriod(const QDate& from, const QDate& to) {
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(to);
}

void DashboardWidget::update() {
    // Core refuses too (and audits it); the screen does not even ask.
    if (m_path.isEmpty() || !m_actor.can(Permission::ReportView))
        return;
    DashboardReport::Period period;
    period.from = m_ui->fromDateEdit->date();
    period.to = m_ui->toDateEdit->date();
    const QVariant sector = m_ui->dashboardSectorComboBox->currentData();
    if (sector.isValid())
        period.sectorId = sector.toLongLong();
    m_ui->busyBar->show();
    m_ui->dashboardStatusLabel->setText(tr("Computing…"));
    m_loader->start(m_path, m_actor, period);
}

bool DashboardWidget::isLoading() const {
    return m_loader->isRunning();
}

QString DashboardWidget::statusText() const {
    return m_ui->dashboardStatusLabel->text();
}

void DashboardWidget::showFailure(const QString& message) {
    m_ui->busyBar->hide();
    m_ui->dashboardStatusLabel->setText(message);
    emit shown();
}

void DashboardWidget::showFigures(const DashboardFigures& figures, qint64 elapsedMs) {
    m_ui->busyBar->hide();
    m_figures = figures;
    drawVolume();
    drawBacklog();
    drawBreaches();
    drawTimes(m_agentTimes, m_figures.byAgent, true);
    drawTimes(m_sectorTimes, m_figures.bySector, false);
    drawShortCalls();
    m_ui->dashboardStatusLabel->setText(
        tr("%1 contacts, %2 open tickets, %3 deadlines missed, %4 short calls "
           "without ticket (%5 ms)")
            .arg(QLocale().toString(m_figures.totalVolume()), QLocale().toString(m_figures.totalBacklog()),
                 QLocale().toString(m_figures.totalBreaches()), QLocale().toString(m_figures.totalShortCalls()))
            .arg(elapsedMs));
    emit shown();
}

QString DashboardWidget::channelName(const QString& channel) const {
    if (channel == QLatin1String("phone"))
        return tr("Phone");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    if (channel == QLatin1String("chatbot"))
        return tr("Chatbot");
    if (channel == QLatin1String("portal"))
        return tr("Portal");
    if (channel == QLatin1String("internal"))
        return tr("Internal");
    return channel;
}

void DashboardWidget::drawVolume() {
    QChart* old = m_volume->chart();
    QChart* chart = newChart(tr("Contacts per day by channel"));
    chart->setObjectName(old->objectName());
    QStringList days;
    QList<QDate> dayList;
    std::map<QString, std::map<QDate, qint64>> perChannel;
    for (const auto& v : m_figures.volume) {
        if (!dayList.contains(v.day))
            dayList.append(v.day);
        perChannel[v.channel][v.day] += v.count;
    }
    std::sort(dayList.begin(), dayList.end());
    for (const QDate& day : dayList)
        days << day.toString(QStringLiteral("dd/MM"));
    auto* series = new QStackedBarSeries;
    for (const auto& [channel, counts] : perChannel) {
        auto* set = new QBarSet(channelName(channel));
        for (const QDate& day : dayList) {
            const auto it = counts.find(day);
            *set << double(it == counts.end() ? 0 : it->second);
        }
        series->append(set);
    }
    attach(chart, series, days);
    m_volume->setChart(chart);
    delete old;
}

void DashboardWidget::drawBacklog() {
    QChart* old = m_backlog->chart();
    QChart* chart = newChart(tr("Backlog by status and sector (click: open the tickets)"));
    chart->setObjectName(old->objectName());
    QStringList statuses;
    QList<qint64> statusIds;
    std::map<qint64, QString> sectorNames;
    std::map<std::pair<qint64, qint64>, qint64> counts;
    for (const auto& b : m_figures.backlog) {
        if (!statusIds.contains(b.statusId)) {
            statusIds.append(b.statusId);
            statuses << b.statusName;
        }
        sectorNames[b.sectorId] = b.sectorName.isEmpty() ? tr("No sector") : b.sectorName;
        counts[{b.statusId, b.sectorId}] += b.count;
    }
    auto* series = new QStackedBarSeries;
    for (const auto& [sectorId, name] : sectorNames) {
        auto* set = new QBarSet(name);
        for (const qint64 status : statusIds)
            *set << double(counts[{status, sectorId}]);
        series->append(set);
        const qint64 sector = sectorId;
        connect(set, &QBarSet::clicked, this, [this, sector, statusIds](int index) {
            if (index < 0 || index >= statusIds.size())
                return;
            QueueFilter filter;
            filter.statusId = statusIds[index];
            if (sector > 0)
                filter.sectorId = sector;
            emit openTickets(filter);
        });
    }
    attach(chart, series, statuses);
    m_backlog->setChart(chart);
    delete old;
}

void DashboardWidget::drawBreaches() {
    QChart* old = m_breaches->chart();
    QChart* chart = newChart(tr("Deadlines missed by sector (click: open ones past deadline)"));
    chart->setObjectName(old->objectName());
    chart->legend()->hide();
    QStringList sectors;
    QList<qint64> sectorIds;
    auto* set = new QBarSet(tr("Deadlines missed"));
    for (const auto& b : m_figures.breaches) {
        sectors << (b.sectorName.isEmpty() ? tr("No sector") : b.sectorName);
        sectorIds << b.sectorId;
        *set << double(b.count);
    }
    connect(set, &QBarSet::clicked, this, [this, sectorIds](int index) {
        if (index < 0 || index >= sectorIds.size())
            return;
        QueueFilter filter;
        filter.deadlineBreached = true;
        if (sectorIds[index] > 0)
            filter.sectorId = sectorIds[index];
        emit openTickets(filter);
    });
    auto* series = new QBarSeries;
    series->append(set);
    attach(chart, series, sectors);
    m_breaches->setChart(chart);
    delete old;
}

void DashboardWidget::drawTimes(QChartView* view, const QList<DashboardFigures::ResponseTimes>& rows, bool agents) {
    QChart* old = view->chart();
    QChart* chart = newChart(agents ? tr("Average hours per responsible (click: their open tickets)")
                                    : tr("Average hours per sector"));
    chart->setObjectName(old->objectName());
    QStringList names;
    QList<qint64> ids;
    auto* first = new QBarSet(tr("First response"));
    auto* resolution = new QBarSet(tr("Resolution"));
    for (const auto& r : rows) {
        names << (r.name.isEmpty() ? tr("(none)") : r.name);
        ids << r.id;
        *first << double(r.avgFirstResponseMs) / HourMs;
        *resolution << double(r.avgResolutionMs) / HourMs;
    }
    const auto open = [this, ids, agents](int index) {
        if (index < 0 || index >= ids.size() || ids[index] <= 0)
            return;
        QueueFilter filter;
        filter.openOnly = true;
        if (agents)
            filter.responsibleId = ids[index];
        else
            filter.sectorId = ids[index];
        emit openTickets(filter);
    };
    connect(first, &QBarSet::clicked, this, open);
    connect(resolution, &QBarSet::clicked, this, open);
    auto* series = new QBarSeries;
    series->append(first);
    series->append(resolution);
    attach(chart, series, names);
    view->setChart(chart);
    delete old;
}

void DashboardWidget::drawShortCalls() {
    QChart* old = m_shortCalls->chart();
    QChart* chart = newChart(tr("Calls under 5 minutes without ticket"));
    chart->setObjectName(old->objectName());
    chart->legend()->hide();
    QStringList names;
    auto* set = new QBarSet(tr("Calls"));
    for (const auto& s : m_figures.shortCalls) {
        names << (s.agentName.isEmpty() ? tr("(none)") : s.agentName);
        *set << double(s.count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    attach(chart, series, names);
    m_shortCalls->setChart(chart);
    delete old;
}

} // namespace atende
