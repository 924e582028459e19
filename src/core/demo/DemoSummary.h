#pragma once

#include <QStringList>

#include <QtGlobal>

namespace atende {

// What a demo run wrote.
struct DemoSummary {
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 tickets = 0;
    qint64 interactions = 0;
    qint64 properties = 0;
    qint64 rentalContracts = 0;
    qint64 users = 0;
    // Logins of the demo accounts this run created (an existing login is never touched).
    QStringList accounts;
    qint64 elapsedMs = 0;
};

} // namespace atende
