#pragma once

#include "sync/ChangeEvent.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace atende {

class Database;

// ChangeListener's work, done in the listener's own thread: the connection that LISTENs on atende_changes, the
// heartbeat that notices it lost, and the reconnect attempts. Everything here blocks on the network (a connect to
// a host that does not answer waits for connect_timeout), which is why it never runs on the GUI thread.
class ChangeWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr const char* Channel = "atende_changes";

    ChangeWatcher(QString location, int heartbeatMs);
    ~ChangeWatcher() override;

    // Connects (or keeps trying, from the heartbeat) and starts the heartbeat. Call in the watcher's thread.
    void start();

signals:
    void changed(const atende::ChangeEvent& event);
    void connectedChanged(bool connected);
    void resynced();

private:
    void beat();
    bool connectNow();
    void dropConnection();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QString m_location;
    std::unique_ptr<Database> m_db;
    QTimer m_heartbeat;
    bool m_connected = false;
    bool m_everConnected = false;
};

} // namespace atende
