#pragma once

#include "mail/MailTemplate.h"
#include "mail/SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Clock;
class Database;

// The administrator's mail operations with the permission check and the history core owes every change:
// mail.admin is required (AccessGuard, refusals audited), and each change is written to audit_log in the same
// transaction (the password is never part of it: it is not in the database). The GUI dialogs and atendectl
// use the stores directly today, because this branch has no login yet; once the main window has its Actor,
// they call this instead.
class MailAdministration {
    Q_DECLARE_TR_FUNCTIONS(MailAdministration)

public:
    MailAdministration(Database& db, const Clock& clock);

    Status setSetting(const Actor& actor, const QString& key, const QString& value);
    // The whole SMTP settings of the dialog at once: one transaction, one audit row per key that changed.
    Status saveSettings(const Actor& actor, const SmtpSettings& settings);
    // mail.admin, checked in core (a refusal is audited): for the views that only read the outbox.
    Status requireMailAdmin(const Actor& actor, const QString& operation);
    Status saveTemplate(const Actor& actor, const MailTemplate& mailTemplate);
    Status retry(const Actor& actor, qint64 outboxId);
    Status cancel(const Actor& actor, qint64 outboxId);

private:
    Status changeOutbox(const Actor& actor, qint64 outboxId, bool retry);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace atende
