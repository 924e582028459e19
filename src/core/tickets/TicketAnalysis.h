#pragma once

#include <QString>

#include <optional>

namespace atende {

// An analysis of a ticket (seed 003): the agent's estimate, the callback agreed with the customer and, for a
// database analysis, the limit (24 h by default) after which the ticket goes to Análise de Supervisão.
struct TicketAnalysis {
    qint64 id = 0;
    qint64 ticketId = 0;
    std::optional<qint64> analystId;
    bool isDatabase = false;
    qint64 startedAt = 0;
    int estimatedMinutes = 0;
    std::optional<qint64> callbackAt;
    std::optional<qint64> limitAt;
    std::optional<qint64> finishedAt;
    std::optional<qint64> escalatedAt;
    QString note;
};

} // namespace atende
