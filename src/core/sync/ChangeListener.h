#pragma once

#include "sync/ChangeEvent.h"

#include <QObject>
#include <QString>

class QThread;

namespace atende {

// Hears what other workstations write on the team's PostgreSQL server (LISTEN atende_changes, fed by the triggers
// of migrations/postgresql/0008) and keeps hearing it across a server restart or a network cut:
// - on a connection of its own, so a long query elsewhere never delays a notice;
// - a heartbeat every second notices a lost connection (connectedChanged(false)) and keeps trying to reconnect;
//   back online, connectedChanged(true) and then resynced(): notices sent while it was away are lost, so whoever
//   shows data reloads it.
// The connection, the heartbeat and the reconnect attempts run in a thread of the listener's own (ChangeWatcher):
// a try against a host that does not answer waits up to the connect timeout, and a window must not freeze for it.
// The signals arrive in the thread that created the listener, through its event loop.
// On an SQLite file there is nobody else to hear: start() returns false and nothing is emitted.
class ChangeListener : public QObject {
    Q_OBJECT

public:
    explicit ChangeListener(QString location, QObject* parent = nullptr);
    // Stops the thread; waits for a connection attempt under way to end (at most the connect timeout; TCP
    // keepalives bound a heartbeat on a dead link).
    ~ChangeListener() override;

    // Starts listening; false on SQLite. When the server is unreachable now, it keeps trying (and returns true): a
    // workstation may start before the server.
    bool start();
    bool isConnected() const { return m_connected; }
    // Before start().
    void setHeartbeatInterval(int ms) { m_heartbeatMs = ms; }

signals:
    void changed(const atende::ChangeEvent& event);
    void connectedChanged(bool connected);
    void resynced();

private:
    QString m_location;
    int m_heartbeatMs = 1000;
    QThread* m_thread = nullptr;
    bool m_connected = false;
};

} // namespace atende
