#include "main/TicketCounter.h"

#include "storage/Database.h"
#include "tickets/TicketPageQuery.h"

#include <QThread>

#include <memory>

namespace atende {

namespace {

struct Outcome {
    TicketCounter::Counts counts;
    QString error;
};

Outcome countIn(const QString& path, const TicketListFilter& filter) {
    Outcome outcome;
    auto db = Database::openExisting(path, true);
    if (!db) {
        outcome.error = db.error().userMessage;
        return outcome;
    }
    TicketPageQuery query(**db);
    auto total = query.count({});
    if (!total) {
        outcome.error = total.error().userMessage;
        return outcome;
    }
    outcome.counts.total = *total;
    outcome.counts.filtered = *total;
    if (filter != TicketListFilter{}) {
        auto filtered = query.count(filter);
        if (!filtered) {
            outcome.error = filtered.error().userMessage;
            return outcome;
        }
        outcome.counts.filtered = *filtered;
    }
    return outcome;
}

} // namespace

TicketCounter::TicketCounter(QObject* parent)
    : QObject(parent) {}

TicketCounter::~TicketCounter() {
    // The threads are children, deleted after this body: they must have ended by then.
    const QList<QThread*> threads = findChildren<QThread*>(Qt::FindDirectChildrenOnly);
    for (QThread* thread : threads)
        thread->wait();
}

void TicketCounter::start(const QString& databasePath, const TicketListFilter& filter) {
    const int generation = ++m_generation;
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create([outcome, databasePath, filter] { *outcome = countIn(databasePath, filter); });
    thread->setParent(this);
    ++m_running;
    // finished is delivered in this object's thread after the worker function returned, so reading `outcome`
    // there is ordered after the write.
    connect(thread, &QThread::finished, this, [this, thread, outcome, generation] {
        --m_running;
        thread->deleteLater();
        if (generation != m_generation)
            return; // a newer count is on its way
        if (!outcome->error.isEmpty())
            emit failed(outcome->error);
        else
            emit counted(outcome->counts);
    });
    thread->start(QThread::LowPriority);
}

} // namespace atende
