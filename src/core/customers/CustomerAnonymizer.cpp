#include "customers/CustomerAnonymizer.h"

#include "search/SearchIndex.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/CustomerAuditFields.h"
#include "customers/CustomerTextScrubber.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/TextFolding.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace atende {

namespace {

using Scope = CustomerTextScrubber::Scope;

Error queryError(const QSqlQuery& q) {
    return CustomerStore::storageError(q.lastError().text());
}

// PostgreSQL: the tables that hold a customer's personal data, vacuumed after an anonymisation.
constexpr const char* PersonalTables =
    "customers, customer_channels, contacts, tickets, interactions, audit_log, customer_search, ticket_search";

// PRAGMA secure_delete reads 0, 1 or 2; 2 is written back as FAST.
QString restoreSecureDelete(int previous) {
    return QStringLiteral("PRAGMA secure_delete = %1")
        .arg(previous == 2 ? QStringLiteral("FAST") : QString::number(previous ? 1 : 0));
}

QString anonymizedDocument(qint64 id) {
    return QStringLiteral("ANON%1").arg(id);
}

// Scrubs the text columns of the rows `select` returns (first column the id, then the texts) and writes back the
// rows that changed with `update` (the texts in the same order, then the id). Returns how many changed.
Result<int> scrubRows(Database& db, const QString& select, const QVariantList& values, const QString& update,
                      const CustomerTextScrubber& scrubber, Scope scope) {
    struct Row {
        qint64 id;
        QVariantList texts;
    };
    QList<Row> changed;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(select))
            return queryError(q);
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!q.exec())
            return queryError(q);
        const int columns = q.record().count();
        while (q.next()) {
            Row row{q.value(0).toLongLong(), {}};
            bool any = false;
            for (int c = 1; c < columns; ++c) {
                const QVariant value = q.value(c);
                if (value.isNull()) {
                    row.texts.append(value);
                    continue;
                }
                const QString before = value.toString();
                const QString after = scrubber.scrub(before, scope);
                any = any || after != before;
                row.texts.append(after);
            }
            if (any)
                changed.append(row);
        }
    }
    QSqlQuery q(db.connection());
    if (!changed.isEmpty() && !q.prepare(update))
        return queryError(q);
    for (const Row& row : std::as_const(changed)) {
        for (const QVariant& text : row.texts)
            q.addBindValue(text);
        q.addBindValue(row.id);
        if (!q.exec())
            return queryError(q);
    }
    return int(changed.size());
}

