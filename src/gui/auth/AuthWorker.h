#pragma once

#include "auth/Actor.h"
#include "util/Result.h"

#include <QString>

#include <functional>

namespace atende {

class UserService;

// What the login screens run off the GUI thread: a UserService over a Database opened on the calling (worker)
// thread, since a Database belongs to the thread that opened it and Argon2id takes a noticeable moment.
class AuthWorker {
public:
    // Opens `databasePath` on this thread and runs `call` with a UserService over it.
    static Result<Actor> withUsers(const QString& databasePath, const std::function<Result<Actor>(UserService&)>& call);
    static Status withUsersStatus(const QString& databasePath, const std::function<Status(UserService&)>& call);
    static Result<qint64> withUsersId(const QString& databasePath,
                                      const std::function<Result<qint64>(UserService&)>& call);
};

} // namespace atende
