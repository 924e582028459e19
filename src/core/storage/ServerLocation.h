#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace atende {

// A PostgreSQL server as a team configures it: `postgresql://user[:password]@host[:port]/database?sslmode=…`.
// The query items libpq understands for TLS and timeouts (sslmode, sslrootcert, sslcert, sslkey, connect_timeout,
// application_name) are passed through to the driver. A password is better kept out of the URL: without one, the
// driver takes ATENDE_DB_PASSWORD, then libpq's own PGPASSWORD or ~/.pgpass.
struct ServerLocation {
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString connectOptions; // "sslmode=require;connect_timeout=5"

    static Result<ServerLocation> parse(const QString& url);
    // The same server without the password, for messages and logs.
    static QString withoutPassword(const QString& url);
    // The URL of another database on the same server (tests create one database per case).
    QString urlFor(const QString& otherDatabase) const;
};

} // namespace atende
