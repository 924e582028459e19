#pragma once

#include "customers/CustomerContact.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atende {

// A customer (Cliente) as the services read and write it: the row of `customers` with its e-mails and phones
// (customer_channels) and its contacts. What comes back from CustomerService is normalised (document without mask,
// phones formatted "(11) 98765-4321"); for an actor without personal_data.view the document, e-mails and phones
// are masked and personalDataMasked is set. Such a value may be given back to CustomerService::update: masked values
// left as they were keep the stored ones.
struct Customer {
    enum class Kind { PF, PJ }; // pessoa física (CPF) / pessoa jurídica (CNPJ)

    qint64 id = 0;
    Kind kind = Kind::PF;
    QString document; // CPF/CNPJ: typed with or without mask on input, normalised (or masked) on output
    QString code;     // customer code; empty: none
    QString name;
    QStringList emails;
    QStringList phones; // with DDD
    QString plan;
    std::optional<qint64> partnerId; // directory entry of kind 'partner'
    QString observation;             // access notes, read before asking anything
    bool inDebt = false;
    QString debtNote;
    int licenseDaysOverdue = 0;
    bool hasPortalAccess = false;
    QString address;
    QString city;
    QString state; // UF, two letters
    QList<CustomerContact> contacts;
    qint64 rowVersion = 0; // optimistic lock: update() refuses when the row changed since this was read
    qint64 createdAt = 0;  // ms since the epoch, UTC
    qint64 updatedAt = 0;
    std::optional<qint64> anonymizedAt;
    bool personalDataMasked = false;

    static QString kindCode(Kind kind) { return kind == Kind::PJ ? QStringLiteral("PJ") : QStringLiteral("PF"); }
    static std::optional<Kind> kindFromCode(const QString& code) {
        if (code == QLatin1String("PF"))
            return Kind::PF;
        if (code == QLatin1String("PJ"))
            return Kind::PJ;
        return std::nullopt;
    }
};

} // namespace atende
