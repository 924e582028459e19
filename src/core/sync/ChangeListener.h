#pragma once

#include "sync/ChangeEvent.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace atende {

class Database;

// Hears what other workstations write on the team's PostgreSQL server (LISTEN atende_changes, fed by the triggers
// of migrations/postgresql/0008) and keeps hearing it across a server restart or a network cut:
// - on a connection of its own, so a long query elsewhere never delays a notice;
// - a heartbeat every second notices a lost connection (connectedChanged(false)) and keeps trying to reconnect;
//   back online, connectedChanged(true) and then resynced(): notices sent while it was away are lost, so whoever
//   shows data reloads it.
// On an SQLite file there is nobody else to hear: start() returns false and nothing is emitted.
// Lives in the thread that created it (its notices arrive through that thread's event loop).
class ChangeListener : public QObject {
    Q_OBJECT

public:
    static constexpr const char* Channel = "atende_changes";

    explicit ChangeListener(QString location, QObject* parent = nullptr);
    ~ChangeListener() override;

    // Connects and starts listening; false on SQLite. When the server is unreachable now, it keeps trying (and
    // returns true): a workstation may start before the server.
    bool start();
    bool isConnected() const { return m_connected; }
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }

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
