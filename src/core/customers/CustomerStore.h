#pragma once

#include "customers/Customer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace atende {

class Database;

// The SQL of customers, their channels, contacts and search row, shared by the customer services. It checks no
// permission and opens no transaction: the service calling it has done the first and holds the second, so the
// rows written here and their audit rows commit or roll back together. Values arrive already normalised
// (CustomerValidator).
class CustomerStore {
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)

public:
    explicit CustomerStore(Database& db);

    Result<std::optional<Customer>> load(qint64 id);
    Result<std::optional<qint64>> idByDocument(const QString& normalizedDocument);
    Result<std::optional<qint64>> idByCode(const QString& code);
    // Customers whose folded name starts with `foldedPrefix`, in name order.
    Result<QList<qint64>> idsByNamePrefix(const QString& foldedPrefix, int limit);
    // kind "email" (value_key lower case) or "phone" (value_key digits with DDD).
    Result<QList<qint64>> idsByChannel(const QString& kind, const QString& valueKey, int limit);
    // Other customers (not anonymised) with the same folded name and a phone in common, or an e-mail in common.
    Result<QList<qint64>> duplicateIds(const Customer& customer);
    // How a message names a customer without its document: "code C000123 (Maria Silva)" or "number 42 (...)".
    Result<QString> describe(qint64 id);

    // Inserts the customer, its channels, contacts and search row; sets the ids of `customer` and its contacts.
    Result<qint64> insert(Customer& customer, qint64 nowMs);
    // The customer's own row, only if its row_version is still customer.rowVersion (false otherwise); the stored
    // row_version becomes rowVersion + 1.
    Result<bool> updateRow(const Customer& customer, qint64 nowMs);
    Status replaceChannels(qint64 customerId, const QString& kind, const QStringList& values);
    Result<qint64> insertContact(qint64 customerId, const CustomerContact& contact);
    Status updateContact(const CustomerContact& contact);
    Status deleteContact(qint64 contactId);
    // Whether a ticket or a contact record points at the contact (it cannot be deleted then).
    Result<bool> contactInUse(qint64 contactId);

    // The customer's full-text row (customer_search: title name, body code + document + e-mails), written anew.
    Status writeSearchRow(const Customer& customer);
    Status deleteSearchRow(qint64 customerId);
    static QString searchBody(const Customer& customer);

    // Bind helpers: Qt binds a null QString as NULL, and most text columns are NOT NULL.
    static QVariant text(const QString& value) { return value.isNull() ? QVariant(QString(QLatin1String(""))) : value; }
    static QVariant nullableText(const QString& value) {
        return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
    }
    static QVariant nullableId(std::optional<qint64> id) {
        return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
    }
    // A storage failure, with the plain message every customer service shows for it.
    static Error storageError(const QString& detail);

private:
    Result<QList<qint64>> ids(const QString& sql, const QVariantList& values);

    Database& m_db;
};

} // namespace atende
