#include "customers/CustomerPrivacy.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "docs/DocumentNumber.h"
#include "util/LogMasking.h"

namespace atende {

namespace {

// Each masked value in `incoming` takes the first stored value, not used yet, that masks to it; order kept.
QStringList restoreList(const QStringList& stored, const QStringList& incoming, QString (*mask)(const QString&)) {
    QStringList out;
    QList<bool> used(stored.size(), false);
    for (const QString& value : incoming) {
        QString restored = value;
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (!used[i] && mask(stored[i]) == value) {
                used[i] = true;
                restored = stored[i];
                break;
            }
        }
        out.append(restored);
    }
    return out;
}

} // namespace

bool CustomerPrivacy::seesPersonalData(const Actor& actor) {
    return actor.can(Permission::PersonalDataView);
}

QString CustomerPrivacy::maskDocument(const QString& normalized) {
    return DocumentNumber::maskNormalized(normalized);
}

QString CustomerPrivacy::maskEmail(const QString& email) {
    return email.isEmpty() ? email : LogMasking::email(email);
}

QString CustomerPrivacy::maskPhone(const QString& phone) {
    return phone.isEmpty() ? phone : LogMasking::phone(phone);
}

Customer CustomerPrivacy::masked(Customer customer) {
    if (customer.personalDataMasked)
        return customer;
    customer.document = maskDocument(customer.document);
    for (QString& email : customer.emails)
        email = maskEmail(email);
    for (QString& phone : customer.phones)
        phone = maskPhone(phone);
    for (CustomerContact& contact : customer.contacts) {
        contact.phone = maskPhone(contact.phone);
        contact.email = maskEmail(contact.email);
    }
    customer.personalDataMasked = true;
    return customer;
}

Customer CustomerPrivacy::forActor(const Actor& actor, Customer customer) {
    return seesPersonalData(actor) ? customer : masked(std::move(customer));
}

Customer CustomerPrivacy::restoreMasked(const Customer& stored, Customer incoming) {
    if (incoming.document == maskDocument(stored.document))
        incoming.document = stored.document;
    incoming.emails = restoreList(stored.emails, incoming.emails, &CustomerPrivacy::maskEmail);
    incoming.phones = restoreList(stored.phones, incoming.phones, &CustomerPrivacy::maskPhone);
    for (CustomerContact& contact : incoming.contacts) {
        for (const CustomerContact& old : stored.contacts) {
            if (contact.id == 0 || old.id != contact.id)
                continue;
            if (contact.phone == maskPhone(old.phone))
                contact.phone = old.phone;
            if (contact.email == maskEmail(old.email))
                contact.email = old.email;
        }
    }
    incoming.personalDataMasked = false;
    return incoming;
}

} // namespace atende
