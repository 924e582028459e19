#include "sync/ChangeListener.h"

#include "storage/Database.h"
#include "sync/ChangeWatcher.h"

#include <QThread>

namespace atende {

ChangeListener::ChangeListener(QString location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location)) {
    qRegisterMetaType<atende::ChangeEvent>();
}

ChangeListener::~ChangeListener() {
    if (!m_thread)
        return;
    // The watcher is deleted in its own thread when the thread's loop ends (its connection belongs there). A
    // connection attempt under way is waited for (connect_timeout, 5 s at most): a thread left running past this
    // point crashed the process at exit, while libpq was still inside it.
    m_thread->quit();
    m_thread->wait();
}

bool ChangeListener::start() {
    if (!Database::isServerLocation(m_location))
        return false;
    if (m_thread)
        return true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("change-listener"));
    auto* watcher = new ChangeWatcher(m_location, m_heartbeatMs);
    watcher->moveToThread(m_thread);
    connect(m_thread, &QThread::started, watcher, &ChangeWatcher::start);
    connect(m_thread, &QThread::finished, watcher, &QObject::deleteLater);
    connect(watcher, &ChangeWatcher::changed, this, &ChangeListener::changed);
    connect(watcher, &ChangeWatcher::connectedChanged, this, [this](bool connected) {
        m_connected = connected;
        emit connectedChanged(connected);
    });
    connect(watcher, &ChangeWatcher::resynced, this, &ChangeListener::resynced);
    m_thread->start();
    return true;
}

} // namespace atende
