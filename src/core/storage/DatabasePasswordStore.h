#pragma once

#include "util/Result.h"

#include <QString>

namespace atende {

// The team server's password for this workstation's Atende role: in the system keyring (key
// "database:<url without password>"), never in the settings file or the URL the settings keep. Where no keyring
// runs, ATENDE_DB_PASSWORD (or libpq's PGPASSWORD / ~/.pgpass) gives it instead.
//
// The application reads it once at start (or when the connection dialog is accepted) and hands it to
// rememberForSession(), so every further connection of the session (workers, panels, the change listener) opens
// without asking the keyring again.
class DatabasePasswordStore {
public:
    static constexpr const char* EnvironmentVariable = "ATENDE_DB_PASSWORD";

    static Result<QString> read(const QString& url);
    static Status write(const QString& url, const QString& password);
    static Status remove(const QString& url);

    // In-memory only, for this process: Database::open(url) uses it when the URL has no password.
    static void rememberForSession(const QString& url, const QString& password);
    static QString rememberedFor(const QString& url);
};

} // namespace atende
