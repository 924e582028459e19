#include "mail/SmtpSettings.h"

namespace atende {

QString smtpSecurityName(SmtpSecurity security) {
    switch (security) {
    case SmtpSecurity::ImplicitTls:
        return QStringLiteral("tls");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Plain:
        return QStringLiteral("plain");
    }
    return QStringLiteral("starttls");
}

bool parseSmtpSecurity(const QString& name, SmtpSecurity* security) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tls"))
        *security = SmtpSecurity::ImplicitTls;
    else if (n == QLatin1String("starttls"))
        *security = SmtpSecurity::StartTls;
    else if (n == QLatin1String("plain"))
        *security = SmtpSecurity::Plain;
    else
        return false;
    return true;
}

} // namespace atende
