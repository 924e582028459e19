#include "tickets/ProtocolService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

Error storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       ProtocolService::tr("Could not register the contact's protocol. Try again; if it keeps "
                                           "failing, tell the administrator."),
                       detail);
}

QVariant nullableId(const std::optional<qint64>& id) {
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalId(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const QString SelectColumns = QStringLiteral(
    "SELECT id, protocol, channel, customer_id, contact_id, agent_id, ticket_id, started_at, ended_at, summary "
    "FROM contact_records ");

ContactRecord readRecord(const QSqlQuery& q) {
    ContactRecord r;
    r.id = q.value(0).toLongLong();
    r.protocol = q.value(1).toString();
    r.channel = q.value(2).toString();
    r.customerId = optionalId(q.value(3));
    r.contactId = optionalId(q.value(4));
    r.agentId = optionalId(q.value(5));
    r.ticketId = optionalId(q.value(6));
    r.startedAt = q.value(7).toLongLong();
    r.endedAt = optionalId(q.value(8));
    r.summary = q.value(9).toString();
    return r;
}

} // namespace

ProtocolService::ProtocolService(Database& db, const Clock& clock, QString workstationCode)
    : m_db(db)
    , m_clock(clock)
    , m_workstation(std::move(workstationCode))
    , m_guard(db, clock) {}

bool ProtocolService::isValidChannel(const QString& channel) {
    static const QStringList channels{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chatbot"),
                                      QStringLiteral("portal"), QStringLiteral("internal")};
    return channels.contains(channel);
}

bool ProtocolService::isValidWorkstationCode(const QString& code) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z]{1,4}$"));
    return pattern.match(code).hasMatch();
}

QString ProtocolService::render(const QString& format, const QDate& day, const QString& workstation, qint64 sequence) {
    static const QRegularExpression token(QStringLiteral("\\{(yyyy|yy|MM|dd|ws|seq(?::(\\d{1,2}))?)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(format);
    while (it.hasNext()) {
        const auto m = it.next();
        out += format.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QLatin1String("yyyy"))
            out += QStringLiteral("%1").arg(day.year(), 4, 10, QLatin1Char('0'));
        else if (name == QLatin1String("yy"))
            out += QStringLiteral("%1").arg(day.year() % 100, 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("MM"))
            out += QStringLiteral("%1").arg(day.month(), 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("dd"))
            out += QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("ws"))
            out += workstation;
        else
            out += QStringLiteral("%1").arg(sequence, m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(), 10,
                                            QLatin1Char('0'));
        last = m.capturedEnd();
    }
    out += format.mid(last);
    return out;
}

Result<QString> ProtocolService::format() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM app_settings WHERE key = 'protocol.format'")))
        return storageError(q.lastError().text());
    if (q.next() && q.value(0).toString().contains(QLatin1String("{seq")))
        return q.value(0).toString();
    return DefaultFormat; // a format without a sequence could never be unique
}

Result<ContactRecord> ProtocolService::reserve(const Actor& actor, const QString& channel,
                                               std::optional<qint64> customerId, std::optional<qint64> contactId) {
    if (Status s = m_guard.requireAny(actor, {Permission::CallRun, Permission::TicketCreate},
                                      QStringLiteral("contact_record"), std::nullopt, QStringLiteral("reserve"));
        !s)
        return s.error();
    std::optional<ContactRecord> record;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto r = reserveInTransaction(actor, channel, customerId, contactId);
            if (!r)
                return r.error();
            record = *r;
            return {};
        },
        tr("Could not register the contact's protocol. Try again; if it keeps failing, tell the administrator."));
    if (!done)
        return done.error();
    return *record;
}