Result<QList<qint64>> idList(Database& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return queryError(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

void addFormerValue(CustomerTextScrubber& scrubber, const QString& field, const QString& value) {
    if (value.isEmpty())
        return;
    if (field == QLatin1String("document")) {
        scrubber.addDocument(value);
    } else if (field == QLatin1String("emails")) {
        for (const QString& email : value.split(CustomerAuditFields::ListSeparator))
            scrubber.addEmail(email);
    } else if (field == QLatin1String("phones")) {
        for (const QString& phone : value.split(CustomerAuditFields::ListSeparator))
            scrubber.addPhone(phone);
    } else if (field.startsWith(QLatin1String("contact.")) && field.endsWith(QLatin1String(".email"))) {
        scrubber.addEmail(value);
    } else if (field.startsWith(QLatin1String("contact.")) && field.endsWith(QLatin1String(".phone"))) {
        scrubber.addPhone(value);
    } else if (field.startsWith(QLatin1String("contact.")) && field.endsWith(QLatin1String(".role"))) {
        // A role ("Financeiro") is a common word, not the person: replaced in the history, not hunted in texts.
    } else if (CustomerAuditFields::isPersonal(field)) {
        scrubber.addText(value);
    }
}

} // namespace

CustomerAnonymizer::CustomerAnonymizer(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock)
    , m_store(db) {}

Result<CustomerAnonymizationReport> CustomerAnonymizer::anonymize(const Actor& actor, qint64 customerId,
                                                                  const Options& options) {
    if (Status s = m_guard.require(actor, Permission::CustomerAnonymize, CustomerAuditFields::Entity, customerId,
                                   QStringLiteral("anonymize"));
        !s)
        return s.error();

    CustomerAnonymizationReport report;
    report.customerId = customerId;

    // secure_delete makes SQLite overwrite what it frees with zeros, so the old cells do not linger in the file.
    // PostgreSQL has no such setting: its dead rows are reclaimed by VACUUM (see checkpoint()).
    const bool sqlite = !m_db.isPostgres();
    int previousSecureDelete = 0;
    if (sqlite) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next())
            previousSecureDelete = q.value(0).toInt();
    }
    if (Status s = sqlite ? m_db.execRaw(QStringLiteral("PRAGMA secure_delete = ON")) : Status{}; !s)
        return CustomerStore::storageError(s.error().detail);

    if (Status s = m_db.begin(); !s) {
        if (sqlite)
            (void)m_db.execRaw(restoreSecureDelete(previousSecureDelete));
        return CustomerStore::storageError(s.error().detail);
    }
    Status done = run(actor, customerId, report);
    if (done) {
        done = m_db.commit();
        if (!done)
            done = CustomerStore::storageError(done.error().detail);
    }
    if (!done)
        m_db.rollback();

    if (done) {
        // The old page images live on in the -wal until a checkpoint copies the new ones into the file; TRUNCATE
        // then empties the -wal.
        auto flushed = checkpoint();
        report.fileScrubbed = flushed && *flushed;
        if (options.compactDatabase) {
            // SQLite rebuilds the whole file. PostgreSQL rewrites the tables that held the person's data into new
            // files (VACUUM FULL: no dead tuple with a former value survives in them; other workstations wait on
            // those tables meanwhile, as they wait on the file's lock with SQLite).
            const QString compact =
                sqlite ? QStringLiteral("VACUUM") : QStringLiteral("VACUUM FULL %1").arg(QLatin1String(PersonalTables));
            if (Status s = m_db.execRaw(compact); s) {
                report.compacted = true;
                flushed = checkpoint();
                report.fileScrubbed = report.fileScrubbed && flushed && *flushed;
            } else {
                log::warn("anonymize: VACUUM failed: {}", s.error().detail.toStdString());
            }
        }
        if (!report.fileScrubbed)
            log::warn("anonymize: the write-ahead log could not be emptied now (another connection is reading)");
    }
    if (sqlite)
        (void)m_db.execRaw(restoreSecureDelete(previousSecureDelete));
    if (!done)
        return done.error();
    log::info("customer {} anonymized by user {}", customerId, actor.userId());
    return report;
}

