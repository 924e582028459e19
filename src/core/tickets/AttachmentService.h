#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "tickets/Attachment.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// Files attached to tickets (screenshots, audio, documents). The bytes live in the attachments table, apart from
// the ticket rows, so lists and searches never read them. Each file is checked against the size limit
// (app_settings 'attachment.max_bytes', 10 MiB by default), its SHA-256 stored, and its name sanitised so a
// hostile name ("../../etc/passwd", "CON", control characters) can never escape a folder on save-as.
class AttachmentService {
    Q_DECLARE_TR_FUNCTIONS(AttachmentService)

public:
    static constexpr qint64 DefaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int MaxFileNameLength = 180;

    AttachmentService(Database& db, const Clock& clock);

    // Needs ticket.reply. InvalidInput (saying the limit) when the file is too big or empty.
    Result<AttachmentInfo> add(const Actor& actor, qint64 ticketId, const QString& fileName, const QString& mimeType,
                               const QByteArray& data, std::optional<qint64> interactionId = std::nullopt);
    // The same inside a transaction the caller holds (no permission check): for saving a ticket, its interactions
    // and attachments at once.
    Result<AttachmentInfo> addInTransaction(const Actor& actor, qint64 ticketId, const QString& fileName,
                                            const QString& mimeType, const QByteArray& data,
                                            std::optional<qint64> interactionId);
    // The bytes, for open / save-as. Needs ticket.view.
    Result<AttachmentData> read(const Actor& actor, qint64 attachmentId);

    qint64 maxBytes();
    // A file name safe on Windows, macOS and Linux: no folders, no reserved names or characters, not empty.
    static QString sanitizeFileName(const QString& name);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
