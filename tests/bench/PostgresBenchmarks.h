#pragma once

#include "BenchReport.h"

#include "auth/Actor.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace atende {
class Database;
}

namespace atende::bench {

// The measures of issue 9 on a PostgreSQL server (team mode), each next to a raw baseline taken in the same run:
// the hand-written SQL through a plain prepared QSqlQuery on a QPSQL connection of its own, no Atende code in
// between (there is no sqlite3 on this side, so the raw side is what any Qt program would do):
// - customer lookup by document (CustomerPageQuery::findByDocument) vs the indexed SELECT;
// - the customer card's data (CustomerService as the demo agent) vs the customer, channels, contacts and last 20
//   tickets read raw;
// - the search box, whole words and a prefix typed so far (SearchService) vs the same tsquery windows;
// - a queue's first screen with two filters and a sort (TicketPageQuery) vs the SELECT ... LIMIT.
// The SQLite-only measures (raw sqlite3, file size, WAL, generation) are listed as skipped. Never writes to the
// database, except the migration Database::open runs when the server is at an older schema.
class PostgresBenchmarks {
public:
    struct Settings {
        QString url;
        int repetitions = 9;
        int lookups = 2000;
    };

    PostgresBenchmarks(Settings settings, BenchReport& report);
    ~PostgresBenchmarks();
    PostgresBenchmarks(const PostgresBenchmarks&) = delete;
    PostgresBenchmarks& operator=(const PostgresBenchmarks&) = delete;

    // Opens the measured database (migrating it to this program's schema, as the app would) and the raw
    // connection, checks there are tickets and customers, and writes the server's figures into the header.
    Status open();

    void measureLookup();
    void measureCardLookup();
    void measureSearch();
    void measureQueues();
    // One header line per measure the SQLite run has and this one has not, with the reason.
    void reportSkipped();

private:
    Result<Actor> loginDemoAgent();
    std::vector<QString> sampleDocuments(int count);

    Settings m_settings;
    BenchReport& m_report;
    std::unique_ptr<Database> m_db;
    QString m_rawName; // the QSqlDatabase connection name of the raw baseline
    QSqlDatabase m_raw;
    qint64 m_tickets = 0;
    qint64 m_customers = 0;
};

} // namespace atende::bench
