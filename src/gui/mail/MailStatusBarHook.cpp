#include "mail/MailStatusBarHook.h"

#include "auth/Permission.h"
#include "common/MessageBoxes.h"
#include "mail/OutboxDialog.h"
#include "mail/OutboxStatusWidget.h"
#include "mail/OutboxWorker.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QMainWindow>
#include <QStatusBar>

namespace atende {

namespace {
constexpr int WorkerIntervalMs = 30000;
}

MailStatusBarHook* MailStatusBarHook::install(QMainWindow& window, const QString& databasePath, const Actor& actor) {
    return new MailStatusBarHook(window, databasePath, actor);
}

MailStatusBarHook::MailStatusBarHook(QMainWindow& window, const QString& databasePath, const Actor& actor)
    : QObject(&window)
    , m_window(window)
    , m_databasePath(databasePath)
    , m_actor(actor)
    , m_clock(std::make_unique<SystemClock>())
    , m_worker(std::make_unique<OutboxWorker>(databasePath, *m_clock, WorkerIntervalMs))
    , m_indicator(new OutboxStatusWidget(&window)) {
    window.statusBar()->addPermanentWidget(m_indicator);
    connect(m_worker.get(), &OutboxWorker::countsChanged, m_indicator, &OutboxStatusWidget::setCounts);
    connect(m_worker.get(), &OutboxWorker::problemChanged, m_indicator, &OutboxStatusWidget::setProblem);
    connect(m_indicator, &OutboxStatusWidget::clicked, this, &MailStatusBarHook::openOutbox);
    m_worker->start();
}

// Stops the worker before the window goes: it finishes the message it is sending (bounded by the timeouts).
MailStatusBarHook::~MailStatusBarHook() {
    m_worker->stop();
}

void MailStatusBarHook::openOutbox() {
    // The outbox holds customers' addresses: only mail.admin opens it (OutboxDialog checks it in core too).
    if (!m_actor.can(Permission::MailAdmin))
        return;
    if (!m_db) {
        Database::Options options;
        options.createIfMissing = false;
        options.migrate = false;
        auto db = Database::open(m_databasePath, options);
        if (!db) {
            MessageBoxes::warning(&m_window, m_window.windowTitle(), db.error().userMessage);
            return;
        }
        m_db = std::move(*db);
    }
    OutboxDialog dialog(*m_db, *m_clock, m_actor, &m_window);
    connect(&dialog, &OutboxDialog::outboxChanged, m_worker.get(), &OutboxWorker::wake);
    dialog.exec();
}

} // namespace atende
