#pragma once

#include "tickets/TicketPageRequest.h"

#include <QObject>
#include <QString>

namespace atende {

// Counts tickets for the status bar on a worker thread with its own read-only connection: a count walks an
// index (tens to hundreds of ms at a million tickets on a cold disk), too long to freeze the window for.
class TicketCounter : public QObject {
    Q_OBJECT

public:
    struct Counts {
        qint64 total = -1;
        qint64 filtered = -1; // equals total when the filter is empty
    };

    explicit TicketCounter(QObject* parent = nullptr);
    // Waits for a count still running: it only reads and ends in a bounded time.
    ~TicketCounter() override;

    // Starts counting the tickets of the database at `databasePath`; a later start() supersedes an earlier one.
    void start(const QString& databasePath, const TicketListFilter& filter);
    bool isRunning() const { return m_running > 0; }

signals:
    void counted(const atende::TicketCounter::Counts& counts);
    void failed(const QString& userMessage);

private:
    int m_generation = 0;
    int m_running = 0;
};

} // namespace atende
