#pragma once

#include "mail/OutboxMessage.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace atende {

class Clock;
class Database;

// Sends the outbox in the background: a QThread with its own database connection (a Database belongs to
// the thread that opened it) that wakes every `intervalMs`, or at once on wake(), reads the e-mail settings
// and the password, and lets OutboxSender send what is due. The GUI only receives countsChanged().
class OutboxWorker : public QObject {
    Q_OBJECT

public:
    OutboxWorker(QString databasePath, const Clock& clock, int intervalMs = 30000);
    ~OutboxWorker() override;

    void start();
    // Stops after the message being sent (if any) and waits for the thread.
    void stop();

public slots:
    // Send what is due now (after enqueue, or the "retry" button).
    void wake();

signals:
    void countsChanged(int waiting, int failed);
    // A session problem the user should see (settings, keyring, server down), translated; empty when fine.
    void problemChanged(const QString& message);

private:
    class Job;
    QString m_databasePath;
    const Clock& m_clock;
    int m_intervalMs;
    QThread* m_thread = nullptr;
    Job* m_job = nullptr;
    std::atomic_bool m_stop{false};
};

} // namespace atende
