#pragma once

namespace atende {
class Database;
}

namespace atende::test {

// A small but realistic data set for window tests, written with plain SQL: customers with accented names and
// valid documents, tickets spread over every workflow status.
struct GuiTestData {
    static void seed(Database& db, int customers, int tickets);
};

} // namespace atende::test
