#pragma once

#include "demo/DemoOptions.h"
#include "demo/DemoSummary.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace atende {

class Clock;
class Database;

// Fills an empty Atende database with realistic Brazilian demo data: people and companies with accented names,
// valid CPFs and CNPJs (a share of them alphanumeric), phones with area codes, e-mails, addresses; contacts,
// directory entries, users per profile; tickets over every status, sector, subject and attendance type with
// their interactions, service orders, properties, rental contracts and rental/capture processes; and the
// full-text rows that find them.
//
// Deterministic: the same seed and the same clock time give the same data. The whole run is one transaction
// (a bulk load: see docs/architecture.md "Demo data"), so a failure or a cancel through the progress callback
// leaves the database exactly as it was.
class DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    // Called after each batch with the tickets done so far; return false to stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoDataGenerator(Database& db, const Clock& clock);

    // Refuses a database that already has customers or tickets (demo data is never mixed with real data).
    Result<DemoSummary> generate(const DemoOptions& options, const Progress& progress = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace atende
