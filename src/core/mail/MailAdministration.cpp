#include "mail/MailAdministration.h"

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "auth/Actor.h"
#include "auth/Permission.h"
#include "mail/MailSettingsStore.h"
#include "mail/MailTemplateStore.h"
#include "mail/OutboxStore.h"
#include "storage/Database.h"

#include <QHash>

namespace atende {

MailAdministration::MailAdministration(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Status MailAdministration::setSetting(const Actor& actor, const QString& key, const QString& value) {
    if (Status allowed = AccessGuard(m_db, m_clock)
                             .require(actor, Permission::MailAdmin, QStringLiteral("app_settings"), std::nullopt,
                                      QStringLiteral("mail.settings"));
        !allowed)
        return allowed;
    MailSettingsStore store(m_db);
    auto before = store.value(key);
    if (!before)
        return before.error();
    return m_db.inTransaction(
        [&]() -> Status {
            if (Status s = store.setValue(key, value); !s)
                return s;
            auto after = store.value(key);
            if (!after)
                return after.error();
            return AuditLog(m_db, m_clock)
                .record(actor, QStringLiteral("app_settings"), std::nullopt, QStringLiteral("update"),
                        {FieldChange{key, *before, *after}});
        },
        tr("The e-mail settings could not be saved."));
}

Status MailAdministration::requireMailAdmin(const Actor& actor, const QString& operation) {
    return AccessGuard(m_db, m_clock)
        .require(actor, Permission::MailAdmin, QStringLiteral("app_settings"), std::nullopt, operation);
}

Status MailAdministration::saveSettings(const Actor& actor, const SmtpSettings& settings) {
    if (Status allowed = requireMailAdmin(actor, QStringLiteral("mail.settings")); !allowed)
        return allowed;
    MailSettingsStore store(m_db);
    QHash<QString, QString> before;
    for (const QString& key : MailSettingsStore::keys()) {
        auto value = store.value(key);
        if (!value)
            return value.error();
        before.insert(key, *value);
    }
    return m_db.inTransaction(
        [&]() -> Status {
            if (Status s = store.save(settings); !s)
                return s;
            QList<FieldChange> changes;
            for (const QString& key : MailSettingsStore::keys()) {
                auto after = store.value(key);
                if (!after)
                    return after.error();
                if (*after != before.value(key))
                    changes << FieldChange{key, before.value(key), *after};
            }
            if (changes.isEmpty())
                return {};
            return AuditLog(m_db, m_clock)
                .record(actor, QStringLiteral("app_settings"), std::nullopt, QStringLiteral("update"), changes);
        },
        tr("The e-mail settings could not be saved."));
}

Status MailAdministration::saveTemplate(const Actor& actor, const MailTemplate& mailTemplate) {
    if (Status allowed = AccessGuard(m_db, m_clock)
                             .require(actor, Permission::MailAdmin, QStringLiteral("app_settings"), std::nullopt,
                                      QStringLiteral("mail.template"));
        !allowed)
        return allowed;
    MailTemplateStore store(m_db);
    auto before = store.load(mailTemplate.kind);
    if (!before)
        return before.error();
    // MailTemplateStore::save runs its own transaction; the history follows it at once. A failure to write the
    // history is reported (the template is saved), which is the order AuditLog's own callers accept for settings.
    if (Status s = store.save(mailTemplate); !s)
        return s;
    const QString prefix = QStringLiteral("mail.template.%1.").arg(MailTemplateStore::kindName(mailTemplate.kind));
    return AuditLog(m_db, m_clock)
        .record(actor, QStringLiteral("app_settings"), std::nullopt, QStringLiteral("update"),
                {FieldChange{prefix + QStringLiteral("subject"), before->subject, mailTemplate.subject},
                 FieldChange{prefix + QStringLiteral("body"), before->body, mailTemplate.body}});
}

Status MailAdministration::changeOutbox(const Actor& actor, qint64 outboxId, bool retry) {
    const QString action = retry ? QStringLiteral("retry") : QStringLiteral("cancel");
    if (Status allowed = AccessGuard(m_db, m_clock)
                             .require(actor, Permission::MailAdmin, QStringLiteral("outbox"), outboxId,
                                      QStringLiteral("outbox.") + action);
        !allowed)
        return allowed;
    OutboxStore store(m_db, m_clock);
    return m_db.inTransaction(
        [&]() -> Status {
            auto before = store.find(outboxId);
            if (!before)
                return before.error();
            if (Status s = retry ? store.retry(outboxId) : store.cancel(outboxId); !s)
                return s;
            auto after = store.find(outboxId);
            if (!after)
                return after.error();
            return AuditLog(m_db, m_clock)
                .record(actor, QStringLiteral("outbox"), outboxId, action,
                        {FieldChange{QStringLiteral("state"), before->state, after->state}});
        },
        tr("The outbox could not be updated."));
}

Status MailAdministration::retry(const Actor& actor, qint64 outboxId) {
    return changeOutbox(actor, outboxId, true);
}

Status MailAdministration::cancel(const Actor& actor, qint64 outboxId) {
    return changeOutbox(actor, outboxId, false);
}

} // namespace atende
