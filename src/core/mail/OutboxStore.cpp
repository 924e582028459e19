#include "mail/OutboxStore.h"

#include "mail/MimeBuilder.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {
const QString Columns = QStringLiteral("id, message_id, to_address, cc_address, subject, body_text, body_html, state, "
                                       "attempts, next_attempt_at, last_error, ticket_id, created_at, sent_at");

std::optional<qint64> optionalInt(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

OutboxMessage readRow(const QSqlQuery& q) {
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.messageId = q.value(1).toString();
    m.to = OutboxStore::parseMailbox(q.value(2).toString());
    for (const QString& line : q.value(3).toString().split(u'\n', Qt::SkipEmptyParts))
        m.cc << OutboxStore::parseMailbox(line);
    m.subject = q.value(4).toString();
    m.bodyText = q.value(5).toString();
    m.bodyHtml = q.value(6).toString();
    m.state = q.value(7).toString();
    m.attempts = q.value(8).toInt();
    m.nextAttemptAt = optionalInt(q.value(9));
    m.lastError = q.value(10).toString();
    m.ticketId = optionalInt(q.value(11));
    m.createdAt = q.value(12).toLongLong();
    m.sentAt = optionalInt(q.value(13));
    return m;
}

// SQLite's NOT NULL columns: a null QString binds as NULL, an empty one as ''.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

Error storageError(const QString& message, const QSqlQuery& q) {
    return Error::make(Error::Code::Storage, message, q.lastError().text());
}
} // namespace

OutboxStore::OutboxStore(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

// One mailbox per line: "Name <address>" (names never hold CR/LF or angle brackets, see formatMailbox).
QString OutboxStore::formatMailbox(const MailAddress& address) {
    QString name = MailAddress::singleLine(address.name);
    name.remove(u'<').remove(u'>');
    return name.isEmpty() ? address.address : QStringLiteral("%1 <%2>").arg(name, address.address);
}

MailAddress OutboxStore::parseMailbox(const QString& text) {
    const qsizetype open = text.lastIndexOf(u'<');
    if (open < 0 || !text.endsWith(u'>'))
        return {QString(), text.trimmed()};
    return {text.left(open).trimmed(), text.mid(open + 1, text.size() - open - 2).trimmed()};
}

qint64 OutboxStore::backoffMs(int attempts) {
    qint64 wait = FirstRetryMs;
    for (int i = 1; i < attempts && wait < MaxRetryMs; ++i)
        wait *= 2;
    return qMin(wait, MaxRetryMs);
}

Result<qint64> OutboxStore::enqueue(const OutboxDraft& draft, const QString& fromAddress) {
    auto to = MailAddress::make(draft.to.name, draft.to.address);
    if (!to)
        return to.error();
    QStringList cc;
    for (const MailAddress& a : draft.cc) {
        auto checked = MailAddress::make(a.name, a.address);
        if (!checked)
            return checked.error();
        cc << formatMailbox(*checked);
    }
    if (MailAddress::singleLine(draft.subject).isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The e-mail needs a subject."), QStringLiteral("no subject"));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox(message_id, to_address, cc_address, subject, body_text, body_html, "
                             "state, ticket_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?) RETURNING id"));
    q.addBindValue(MimeBuilder::newMessageId(fromAddress));
    q.addBindValue(formatMailbox(*to));
    q.addBindValue(text(cc.join(u'\n')));
    q.addBindValue(MailAddress::singleLine(draft.subject));
    q.addBindValue(text(draft.bodyText));
    q.addBindValue(text(draft.bodyHtml));
    q.addBindValue(draft.ticketId ? QVariant(*draft.ticketId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_clock.nowMs());
    if (!q.exec())
        return storageError(tr("The e-mail could not be queued."), q);
    const qint64 id = Database::returnedId(q);
    for (qsizetype i = 0; i < draft.attachments.size(); ++i) {
        const MailAttachment& a = draft.attachments.at(i);
        QSqlQuery f(m_db.connection());
        f.prepare(QStringLiteral("INSERT INTO outbox_attachments(outbox_id, position, file_name, content_type, data) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        f.addBindValue(id);
        f.addBindValue(int(i));
        f.addBindValue(text(MailAddress::singleLine(a.fileName)));
        f.addBindValue(a.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : a.contentType);
        f.addBindValue(a.data.isNull() ? QByteArray("") : a.data);
        if (!f.exec())
            return storageError(tr("The e-mail could not be queued."), f);
    }
    return id;
}

Result<std::optional<OutboxMessage>> OutboxStore::claimNextDue(qint64 leaseMs) {
    std::optional<OutboxMessage> claimed;
    const qint64 now = m_clock.nowMs();
    Status s = m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('queued', 'failed_temporary') "
                                     "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT 1")
                          .arg(Columns));
            q.addBindValue(now);
            if (!q.exec())
                return storageError(tr("The outbox could not be read."), q);
            if (!q.next())
                return {};
            OutboxMessage m = readRow(q);
            q.finish();
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                     "next_attempt_at = ? WHERE id = ?"));
            u.addBindValue(now + leaseMs);
            u.addBindValue(m.id);
            if (!u.exec())
                return storageError(tr("The outbox could not be updated."), u);
            auto files = attachments(m.id);
            if (!files)
                return files.error();
            m.attachments = *files;
            m.state = QStringLiteral("sending");
            m.attempts += 1;
            m.nextAttemptAt = now + leaseMs;
            claimed = m;
            return {};
        },
        tr("The outbox could not be updated."));
    if (!s)
        return s.error();
    return claimed;
}

