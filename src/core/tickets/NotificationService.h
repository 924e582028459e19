#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atende {

class Actor;
class Clock;
class Database;

// One message for a user (table notifications), e.g. a database analysis past its limit for a leader.
struct Notification {
    qint64 id = 0;
    std::optional<qint64> ticketId;
    QString kind; // analysis_overdue
    QString message;
    qint64 createdAt = 0;
    std::optional<qint64> readAt;
};

// The acting user's own notifications: a user reads and dismisses only their own, so no permission is needed.
class NotificationService {
    Q_DECLARE_TR_FUNCTIONS(NotificationService)

public:
    NotificationService(Database& db, const Clock& clock);

    // Unread first, newest first.
    Result<QList<Notification>> mine(const Actor& actor, int limit = 50);
    Status markRead(const Actor& actor, qint64 notificationId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace atende
