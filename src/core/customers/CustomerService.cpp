#include "customers/CustomerService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/ChannelFormat.h"
#include "customers/CustomerAuditFields.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerValidator.h"
#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/TextFolding.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace atende {

namespace {

const QString& Entity = CustomerAuditFields::Entity;

Status inTransaction(Database& db, const std::function<Status()>& work) {
    if (Status s = db.begin(); !s)
        return CustomerStore::storageError(s.error().detail);
    Status result = work();
    if (result) {
        result = db.commit();
        if (!result)
            result = CustomerStore::storageError(result.error().detail);
    }
    if (!result)
        db.rollback();
    return result;
}

Error queryError(const QSqlQuery& q) {
    return CustomerStore::storageError(q.lastError().text());
}

Error notFound() {
    return Error::make(Error::Code::NotFound,
                       CustomerService::tr("This customer no longer exists (it may have been merged into another). "
                                           "Search for it again."),
                       QStringLiteral("customer not found"));
}

Error conflictError(qint64 readVersion, qint64 storedVersion) {
    return Error::make(Error::Code::Conflict,
                       CustomerService::tr("Someone else changed this customer after you opened it. Reload it to see "
                                           "their change, then apply yours again."),
                       QStringLiteral("row_version %1, stored %2").arg(readVersion).arg(storedVersion));
}

Error anonymizedError() {
    return Error::make(Error::Code::Conflict,
                       CustomerService::tr("This customer's personal data was anonymised on request and can no "
                                           "longer be changed. Register the person again if they come back."),
                       QStringLiteral("customer anonymized"));
}

Result<int> moveRows(Database& db, const QString& sql, qint64 keepId, qint64 removeId) {
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(keepId);
    q.addBindValue(removeId);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected();
}

} // namespace

CustomerService::CustomerService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock)
    , m_store(db) {}

int CustomerService::clampLimit(int limit) {
    return std::clamp(limit, 1, MaxSearchLimit);
}

// --- Writing ---------------------------------------------------------------------------------------------------

Status CustomerService::checkPartner(std::optional<qint64> partnerId) {
    if (!partnerId)
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind FROM directory_entries WHERE id = ?"));
    q.addBindValue(*partnerId);
    if (!q.exec())
        return queryError(q);
    if (!q.next() || q.value(0).toString() != QLatin1String("partner")) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The chosen partner is not in the directory of partner companies any more. Choose "
                              "another one, or leave it empty."),
                           QStringLiteral("invalid fields: partner_id"));
    }
    return {};
}

Status CustomerService::checkAgainstStored(const Customer& c, bool allowDuplicate) {
    auto byDocument = m_store.idByDocument(c.document);
    if (!byDocument)
        return byDocument.error();
    if (*byDocument && **byDocument != c.id) {
        auto who = m_store.describe(**byDocument);
        if (!who)
            return who.error();
        return Error::make(Error::Code::Conflict,
                           tr("This CPF/CNPJ is already registered for the customer %1. Open that customer "
                              "instead of registering it again.")
                               .arg(*who),
                           QStringLiteral("document taken by customer %1").arg(**byDocument));
    }
    if (!c.code.isEmpty()) {
        auto byCode = m_store.idByCode(c.code);
        if (!byCode)
            return byCode.error();
        if (*byCode && **byCode != c.id) {
            auto who = m_store.describe(**byCode);
            if (!who)
                return who.error();
            return Error::make(
                Error::Code::Conflict,
                tr("The customer code %1 is already used by the customer %2. Choose another code.").arg(c.code, *who),
                QStringLiteral("code taken by customer %1").arg(**byCode));
        }
    }
    if (Status s = checkPartner(c.partnerId); !s)
        return s;
    if (allowDuplicate)
        return {};
    auto duplicates = m_store.duplicateIds(c);
    if (!duplicates)
        return duplicates.error();
    if (duplicates->isEmpty())
        return {};
    QStringList names;
    QStringList ids;
    for (qint64 id : std::as_const(*duplicates)) {
        ids.append(QString::number(id));
        if (names.size() == 5)
            continue;
        auto who = m_store.describe(id);
        if (!who)
            return who.error();
        names.append(*who);
    }
    return Error::make(Error::Code::Conflict,
                       tr("This customer may already be registered, with the same name and phone or the same "
                          "e-mail: %1. Open the existing record, or confirm that this is someone else.")
                           .arg(names.join(QStringLiteral("; "))),
                       QStringLiteral("possible duplicates: %1").arg(ids.join(QLatin1Char(','))));
}

