#pragma once

#include "mail/OutboxMessage.h"

#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OutboxDialog;
}

namespace atende {

class Clock;
class Database;

// The outbox view: every message with its state, attempts, next attempt and the server's last words; retry
// now, cancel, and the fallback when mail does not go out: open the message as .eml in the desktop's mail
// program, or save it to send by other means.
class OutboxDialog : public QDialog {
    Q_OBJECT

public:
    // `actor` must have mail.admin (the outbox holds customers' addresses): retry and cancel go through
    // MailAdministration; without the permission the list stays empty with core's message.
    OutboxDialog(Database& db, const Clock& clock, const Actor& actor, QWidget* parent = nullptr);
    ~OutboxDialog() override;

    void refresh();
    void selectMessage(qint64 id);
    std::optional<qint64> selectedId() const;
    // Writes the selected message as .eml to `path`; false with a message box when it cannot.
    bool saveEml(const QString& path);
    static QString stateText(const QString& state);

signals:
    // Something changed (retry, cancel): the worker should look at the queue now.
    void outboxChanged();

private:
    void retrySelected();
    void cancelSelected();
    void openEml();
    void chooseAndSaveEml();
    void updateButtons();

    std::unique_ptr<Ui::OutboxDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    const Clock& m_clock;
    QList<OutboxMessage> m_messages;
};

} // namespace atende
