#include "mail/OutboxWorker.h"

#include "mail/MailPasswordStore.h"
#include "mail/MailSettingsStore.h"
#include "mail/OutboxSender.h"
#include "mail/OutboxStore.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QThread>
#include <QTimer>

namespace atende {

// Lives in the worker thread: owns the connection and the timer there.
class OutboxWorker::Job : public QObject {
public:
    Job(OutboxWorker& owner)
        : m_owner(owner) {}

    void begin() {
        Database::Options options;
        options.createIfMissing = false;
        options.migrate = false;
        auto db = Database::open(m_owner.m_databasePath, options);
        if (!db) {
            emit m_owner.problemChanged(db.error().userMessage);
            return;
        }
        m_db = std::move(*db);
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { round(); });
        m_timer->start(m_owner.m_intervalMs);
        round();
    }

    void round() {
        if (!m_db || m_owner.m_stop.load())
            return;
        OutboxStore store(*m_db, m_owner.m_clock);
        auto settings = MailSettingsStore(*m_db).load();
        QString problem;
        if (!settings) {
            problem = settings.error().userMessage;
        } else if (!settings->host.isEmpty()) {
            auto password = MailPasswordStore::read(settings->user, settings->host);
            if (!password) {
                problem = password.error().userMessage;
            } else {
                settings->password = *password;
                auto report = OutboxSender(*m_db, m_owner.m_clock, *settings).processDue(-1, &m_owner.m_stop);
                if (!report)
                    problem = report.error().userMessage;
                else if (report->lastFailure.sessionProblem() || report->temporary > 0)
                    problem = report->lastFailure.userMessage;
            }
        }
        if (auto counts = store.counts())
            emit m_owner.countsChanged(counts->waiting, counts->failed);
        emit m_owner.problemChanged(problem);
    }

    // In the worker thread: the timer and the connection belong to it.
    void end() {
        delete m_timer;
        m_timer = nullptr;
        m_db.reset();
    }

private:
    OutboxWorker& m_owner;
    std::unique_ptr<Database> m_db;
    QTimer* m_timer = nullptr;
};

OutboxWorker::OutboxWorker(QString databasePath, const Clock& clock, int intervalMs)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_intervalMs(intervalMs) {}

OutboxWorker::~OutboxWorker() {
    stop();
}

void OutboxWorker::start() {
    if (m_thread)
        return;
    m_stop = false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("outbox"));
    m_job = new Job(*this);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, [job = m_job] { job->begin(); });
    m_thread->start();
}

void OutboxWorker::wake() {
    if (m_job)
        QMetaObject::invokeMethod(
            m_job, [job = m_job] { job->round(); }, Qt::QueuedConnection);
}

void OutboxWorker::stop() {
    if (!m_thread)
        return;
    m_stop = true;
    QMetaObject::invokeMethod(
        m_job, [job = m_job] { job->end(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_job;
    delete m_thread;
    m_job = nullptr;
    m_thread = nullptr;
}

} // namespace atende
