#include "auth/AuthWorker.h"

#include "auth/UserService.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

namespace atende {

namespace {

Result<std::unique_ptr<Database>> openHere(const QString& databasePath) {
    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false; // the GUI thread opened (and migrated) it already
    return Database::open(databasePath, options);
}

} // namespace

Result<Actor> AuthWorker::withUsers(const QString& databasePath,
                                    const std::function<Result<Actor>(UserService&)>& call) {
    auto db = openHere(databasePath);
    if (!db)
        return db.error();
    UserService users(**db, SystemClock::instance());
    return call(users);
}

Status AuthWorker::withUsersStatus(const QString& databasePath, const std::function<Status(UserService&)>& call) {
    auto db = openHere(databasePath);
    if (!db)
        return db.error();
    UserService users(**db, SystemClock::instance());
    return call(users);
}

Result<qint64> AuthWorker::withUsersId(const QString& databasePath,
                                       const std::function<Result<qint64>(UserService&)>& call) {
    auto db = openHere(databasePath);
    if (!db)
        return db.error();
    UserService users(**db, SystemClock::instance());
    return call(users);
}

} // namespace atende
