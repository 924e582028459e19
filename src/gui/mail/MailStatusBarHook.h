#pragma once

#include "auth/Actor.h"

#include <QObject>
#include <QString>

#include <memory>

class QMainWindow;

namespace atende {

class Database;
class OutboxStatusWidget;
class OutboxWorker;
class SystemClock;

// Everything the main window needs for e-mail, attached from outside it (one line in src/app/main.cpp): starts
// the OutboxWorker on the window's database file, puts the OutboxStatusWidget in the status bar, and opens the
// outbox view (on a connection of its own) when the indicator is clicked. Owned by the window.
class MailStatusBarHook : public QObject {
    Q_OBJECT

public:
    // `actor` opens the outbox view from the indicator (only with mail.admin).
    static MailStatusBarHook* install(QMainWindow& window, const QString& databasePath, const Actor& actor);
    ~MailStatusBarHook() override;

    OutboxStatusWidget* indicator() const { return m_indicator; }
    OutboxWorker* worker() const { return m_worker.get(); }

private:
    MailStatusBarHook(QMainWindow& window, const QString& databasePath, const Actor& actor);
    void openOutbox();

    QMainWindow& m_window;
    QString m_databasePath;
    Actor m_actor;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<OutboxWorker> m_worker;
    std::unique_ptr<Database> m_db; // the view's connection, opened on first use
    OutboxStatusWidget* m_indicator;
};

} // namespace atende
