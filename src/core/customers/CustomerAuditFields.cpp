#include "customers/CustomerAuditFields.h"

#include <QPair>

namespace atende {

namespace {

using Values = QList<QPair<QString, QVariant>>;

Values customerValues(const Customer& c) {
    return {
        {QStringLiteral("kind"), Customer::kindCode(c.kind)},
        {QStringLiteral("document"), c.document},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("emails"), c.emails.join(CustomerAuditFields::ListSeparator)},
        {QStringLiteral("phones"), c.phones.join(CustomerAuditFields::ListSeparator)},
        {QStringLiteral("plan"), c.plan},
        {QStringLiteral("partner_id"), c.partnerId ? QVariant(*c.partnerId) : QVariant()},
        {QStringLiteral("observation"), c.observation},
        {QStringLiteral("in_debt"), c.inDebt ? 1 : 0},
        {QStringLiteral("debt_note"), c.debtNote},
        {QStringLiteral("license_days_overdue"), c.licenseDaysOverdue},
        {QStringLiteral("has_portal_access"), c.hasPortalAccess ? 1 : 0},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("state"), c.state},
    };
}

Values contactValues(const CustomerContact& contact) {
    const QString prefix = QStringLiteral("contact.%1.").arg(contact.id);
    return {
        {prefix + QStringLiteral("name"), contact.name},
        {prefix + QStringLiteral("role"), contact.role},
        {prefix + QStringLiteral("phone"), contact.phone},
        {prefix + QStringLiteral("email"), contact.email},
    };
}

bool isBlank(const QVariant& value) {
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

QList<FieldChange> created(const Values& values) {
    QList<FieldChange> out;
    for (const auto& [field, value] : values) {
        if (!isBlank(value))
            out.append(FieldChange{field, QVariant(), value});
    }
    return out;
}

QList<FieldChange> removed(const Values& values) {
    QList<FieldChange> out;
    for (const auto& [field, value] : values) {
        if (!isBlank(value))
            out.append(FieldChange{field, value, QVariant()});
    }
    return out;
}

QList<FieldChange> changed(const Values& before, const Values& after) {
    QList<FieldChange> out;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].second != after[i].second)
            out.append(FieldChange{before[i].first, before[i].second, after[i].second});
    }
    return out;
}

} // namespace

QList<FieldChange> CustomerAuditFields::creation(const Customer& c) {
    QList<FieldChange> out = created(customerValues(c));
    for (const CustomerContact& contact : c.contacts)
        out.append(contactCreation(contact));
    return out;
}

QList<FieldChange> CustomerAuditFields::removal(const Customer& c) {
    QList<FieldChange> out = removed(customerValues(c));
    for (const CustomerContact& contact : c.contacts)
        out.append(contactRemoval(contact));
    return out;
}

QList<FieldChange> CustomerAuditFields::changes(const Customer& before, const Customer& after) {
    QList<FieldChange> out = changed(customerValues(before), customerValues(after));
    for (const CustomerContact& old : before.contacts) {
        const auto it = std::find_if(after.contacts.cbegin(), after.contacts.cend(),
                                     [&old](const CustomerContact& c) { return c.id == old.id; });
        if (it == after.contacts.cend())
            out.append(contactRemoval(old));
        else
            out.append(contactChanges(old, *it));
    }
    for (const CustomerContact& contact : after.contacts) {
        const bool existed = std::any_of(before.contacts.cbegin(), before.contacts.cend(),
                                         [&contact](const CustomerContact& c) { return c.id == contact.id; });
        if (!existed)
            out.append(contactCreation(contact));
    }
    return out;
}

QList<FieldChange> CustomerAuditFields::contactCreation(const CustomerContact& contact) {
    return created(contactValues(contact));
}

QList<FieldChange> CustomerAuditFields::contactChanges(const CustomerContact& before, const CustomerContact& after) {
    return changed(contactValues(before), contactValues(after));
}

QList<FieldChange> CustomerAuditFields::contactRemoval(const CustomerContact& contact) {
    return removed(contactValues(contact));
}

bool CustomerAuditFields::isPersonal(const QString& field) {
    static const QStringList personal{QStringLiteral("document"),  QStringLiteral("code"),
                                      QStringLiteral("name"),      QStringLiteral("emails"),
                                      QStringLiteral("phones"),    QStringLiteral("observation"),
                                      QStringLiteral("debt_note"), QStringLiteral("address")};
    return personal.contains(field) || field.startsWith(QLatin1String("contact."));
}

} // namespace atende
