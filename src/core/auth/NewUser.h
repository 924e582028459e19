#pragma once

#include <QString>

#include <optional>

namespace atende {

// What an administrator types to create a user (UserService::addUser).
struct NewUser {
    QString login; // stored trimmed and in lower case; letters, digits and . - _ @
    QString name;
    QString email; // may be empty
    std::optional<qint64> sectorId;
    qint64 profileId = 0;
    QString password; // checked against PasswordHasher::checkPolicy, stored only as an Argon2id hash
};

} // namespace atende
