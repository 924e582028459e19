#pragma once

#include <QString>

namespace atende {

// How the client talks to the SMTP server. ImplicitTls: TLS from the first byte (port 465). StartTls: plain
// greeting, then STARTTLS before anything else (port 587); a server that does not offer it is refused, never
// used in clear. Plain: no encryption at all, only for a relay on the local machine or network, and only when
// the administrator chose it; AUTH is never sent without TLS.
enum class SmtpSecurity { ImplicitTls, StartTls, Plain };

QString smtpSecurityName(SmtpSecurity security); // "tls", "starttls", "plain" (stored in app_settings)
bool parseSmtpSecurity(const QString& name, SmtpSecurity* security);

struct SmtpSettings {
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;     // empty: no AUTH
    QString password; // never stored here on disk: from the keyring or ATENDE_SMTP_PASSWORD
    QString fromAddress;
    QString fromName;
    // SHA-256 of the server certificate (hex, colons allowed) the administrator accepted although it does not
    // verify (self-signed, internal CA). When set, the certificate must match it even if it verifies.
    QString pinnedSha256;
    int timeoutMs = 30000; // every step: connect, TLS, each reply, each write
    QString heloName;      // empty: "atende.localhost"
};

} // namespace atende
