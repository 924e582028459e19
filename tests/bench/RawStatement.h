#pragma once

#include <sqlite3.h>

namespace atende::bench {

// A prepared statement of the raw baseline, finalized with its owner.
class RawStatement {
public:
    RawStatement() = default;
    RawStatement(sqlite3* db, const char* sql) { prepare(db, sql); }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool prepare(sqlite3* db, const char* sql) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) == SQLITE_OK;
    }
    bool ok() const { return m_statement != nullptr; }
    sqlite3_stmt* get() const { return m_statement; }
    operator sqlite3_stmt*() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace atende::bench