Status CustomerService::checkCreate(const Actor& actor, const Customer& customer, bool allowDuplicate) {
    if (Status s = m_guard.require(actor, Permission::CustomerEdit, Entity, std::nullopt, QStringLiteral("create")); !s)
        return s;
    Customer c = customer;
    c.id = 0;
    if (const auto issues = CustomerValidator::normalize(c); !issues.isEmpty())
        return CustomerValidator::toError(issues);
    return checkAgainstStored(c, allowDuplicate);
}

Result<qint64> CustomerService::create(const Actor& actor, const Customer& customer, bool allowDuplicate) {
    if (Status s = m_guard.require(actor, Permission::CustomerEdit, Entity, std::nullopt, QStringLiteral("create")); !s)
        return s.error();
    Customer c = customer;
    c.id = 0;
    c.anonymizedAt.reset();
    for (CustomerContact& contact : c.contacts)
        contact.id = 0;
    if (const auto issues = CustomerValidator::normalize(c); !issues.isEmpty())
        return CustomerValidator::toError(issues);

    Status done = inTransaction(m_db, [&]() -> Status {
        // Checked inside the write transaction, so nobody can take the document between the check and the insert.
        if (Status s = checkAgainstStored(c, allowDuplicate); !s)
            return s;
        auto id = m_store.insert(c, m_clock.nowMs());
        if (!id)
            return id.error();
        return m_audit.record(actor, Entity, c.id, QStringLiteral("create"), CustomerAuditFields::creation(c));
    });
    if (!done)
        return done.error();
    log::info("customer {} created by user {}", c.id, actor.userId());
    return c.id;
}

