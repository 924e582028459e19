#include "customers/CustomerStore.h"

#include "customers/ChannelFormat.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "util/TextFolding.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString EmailKind = QStringLiteral("email");
const QString PhoneKind = QStringLiteral("phone");

QString channelKey(const QString& kind, const QString& value) {
    return kind == EmailKind ? ChannelFormat::emailKey(value) : ChannelFormat::phoneDigits(value);
}

Error queryError(const QSqlQuery& q) {
    return CustomerStore::storageError(q.lastError().text());
}

} // namespace

CustomerStore::CustomerStore(Database& db)
    : m_db(db) {}

Error CustomerStore::storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       tr("Could not read or save the customer. Try again; if it keeps failing, ask an administrator "
                          "to check the database."),
                       detail);
}

Result<QList<qint64>> CustomerStore::ids(const QString& sql, const QVariantList& values) {
    QSqlQuery& q = m_db.cached(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        Error error = queryError(q);
        q.finish();
        return error;
    }
    QList<qint64> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!out.contains(id))
            out.append(id);
    }
    q.finish();
    return out;
}

Result<std::optional<Customer>> CustomerStore::load(qint64 id) {
    // The call screen's hottest read: statements prepared once per connection (Database::cached).
    QSqlQuery* q = &m_db.cached(
        QStringLiteral("SELECT id, kind, document, code, name, plan, partner_id, observation, in_debt, debt_note, "
                       "license_days_overdue, has_portal_access, address, city, state, created_at, updated_at, "
                       "anonymized_at, row_version FROM customers WHERE id = ?"));
    q->bindValue(0, id);
    auto failed = [&] {
        Error error = queryError(*q);
        q->finish();
        return error;
    };
    if (!q->exec())
        return failed();
    if (!q->next()) {
        q->finish();
        return std::optional<Customer>();
    }
    Customer c;
    c.id = q->value(0).toLongLong();
    c.kind = Customer::kindFromCode(q->value(1).toString()).value_or(Customer::Kind::PF);
    c.document = q->value(2).toString();
    c.code = q->value(3).toString();
    c.name = q->value(4).toString();
    c.plan = q->value(5).toString();
    if (!q->value(6).isNull())
        c.partnerId = q->value(6).toLongLong();
    c.observation = q->value(7).toString();
    c.inDebt = q->value(8).toInt() != 0;
    c.debtNote = q->value(9).toString();
    c.licenseDaysOverdue = q->value(10).toInt();
    c.hasPortalAccess = q->value(11).toInt() != 0;
    c.address = q->value(12).toString();
    c.city = q->value(13).toString();
    c.state = q->value(14).toString();
    c.createdAt = q->value(15).toLongLong();
    c.updatedAt = q->value(16).toLongLong();
    if (!q->value(17).isNull())
        c.anonymizedAt = q->value(17).toLongLong();
    c.rowVersion = q->value(18).toLongLong();
    q->finish();

    q = &m_db.cached(QStringLiteral("SELECT kind, value FROM customer_channels WHERE customer_id = ? ORDER BY id"));
    q->bindValue(0, id);
    if (!q->exec())
        return failed();
    while (q->next()) {
        (q->value(0).toString() == EmailKind ? c.emails : c.phones).append(q->value(1).toString());
    }
    q->finish();

    q = &m_db.cached(
        QStringLiteral("SELECT id, name, role, phone, email FROM contacts WHERE customer_id = ? ORDER BY id"));
    q->bindValue(0, id);
    if (!q->exec())
        return failed();
    while (q->next()) {
        c.contacts.append(CustomerContact{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                          q->value(3).toString(), q->value(4).toString()});
    }
    q->finish();
    return std::optional<Customer>(std::move(c));
}

Result<std::optional<qint64>> CustomerStore::idByDocument(const QString& normalizedDocument) {
    auto found = ids(QStringLiteral("SELECT id FROM customers WHERE document = ?"), {normalizedDocument});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<qint64>() : std::optional<qint64>(found->constFirst());
}

