#pragma once

#include "mail/MailTemplate.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

class Database;

// The templates as data an administrator edits (app_settings keys mail.template.<kind>.subject and .body).
// Until one is saved, the Portuguese default below is used, so a new database already sends sensible mail.
class MailTemplateStore {
    Q_DECLARE_TR_FUNCTIONS(MailTemplateStore)

public:
    explicit MailTemplateStore(Database& db);

    static MailTemplate defaultTemplate(MailTemplate::Kind kind);
    static QString kindName(MailTemplate::Kind kind); // "protocol", "reply", "copy"
    static bool parseKind(const QString& name, MailTemplate::Kind* kind);

    Result<MailTemplate> load(MailTemplate::Kind kind) const;
    // Refuses a template with an unknown variable (checked by rendering it with sample values).
    Status save(const MailTemplate& mailTemplate);

private:
    Database& m_db;
};

} // namespace atende
