#pragma once

#include <QString>

namespace atende {
class Database;
}

namespace atende::test {

// Deterministic list data for the model tests, written with plain SQL: accented names that fold to the same key,
// customers without a code, and many tickets sharing a timestamp or priority, so ties are broken by id across
// page boundaries.
struct ModelTestData {
    static void seedCustomers(Database& db, int count);
    static void seedTickets(Database& db, int count, int customerCount);

    // The CPF of the customer seeded with `index` (0-based), normalized.
    static QString cpfFor(int index);
    // The alphanumeric CNPJ of the customer seeded with `index`, normalized; every 4th customer is a company.
    static QString cnpjFor(int index);
    static bool isCompany(int index) { return index % 4 == 3; }
};

} // namespace atende::test