Status CustomerAnonymizer::run(const Actor& actor, qint64 customerId, CustomerAnonymizationReport& report) {
    auto loaded = m_store.load(customerId);
    if (!loaded)
        return loaded.error();
    if (!*loaded) {
        return Error::make(Error::Code::NotFound, tr("This customer no longer exists. Search for it again."),
                           QStringLiteral("customer not found"));
    }
    const Customer customer = **loaded;
    if (customer.anonymizedAt) {
        return Error::make(Error::Code::Conflict, tr("This customer has already been anonymised."),
                           QStringLiteral("already anonymized"));
    }

    auto customerIds = customerIdsWithMerged(customerId);
    if (!customerIds)
        return customerIds.error();
    auto tickets = idList(m_db, QStringLiteral("SELECT id FROM tickets WHERE customer_id = ?"), {customerId});
    if (!tickets)
        return tickets.error();

    CustomerTextScrubber scrubber(tr("[removed]"));
    scrubber.addDocument(customer.document);
    scrubber.addText(customer.name);
    scrubber.addText(customer.code);
    scrubber.addText(customer.address);
    scrubber.addText(customer.observation);
    scrubber.addText(customer.debtNote);
    for (const QString& email : customer.emails)
        scrubber.addEmail(email);
    for (const QString& phone : customer.phones)
        scrubber.addPhone(phone);
    for (const CustomerContact& contact : customer.contacts) {
        scrubber.addText(contact.name);
        scrubber.addPhone(contact.phone);
        scrubber.addEmail(contact.email);
    }
    if (Status s = collectFormerValues(*customerIds, scrubber); !s)
        return s;

    // The record itself.
    const qint64 now = m_clock.nowMs();
    Customer anonymous;
    anonymous.id = customerId;
    anonymous.name = tr("Anonymized customer %1").arg(customerId);
    anonymous.document = anonymizedDocument(customerId);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE customers SET name = ?, name_key = ?, document = ?, code = NULL, address = '', "
                             "observation = '', debt_note = '', anonymized_at = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(anonymous.name);
    q.addBindValue(TextFolding::fold(anonymous.name));
    q.addBindValue(anonymous.document);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(customerId);
    if (!q.exec())
        return queryError(q);
    q.prepare(QStringLiteral("DELETE FROM customer_channels WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return queryError(q);
    q.prepare(QStringLiteral("UPDATE contacts SET name = ?, role = '', phone = '', email = '' WHERE id = ?"));
    for (const CustomerContact& contact : customer.contacts) {
        q.addBindValue(tr("Contact %1").arg(++report.contacts));
        q.addBindValue(contact.id);
        if (!q.exec())
            return queryError(q);
    }
    q.finish();
    if (Status s = m_store.writeSearchRow(anonymous); !s)
        return s;

    if (Status s = scrubOwnRecords(customerId, *tickets, scrubber, report); !s)
        return s;
    if (Status s = scrubSearchIndex(customerId, *tickets, scrubber, report); !s)
        return s;
    if (Status s = scrubAudit(*customerIds, *tickets, scrubber, report); !s)
        return s;

    return m_audit.record(
        actor, CustomerAuditFields::Entity, customerId, QStringLiteral("anonymize"),
        {FieldChange{QStringLiteral("fields"), QVariant(),
                     QStringLiteral("name,document,code,emails,phones,address,observation,debt_note,contacts")},
         FieldChange{QStringLiteral("scrubbed_audit_rows"), QVariant(), report.auditRows},
         FieldChange{QStringLiteral("scrubbed_tickets"), QVariant(), report.tickets},
         FieldChange{QStringLiteral("scrubbed_interactions"), QVariant(), report.interactions},
         FieldChange{QStringLiteral("scrubbed_search_rows"), QVariant(), report.searchRows},
         FieldChange{QStringLiteral("scrubbed_other_rows"), QVariant(), report.otherRows}});
}

Result<QList<qint64>> CustomerAnonymizer::customerIdsWithMerged(qint64 customerId) {
    // Customers merged into this one were the same person: their history holds the same personal data.
    QList<qint64> ids{customerId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto merged = idList(m_db,
                             QStringLiteral("SELECT CAST(new_value AS INTEGER) FROM audit_log WHERE entity = ? AND "
                                            "entity_id = ? AND action = 'merge' AND field = 'merged_customer_id'"),
                             {CustomerAuditFields::Entity, ids[i]});
        if (!merged)
            return merged.error();
        for (qint64 id : std::as_const(*merged)) {
            if (id > 0 && !ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

Status CustomerAnonymizer::collectFormerValues(const QList<qint64>& customerIds, CustomerTextScrubber& scrubber) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT field, old_value, new_value FROM audit_log WHERE entity = ? AND entity_id = ?"));
    for (qint64 id : customerIds) {
        q.addBindValue(CustomerAuditFields::Entity);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q);
        while (q.next()) {
            const QString field = q.value(0).toString();
            addFormerValue(scrubber, field, q.value(1).toString());
            addFormerValue(scrubber, field, q.value(2).toString());
        }
    }
    return {};
}

Status CustomerAnonymizer::scrubTicket(qint64 ticketId, int scope, const CustomerTextScrubber& scrubber,
                                       CustomerAnonymizationReport& report) {
    const Scope s = Scope(scope);
    // row_version moves on, so an editor still holding the old text cannot save it back.
    auto tickets = scrubRows(m_db,
                             QStringLiteral("SELECT id, title, description, solution, form_answers FROM tickets "
                                            "WHERE id = ?"),
                             {ticketId},
                             QStringLiteral("UPDATE tickets SET title = ?, description = ?, solution = ?, "
                                            "form_answers = ?, row_version = row_version + 1 WHERE id = ?"),
                             scrubber, s);
    if (!tickets)
        return tickets.error();
    report.tickets += *tickets;
    auto interactions =
        scrubRows(m_db, QStringLiteral("SELECT id, text, copy_to FROM interactions WHERE ticket_id = ?"), {ticketId},
                  QStringLiteral("UPDATE interactions SET text = ?, copy_to = ? WHERE id = ?"), scrubber, s);
    if (!interactions)
        return interactions.error();
    report.interactions += *interactions;
    auto mails =
        scrubRows(m_db,
                  QStringLiteral("SELECT id, to_address, cc_address, subject, body_text, body_html FROM outbox "
                                 "WHERE ticket_id = ?"),
                  {ticketId},
                  QStringLiteral("UPDATE outbox SET to_address = ?, cc_address = ?, subject = ?, "
                                 "body_text = ?, body_html = ? WHERE id = ?"),
                  scrubber, s);
    if (!mails)
        return mails.error();
    report.otherRows += *mails;
    return {};
}

Status CustomerAnonymizer::scrubOwnRecords(qint64 customerId, const QList<qint64>& tickets,
                                           const CustomerTextScrubber& scrubber, CustomerAnonymizationReport& report) {
    // Mails to the person's addresses are theirs, whatever ticket they came from; those not sent yet would now go
    // to "[removed]", so they are cancelled.
    for (const QString& needle : scrubber.identifierNeedles()) {
        if (!needle.contains(u'@'))
            continue;
        const QString where = QStringLiteral(" FROM outbox WHERE instr(lower(to_address), ?) > 0 OR "
                                             "instr(lower(cc_address), ?) > 0");
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', last_error = 'anonymized' WHERE id IN "
                                 "(SELECT id") +
                  where + QStringLiteral(") AND state IN ('queued', 'failed_temporary')"));
        q.addBindValue(needle);
        q.addBindValue(needle);
        if (!q.exec())
            return queryError(q);
        auto mails =
            scrubRows(m_db, QStringLiteral("SELECT id, to_address, cc_address, subject, body_text, body_html") + where,
                      {needle, needle},
                      QStringLiteral("UPDATE outbox SET to_address = ?, cc_address = ?, subject = ?, "
                                     "body_text = ?, body_html = ? WHERE id = ?"),
                      scrubber, Scope::Everything);
        if (!mails)
            return mails.error();
        report.otherRows += *mails;
    }
    for (qint64 ticket : tickets) {
        if (Status s = scrubTicket(ticket, int(Scope::Everything), scrubber, report); !s)
            return s;
    }
    auto records =
        scrubRows(m_db, QStringLiteral("SELECT id, summary FROM contact_records WHERE customer_id = ?"), {customerId},
                  QStringLiteral("UPDATE contact_records SET summary = ? WHERE id = ?"), scrubber, Scope::Everything);
    if (!records)
        return records.error();
    auto captures = scrubRows(
        m_db, QStringLiteral("SELECT id, property_data FROM capture_processes WHERE owner_id = ?"), {customerId},
        QStringLiteral("UPDATE capture_processes SET property_data = ? WHERE id = ?"), scrubber, Scope::Everything);
    if (!captures)
        return captures.error();
    report.otherRows += *records + *captures;
    return {};
}

Status CustomerAnonymizer::scrubSearchIndex(qint64 customerId, const QList<qint64>& tickets,
                                            const CustomerTextScrubber& scrubber, CustomerAnonymizationReport& report) {
    struct Row {
        QString title;
        QString body;
    };
    for (const SearchHit::Kind kind : {SearchHit::Kind::Ticket, SearchHit::Kind::Customer, SearchHit::Kind::Article}) {
        const QString table = SearchIndex::tableFor(kind);
        const bool isTicket = kind == SearchHit::Kind::Ticket;
        // The index finds the rows holding any former value; reading every row would take minutes on a large base.
        QHash<qint64, Row> rows;
        {
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            // PostgreSQL: the phrase is split into words as the indexed text was (atende_search_words, migration
            // 0004: an e-mail becomes its words) and looked for as a phrase, as FTS5 does with a quoted one.
            q.prepare(m_db.isPostgres()
                          ? QStringLiteral("SELECT id, title, body FROM %1 WHERE document @@ "
                                           "phraseto_tsquery('simple', atende_search_words(?))")
                                .arg(table)
                          : QStringLiteral("SELECT rowid, title, body FROM %1 WHERE %1 MATCH ?").arg(table));
            for (const QString& query : scrubber.searchQueries(Scope::Everything)) {
                q.addBindValue(m_db.isPostgres() ? QString(query).remove(QLatin1Char('"')) : query);
                if (!q.exec())
                    return queryError(q);
                while (q.next())
                    rows.insert(q.value(0).toLongLong(), Row{q.value(1).toString(), q.value(2).toString()});
            }
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const qint64 refId = it.key();
            const Row& row = it.value();
            if (kind == SearchHit::Kind::Customer && refId == customerId)
                continue; // written anew above
            const Scope scope = isTicket && tickets.contains(refId) ? Scope::Everything : Scope::Identifiers;
            const QString title = scrubber.scrub(row.title, scope);
            const QString body = scrubber.scrub(row.body, scope);
            if (title == row.title && body == row.body)
                continue;
            if (Status s = SearchIndex::write(m_db, kind, refId, title, body); !s)
                return s;
            ++report.searchRows;
            // Another customer's ticket that quotes one of this person's identifiers: its texts hold it too.
            if (isTicket && scope == Scope::Identifiers) {
                if (Status s = scrubTicket(refId, int(Scope::Identifiers), scrubber, report); !s)
                    return s;
            }
        }
        // FTS5 deletes by adding "delete" entries; the old tokens stay in the older index segments until they are
        // merged. 'optimize' merges every segment into one, so no former value survives inside the index.
        if (Status s = SearchIndex::optimize(m_db, kind); !s)
            return s;
    }
    return {};
}

Status CustomerAnonymizer::scrubAudit(const QList<qint64>& customerIds, const QList<qint64>& tickets,
                                      const CustomerTextScrubber& scrubber, CustomerAnonymizationReport& report) {
    const QString placeholder = tr("[removed]");
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE audit_log SET old_value = ?, new_value = ? WHERE id = ?"));
    auto write = [&](qint64 id, const QVariant& oldValue, const QVariant& newValue) -> Status {
        update.addBindValue(oldValue);
        update.addBindValue(newValue);
        update.addBindValue(id);
        if (!update.exec())
            return queryError(update);
        ++report.auditRows;
        return {};
    };

    // The customer's own history: personal fields replaced whole, the others scrubbed.
    struct Row {
        qint64 id;
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    QList<Row> own;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, field, old_value, new_value FROM audit_log WHERE entity = ? AND "
                                 "entity_id = ?"));
        for (qint64 id : customerIds) {
            q.addBindValue(CustomerAuditFields::Entity);
            q.addBindValue(id);
            if (!q.exec())
                return queryError(q);
            while (q.next())
                own.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2), q.value(3)});
        }
    }
    for (const Row& row : std::as_const(own)) {
        auto clean = [&](const QVariant& value) -> QVariant {
            if (value.isNull() || value.toString().isEmpty())
                return value;
            if (CustomerAuditFields::isPersonal(row.field))
                return placeholder;
            return scrubber.scrub(value.toString(), Scope::Everything);
        };
        const QVariant oldValue = clean(row.oldValue);
        const QVariant newValue = clean(row.newValue);
        if (oldValue.toString() == row.oldValue.toString() && newValue.toString() == row.newValue.toString())
            continue;
        if (Status s = write(row.id, oldValue, newValue); !s)
            return s;
    }

    // The history of its tickets belongs to it too.
    for (qint64 ticket : tickets) {
        auto scrubbed = scrubRows(
            m_db,
            QStringLiteral("SELECT id, old_value, new_value FROM audit_log WHERE entity = 'ticket' AND entity_id = ?"),
            {ticket}, QStringLiteral("UPDATE audit_log SET old_value = ?, new_value = ? WHERE id = ?"), scrubber,
            Scope::Everything);
        if (!scrubbed)
            return scrubbed.error();
        report.auditRows += *scrubbed;
    }

    // Anywhere else, the identifiers: one pass over the history, pre-filtered in SQL.
    const QStringList needles = scrubber.identifierNeedles();
    if (needles.isEmpty())
        return {};
    QStringList conditions;
    QVariantList values;
    for (const QString& needle : needles) {
        conditions.append(QStringLiteral("instr(lower(old_value), ?) > 0 OR instr(lower(new_value), ?) > 0"));
        values << needle << needle;
    }
    auto scrubbed = scrubRows(m_db,
                              QStringLiteral("SELECT id, old_value, new_value FROM audit_log WHERE ") +
                                  conditions.join(QStringLiteral(" OR ")),
                              values, QStringLiteral("UPDATE audit_log SET old_value = ?, new_value = ? WHERE id = ?"),
                              scrubber, Scope::Identifiers);
    if (!scrubbed)
        return scrubbed.error();
    report.auditRows += *scrubbed;
    return {};
}

Result<bool> CustomerAnonymizer::checkpoint() {
    QSqlQuery q(m_db.connection());
    if (m_db.isPostgres()) {
        // The removed rows stay as dead tuples until VACUUM marks their space free for new rows; run it now on the
        // tables that held the person's data (overwriting the server's disk pages is its administrator's job:
        // admin guide, "LGPD on a server").
        return q.exec(QStringLiteral("VACUUM %1").arg(QLatin1String(PersonalTables)));
    }
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return queryError(q);
    return q.value(0).toInt() == 0; // busy flag
}

} // namespace atende