Result<std::optional<qint64>> CustomerStore::idByCode(const QString& code) {
    auto found = ids(QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<qint64>() : std::optional<qint64>(found->constFirst());
}

Result<QList<qint64>> CustomerStore::idsByNamePrefix(const QString& foldedPrefix, int limit) {
    // [prefix, prefix + U+10FFFF) is the index range of every key starting with the prefix.
    return ids(QStringLiteral("SELECT id FROM customers WHERE name_key >= ? AND name_key < ? "
                              "ORDER BY name_key, id LIMIT ?"),
               {foldedPrefix, foldedPrefix + QString::fromUcs4(U"\U0010FFFF"), limit});
}

Result<QList<qint64>> CustomerStore::idsByChannel(const QString& kind, const QString& valueKey, int limit) {
    return ids(QStringLiteral("SELECT customer_id FROM customer_channels WHERE kind = ? AND value_key = ? "
                              "ORDER BY customer_id LIMIT ?"),
               {kind, valueKey, limit});
}

Result<QList<qint64>> CustomerStore::duplicateIds(const Customer& customer) {
    QList<qint64> out;
    auto addAll = [&out](const QList<qint64>& found) {
        for (qint64 id : found) {
            if (!out.contains(id))
                out.append(id);
        }
    };
    const QString nameKey = TextFolding::fold(customer.name);
    for (const QString& phone : customer.phones) {
        auto found = ids(QStringLiteral("SELECT ch.customer_id FROM customer_channels ch "
                                        "JOIN customers c ON c.id = ch.customer_id "
                                        "WHERE ch.kind = 'phone' AND ch.value_key = ? AND c.name_key = ? "
                                        "AND c.id <> ? AND c.anonymized_at IS NULL"),
                         {ChannelFormat::phoneDigits(phone), nameKey, customer.id});
        if (!found)
            return found.error();
        addAll(*found);
    }
    for (const QString& email : customer.emails) {
        auto found = ids(QStringLiteral("SELECT ch.customer_id FROM customer_channels ch "
                                        "JOIN customers c ON c.id = ch.customer_id "
                                        "WHERE ch.kind = 'email' AND ch.value_key = ? AND c.id <> ? "
                                        "AND c.anonymized_at IS NULL"),
                         {ChannelFormat::emailKey(email), customer.id});
        if (!found)
            return found.error();
        addAll(*found);
    }
    return out;
}

Result<QString> CustomerStore::describe(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, name FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return tr("number %1").arg(id);
    const QString code = q.value(0).toString();
    const QString name = q.value(1).toString();
    return code.isEmpty() ? tr("number %1 (%2)").arg(QString::number(id), name) : tr("code %1 (%2)").arg(code, name);
}

Result<qint64> CustomerStore::insert(Customer& c, qint64 nowMs) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO customers(kind, document, code, name, name_key, plan, partner_id, "
                             "observation, in_debt, debt_note, license_days_overdue, has_portal_access, address, city, "
                             "state, created_at, updated_at, row_version) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1) RETURNING id"));
    q.addBindValue(Customer::kindCode(c.kind));
    q.addBindValue(c.document);
    q.addBindValue(nullableText(c.code));
    q.addBindValue(text(c.name));
    q.addBindValue(TextFolding::fold(c.name));
    q.addBindValue(text(c.plan));
    q.addBindValue(nullableId(c.partnerId));
    q.addBindValue(text(c.observation));
    q.addBindValue(c.inDebt ? 1 : 0);
    q.addBindValue(text(c.debtNote));
    q.addBindValue(c.licenseDaysOverdue);
    q.addBindValue(c.hasPortalAccess ? 1 : 0);
    q.addBindValue(text(c.address));
    q.addBindValue(text(c.city));
    q.addBindValue(text(c.state));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return queryError(q);
    c.id = Database::returnedId(q);
    c.rowVersion = 1;
    c.createdAt = nowMs;
    c.updatedAt = nowMs;
    if (Status s = replaceChannels(c.id, EmailKind, c.emails); !s)
        return s.error();
    if (Status s = replaceChannels(c.id, PhoneKind, c.phones); !s)
        return s.error();
    for (CustomerContact& contact : c.contacts) {
        auto id = insertContact(c.id, contact);
        if (!id)
            return id.error();
        contact.id = *id;
    }
    if (Status s = writeSearchRow(c); !s)
        return s.error();
    return c.id;
}

