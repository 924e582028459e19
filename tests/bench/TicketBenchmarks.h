#pragma once

#include "BenchReport.h"

#include <QString>

namespace atende::bench {

// The measures of issue 5, in a scratch database of their own (never --db), each next to raw SQLite:
// - registering a ticket with 3 interactions and an attachment in one transaction, synchronous=FULL
//   (TicketService::createWithInteractions vs the same inserts through bare sqlite3), goal < 10 ms;
// - loading a ticket with 200 interactions (TicketService::get vs the raw SELECTs), goal < 100 ms.
void measureTickets(const QString& scratchDir, int repetitions, BenchReport& report);

} // namespace atende::bench
