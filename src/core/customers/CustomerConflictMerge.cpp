#include "customers/CustomerConflictMerge.h"

#include "conflicts/LastChangeQuery.h"
#include "customers/CustomerAuditFields.h"
#include "customers/CustomerValidator.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <functional>

namespace atende {

namespace {

// How one field is read from a customer and copied from the agent's version into the merged one.
struct CustomerField {
    const char* name;
    std::function<QVariant(const Customer&)> get;
    std::function<void(Customer&, const Customer&)> copy;
};

#define ATENDE_CUSTOMER_FIELD(column, member, reader)                                                                  \
    CustomerField {                                                                                                    \
        column, [](const Customer& c) { return reader(c.member); },                                                    \
            [](Customer& to, const Customer& from) { to.member = from.member; }                                        \
    }

QVariant plain(const QVariant& v) {
    return v;
}
QVariant idValue(const std::optional<qint64>& v) {
    return v ? QVariant(*v) : QVariant();
}
QVariant kindValue(Customer::Kind kind) {
    return Customer::kindCode(kind);
}
QVariant listValue(const QStringList& list) {
    return list.join(CustomerAuditFields::ListSeparator);
}
// Contacts compare by id and every detail, one line each; the id is left out of what a person reads.
QVariant contactsValue(const QList<CustomerContact>& contacts) {
    QStringList lines;
    for (const CustomerContact& c : contacts)
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(c.id).arg(c.name, c.role, c.phone, c.email));
    return lines.join(QLatin1Char('\n'));
}

const QList<CustomerField>& customerFields() {
    static const QList<CustomerField> fields{
        ATENDE_CUSTOMER_FIELD("name", name, plain),
        ATENDE_CUSTOMER_FIELD("kind", kind, kindValue),
        ATENDE_CUSTOMER_FIELD("document", document, plain),
        ATENDE_CUSTOMER_FIELD("code", code, plain),
        ATENDE_CUSTOMER_FIELD("phones", phones, listValue),
        ATENDE_CUSTOMER_FIELD("emails", emails, listValue),
        ATENDE_CUSTOMER_FIELD("plan", plan, plain),
        ATENDE_CUSTOMER_FIELD("partner_id", partnerId, idValue),
        ATENDE_CUSTOMER_FIELD("observation", observation, plain),
        ATENDE_CUSTOMER_FIELD("in_debt", inDebt, plain),
        ATENDE_CUSTOMER_FIELD("debt_note", debtNote, plain),
        ATENDE_CUSTOMER_FIELD("license_days_overdue", licenseDaysOverdue, plain),
        ATENDE_CUSTOMER_FIELD("has_portal_access", hasPortalAccess, plain),
        ATENDE_CUSTOMER_FIELD("address", address, plain),
        ATENDE_CUSTOMER_FIELD("city", city, plain),
        ATENDE_CUSTOMER_FIELD("state", state, plain),
        ATENDE_CUSTOMER_FIELD("contacts", contacts, contactsValue),
    };
    return fields;
}

#undef ATENDE_CUSTOMER_FIELD

QString fieldLabel(const QString& field) {
    if (field == QLatin1String("name"))
        return CustomerConflictMerge::tr("Name");
    if (field == QLatin1String("kind"))
        return CustomerConflictMerge::tr("Kind");
    if (field == QLatin1String("document"))
        return CustomerConflictMerge::tr("CPF/CNPJ");
    if (field == QLatin1String("code"))
        return CustomerConflictMerge::tr("Code");
    if (field == QLatin1String("phones"))
        return CustomerConflictMerge::tr("Phones");
    if (field == QLatin1String("emails"))
        return CustomerConflictMerge::tr("E-mails");
    if (field == QLatin1String("plan"))
        return CustomerConflictMerge::tr("Plan");
    if (field == QLatin1String("partner_id"))
        return CustomerConflictMerge::tr("Partner");
    if (field == QLatin1String("observation"))
        return CustomerConflictMerge::tr("Notes");
    if (field == QLatin1String("in_debt"))
        return CustomerConflictMerge::tr("In debt");
    if (field == QLatin1String("debt_note"))
        return CustomerConflictMerge::tr("Debt note");
    if (field == QLatin1String("license_days_overdue"))
        return CustomerConflictMerge::tr("Licence days overdue");
    if (field == QLatin1String("has_portal_access"))
        return CustomerConflictMerge::tr("Portal access");
    if (field == QLatin1String("address"))
        return CustomerConflictMerge::tr("Address");
    if (field == QLatin1String("city"))
        return CustomerConflictMerge::tr("City");
    if (field == QLatin1String("state"))
        return CustomerConflictMerge::tr("State");
    if (field == QLatin1String("contacts"))
        return CustomerConflictMerge::tr("Contacts");
    return field;
}

} // namespace

