#pragma once

#include "FakeClock.h"
#include "TempDatabase.h"

#include "auth/Actor.h"
#include "customers/Customer.h"
#include "storage/Database.h"

#include <QSet>
#include <QString>
#include <QVariantList>

#include <memory>

namespace atende::test {

// A fresh database for the customer and directory tests, with actors made to measure: each gets a user row and an
// access profile granting exactly its permissions (AccessGuard checks the database as well as the Actor).
class CustomerFixture {
public:
    CustomerFixture();

    Database& db() { return *m_db; }
    FakeClock& clock() { return m_clock; }
    const TempDatabase& temp() const { return m_temp; }

    Actor actor(const QString& login, const QSet<QString>& permissions);
    // customer.view, customer.edit, personal_data.view (the Agente profile's customer rights).
    Actor agent(const QString& login = QStringLiteral("ana"));
    // Every permission.
    Actor admin(const QString& login = QStringLiteral("root"));

    // A valid CPF / CNPJ made from a number (different numbers give different documents).
    static QString cpf(int n);
    static QString cnpj(int n);
    // A valid individual customer with a name, one e-mail and one phone derived from n.
    static Customer person(int n, const QString& name);

    // Rows other services own, inserted directly: a ticket (status 2 'Pendente', sector 1 'Suporte' by default)
    // and an interaction.
    qint64 addTicket(qint64 customerId, const QString& title, const QString& description = QString(),
                     qint64 statusId = 2, qint64 sectorId = 1, qint64 openedAt = 0);
    qint64 addInteraction(qint64 ticketId, const QString& text);

    QVariant scalar(const QString& sql, const QVariantList& values = {});
    qint64 count(const QString& sql, const QVariantList& values = {}) { return scalar(sql, values).toLongLong(); }
    void exec(const QString& sql, const QVariantList& values = {});
    qint64 deniedRows(const Actor& actor, const QString& operation);

private:
    TempDatabase m_temp;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    int m_protocol = 0;
};

} // namespace atende::test
