#pragma once

#include <QString>

#include <optional>

namespace atende {

// One contact (call, e-mail, chat...) and the protocol it was given when it started (contact_records). A contact
// keeps its protocol even when no ticket results; a ticket created from it carries the same protocol.
struct ContactRecord {
    qint64 id = 0;
    QString protocol;
    QString channel; // phone, email, chatbot, portal, internal
    std::optional<qint64> customerId;
    std::optional<qint64> contactId;
    std::optional<qint64> agentId;
    std::optional<qint64> ticketId;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
    QString summary;
};

} // namespace atende
