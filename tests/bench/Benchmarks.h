#pragma once

#include "BenchReport.h"

#include "auth/Actor.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;

namespace atende {
class Database;
}

namespace atende::bench {

// The measures of issue 3 item 9, each next to the raw SQLite way of doing the same work in the same run:
// - demo generation rate vs plain inserts of as many rows into a bare table (in scratch files, never --db);
// - the ticket list's first screen (TicketListModel) vs the same SELECT ... LIMIT on a bare connection, with the
//   growth of resident memory;
// - a deep keyset page (TicketPageQuery, the model's reader) vs the raw keyset SELECT;
// - customer lookup by document (CustomerPageQuery::findByDocument) vs the raw indexed SELECT;
// - the customer card's data (CustomerService as a logged-in agent) vs the same rows read raw;
// - the search box (SearchService) vs the same FTS5 queries on a bare connection;
// - opening the database (Database::open) vs sqlite3_open_v2 and a first SELECT;
// - a queue with two filters and a sort (TicketPageQuery with a TicketListFilter), its scroll to the end and the
//   capped queue badges, and the first screens of queues sorted by text and joined-name columns (title,
//   customer, responsible, status), vs the SELECTs a person would write;
// - the dashboard for a month (DashboardReport as the demo leader) vs its aggregates on a bare connection;
// - resident memory after opening every view (no raw baseline: the figure is the process's).
// Never writes to the database it measures.
class Benchmarks {
public:
    struct Settings {
        QString databasePath;
        QString scratchDir;   // generation runs write their files here
        int repetitions = 9;  // per measure; the median is reported
        int lookups = 2000;   // documents looked up (each way, twice)
        int keysetPage = 200; // which page the keyset measure reads
        qint64 generationTickets = 50000;
        int generationRuns = 3;
    };

    Benchmarks(Settings settings, BenchReport& report);
    ~Benchmarks();
    Benchmarks(const Benchmarks&) = delete;
    Benchmarks& operator=(const Benchmarks&) = delete;

    // Checks that the file is an Atende database at this program's schema with tickets in it, and writes its
    // size into the report's header.
    Status describeDatabase();

    void measureOpen();
    void measureFirstScreen();
    void measureKeysetPage();
    void measureLookup();
    void measureCardLookup();
    void measureSearch();
    void measureGeneration();
    // The leader's desk (issue 8): a queue's first screen with two filters and a sort, scrolling it to the end,
    // the badges of the built-in queues, and the dashboard for a month.
    void measureQueues();
    void measureDashboard();
    // Resident memory after opening, in this process and all held at once, the core and model work of every
    // view on the measured database: the browse lists, a queue with filters and a sort, a search, the dashboard
    // for a month, a customer card, a ticket with its interactions, the reminders and the roster.
    void measureViewsMemory();

private:
    Status openMeasured();
    Result<Actor> loginDemoAgent();
    Result<Actor> loginDemoLeader();
    std::vector<QByteArray> sampleDocuments(sqlite3* connection) const;

    Settings m_settings;
    BenchReport& m_report;
    std::unique_ptr<Database> m_db; // the measured database, opened once for the list and lookup measures
    qint64 m_tickets = 0;
    qint64 m_customers = 0;
};

} // namespace atende::bench
