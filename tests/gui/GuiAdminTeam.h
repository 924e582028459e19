#pragma once

#include "FakeClock.h"
#include "TempDatabase.h"

#include "auth/AccessProfileService.h"
#include "auth/Permission.h"
#include "auth/UserService.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QWidget>

namespace atende::test {

// For the screens of branch gui4b: a database with its first administrator (every permission) and an agent whose
// profile may only read customers and tickets, made through the services.
struct GuiAdminTeam {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    Actor admin;
    Actor agent; // customer.view, ticket.view: may read, not administer

    GuiAdminTeam() {
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        auto first = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana Admin"),
                                                    QStringLiteral("Adm!n-Segredo-2026"));
        REQUIRE(first.ok());
        admin = *first;
        AccessProfileService profiles(*db, SystemClock::instance());
        auto profile = profiles.createProfile(admin, QStringLiteral("Leitura"), QString(),
                                              {Permission::CustomerView, Permission::TicketView});
        REQUIRE(profile.ok());
        NewUser user;
        user.login = QStringLiteral("leitor");
        user.name = QStringLiteral("Lia Leitora");
        user.profileId = *profile;
        user.password = QStringLiteral("Leitora-Senha-99!");
        REQUIRE(users.addUser(admin, user).ok());
        auto logged = users.authenticate(user.login, user.password);
        REQUIRE(logged.ok());
        agent = *logged;
    }

    qint64 addCustomer(const QString& name, const QString& cpfBase, const QString& code = {}) {
        Customer c;
        c.document = DocumentNumber::cpfWithCheckDigits(cpfBase);
        c.name = name;
        c.code = code;
        c.phones = {QStringLiteral("(41) 9%1-5432").arg(cpfBase.left(4))};
        c.emails = {QStringLiteral("%1@exemplo.com.br").arg(cpfBase)};
        CustomerService customers(*db, SystemClock::instance());
        auto id = customers.create(admin, c, true);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    // A ticket of `customerId` written with plain SQL (the ticket services are another branch's).
    void addTicket(qint64 customerId, int number) {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO tickets(protocol, customer_id, sector_id, subject_id, priority, status_id, opened_at, "
            "updated_at, title) VALUES (?, ?, 1, 1, 1, 1, 1790000000000, 1790000000000, ?)")));
        q.addBindValue(QStringLiteral("20261130-01-%1").arg(number, 6, 10, QLatin1Char('0')));
        q.addBindValue(customerId);
        q.addBindValue(QStringLiteral("Chamado %1").arg(number));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {}) {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant& v : values)
            q.addBindValue(v);
        INFO(sql.toStdString());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

template <typename T> T* findChildNamed(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

} // namespace atende::test