Result<qint64> CustomerService::update(const Actor& actor, const Customer& customer, const QString& auditAction) {
    if (Status s = m_guard.require(actor, Permission::CustomerEdit, Entity, customer.id, QStringLiteral("update")); !s)
        return s.error();
    qint64 newVersion = 0;
    Status done = inTransaction(m_db, [&]() -> Status {
        auto loaded = m_store.load(customer.id);
        if (!loaded)
            return loaded.error();
        if (!*loaded)
            return notFound();
        const Customer& stored = **loaded;
        if (stored.anonymizedAt)
            return anonymizedError();
        if (customer.rowVersion != stored.rowVersion)
            return conflictError(customer.rowVersion, stored.rowVersion);
        Customer c =
            CustomerPrivacy::seesPersonalData(actor) ? customer : CustomerPrivacy::restoreMasked(stored, customer);
        c.personalDataMasked = false;
        c.createdAt = stored.createdAt;
        c.anonymizedAt.reset();
        if (const auto issues = CustomerValidator::normalize(c); !issues.isEmpty())
            return CustomerValidator::toError(issues);
        for (const CustomerContact& contact : std::as_const(c.contacts)) {
            const bool known =
                contact.id == 0 || std::any_of(stored.contacts.cbegin(), stored.contacts.cend(),
                                               [&](const CustomerContact& s) { return s.id == contact.id; });
            if (!known) {
                return Error::make(Error::Code::Conflict,
                                   tr("A contact of this customer was removed by someone else meanwhile. Reload the "
                                      "customer and apply your change again."),
                                   QStringLiteral("unknown contact %1").arg(contact.id));
            }
        }
        if (Status s = checkAgainstStored(c, true); !s)
            return s;

        // Contacts first, so the new ones have the ids their audit fields are named after.
        for (const CustomerContact& old : stored.contacts) {
            const bool kept = std::any_of(c.contacts.cbegin(), c.contacts.cend(),
                                          [&](const CustomerContact& k) { return k.id == old.id; });
            if (kept)
                continue;
            auto inUse = m_store.contactInUse(old.id);
            if (!inUse)
                return inUse.error();
            if (*inUse) {
                return Error::make(Error::Code::Conflict,
                                   tr("The contact %1 is recorded on tickets of this customer and cannot be removed. "
                                      "Keep it, or change its details instead.")
                                       .arg(old.name),
                                   QStringLiteral("contact %1 in use").arg(old.id));
            }
            if (Status s = m_store.deleteContact(old.id); !s)
                return s;
        }
        for (CustomerContact& contact : c.contacts) {
            if (contact.id == 0) {
                auto id = m_store.insertContact(c.id, contact);
                if (!id)
                    return id.error();
                contact.id = *id;
                continue;
            }
            const auto old = std::find_if(stored.contacts.cbegin(), stored.contacts.cend(),
                                          [&](const CustomerContact& s) { return s.id == contact.id; });
            if (*old != contact) {
                if (Status s = m_store.updateContact(contact); !s)
                    return s;
            }
        }

        const QList<FieldChange> changes = CustomerAuditFields::changes(stored, c);
        if (changes.isEmpty()) {
            newVersion = stored.rowVersion; // nothing to save: the version others compare with stays as it is
            return {};
        }
        auto matched = m_store.updateRow(c, m_clock.nowMs());
        if (!matched)
            return matched.error();
        if (!*matched) // read in this transaction, so the row is there: another connection saved it in between
            return conflictError(customer.rowVersion, stored.rowVersion);
        newVersion = stored.rowVersion + 1;
        if (c.emails != stored.emails) {
            if (Status s = m_store.replaceChannels(c.id, QStringLiteral("email"), c.emails); !s)
                return s;
        }
        if (c.phones != stored.phones) {
            if (Status s = m_store.replaceChannels(c.id, QStringLiteral("phone"), c.phones); !s)
                return s;
        }
        if (c.name != stored.name || c.code != stored.code || c.document != stored.document ||
            c.emails != stored.emails) {
            if (Status s = m_store.writeSearchRow(c); !s)
                return s;
        }
        return m_audit.record(actor, Entity, c.id, auditAction, changes);
    });
    if (!done)
        return done.error();
    return newVersion;
}

// --- Reading ---------------------------------------------------------------------------------------------------

Result<Customer> CustomerService::get(const Actor& actor, qint64 id) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, Entity, id, QStringLiteral("view")); !s)
        return s.error();
    auto loaded = m_store.load(id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound();
    return CustomerPrivacy::forActor(actor, std::move(**loaded));
}

Result<Customer> CustomerService::loadOne(const Actor& actor, const Result<std::optional<qint64>>& id) {
    if (!id)
        return id.error();
    if (!*id) {
        return Error::make(Error::Code::NotFound,
                           tr("No customer found. Check what was typed, or register the "
                              "customer."),
                           QStringLiteral("customer not found"));
    }
    auto loaded = m_store.load(**id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound();
    return CustomerPrivacy::forActor(actor, std::move(**loaded));
}

Result<QList<Customer>> CustomerService::loadAll(const Actor& actor, const QList<qint64>& ids) {
    QList<Customer> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto loaded = m_store.load(id);
        if (!loaded)
            return loaded.error();
        if (*loaded)
            out.append(CustomerPrivacy::forActor(actor, std::move(**loaded)));
    }
    return out;
}

Result<Customer> CustomerService::findByDocument(const Actor& actor, const QString& typed) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, Entity, std::nullopt, QStringLiteral("find")); !s)
        return s.error();
    const DocumentNumber doc = DocumentNumber::parse(typed);
    if (!doc.isValid()) {
        return Error::make(Error::Code::InvalidInput, doc.errorReason(), QStringLiteral("invalid fields: document"));
    }
    return loadOne(actor, m_store.idByDocument(doc.normalized()));
}

