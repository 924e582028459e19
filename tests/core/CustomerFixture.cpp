#include "CustomerFixture.h"

#include "auth/Permission.h"
#include "docs/DocumentNumber.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace atende::test {

CustomerFixture::CustomerFixture()
    : m_db(m_temp.open()) {}

QVariant CustomerFixture::scalar(const QString& sql, const QVariantList& values) {
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

void CustomerFixture::exec(const QString& sql, const QVariantList& values) {
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
}

Actor CustomerFixture::actor(const QString& login, const QSet<QString>& permissions) {
    exec(QStringLiteral("INSERT INTO access_profiles(name) VALUES (?)"), {QStringLiteral("test-") + login});
    const qint64 profile =
        count(QStringLiteral("SELECT id FROM access_profiles WHERE name = ?"), {QStringLiteral("test-") + login});
    for (const QString& permission : permissions)
        exec(QStringLiteral("INSERT INTO profile_permissions(profile_id, permission) VALUES (?, ?)"),
             {profile, permission});
    exec(QStringLiteral("INSERT INTO users(login, name, profile_id, created_at) VALUES (?, ?, ?, ?)"),
         {login, QStringLiteral("Pessoa ") + login, profile, m_clock.nowMs()});
    const qint64 id = count(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    return Actor(id, login, QStringLiteral("Pessoa ") + login, permissions);
}

Actor CustomerFixture::agent(const QString& login) {
    return actor(login, {Permission::CustomerView, Permission::CustomerEdit, Permission::PersonalDataView});
}

Actor CustomerFixture::admin(const QString& login) {
    const QStringList all = Permission::all();
    return actor(login, QSet<QString>(all.cbegin(), all.cend()));
}

QString CustomerFixture::cpf(int n) {
    return DocumentNumber::cpfWithCheckDigits(QStringLiteral("%1").arg(100000000 + n * 7919, 9, 10, QLatin1Char('0')));
}

QString CustomerFixture::cnpj(int n) {
    return DocumentNumber::cnpjWithCheckDigits(
        QStringLiteral("%1").arg(10000000 + n * 104729, 8, 10, QLatin1Char('0')) + QStringLiteral("0001"));
}

Customer CustomerFixture::person(int n, const QString& name) {
    Customer c;
    c.kind = Customer::Kind::PF;
    c.document = cpf(n);
    c.name = name;
    c.emails = {QStringLiteral("cliente%1@exemplo.com.br").arg(n)};
    c.phones = {
        QStringLiteral("(11) 9%1-%2").arg(1000 + n, 4, 10, QLatin1Char('0')).arg(2000 + n, 4, 10, QLatin1Char('0'))};
    return c;
}

qint64 CustomerFixture::addTicket(qint64 customerId, const QString& title, const QString& description, qint64 statusId,
                                  qint64 sectorId, qint64 openedAt) {
    const qint64 at = openedAt ? openedAt : m_clock.nowMs();
    exec(QStringLiteral("INSERT INTO tickets(protocol, customer_id, sector_id, subject_id, status_id, opened_at, "
                        "updated_at, title, description) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)"),
         {QStringLiteral("20261122-01-%1").arg(++m_protocol, 6, 10, QLatin1Char('0')), customerId, sectorId, statusId,
          at, at, title, description.isNull() ? QString(QLatin1String("")) : description});
    return count(QStringLiteral("SELECT max(id) FROM tickets"));
}

qint64 CustomerFixture::addInteraction(qint64 ticketId, const QString& text) {
    exec(QStringLiteral("INSERT INTO interactions(ticket_id, at, channel, text) VALUES (?, ?, 'phone', ?)"),
         {ticketId, m_clock.nowMs(), text});
    return count(QStringLiteral("SELECT max(id) FROM interactions"));
}

qint64 CustomerFixture::deniedRows(const Actor& actor, const QString& operation) {
    return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND user_id = ? AND field = ?"),
                 {actor.userId(), operation});
}

} // namespace atende::test
