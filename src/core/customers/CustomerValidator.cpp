#include "customers/CustomerValidator.h"

#include "customers/ChannelFormat.h"
#include "docs/DocumentNumber.h"

#include <QSet>

namespace atende {

namespace {

using Issue = CustomerValidator::Issue;

// One-line text: trimmed, inner runs of spaces kept as typed. A line break is a problem, reported by the caller.
QString oneLine(const QString& text) {
    return text.trimmed();
}

// Multi-line text (notes): line endings unified, trailing space dropped. Tabs and line breaks are fine there.
QString multiLine(const QString& text) {
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(u'\r', u'\n');
    return out.trimmed();
}

bool hasForbiddenInMultiLine(const QString& text) {
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\t')
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

void checkOneLine(QList<Issue>& issues, const QString& field, QString& value, int maxLength, const QString& label) {
    value = oneLine(value);
    if (ChannelFormat::hasControlCharacters(value)) {
        issues.append(
            {field, CustomerValidator::tr("%1 must be a single line, without line breaks or tabs.").arg(label)});
    } else if (value.size() > maxLength) {
        issues.append(
            {field,
             CustomerValidator::tr("%1 is too long: use at most %n characters.", nullptr, maxLength).arg(label)});
    }
}

void checkMultiLine(QList<Issue>& issues, const QString& field, QString& value, int maxLength, const QString& label) {
    value = multiLine(value);
    if (hasForbiddenInMultiLine(value)) {
        issues.append(
            {field, CustomerValidator::tr("%1 has control characters that cannot be saved; retype it.").arg(label)});
    } else if (value.size() > maxLength) {
        issues.append(
            {field,
             CustomerValidator::tr("%1 is too long: use at most %n characters.", nullptr, maxLength).arg(label)});
    }
}

// Normalises the e-mails of a list in place; repeated ones (any case) are dropped.
void normalizeEmails(QList<Issue>& issues, QStringList& emails) {
    QStringList out;
    QSet<QString> seen;
    for (const QString& typed : std::as_const(emails)) {
        const QString email = typed.trimmed();
        if (email.isEmpty())
            continue;
        if (auto issue = CustomerValidator::checkEmail(email)) {
            issues.append({QStringLiteral("emails"), issue->message});
            continue;
        }
        if (seen.contains(ChannelFormat::emailKey(email)))
            continue;
        seen.insert(ChannelFormat::emailKey(email));
        out.append(email);
    }
    if (out.size() > CustomerValidator::MaxChannels) {
        issues.append(
            {QStringLiteral("emails"), CustomerValidator::tr("A customer may have at most %n e-mail addresses.",
                                                             nullptr, CustomerValidator::MaxChannels)});
    }
    emails = out;
}

void normalizePhones(QList<Issue>& issues, QStringList& phones) {
    QStringList out;
    QSet<QString> seen;
    for (const QString& typed : std::as_const(phones)) {
        if (typed.trimmed().isEmpty())
            continue;
        if (auto issue = CustomerValidator::checkPhone(typed)) {
            issues.append({QStringLiteral("phones"), issue->message});
            continue;
        }
        const QString digits = ChannelFormat::phoneDigits(typed);
        if (seen.contains(digits))
            continue;
        seen.insert(digits);
        out.append(ChannelFormat::formatPhone(digits));
    }
    if (out.size() > CustomerValidator::MaxChannels) {
        issues.append({QStringLiteral("phones"), CustomerValidator::tr("A customer may have at most %n phone numbers.",
                                                                       nullptr, CustomerValidator::MaxChannels)});
    }
    phones = out;
}

} // namespace

std::optional<Issue> CustomerValidator::checkName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Issue{QStringLiteral("name"), tr("Enter the customer's name.")};
    if (ChannelFormat::hasControlCharacters(trimmed))
        return Issue{QStringLiteral("name"), tr("The name must be a single line, without line breaks or tabs.")};
    if (trimmed.size() > MaxNameLength)
        return Issue{QStringLiteral("name"),
                     tr("The name is too long: use at most %n characters.", nullptr, MaxNameLength)};
    return std::nullopt;
}

std::optional<Issue> CustomerValidator::checkDocument(Customer::Kind kind, const QString& typed) {
    const QString field = QStringLiteral("document");
    const DocumentNumber doc = DocumentNumber::parse(typed);
    if (typed.trimmed().isEmpty()) {
        return Issue{field,
                     kind == Customer::Kind::PF ? tr("Enter the customer's CPF.") : tr("Enter the company's CNPJ.")};
    }
    if (kind == Customer::Kind::PF && doc.kind() == DocumentNumber::Kind::Cnpj) {
        return Issue{field, tr("This is a CNPJ: an individual (PF) is identified by a CPF. Type the CPF, or register "
                               "the customer as a company (PJ).")};
    }
    if (kind == Customer::Kind::PJ && doc.kind() == DocumentNumber::Kind::Cpf) {
        return Issue{field, tr("This is a CPF: a company (PJ) is identified by a CNPJ. Type the CNPJ, or register "
                               "the customer as an individual (PF).")};
    }
    if (!doc.isValid())
        return Issue{field, doc.errorReason()};
    return std::nullopt;
}

std::optional<Issue> CustomerValidator::checkEmail(const QString& email) {
    if (!ChannelFormat::isValidEmail(email.trimmed())) {
        return Issue{QStringLiteral("emails"),
                     tr("\"%1\" is not a valid e-mail address. Use the form name@company.com.br, on one line.")
                         .arg(email.trimmed().left(60).simplified())};
    }
    return std::nullopt;
}

std::optional<Issue> CustomerValidator::checkPhone(const QString& phone) {
    if (ChannelFormat::phoneDigits(phone).isEmpty()) {
        return Issue{QStringLiteral("phones"),
                     tr("\"%1\" is not a phone number with DDD. Type the area code and the number, e.g. "
                        "(11) 98765-4321 or (11) 3333-4444.")
                         .arg(phone.trimmed().left(40).simplified())};
    }
    return std::nullopt;
}

QList<Issue> CustomerValidator::normalize(Customer& c) {
    QList<Issue> issues;

    c.name = oneLine(c.name);
    if (auto issue = checkName(c.name))
        issues.append(*issue);

    if (auto issue = checkDocument(c.kind, c.document))
        issues.append(*issue);
    else
        c.document = DocumentNumber::parse(c.document).normalized();

    checkOneLine(issues, QStringLiteral("code"), c.code, MaxCodeLength, tr("The customer code"));
    checkOneLine(issues, QStringLiteral("plan"), c.plan, MaxPlanLength, tr("The plan"));
    checkMultiLine(issues, QStringLiteral("observation"), c.observation, MaxObservationLength, tr("The access notes"));
    checkMultiLine(issues, QStringLiteral("debt_note"), c.debtNote, MaxDebtNoteLength, tr("The finance note"));
    checkOneLine(issues, QStringLiteral("address"), c.address, MaxAddressLength, tr("The address"));
    checkOneLine(issues, QStringLiteral("city"), c.city, MaxCityLength, tr("The city"));

    c.state = c.state.trimmed().toUpper();
    if (!c.state.isEmpty()) {
        const bool twoLetters = c.state.size() == 2 && c.state.at(0) >= u'A' && c.state.at(0) <= u'Z' &&
                                c.state.at(1) >= u'A' && c.state.at(1) <= u'Z';
        if (!twoLetters)
            issues.append({QStringLiteral("state"), tr("The state (UF) must be its two letters, e.g. SP or RJ.")});
    }

    if (c.licenseDaysOverdue < 0 || c.licenseDaysOverdue > 36500) {
        issues.append({QStringLiteral("license_days_overdue"),
                       tr("The days the license is overdue must be a number from 0 to 36500.")});
    }

    normalizeEmails(issues, c.emails);
    normalizePhones(issues, c.phones);

    if (c.contacts.size() > MaxContacts) {
        issues.append(
            {QStringLiteral("contacts"), tr("A customer may have at most %n contacts.", nullptr, MaxContacts)});
    }
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        CustomerContact& contact = c.contacts[i];
        const QString prefix = QStringLiteral("contacts.%1.").arg(i);
        contact.name = oneLine(contact.name);
        if (contact.name.isEmpty()) {
            issues.append({prefix + QStringLiteral("name"), tr("Enter the name of every contact.")});
        } else {
            checkOneLine(issues, prefix + QStringLiteral("name"), contact.name, MaxNameLength,
                         tr("The contact's name"));
        }
        checkOneLine(issues, prefix + QStringLiteral("role"), contact.role, MaxRoleLength, tr("The contact's role"));
        contact.phone = contact.phone.trimmed();
        if (!contact.phone.isEmpty()) {
            if (auto issue = checkPhone(contact.phone))
                issues.append({prefix + QStringLiteral("phone"), issue->message});
            else
                contact.phone = ChannelFormat::formatPhone(ChannelFormat::phoneDigits(contact.phone));
        }
        contact.email = contact.email.trimmed();
        if (!contact.email.isEmpty()) {
            if (auto issue = checkEmail(contact.email))
                issues.append({prefix + QStringLiteral("email"), issue->message});
        }
    }
    return issues;
}

Error CustomerValidator::toError(const QList<Issue>& issues) {
    QStringList messages;
    QStringList fields;
    for (const Issue& issue : issues) {
        if (!messages.contains(issue.message))
            messages.append(issue.message);
        if (!fields.contains(issue.field))
            fields.append(issue.field);
    }
    return Error::make(Error::Code::InvalidInput, messages.join(QLatin1Char('\n')),
                       QStringLiteral("invalid fields: %1").arg(fields.join(QLatin1Char(','))));
}

} // namespace atende