Result<Customer> CustomerService::findByCode(const Actor& actor, const QString& code) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, Entity, std::nullopt, QStringLiteral("find")); !s)
        return s.error();
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return Error::make(Error::Code::InvalidInput, tr("Type the customer code."),
                           QStringLiteral("invalid fields: code"));
    }
    return loadOne(actor, m_store.idByCode(trimmed));
}

Result<QList<Customer>> CustomerService::findByNamePrefix(const Actor& actor, const QString& prefix, int limit) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, Entity, std::nullopt, QStringLiteral("find")); !s)
        return s.error();
    const QString folded = TextFolding::fold(prefix);
    if (folded.isEmpty()) {
        return Error::make(Error::Code::InvalidInput, tr("Type the beginning of the customer's name."),
                           QStringLiteral("invalid fields: name"));
    }
    auto ids = m_store.idsByNamePrefix(folded, clampLimit(limit));
    if (!ids)
        return ids.error();
    return loadAll(actor, *ids);
}

Result<QList<Customer>> CustomerService::findByPhone(const Actor& actor, const QString& phone, int limit) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, Entity, std::nullopt, QStringLiteral("find")); !s)
        return s.error();
    const QString digits = ChannelFormat::phoneDigits(phone);
    if (digits.isEmpty()) {
        return Error::make(Error::Code::InvalidInput, tr("Type the phone with its DDD, e.g. (11) 98765-4321."),
                           QStringLiteral("invalid fields: phones"));
    }
    auto ids = m_store.idsByChannel(QStringLiteral("phone"), digits, clampLimit(limit));
    if (!ids)
        return ids.error();
    return loadAll(actor, *ids);
}

Result<QList<Customer>> CustomerService::findByEmail(const Actor& actor, const QString& email, int limit) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, Entity, std::nullopt, QStringLiteral("find")); !s)
        return s.error();
    const QString key = ChannelFormat::emailKey(email);
    if (!ChannelFormat::isValidEmail(key)) {
        return Error::make(Error::Code::InvalidInput, tr("Type the whole e-mail address, e.g. name@company.com.br."),
                           QStringLiteral("invalid fields: emails"));
    }
    auto ids = m_store.idsByChannel(QStringLiteral("email"), key, clampLimit(limit));
    if (!ids)
        return ids.error();
    return loadAll(actor, *ids);
}

Result<QList<CustomerTicket>> CustomerService::ticketsOf(const Actor& actor, qint64 customerId, int limit) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, Entity, customerId, QStringLiteral("tickets")); !s)
        return s.error();
    // The customer card's history, read on every identification: statements prepared once per connection.
    QSqlQuery* q = &m_db.cached(QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?)"));
    auto failed = [&] {
        Error error = queryError(*q);
        q->finish();
        return error;
    };
    q->bindValue(0, customerId);
    if (!q->exec() || !q->next())
        return failed();
    const bool exists = q->value(0).toBool();
    q->finish();
    if (!exists)
        return notFound();
    q = &m_db.cached(
        QStringLiteral("SELECT t.id, t.protocol, t.title, t.status_id, s.code, s.name, s.is_closed, t.sector_id, "
                       "COALESCE(se.name, ''), COALESCE(sub.name, ''), COALESCE(u.name, ''), t.opened_at, t.updated_at "
                       "FROM tickets t JOIN workflow_statuses s ON s.id = t.status_id "
                       "LEFT JOIN sectors se ON se.id = t.sector_id LEFT JOIN subjects sub ON sub.id = t.subject_id "
                       "LEFT JOIN users u ON u.id = t.responsible_id "
                       "WHERE t.customer_id = ? ORDER BY t.opened_at DESC, t.id DESC LIMIT ?"));
    q->bindValue(0, customerId);
    q->bindValue(1, clampLimit(limit));
    if (!q->exec())
        return failed();
    QList<CustomerTicket> out;
    while (q->next()) {
        CustomerTicket t;
        t.id = q->value(0).toLongLong();
        t.protocol = q->value(1).toString();
        t.title = q->value(2).toString();
        t.statusId = q->value(3).toLongLong();
        t.statusCode = q->value(4).toString();
        t.statusName = q->value(5).toString();
        t.closed = q->value(6).toInt() != 0;
        if (!q->value(7).isNull())
            t.sectorId = q->value(7).toLongLong();
        t.sectorName = q->value(8).toString();
        t.subjectName = q->value(9).toString();
        t.responsibleName = q->value(10).toString();
        t.openedAt = q->value(11).toLongLong();
        t.updatedAt = q->value(12).toLongLong();
        out.append(t);
    }
    q->finish();
    return out;
}