Status OutboxStore::markSent(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, next_attempt_at = NULL, last_error = '' "
                             "WHERE id = ?"));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("The outbox could not be updated."), q);
    return {};
}

Status OutboxStore::markFailed(qint64 id, bool temporary, const QString& error) {
    auto message = find(id);
    if (!message)
        return message.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(temporary ? QStringLiteral("failed_temporary") : QStringLiteral("failed_permanent"));
    q.addBindValue(temporary ? QVariant(m_clock.nowMs() + backoffMs(message->attempts))
                             : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(error));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("The outbox could not be updated."), q);
    return {};
}

Result<int> OutboxStore::recoverInterrupted() {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = NULL, last_error = ? "
                             "WHERE state = 'sending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"));
    q.addBindValue(QStringLiteral("interrupted while sending; sent again with the same Message-ID"));
    q.addBindValue(m_clock.nowMs());
    if (!q.exec())
        return storageError(tr("The outbox could not be updated."), q);
    return q.numRowsAffected();
}

Status OutboxStore::changeState(qint64 id, const QStringList& from, const QString& to, const QString& refusal) {
    auto message = find(id);
    if (!message)
        return message.error();
    if (!from.contains(message->state))
        return Error::make(Error::Code::Conflict, refusal,
                           QStringLiteral("outbox %1 is %2").arg(id).arg(message->state));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = NULL WHERE id = ? AND state = ?"));
    q.addBindValue(to);
    q.addBindValue(id);
    q.addBindValue(message->state);
    if (!q.exec())
        return storageError(tr("The outbox could not be updated."), q);
    if (q.numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict, refusal, QStringLiteral("outbox %1 changed meanwhile").arg(id));
    return {};
}

Status OutboxStore::retry(qint64 id) {
    return changeState(id,
                       {QStringLiteral("failed_temporary"), QStringLiteral("failed_permanent"),
                        QStringLiteral("cancelled"), QStringLiteral("queued")},
                       QStringLiteral("queued"),
                       tr("Message %1 was already sent or is being sent; it cannot be retried.").arg(id));
}

Status OutboxStore::cancel(qint64 id) {
    return changeState(
        id, {QStringLiteral("queued"), QStringLiteral("failed_temporary"), QStringLiteral("failed_permanent")},
        QStringLiteral("cancelled"),
        tr("Message %1 was already sent, cancelled or is being sent; it cannot be cancelled.").arg(id));
}

Result<OutboxMessage> OutboxStore::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("The outbox could not be read."), q);
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("There is no message %1 in the outbox.").arg(id),
                           QStringLiteral("outbox id not found"));
    OutboxMessage m = readRow(q);
    auto files = attachments(id);
    if (!files)
        return files.error();
    m.attachments = *files;
    return m;
}

Result<QList<OutboxMessage>> OutboxStore::list(const QString& state, int limit) const {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE (? = '' OR state = ?) ORDER BY id DESC LIMIT ?").arg(Columns));
    q.addBindValue(text(state));
    q.addBindValue(text(state));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(tr("The outbox could not be read."), q);
    QList<OutboxMessage> out;
    while (q.next())
        out << readRow(q);
    return out;
}

Result<QList<MailAttachment>> OutboxStore::attachments(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT file_name, content_type, data FROM outbox_attachments WHERE outbox_id = ? "
                             "ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("The outbox could not be read."), q);
    QList<MailAttachment> out;
    while (q.next())
        out << MailAttachment{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()};
    return out;
}

Result<OutboxCounts> OutboxStore::counts() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT "
                               "count(*) FILTER (WHERE state IN ('queued', 'sending', 'failed_temporary')), "
                               "count(*) FILTER (WHERE state = 'failed_permanent') FROM outbox")) ||
        !q.next())
        return storageError(tr("The outbox could not be read."), q);
    return OutboxCounts{q.value(0).toInt(), q.value(1).toInt()};
}

} // namespace atende
