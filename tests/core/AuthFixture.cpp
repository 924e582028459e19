#include "AuthFixture.h"

#include "auth/PasswordHasher.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace atende::test {

AuthFixture::AuthFixture()
    : m_db(m_temp.open())
    , m_users(*m_db, m_clock, PasswordHasher(PasswordHasher::Strength::TestOnlyFast))
    , m_profiles(*m_db, m_clock) {
    auto admin = m_users.createFirstAdministrator(AdminLogin, QStringLiteral("Ana Administradora"), AdminPassword);
    INFO((admin ? QString() : admin.error().userMessage + QStringLiteral(" / ") + admin.error().detail).toStdString());
    REQUIRE(admin.ok());
    m_admin = *admin;
}

Actor AuthFixture::addUser(const QString& login, qint64 profileId) {
    NewUser user;
    user.login = login;
    user.name = QStringLiteral("Pessoa %1").arg(login);
    user.email = login + QStringLiteral("@exemplo.com.br");
    user.sectorId = 1;
    user.profileId = profileId;
    user.password = passwordFor(login);
    auto id = m_users.addUser(m_admin, user);
    INFO((id ? QString() : id.error().userMessage + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());
    auto actor = m_users.authenticate(login, user.password);
    REQUIRE(actor.ok());
    REQUIRE(actor->userId() == *id);
    return *actor;
}

qint64 AuthFixture::userId(const QString& login) {
    return scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login}).toLongLong();
}

QVariant AuthFixture::scalar(const QString& sql, const QVariantList& values) {
    QSqlQuery q(m_db->connection());
    INFO(sql.toStdString());
    const bool prepared = q.prepare(sql);
    INFO(q.lastError().text().toStdString()); // PostgreSQL parses the statement when it is prepared
    REQUIRE(prepared);
    for (const QVariant& value : values)
        q.addBindValue(value);
    const bool ran = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(ran);
    if (!q.next())
        return {};
    return q.value(0);
}

void AuthFixture::breakAuditLog() {
    QSqlQuery q(m_db->connection());
    if (m_db->isPostgres()) {
        // No temporary triggers on PostgreSQL; the test database is thrown away with the test anyway.
        REQUIRE(q.exec(QStringLiteral(
            "CREATE FUNCTION break_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'audit write failed on purpose'; END $$; "
            "CREATE TRIGGER break_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION break_audit()")));
        return;
    }
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER break_audit BEFORE INSERT ON main.audit_log BEGIN "
                                  "SELECT RAISE(ABORT, 'audit write failed on purpose'); END")));
}

} // namespace atende::test
