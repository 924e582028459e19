#include "sync/ChangeListener.h"

#include "storage/Database.h"
#include "util/Logging.h"

#include <QSqlQuery>

namespace atende {

ChangeListener::ChangeListener(QString location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location)) {
    qRegisterMetaType<atende::ChangeEvent>();
    m_heartbeat.setInterval(1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeListener::beat);
}

ChangeListener::~ChangeListener() {
    dropConnection();
}

bool ChangeListener::start() {
    if (!Database::isServerLocation(m_location))
        return false;
    connectNow();
    m_heartbeat.start();
    return true;
}

bool ChangeListener::connectNow() {
    auto db = Database::openExisting(m_location, true);
    if (!db)
        return false;
    QSqlDriver* driver = (*db)->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel))) {
        log::warn("could not listen for changes on the server");
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::onNotification);
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

void ChangeListener::dropConnection() {
    if (!m_db)
        return;
    QSqlDriver* driver = m_db->connection().driver();
    disconnect(driver, nullptr, this, nullptr);
    m_db.reset();
}

void ChangeListener::beat() {
    if (m_connected) {
        QSqlQuery ping(m_db->connection());
        if (ping.exec(QStringLiteral("SELECT 1")))
            return;
        log::warn("lost the connection to the server; reconnecting");
        dropConnection();
        m_connected = false;
        emit connectedChanged(false);
    }
    connectNow();
}

void ChangeListener::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
    if (name != QLatin1String(Channel))
        return;
    const ChangeEvent event = ChangeEvent::parse(payload.toString());
    if (event.kind != ChangeEvent::Kind::Other)
        emit changed(event);
}

} // namespace atende
