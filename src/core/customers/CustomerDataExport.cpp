#include "customers/CustomerDataExport.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/CustomerAuditFields.h"
#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace atende {

namespace {

QJsonValue timeValue(const QVariant& ms) {
    if (ms.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

// Every row of `sql` as an object keyed by column name; columns ending in "_at" become ISO 8601 UTC times and JSON
// text columns (form answers, property data) are embedded as JSON.
Result<QJsonArray> rowsOf(Database& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return CustomerStore::storageError(q.lastError().text());
    QJsonArray out;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int c = 0; c < record.count(); ++c) {
            const QString name = record.fieldName(c);
            const QVariant value = q.value(c);
            if (name.endsWith(QLatin1String("_at"))) {
                row.insert(name, timeValue(value));
            } else if (name == QLatin1String("form_answers") || name == QLatin1String("property_data")) {
                const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
                row.insert(name, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(value.toString()));
            } else {
                row.insert(name, QJsonValue::fromVariant(value));
            }
        }
        out.append(row);
    }
    return out;
}

} // namespace

CustomerDataExport::CustomerDataExport(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock)
    , m_store(db) {}

Result<QJsonDocument> CustomerDataExport::exportCustomer(const Actor& actor, qint64 customerId) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, CustomerAuditFields::Entity, customerId,
                                   QStringLiteral("export_data"));
        !s)
        return s.error();
    if (Status s = m_guard.require(actor, Permission::PersonalDataView, CustomerAuditFields::Entity, customerId,
                                   QStringLiteral("export_data"));
        !s)
        return s.error();

    // One read transaction: the parts of the document are from the same moment.
    if (Status s = m_db.execRaw(QStringLiteral("BEGIN")); !s)
        return CustomerStore::storageError(s.error().detail);
    auto finish = [this]() { m_db.rollback(); };

    auto loaded = m_store.load(customerId);
    if (!loaded || !*loaded) {
        finish();
        if (!loaded)
            return loaded.error();
        return Error::make(Error::Code::NotFound, tr("This customer no longer exists. Search for it again."),
                           QStringLiteral("customer not found"));
    }
    const Customer& c = **loaded;

    QJsonObject customer{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("kind"), Customer::kindCode(c.kind)},
        {QStringLiteral("document"), DocumentNumber::formatNormalized(c.document)},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("emails"), QJsonArray::fromStringList(c.emails)},
        {QStringLiteral("phones"), QJsonArray::fromStringList(c.phones)},
        {QStringLiteral("plan"), c.plan},
        {QStringLiteral("partnerId"), c.partnerId ? QJsonValue(*c.partnerId) : QJsonValue::Null},
        {QStringLiteral("observation"), c.observation},
        {QStringLiteral("inDebt"), c.inDebt},
        {QStringLiteral("debtNote"), c.debtNote},
        {QStringLiteral("licenseDaysOverdue"), c.licenseDaysOverdue},
        {QStringLiteral("hasPortalAccess"), c.hasPortalAccess},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("state"), c.state},
        {QStringLiteral("createdAt"), timeValue(c.createdAt)},
        {QStringLiteral("updatedAt"), timeValue(c.updatedAt)},
        {QStringLiteral("anonymizedAt"), c.anonymizedAt ? timeValue(*c.anonymizedAt) : QJsonValue::Null},
    };
    QJsonArray contacts;
    for (const CustomerContact& contact : c.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("id"), contact.id},
                                    {QStringLiteral("name"), contact.name},
                                    {QStringLiteral("role"), contact.role},
                                    {QStringLiteral("phone"), contact.phone},
                                    {QStringLiteral("email"), contact.email}});
    }

    struct Part {
        const char* key;
        const char* sql;
    };
    const Part parts[] = {
        {"partner", "SELECT d.id, d.name, d.email, d.phone FROM directory_entries d JOIN customers c "
                    "ON c.partner_id = d.id WHERE c.id = ?"},
        {"contactRecords", "SELECT protocol, channel, started_at, ended_at, summary FROM contact_records "
                           "WHERE customer_id = ? ORDER BY started_at, id"},
        {"properties", "SELECT id, code, address, city, state, status FROM properties WHERE owner_id = ? ORDER BY id"},
        {"rentalContracts", "SELECT id, property_id, tenant_id, owner_id, active, started_on, ended_on FROM "
                            "rental_contracts WHERE ? IN (tenant_id, owner_id) ORDER BY id"},
        {"rentalProcesses", "SELECT id, property_id, status, created_at, ticket_id FROM rental_processes "
                            "WHERE customer_id = ? ORDER BY id"},
        {"captureProcesses", "SELECT id, property_id, property_data, status, created_at, ticket_id FROM "
                             "capture_processes WHERE owner_id = ? ORDER BY id"},
    };
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("atende.customer-data")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("exportedAt"), timeValue(m_clock.nowMs())},
        {QStringLiteral("customer"), customer},
        {QStringLiteral("contacts"), contacts},
    };
    for (const Part& part : parts) {
        auto rows = rowsOf(m_db, QString::fromLatin1(part.sql), {customerId});
        if (!rows) {
            finish();
            return rows.error();
        }
        root.insert(QString::fromLatin1(part.key), *rows);
    }

    auto tickets = rowsOf(m_db,
                          QStringLiteral("SELECT t.id, t.protocol, t.kind, t.title, t.description, t.solution, "
                                         "s.name AS status, se.name AS sector, sub.name AS subject, "
                                         "subsub.name AS sub_subject, t.opened_at, t.updated_at, t.resolved_at, "
                                         "t.closed_at, t.form_answers FROM tickets t "
                                         "JOIN workflow_statuses s ON s.id = t.status_id "
                                         "LEFT JOIN sectors se ON se.id = t.sector_id "
                                         "LEFT JOIN subjects sub ON sub.id = t.subject_id "
                                         "LEFT JOIN subjects subsub ON subsub.id = t.sub_subject_id "
                                         "WHERE t.customer_id = ? ORDER BY t.opened_at, t.id"),
                          {customerId});
    if (!tickets) {
        finish();
        return tickets.error();
    }
    QJsonArray ticketsWithDetails;
    for (const QJsonValue& value : std::as_const(*tickets)) {
        QJsonObject ticket = value.toObject();
        const qint64 ticketId = ticket.value(QStringLiteral("id")).toInteger();
        auto interactions = rowsOf(m_db,
                                   QStringLiteral("SELECT i.at AS recorded_at, i.kind, i.channel, i.text, "
                                                  "i.visible_to_customer, i.emailed_to_customer, i.copy_to, "
                                                  "u.name AS author FROM interactions i LEFT JOIN users u ON "
                                                  "u.id = i.author_id WHERE i.ticket_id = ? ORDER BY i.at, i.id"),
                                   {ticketId});
        auto attachments = rowsOf(m_db,
                                  QStringLiteral("SELECT file_name, mime_type, size, sha256, created_at FROM "
                                                 "attachments WHERE ticket_id = ? ORDER BY id"),
                                  {ticketId});
        if (!interactions || !attachments) {
            finish();
            return !interactions ? interactions.error() : attachments.error();
        }
        ticket.insert(QStringLiteral("interactions"), *interactions);
        ticket.insert(QStringLiteral("attachments"), *attachments);
        ticketsWithDetails.append(ticket);
    }
    root.insert(QStringLiteral("tickets"), ticketsWithDetails);
    finish();

    if (Status s = m_db.begin(); !s)
        return CustomerStore::storageError(s.error().detail);
    Status recorded = m_audit.record(actor, CustomerAuditFields::Entity, customerId, QStringLiteral("export_data"));
    if (recorded)
        recorded = m_db.commit();
    if (!recorded) {
        m_db.rollback();
        return CustomerStore::storageError(recorded.error().detail);
    }
    return QJsonDocument(root);
}

} // namespace atende