Result<bool> CustomerStore::updateRow(const Customer& c, qint64 nowMs) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE customers SET kind = ?, document = ?, code = ?, name = ?, name_key = ?, plan = ?, "
                             "partner_id = ?, observation = ?, in_debt = ?, debt_note = ?, license_days_overdue = ?, "
                             "has_portal_access = ?, address = ?, city = ?, state = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(Customer::kindCode(c.kind));
    q.addBindValue(c.document);
    q.addBindValue(nullableText(c.code));
    q.addBindValue(text(c.name));
    q.addBindValue(TextFolding::fold(c.name));
    q.addBindValue(text(c.plan));
    q.addBindValue(nullableId(c.partnerId));
    q.addBindValue(text(c.observation));
    q.addBindValue(c.inDebt ? 1 : 0);
    q.addBindValue(text(c.debtNote));
    q.addBindValue(c.licenseDaysOverdue);
    q.addBindValue(c.hasPortalAccess ? 1 : 0);
    q.addBindValue(text(c.address));
    q.addBindValue(text(c.city));
    q.addBindValue(text(c.state));
    q.addBindValue(nowMs);
    q.addBindValue(c.id);
    q.addBindValue(c.rowVersion);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Status CustomerStore::replaceChannels(qint64 customerId, const QString& kind, const QStringList& values) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM customer_channels WHERE customer_id = ? AND kind = ?"));
    q.addBindValue(customerId);
    q.addBindValue(kind);
    if (!q.exec())
        return queryError(q);
    q.prepare(QStringLiteral("INSERT INTO customer_channels(customer_id, kind, value, value_key) VALUES (?,?,?,?)"));
    for (const QString& value : values) {
        q.addBindValue(customerId);
        q.addBindValue(kind);
        q.addBindValue(text(value));
        q.addBindValue(text(channelKey(kind, value)));
        if (!q.exec())
            return queryError(q);
    }
    return {};
}

Result<qint64> CustomerStore::insertContact(qint64 customerId, const CustomerContact& contact) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO contacts(customer_id, name, role, phone, email) VALUES (?,?,?,?,?) RETURNING id"));
    q.addBindValue(customerId);
    q.addBindValue(text(contact.name));
    q.addBindValue(text(contact.role));
    q.addBindValue(text(contact.phone));
    q.addBindValue(text(contact.email));
    if (!q.exec())
        return queryError(q);
    return Database::returnedId(q);
}

Status CustomerStore::updateContact(const CustomerContact& contact) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE contacts SET name = ?, role = ?, phone = ?, email = ? WHERE id = ?"));
    q.addBindValue(text(contact.name));
    q.addBindValue(text(contact.role));
    q.addBindValue(text(contact.phone));
    q.addBindValue(text(contact.email));
    q.addBindValue(contact.id);
    if (!q.exec())
        return queryError(q);
    return {};
}

Status CustomerStore::deleteContact(qint64 contactId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    q.addBindValue(contactId);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<bool> CustomerStore::contactInUse(qint64 contactId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tickets WHERE contact_id = ?) OR "
                             "EXISTS (SELECT 1 FROM contact_records WHERE contact_id = ?)"));
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toBool();
}

QString CustomerStore::searchBody(const Customer& c) {
    QStringList parts;
    if (!c.code.isEmpty())
        parts.append(c.code);
    parts.append(c.document);
    parts.append(c.emails);
    return parts.join(QLatin1Char(' '));
}

Status CustomerStore::writeSearchRow(const Customer& c) {
    return SearchIndex::write(m_db, SearchHit::Kind::Customer, c.id, c.name, searchBody(c));
}

Status CustomerStore::deleteSearchRow(qint64 customerId) {
    return SearchIndex::remove(m_db, SearchHit::Kind::Customer, customerId);
}

} // namespace atende
