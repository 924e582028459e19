#include "mail/MailSettingsStore.h"

#include "mail/MailAddress.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {
const QString Host = QStringLiteral("mail.smtp.host");
const QString Port = QStringLiteral("mail.smtp.port");
const QString Security = QStringLiteral("mail.smtp.security");
const QString User = QStringLiteral("mail.smtp.user");
const QString Pin = QStringLiteral("mail.smtp.pinned_sha256");
const QString Timeout = QStringLiteral("mail.smtp.timeout_ms");
const QString FromAddress = QStringLiteral("mail.from.address");
const QString FromName = QStringLiteral("mail.from.name");
const QString Receptionist = QStringLiteral("mail.receptionist.address");
} // namespace

MailSettingsStore::MailSettingsStore(Database& db)
    : m_db(db) {}

QStringList MailSettingsStore::keys() {
    return {Host, Port, Security, User, Pin, Timeout, FromAddress, FromName, Receptionist};
}

bool MailSettingsStore::isKey(const QString& key) {
    return keys().contains(key);
}

Result<QString> MailSettingsStore::raw(const QString& key, const QString& fallback) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Error::make(Error::Code::Storage, tr("The e-mail settings could not be read."), q.lastError().text());
    return q.next() ? q.value(0).toString() : fallback;
}

Result<QString> MailSettingsStore::value(const QString& key) const {
    if (!isKey(key))
        return Error::make(Error::Code::InvalidInput, tr("\"%1\" is not an e-mail setting.").arg(key),
                           QStringLiteral("unknown key"));
    const SmtpSettings defaults;
    QString fallback;
    if (key == Port)
        fallback = QString::number(defaults.port);
    else if (key == Security)
        fallback = smtpSecurityName(defaults.security);
    else if (key == Timeout)
        fallback = QString::number(defaults.timeoutMs);
    return raw(key, fallback);
}

Result<SmtpSettings> MailSettingsStore::load() const {
    SmtpSettings s;
    QHash<QString, QString> values;
    for (const QString& key : keys()) {
        auto v = value(key);
        if (!v)
            return v.error();
        values.insert(key, *v);
    }
    s.host = values.value(Host);
    s.port = values.value(Port).toInt();
    parseSmtpSecurity(values.value(Security), &s.security);
    s.user = values.value(User);
    s.pinnedSha256 = values.value(Pin);
    s.timeoutMs = values.value(Timeout).toInt();
    if (s.timeoutMs <= 0)
        s.timeoutMs = SmtpSettings{}.timeoutMs;
    s.fromAddress = values.value(FromAddress);
    s.fromName = values.value(FromName);
    return s;
}

Result<QString> MailSettingsStore::receptionistAddress() const {
    return raw(Receptionist, {});
}

Status MailSettingsStore::validate(const QString& key, const QString& value) const {
    auto invalid = [&](const QString& message) {
        return Error::make(Error::Code::InvalidInput, message, QStringLiteral("invalid value for %1").arg(key));
    };
    if (!isKey(key))
        return Error::make(Error::Code::InvalidInput, tr("\"%1\" is not an e-mail setting.").arg(key),
                           QStringLiteral("unknown key"));
    if (value.contains(u'\r') || value.contains(u'\n'))
        return invalid(tr("A setting must fit on one line."));
    if (key == Port || key == Timeout) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (key == Port && (!ok || n < 1 || n > 65535))
            return invalid(tr("The port must be a number from 1 to 65535."));
        if (key == Timeout && (!ok || n < 100 || n > 600000))
            return invalid(tr("The timeout must be a number of milliseconds from 100 to 600000."));
    } else if (key == Security) {
        SmtpSecurity s;
        if (!parseSmtpSecurity(value, &s))
            return invalid(tr("The security mode must be tls, starttls or plain."));
    } else if ((key == FromAddress || key == Receptionist) && !value.isEmpty() && !MailAddress::isValidAddress(value)) {
        return invalid(tr("\"%1\" is not a valid e-mail address.").arg(value));
    } else if (key == Pin && !value.isEmpty()) {
        QString hex = value;
        hex.remove(u':').remove(u' ');
        static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!sha256.match(hex).hasMatch())
            return invalid(tr("The pinned fingerprint must be a SHA-256 in hexadecimal (64 digits)."));
    }
    return {};
}

Status MailSettingsStore::setValue(const QString& key, const QString& value) {
    const QString trimmed = key == FromName ? value : value.trimmed();
    if (auto ok = validate(key, trimmed); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO app_settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(key == Security ? trimmed.toLower() : trimmed);
    if (!q.exec())
        return Error::make(Error::Code::Storage, tr("The e-mail settings could not be saved."), q.lastError().text());
    return {};
}

Status MailSettingsStore::save(const SmtpSettings& s) {
    const QList<QPair<QString, QString>> values{{Host, s.host},
                                                {Port, QString::number(s.port)},
                                                {Security, smtpSecurityName(s.security)},
                                                {User, s.user},
                                                {Pin, s.pinnedSha256},
                                                {Timeout, QString::number(s.timeoutMs)},
                                                {FromAddress, s.fromAddress},
                                                {FromName, s.fromName}};
    for (const auto& [key, value] : values)
        if (auto ok = validate(key, value.trimmed()); !ok)
            return ok;
    return m_db.inTransaction(
        [&]() -> Status {
            for (const auto& [key, value] : values)
                if (auto ok = setValue(key, value); !ok)
                    return ok;
            return {};
        },
        tr("The e-mail settings could not be saved."));
}

} // namespace atende
