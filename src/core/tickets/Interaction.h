#pragma once

#include <QString>

#include <optional>

namespace atende {

// One entry of a ticket's conversation (interactions).
struct Interaction {
    qint64 id = 0;
    qint64 ticketId = 0;
    std::optional<qint64> authorId;
    QString authorName;
    qint64 at = 0;
    QString kind;    // canned, manual, record, system
    QString channel; // phone, email, chatbot, portal, internal
    QString text;
    bool visibleToCustomer = false;
    bool emailedToCustomer = false;
    QString copyTo; // a third-party address that got a copy
};

// What an agent adds to a ticket: a canned reply (kind "canned" with cannedReplyId; the text is rendered from the
// template unless given), a manual reply ("manual") or an interaction record of a channel ("record").
struct NewInteraction {
    QString kind = QStringLiteral("manual");
    QString channel = QStringLiteral("internal");
    QString text;
    std::optional<qint64> cannedReplyId;
    bool visibleToCustomer = false;
    bool emailToCustomer = false;       // queues an e-mail in the outbox (to the customer's first e-mail)
    QString copyTo;                     // another address that gets a copy (cc)
    std::optional<qint64> nextActionAt; // sets the ticket's next action too
};

} // namespace atende
