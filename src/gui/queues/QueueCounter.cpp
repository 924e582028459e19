#include "queues/QueueCounter.h"

#include "storage/Database.h"
#include "tickets/TicketPageQuery.h"

#include <QThread>

#include <memory>

namespace atende {

namespace {

struct Outcome {
    QList<qint64> counts;
    QString error;
};

Outcome countIn(const QString& path, const QList<TicketListFilter>& filters) {
    Outcome outcome;
    auto db = Database::openExisting(path, true);
    if (!db) {
        outcome.error = db.error().userMessage;
        return outcome;
    }
    TicketPageQuery query(**db);
    for (const TicketListFilter& filter : filters) {
        auto n = query.countUpTo(filter, QueueCounter::Cap);
        if (!n) {
            outcome.error = n.error().userMessage;
            return outcome;
        }
        outcome.counts.append(*n);
    }
    return outcome;
}

} // namespace

QueueCounter::QueueCounter(QObject* parent)
    : QObject(parent) {}

QueueCounter::~QueueCounter() {
    const QList<QThread*> threads = findChildren<QThread*>(Qt::FindDirectChildrenOnly);
    for (QThread* thread : threads)
        thread->wait();
}

void QueueCounter::start(const QString& databasePath, const QList<TicketListFilter>& filters) {
    const int generation = ++m_generation;
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create([outcome, databasePath, filters] { *outcome = countIn(databasePath, filters); });
    thread->setParent(this);
    ++m_running;
    // finished arrives in this object's thread after the worker returned, so reading `outcome` is ordered.
    connect(thread, &QThread::finished, this, [this, thread, outcome, generation] {
        --m_running;
        thread->deleteLater();
        if (generation != m_generation)
            return;
        if (!outcome->error.isEmpty())
            emit failed(outcome->error);
        else
            emit counted(outcome->counts);
    });
    thread->start(QThread::LowPriority);
}

} // namespace atende
