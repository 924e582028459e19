#include "dashboard/DashboardLoader.h"

#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace atende {

namespace {

struct Outcome {
    DashboardFigures figures;
    qint64 elapsedMs = 0;
    QString error;
};

Outcome computeIn(const QString& path, const Actor& actor, const DashboardReport::Period& period) {
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    // Not read-only: a refusal writes its audit row.
    auto db = Database::openExisting(path);
    if (!db) {
        outcome.error = db.error().userMessage;
        return outcome;
    }
    auto figures = DashboardReport(**db, SystemClock::instance()).compute(actor, period);
    if (!figures) {
        outcome.error = figures.error().userMessage;
        return outcome;
    }
    outcome.figures = std::move(*figures);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace

DashboardLoader::DashboardLoader(QObject* parent)
    : QObject(parent) {}

DashboardLoader::~DashboardLoader() {
    const QList<QThread*> threads = findChildren<QThread*>(Qt::FindDirectChildrenOnly);
    for (QThread* thread : threads)
        thread->wait();
}

void DashboardLoader::start(const QString& databasePath, const Actor& actor, const DashboardReport::Period& period) {
    const int generation = ++m_generation;
    auto outcome = std::make_shared<Outcome>();
    QThread* thread =
        QThread::create([outcome, databasePath, actor, period] { *outcome = computeIn(databasePath, actor, period); });
    thread->setParent(this);
    ++m_running;
    connect(thread, &QThread::finished, this, [this, thread, outcome, generation] {
        --m_running;
        thread->deleteLater();
        if (generation != m_generation)
            return;
        if (!outcome->error.isEmpty())
            emit failed(outcome->error);
        else
            emit loaded(outcome->figures, outcome->elapsedMs);
    });
    thread->start(QThread::LowPriority);
}

} // namespace atende
