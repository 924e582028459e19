#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace atende {

// An attachment's description, without its bytes (lists stay light).
struct AttachmentInfo {
    qint64 id = 0;
    qint64 ticketId = 0;
    std::optional<qint64> interactionId;
    QString fileName; // already sanitised: safe to use as a file name on save-as
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex
    qint64 createdAt = 0;
};

// An attachment with its bytes, for open / save-as.
struct AttachmentData {
    AttachmentInfo info;
    QByteArray data;
};

} // namespace atende
