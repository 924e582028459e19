#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace atende {

// One user as the user administration screen lists it (UserService::listUsers). Never carries the password hash.
struct UserSummary {
    qint64 id = 0;
    QString login;
    QString name;
    QString email;
    std::optional<qint64> sectorId;
    QString sectorName; // empty without a sector
    qint64 profileId = 0;
    QString profileName;
    bool active = true;
    int failedLogins = 0;  // consecutive failures since the last success or lock
    QDateTime lockedUntil; // UTC; null when the account is not locked now
    QDateTime createdAt;   // UTC

    bool isLocked() const { return lockedUntil.isValid(); }
};

} // namespace atende