Result<QList<Customer>> CustomerService::possibleDuplicates(const Actor& actor, const Customer& customer) {
    if (Status s =
            m_guard.require(actor, Permission::CustomerView, Entity,
                            customer.id > 0 ? std::optional(customer.id) : std::nullopt, QStringLiteral("duplicates"));
        !s)
        return s.error();
    Customer c = customer;
    (void)CustomerValidator::normalize(c); // invalid e-mails and phones drop out; the rest is compared stored-form
    auto ids = m_store.duplicateIds(c);
    if (!ids)
        return ids.error();
    return loadAll(actor, *ids);
}

// --- Merge -----------------------------------------------------------------------------------------------------

Result<CustomerMergeSummary> CustomerService::merge(const Actor& actor, qint64 keepId, qint64 removeId) {
    if (Status s = m_guard.require(actor, Permission::CustomerMerge, Entity, keepId, QStringLiteral("merge")); !s)
        return s.error();
    if (keepId == removeId) {
        return Error::make(Error::Code::InvalidInput, tr("Choose two different customers to merge."),
                           QStringLiteral("merge with itself"));
    }
    CustomerMergeSummary summary;
    summary.keptId = keepId;
    summary.removedId = removeId;
    Status done = inTransaction(m_db, [&]() -> Status {
        auto keepLoaded = m_store.load(keepId);
        if (!keepLoaded)
            return keepLoaded.error();
        auto removeLoaded = m_store.load(removeId);
        if (!removeLoaded)
            return removeLoaded.error();
        if (!*keepLoaded || !*removeLoaded)
            return notFound();
        const Customer keep = **keepLoaded;
        const Customer removed = **removeLoaded;
        if (keep.anonymizedAt || removed.anonymizedAt)
            return anonymizedError();

        struct Move {
            int* count;
            const char* sql;
        };
        const Move moves[] = {
            {&summary.tickets, "UPDATE tickets SET customer_id = ? WHERE customer_id = ?"},
            {&summary.contactRecords, "UPDATE contact_records SET customer_id = ? WHERE customer_id = ?"},
            {&summary.contacts, "UPDATE contacts SET customer_id = ? WHERE customer_id = ?"},
            {&summary.properties, "UPDATE properties SET owner_id = ? WHERE owner_id = ?"},
            {&summary.rentalContracts, "UPDATE rental_contracts SET tenant_id = ? WHERE tenant_id = ?"},
            {&summary.rentalContracts, "UPDATE rental_contracts SET owner_id = ? WHERE owner_id = ?"},
            {&summary.rentalProcesses, "UPDATE rental_processes SET customer_id = ? WHERE customer_id = ?"},
            {&summary.captureProcesses, "UPDATE capture_processes SET owner_id = ? WHERE owner_id = ?"},
        };
        for (const Move& move : moves) {
            auto moved = moveRows(m_db, QString::fromLatin1(move.sql), keepId, removeId);
            if (!moved)
                return moved.error();
            *move.count += *moved;
        }
        // E-mails and phones the kept customer already has are dropped; the others move.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM customer_channels WHERE customer_id = ? AND EXISTS (SELECT 1 FROM "
                                 "customer_channels k WHERE k.customer_id = ? AND k.kind = customer_channels.kind "
                                 "AND k.value_key = customer_channels.value_key)"));
        q.addBindValue(removeId);
        q.addBindValue(keepId);
        if (!q.exec())
            return queryError(q);
        auto channels =
            moveRows(m_db, QStringLiteral("UPDATE customer_channels SET customer_id = ? WHERE customer_id = ?"), keepId,
                     removeId);
        if (!channels)
            return channels.error();
        summary.channels = *channels;

        if (Status s = m_store.deleteSearchRow(removeId); !s)
            return s;
        q.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
        q.addBindValue(removeId);
        if (!q.exec()) {
            // A table added later that points at customers and is not moved above: nothing is half done.
            return Error::make(Error::Code::Conflict,
                               tr("The customers could not be merged because other records still point at the one "
                                  "being removed. Nothing was changed; report this to the administrator."),
                               q.lastError().text());
        }

        // The kept record takes what it lacks from the removed one (its code is free now).
        Customer merged = keep;
        auto fill = [](QString& target, const QString& source) {
            if (target.isEmpty())
                target = source;
        };
        fill(merged.code, removed.code);
        fill(merged.plan, removed.plan);
        fill(merged.observation, removed.observation);
        if (merged.address.isEmpty() && merged.city.isEmpty() && merged.state.isEmpty()) {
            merged.address = removed.address;
            merged.city = removed.city;
            merged.state = removed.state;
        }
        if (!merged.partnerId)
            merged.partnerId = removed.partnerId;
        auto matched = m_store.updateRow(merged, m_clock.nowMs());
        if (!matched)
            return matched.error();
        if (!*matched)
            return notFound();
        auto reloaded = m_store.load(keepId);
        if (!reloaded)
            return reloaded.error();
        if (!*reloaded)
            return notFound();
        if (Status s = m_store.writeSearchRow(**reloaded); !s)
            return s;

        QList<FieldChange> keptChanges{
            FieldChange{QStringLiteral("merged_customer_id"), QVariant(), removeId},
            FieldChange{QStringLiteral("moved_tickets"), QVariant(), summary.tickets},
            FieldChange{QStringLiteral("moved_contact_records"), QVariant(), summary.contactRecords},
            FieldChange{QStringLiteral("moved_contacts"), QVariant(), summary.contacts},
            FieldChange{QStringLiteral("moved_channels"), QVariant(), summary.channels},
            FieldChange{QStringLiteral("moved_properties"), QVariant(), summary.properties},
            FieldChange{QStringLiteral("moved_rental_contracts"), QVariant(), summary.rentalContracts},
            FieldChange{QStringLiteral("moved_rental_processes"), QVariant(), summary.rentalProcesses},
            FieldChange{QStringLiteral("moved_capture_processes"), QVariant(), summary.captureProcesses},
        };
        Customer before = keep;
        Customer after = **reloaded;
        before.contacts.clear(); // the contacts that arrived are counted above, not listed as new fields
        after.contacts.clear();
        keptChanges.append(CustomerAuditFields::changes(before, after));
        if (Status s = m_audit.record(actor, Entity, keepId, QStringLiteral("merge"), keptChanges); !s)
            return s;
        QList<FieldChange> removedChanges{FieldChange{QStringLiteral("merged_into"), QVariant(), keepId}};
        Customer gone = removed;
        gone.contacts.clear(); // they live on under the kept customer
        removedChanges.append(CustomerAuditFields::removal(gone));
        return m_audit.record(actor, Entity, removeId, QStringLiteral("merge"), removedChanges);
    });
    if (!done)
        return done.error();
    log::info("customer {} merged into {} by user {}", removeId, keepId, actor.userId());
    return summary;
}

// --- Finance ---------------------------------------------------------------------------------------------------

int CustomerService::blockAfterDays() {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = 'finance.block_after_days'"));
    if (!q.exec()) {
        log::warn("could not read finance.block_after_days: {}", q.lastError().text().toStdString());
        return DefaultBlockAfterDays;
    }
    if (!q.next())
        return DefaultBlockAfterDays;
    bool ok = false;
    const int days = q.value(0).toString().trimmed().toInt(&ok);
    return ok ? days : DefaultBlockAfterDays;
}

bool CustomerService::isBlocked(const Customer& customer) {
    return isBlocked(customer, blockAfterDays());
}

bool CustomerService::isBlocked(const Customer& customer, int blockAfterDays) {
    return blockAfterDays > 0 && customer.licenseDaysOverdue >= blockAfterDays;
}

} // namespace atende
