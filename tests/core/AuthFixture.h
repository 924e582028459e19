#pragma once

#include "FakeClock.h"
#include "TempDatabase.h"

#include "auth/AccessProfileService.h"
#include "auth/Actor.h"
#include "auth/UserService.h"
#include "storage/Database.h"

#include <QString>
#include <QVariantList>

#include <memory>

namespace atende::test {

// A fresh database with its first administrator logged in, and the user and profile services over it, hashing
// with the cheap test parameters so the suite stays fast.
class AuthFixture {
public:
    // The default profiles of migrations/0002.
    static constexpr qint64 AgenteProfile = 1;
    static constexpr qint64 LiderProfile = 2;
    static constexpr qint64 AdministradorProfile = 3;
    static constexpr qint64 CaptadorProfile = 4;

    static inline const QString AdminLogin = QStringLiteral("admin");
    static inline const QString AdminPassword = QStringLiteral("Adm!n-Segredo-2026");

    AuthFixture();

    Database& db() { return *m_db; }
    FakeClock& clock() { return m_clock; }
    UserService& users() { return m_users; }
    AccessProfileService& profiles() { return m_profiles; }
    const Actor& admin() const { return m_admin; }

    // Adds a user (by the administrator) with the password passwordFor(login) and returns the logged-in Actor.
    Actor addUser(const QString& login, qint64 profileId);
    static QString passwordFor(const QString& login) { return QStringLiteral("Pw-%1-9x!").arg(login); }
    qint64 userId(const QString& login);

    // First column of the first row of `sql` with `values` bound; fails the test when the query fails.
    QVariant scalar(const QString& sql, const QVariantList& values = {});
    qint64 count(const QString& sql, const QVariantList& values = {}) { return scalar(sql, values).toLongLong(); }
    // Makes every audit write fail from now on (a TEMP trigger, so only on this connection): simulates a failure
    // after the change itself has been written.
    void breakAuditLog();

private:
    TempDatabase m_temp;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    UserService m_users;
    AccessProfileService m_profiles;
    Actor m_admin;
};

} // namespace atende::test
