#pragma once

#include "tickets/TicketPageRequest.h"

#include <QList>
#include <QObject>
#include <QString>

namespace atende {

// Counts the tickets of several queues on a worker thread with its own read-only connection, each count capped
// (TicketPageQuery::countUpTo), so the badges of every queue cost a few index walks however big the base.
class QueueCounter : public QObject {
    Q_OBJECT

public:
    // A badge shows "10.000+" beyond this.
    static constexpr qint64 Cap = 10000;

    explicit QueueCounter(QObject* parent = nullptr);
    // Waits for a count still running: it only reads and ends in a bounded time.
    ~QueueCounter() override;

    // Counts `filters` in order; a later start() supersedes an earlier one.
    void start(const QString& databasePath, const QList<TicketListFilter>& filters);
    bool isRunning() const { return m_running > 0; }

signals:
    // One count per filter, in the order given; a count equal to Cap means "Cap or more".
    void counted(const QList<qint64>& counts);
    void failed(const QString& userMessage);

private:
    int m_generation = 0;
    int m_running = 0;
};

} // namespace atende