CustomerConflictMerge::CustomerConflictMerge(Database& db, const Clock& clock)
    : m_db(db)
    , m_customers(db, clock) {}

QString CustomerConflictMerge::describe(const QString& field, const QVariant& value) {
    if (field == QLatin1String("partner_id")) {
        if (value.isNull() || !value.isValid())
            return tr("(none)");
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT name FROM directory_entries WHERE id = ?"));
        q.addBindValue(value.toLongLong());
        if (q.exec() && q.next())
            return q.value(0).toString();
        return QStringLiteral("#%1").arg(value.toLongLong());
    }
    if (field == QLatin1String("kind"))
        return value.toString() == QLatin1String("PJ") ? tr("Company (CNPJ)") : tr("Individual (CPF)");
    if (field == QLatin1String("in_debt") || field == QLatin1String("has_portal_access"))
        return value.toBool() ? tr("Yes") : tr("No");
    if (field == QLatin1String("contacts")) {
        QStringList lines;
        for (const QString& line : value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QStringList parts = line.split(QLatin1Char('\t'));
            parts.removeFirst(); // the id
            parts.removeAll(QString());
            lines.append(parts.join(QStringLiteral(", ")));
        }
        return lines.isEmpty() ? tr("(none)") : lines.join(QLatin1Char('\n'));
    }
    const QString text = value.toString();
    return text.isEmpty() ? tr("(empty)") : text;
}

Result<CustomerConflict> CustomerConflictMerge::compare(const Actor& actor, const Customer& base,
                                                        const Customer& mine) {
    auto current = m_customers.get(actor, base.id);
    if (!current)
        return current.error();
    auto last = LastChangeQuery(m_db).of(CustomerAuditFields::Entity, base.id);
    if (!last)
        return last.error();
    CustomerConflict conflict;
    conflict.base = base;
    conflict.mine = mine;
    // What was typed ("123.456.789-09", "11 98765 4321") compares in the stored form, as a save would write it;
    // masked values are left as they are (they match the masked base and theirs).
    if (!mine.personalDataMasked) {
        Customer normalized = mine;
        if (CustomerValidator::normalize(normalized).isEmpty())
            conflict.mine = normalized;
    }
    conflict.theirs = *current;
    conflict.record.currentRowVersion = current->rowVersion;
    conflict.record.changedByName = last->userName;
    conflict.record.changedAt = last->at ? last->at : std::optional<qint64>(current->updatedAt);
    for (const CustomerField& f : customerFields()) {
        const QString name = QString::fromLatin1(f.name);
        const QVariant b = f.get(base);
        const QVariant m = f.get(conflict.mine);
        const QVariant t = f.get(conflict.theirs);
        conflict.record.addField(name, fieldLabel(name), b, m, t, describe(name, b), describe(name, m),
                                 describe(name, t));
    }
    return conflict;
}

Customer CustomerConflictMerge::merged(const CustomerConflict& conflict) {
    Customer out = conflict.theirs;
    for (const CustomerField& f : customerFields()) {
        if (conflict.record.takesMine(QString::fromLatin1(f.name)))
            f.copy(out, conflict.mine);
    }
    out.rowVersion = conflict.record.currentRowVersion;
    return out;
}

Result<qint64> CustomerConflictMerge::save(const Actor& actor, const CustomerConflict& conflict) {
    if (!conflict.record.isResolved())
        return conflict.record.undecidedError();
    return m_customers.update(actor, merged(conflict), QStringLiteral("merge"));
}

} // namespace atende