Result<ContactRecord> ProtocolService::reserveInTransaction(const Actor& actor, const QString& channel,
                                                            std::optional<qint64> customerId,
                                                            std::optional<qint64> contactId) {
    if (!isValidChannel(channel)) {
        return Error::make(
            Error::Code::InvalidInput,
            tr("Unknown contact channel \"%1\". Use phone, email, chatbot, portal or internal.").arg(channel),
            QStringLiteral("bad channel"));
    }
    if (!isValidWorkstationCode(m_workstation)) {
        return Error::make(Error::Code::InvalidInput,
                           tr("This workstation's code \"%1\" cannot be used in protocol numbers: use 1 to 4 "
                              "letters or digits (Settings, workstation code).")
                               .arg(m_workstation),
                           QStringLiteral("bad workstation code"));
    }
    auto fmt = format();
    if (!fmt)
        return fmt.error();
    const qint64 now = m_clock.nowMs();
    const QDate day = QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date();
    const QString dayKey = day.toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    // A counter lost or reset (restore of an old backup) must not hand out a taken number: skip taken ones.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        q.prepare(QStringLiteral(
            "INSERT INTO protocol_counters (day, workstation, last_value) VALUES (?, ?, 1) "
            "ON CONFLICT (day, workstation) DO UPDATE SET last_value = protocol_counters.last_value + 1"));
        q.addBindValue(dayKey);
        q.addBindValue(m_workstation);
        if (!q.exec())
            return storageError(q.lastError().text());
        q.prepare(QStringLiteral("SELECT last_value FROM protocol_counters WHERE day = ? AND workstation = ?"));
        q.addBindValue(dayKey);
        q.addBindValue(m_workstation);
        if (!q.exec() || !q.next())
            return storageError(q.lastError().text());
        const qint64 sequence = q.value(0).toLongLong();
        const QString protocol = render(*fmt, day, m_workstation, sequence);
        q.prepare(QStringLiteral("SELECT 1 FROM contact_records WHERE protocol = ?"));
        q.addBindValue(protocol);
        if (!q.exec())
            return storageError(q.lastError().text());
        if (q.next())
            continue;
        q.prepare(QStringLiteral("INSERT INTO contact_records (protocol, channel, customer_id, contact_id, agent_id, "
                                 "started_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(protocol);
        q.addBindValue(channel);
        q.addBindValue(nullableId(customerId));
        q.addBindValue(nullableId(contactId));
        q.addBindValue(actor.isValid() ? QVariant(actor.userId()) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(now);
        if (!q.exec())
            return storageError(q.lastError().text());
        ContactRecord r;
        r.id = Database::returnedId(q);
        r.protocol = protocol;
        r.channel = channel;
        r.customerId = customerId;
        r.contactId = contactId;
        if (actor.isValid())
            r.agentId = actor.userId();
        r.startedAt = now;
        return r;
    }
    return storageError(QStringLiteral("no free protocol after 1000 attempts"));
}

Result<std::optional<ContactRecord>> ProtocolService::load(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(SelectColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return std::optional<ContactRecord>();
    return std::optional<ContactRecord>(readRecord(q));
}

Result<std::optional<ContactRecord>> ProtocolService::loadByProtocol(const QString& protocol) {
    QSqlQuery q(m_db.connection());
    q.prepare(SelectColumns + QStringLiteral("WHERE protocol = ?"));
    q.addBindValue(protocol.trimmed());
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return std::optional<ContactRecord>();
    return std::optional<ContactRecord>(readRecord(q));
}

Result<ContactRecord> ProtocolService::find(const Actor& actor, const QString& protocol) {
    if (Status s = m_guard.require(actor, Permission::TicketView, QStringLiteral("contact_record"), std::nullopt,
                                   QStringLiteral("find"));
        !s)
        return s.error();
    auto r = loadByProtocol(protocol);
    if (!r)
        return r.error();
    if (!*r) {
        return Error::make(Error::Code::NotFound, tr("No contact has the protocol %1.").arg(protocol.trimmed()),
                           QStringLiteral("protocol not found"));
    }
    return **r;
}

Status ProtocolService::finish(const Actor& actor, qint64 contactRecordId, const QString& summary) {
    if (Status s = m_guard.requireAny(actor, {Permission::CallRun, Permission::TicketCreate},
                                      QStringLiteral("contact_record"), contactRecordId, QStringLiteral("finish"));
        !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE contact_records SET ended_at = ?, summary = ? WHERE id = ?"));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(summary.isNull() ? QString(QLatin1String("")) : summary);
    q.addBindValue(contactRecordId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("This contact record does not exist."),
                           QStringLiteral("contact record not found"));
    return {};
}

} // namespace atende
