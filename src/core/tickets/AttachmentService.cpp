#include "tickets/AttachmentService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"
#include "tickets/TicketStore.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

AttachmentService::AttachmentService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

qint64 AttachmentService::maxBytes() {
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT value FROM app_settings WHERE key = 'attachment.max_bytes'")) && q.next()) {
        bool ok = false;
        const qint64 v = q.value(0).toString().toLongLong(&ok);
        if (ok && v > 0)
            return v;
    }
    return DefaultMaxBytes;
}

QString AttachmentService::sanitizeFileName(const QString& name) {
    // Only the last path component, whichever separator the sender's system used.
    QString s = name;
    s.replace(QLatin1Char('\\'), QLatin1Char('/'));
    s = s.section(QLatin1Char('/'), -1);
    QString clean;
    for (const QChar c : std::as_const(s)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("<>:\"|?*").contains(c))
            clean += QLatin1Char('_');
        else
            clean += c;
    }
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(clean).hasMatch())
        clean.prepend(QLatin1Char('_'));
    if (clean.size() > MaxFileNameLength) {
        const qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
        const QString ext = dot > 0 && clean.size() - dot <= 10 ? clean.mid(dot) : QString();
        clean = clean.left(MaxFileNameLength - ext.size()) + ext;
    }
    if (clean.isEmpty())
        clean = tr("attachment");
    return clean;
}

Result<AttachmentInfo> AttachmentService::add(const Actor& actor, qint64 ticketId, const QString& fileName,
                                              const QString& mimeType, const QByteArray& data,
                                              std::optional<qint64> interactionId) {
    if (Status s = m_guard.require(actor, Permission::TicketReply, QStringLiteral("ticket"), ticketId,
                                   QStringLiteral("attach"));
        !s)
        return s.error();
    std::optional<AttachmentInfo> info;
    Status done = m_db.inTransaction(
        [&]() -> Status {
            auto r = addInTransaction(actor, ticketId, fileName, mimeType, data, interactionId);
            if (!r)
                return r.error();
            info = *r;
            return {};
        },
        tr("Could not save the attachment. Nothing was changed; try again."));
    if (!done)
        return done.error();
    return *info;
}

Result<AttachmentInfo> AttachmentService::addInTransaction(const Actor& actor, qint64 ticketId, const QString& fileName,
                                                           const QString& mimeType, const QByteArray& data,
                                                           std::optional<qint64> interactionId) {
    const qint64 limit = maxBytes();
    if (data.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The file \"%1\" is empty.").arg(sanitizeFileName(fileName)),
                           QStringLiteral("empty attachment"));
    if (data.size() > limit) {
        const QLocale locale;
        return Error::make(Error::Code::InvalidInput,
                           tr("The file \"%1\" has %2; attachments can have at most %3. Reduce it (a smaller "
                              "screenshot, a shorter recording) or send it another way.")
                               .arg(sanitizeFileName(fileName), locale.formattedDataSize(data.size()),
                                    locale.formattedDataSize(limit)),
                           QStringLiteral("attachment too big: %1 > %2").arg(data.size()).arg(limit));
    }
    AttachmentInfo info;
    info.ticketId = ticketId;
    info.interactionId = interactionId;
    info.fileName = sanitizeFileName(fileName);
    info.mimeType = mimeType.trimmed().isEmpty() ? QStringLiteral("application/octet-stream") : mimeType.trimmed();
    info.size = data.size();
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    info.createdAt = m_clock.nowMs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (!q.next())
        return TicketStore::notFound();
    q.prepare(QStringLiteral("INSERT INTO attachments (ticket_id, interaction_id, file_name, mime_type, size, sha256, "
                             "data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(ticketId);
    q.addBindValue(TicketStore::nullableId(interactionId));
    q.addBindValue(info.fileName);
    q.addBindValue(info.mimeType);
    q.addBindValue(info.size);
    q.addBindValue(info.sha256);
    q.addBindValue(data);
    q.addBindValue(info.createdAt);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    info.id = Database::returnedId(q);
    if (Status s = m_audit.record(actor, QStringLiteral("ticket"), ticketId, QStringLiteral("attach"),
                                  {FieldChange{QStringLiteral("attachment"), {}, info.fileName}});
        !s)
        return s.error();
    return info;
}

Result<AttachmentData> AttachmentService::read(const Actor& actor, qint64 attachmentId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, ticket_id, interaction_id, file_name, mime_type, size, sha256, created_at, "
                             "data FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return TicketStore::storageError(q.lastError().text());
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("This attachment does not exist any more."),
                           QStringLiteral("attachment not found"));
    AttachmentData d;
    d.info = AttachmentInfo{q.value(0).toLongLong(), q.value(1).toLongLong(), TicketStore::optionalId(q.value(2)),
                            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toLongLong(),
                            q.value(6).toString(),   q.value(7).toLongLong()};
    if (Status s = m_guard.require(actor, Permission::TicketView, QStringLiteral("ticket"), d.info.ticketId,
                                   QStringLiteral("view"));
        !s)
        return s.error();
    d.data = q.value(8).toByteArray();
    return d;
}

} // namespace atende
