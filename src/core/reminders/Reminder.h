#pragma once

#include <QString>

namespace atende {

// A ticket that asks for attention at a time: its next action (callback) for the responsible agent, or its stay
// in supervision analysis past the limit for the leader.
struct Reminder {
    qint64 ticketId = 0;
    QString protocol;
    QString title;
    QString customerName;
    QString responsibleName;
    qint64 dueAtMs = 0;   // UTC: the next action, or when the analysis limit ran out
    bool overdue = false; // due before now
};

} // namespace atende
