#include "storage/ServerLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace atende {

namespace {

// The libpq parameters a URL may carry; anything else is refused so a typo does not silently drop TLS.
const QStringList& passedThrough() {
    static const QStringList names{QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                   QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return names;
}

} // namespace

Result<ServerLocation> ServerLocation::parse(const QString& url) {
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        return Error::make(Error::Code::InvalidInput,
                           tr("%1 is not a PostgreSQL address. Use postgresql://user@server:5432/database.")
                               .arg(withoutPassword(url)));
    }
    ServerLocation location;
    location.host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
    location.port = parsed.port(5432);
    location.user = parsed.userName();
    location.password = parsed.password();
    location.database = parsed.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The address %1 does not name a database. Use postgresql://user@server:5432/database.")
                               .arg(withoutPassword(url)));
    }
    QStringList options;
    const QUrlQuery query(parsed);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!passedThrough().contains(name)) {
            return Error::make(Error::Code::InvalidInput,
                               tr("The database address has an unknown option “%1”. Known options: %2.")
                                   .arg(name, passedThrough().join(QStringLiteral(", "))));
        }
        options << name + QLatin1Char('=') + value;
    }
    location.connectOptions = options.join(QLatin1Char(';'));
    return location;
}

QString ServerLocation::withoutPassword(const QString& url) {
    QUrl parsed(url);
    if (!parsed.isValid())
        return url.section(QLatin1Char('@'), -1); // never show what may be a password
    parsed.setPassword(QString());
    return parsed.toString();
}

QString ServerLocation::urlFor(const QString& otherDatabase) const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + otherDatabase);
    if (!connectOptions.isEmpty()) {
        QUrlQuery query;
        for (const QString& option : connectOptions.split(QLatin1Char(';')))
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace atende
