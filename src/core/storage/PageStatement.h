#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3_stmt;

namespace atende {

class Database;

// A read statement prepared once and run many times with named parameters, for the keyset page queries (ticket and
// customer lists) that must stay fast at a million rows. On SQLite it steps the raw sqlite3_stmt (QSqlQuery's
// per-row QVariant overhead doubled a page's time); on PostgreSQL it is a server-side prepared QSqlQuery. The
// caller binds, calls next() until it returns false, checks failed(), and calls reset() before binding again.
class PageStatement {
public:
    // nullptr when the SQL does not prepare; `errorDetail` then says why (for logs). The SQL is written for SQLite;
    // on PostgreSQL it goes through serverSql() first.
    static std::unique_ptr<PageStatement> prepare(Database& db, const QString& sql, QString& errorDetail);
    // The few SQLite spellings the keyset queries use, in PostgreSQL's: CROSS JOIN (a join-order hint) becomes
    // JOIN, a unary + before a column (an index hint) goes, json_each(:ids) becomes jsonb_array_elements_text.
    static QString serverSql(QString sql);
    ~PageStatement();
    PageStatement(const PageStatement&) = delete;
    PageStatement& operator=(const PageStatement&) = delete;

    // `name` includes the colon (":limit"); a name the SQL does not use is ignored.
    void bindText(const char* name, const QString& value);
    void bindInt(const char* name, qint64 value);

    // Runs the statement on the first call, then moves to the next row; false after the last row or on an error.
    bool next();
    bool failed() const { return m_failed; }
    QString errorDetail() const { return m_errorDetail; }

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

    // Ends this run (SQLite: also its read transaction, which would otherwise hold back WAL checkpoints).
    void reset();
    // reset(), and when the run failed, `failure` (the caller's message for the person) with this statement's error
    // as its detail.
    Status finish(Error failure);

private:
    explicit PageStatement(Database& db);

    Database& m_db;
    sqlite3_stmt* m_statement = nullptr; // SQLite
    QSqlQuery m_query;                   // PostgreSQL
    QString m_sql;
    bool m_started = false;
    bool m_failed = false;
    QString m_errorDetail;
};

} // namespace atende
