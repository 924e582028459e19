#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace atende {

// What the call screen had on it at the last change (F-15): enough to put the agent back in the same stage with
// the same protocol, customer, answers and text after a crash.
struct CallDraft {
    QString protocol; // reserved at the greeting; empty before
    QString stage;    // the screen's stage name ("greeting", "identification", ...)
    std::optional<qint64> customerId;
    QJsonObject payload;  // everything else the screen needs (typed text, choices, timer start)
    qint64 startedAt = 0; // ms since the epoch, UTC: when the call began (the timer goes on from it)
    qint64 updatedAt = 0;
};

} // namespace atende
