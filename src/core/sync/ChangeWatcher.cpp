#include "sync/ChangeWatcher.h"

#include "storage/Database.h"
#include "util/Logging.h"

#include <QSqlQuery>

namespace atende {

ChangeWatcher::ChangeWatcher(QString location, int heartbeatMs)
    : m_location(std::move(location)) {
    // A child, so that moveToThread takes the timer along with the watcher.
    m_heartbeat.setParent(this);
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeWatcher::beat);
}

ChangeWatcher::~ChangeWatcher() {
    dropConnection();
}

void ChangeWatcher::start() {
    connectNow();
    m_heartbeat.start();
}

bool ChangeWatcher::connectNow() {
    auto db = Database::openExisting(m_location, true);
    if (!db)
        return false;
    QSqlDriver* driver = (*db)->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel))) {
        log::warn("could not listen for changes on the server");
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
    m_db = std::move(db).value();
    const bool wasAway = m_everConnected;
    m_connected = true;
    m_everConnected = true;
    emit connectedChanged(true);
    if (wasAway) {
        log::info("connection to the server is back");
        emit resynced();
    }
    return true;
}

void ChangeWatcher::dropConnection() {
    if (!m_db)
        return;
    QSqlDriver* driver = m_db->connection().driver();
    disconnect(driver, nullptr, this, nullptr);
    m_db.reset();
}

void ChangeWatcher::beat() {
    if (m_connected) {
        bool alive = false;
        {
            // Gone before the connection may be dropped below.
            QSqlQuery ping(m_db->connection());
            alive = ping.exec(QStringLiteral("SELECT 1"));
        }
        if (alive)
            return;
        log::warn("lost the connection to the server; reconnecting");
        dropConnection();
        m_connected = false;
        emit connectedChanged(false);
    }
    connectNow();
}

void ChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
    if (name != QLatin1String(Channel))
        return;
    const ChangeEvent event = ChangeEvent::parse(payload.toString());
    if (event.kind != ChangeEvent::Kind::Other)
        emit changed(event);
}

} // namespace atende
