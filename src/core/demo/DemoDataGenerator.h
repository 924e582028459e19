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
// Deterministic: the same seed and the same clock time give the same data. Fast: rows go through prepared
// statements on the raw SQLite handle, in batches of one transaction each (see docs/benchmarks.md for rates).
// Each batch commits; a cancel through the progress callback stops after the current batch and keeps what
// was committed (the database stays consistent, just smaller).
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
