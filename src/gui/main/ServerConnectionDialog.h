#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ServerConnectionDialog;
}

namespace atende {

// Points this workstation at the team's PostgreSQL server (issue 9): server, port, database, the workstation's
// database role and its password, and TLS. OK tries the connection off the GUI thread (a server that does not
// answer takes seconds to time out) and closes only when it works; the password goes to the system keyring when
// asked, never into the settings file or the URL kept there.
class ServerConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerConnectionDialog(QWidget* parent = nullptr);
    ~ServerConnectionDialog() override;

    // Fills the fields from a postgresql:// URL (the password is not in it).
    void setUrl(const QString& url);
    // The URL of the fields, without the password (DatabasePasswordStore keeps that for the session).
    QString url() const;

    void accept() override;

private:
    void tryConnection();
    void connectionTried(const QString& errorMessage);

    std::unique_ptr<Ui::ServerConnectionDialog> m_ui;
};

} // namespace atende
