#pragma once

#include "auth/Actor.h"
#include "reminders/Reminder.h"

#include <QDockWidget>
#include <QSet>

#include <memory>

class QListWidget;
class QSystemTrayIcon;
class QTimer;

namespace atende {

class Clock;
class Database;

// Reminders in the main window (F-42): the actor's next actions and callbacks due (overdue ones in bold red), and
// for a leader the tickets past the 24-hour supervision-analysis limit. Re-read every minute; a reminder that
// becomes due is also announced by a tray notification where the desktop has a tray.
class ReminderDock : public QDockWidget {
    Q_OBJECT

public:
    static constexpr int RefreshMs = 60 * 1000;

    explicit ReminderDock(QWidget* parent = nullptr);
    ~ReminderDock() override;

    bool setDatabasePath(const QString& path);
    void setActor(const Actor& actor);
    // Tests fix the time; `clock` must outlive the dock.
    void setClock(const Clock& clock);
    // Reads the reminders again (the timer calls it).
    void refresh();

    QListWidget* list() const { return m_list; }
    // Text of the last tray notification (also kept when there is no tray, for tests).
    const QString& lastNotification() const { return m_lastNotification; }

signals:
    void ticketActivated(qint64 ticketId);

private:
    void addItems(const QList<Reminder>& reminders, const QString& heading, bool analysis);
    void notify(const QList<Reminder>& fresh);

    std::unique_ptr<Database> m_db;
    const Clock* m_clock = nullptr;
    Actor m_actor;
    QListWidget* m_list = nullptr;
    QTimer* m_timer = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QSet<qint64> m_announced; // tickets already notified, so a reminder is announced once
    QString m_lastNotification;
};

} // namespace atende
