#pragma once

#include <QSet>
#include <QString>

namespace atende {

// Who is acting: every core service that reads or changes data takes one and checks its permissions
// (core is the guard; the GUI only hides buttons). Built by the login (UserService) from the user's profile.
class Actor {
public:
    Actor() = default;
    Actor(qint64 userId, QString login, QString name, QSet<QString> permissions)
        : m_userId(userId)
        , m_login(std::move(login))
        , m_name(std::move(name))
        , m_permissions(std::move(permissions)) {}

    qint64 userId() const { return m_userId; }
    const QString& login() const { return m_login; }
    const QString& name() const { return m_name; }
    const QSet<QString>& permissions() const { return m_permissions; }
    bool can(const QString& permission) const { return m_permissions.contains(permission); }
    bool isValid() const { return m_userId > 0; }

private:
    qint64 m_userId = 0;
    QString m_login;
    QString m_name;
    QSet<QString> m_permissions;
};

} // namespace atende
