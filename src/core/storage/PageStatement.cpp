#include "storage/PageStatement.h"

#include "storage/Database.h"
#include "storage/SqliteBinding.h"

#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

namespace atende {

PageStatement::PageStatement(Database& db)
    : m_db(db)
    , m_query(db.connection()) {}

PageStatement::~PageStatement() {
    sqlite3_finalize(m_statement);
}

QString PageStatement::serverSql(QString sql) {
    // SQLite's CROSS JOIN fixes the join order (walk the joined table's name index first); PostgreSQL spells that
    // "JOIN … ON" and picks the order itself.
    sql.replace(QStringLiteral(" CROSS JOIN "), QStringLiteral(" JOIN "));
    // A unary + keeps SQLite's planner off an index; PostgreSQL has no such hint (and no + on text).
    static const QRegularExpression indexHint(QStringLiteral("([\\s(])\\+(?=[a-z_]+[.(\\s])"));
    sql.replace(indexHint, QStringLiteral("\\1"));
    // A list of ids bound as one JSON array.
    sql.replace(QStringLiteral("(SELECT value FROM json_each(:ids))"),
                QStringLiteral("(SELECT CAST(value AS BIGINT) FROM jsonb_array_elements_text(CAST(:ids AS jsonb)) "
                               "ids)"));
    return sql;
}

std::unique_ptr<PageStatement> PageStatement::prepare(Database& db, const QString& sql, QString& errorDetail) {
    std::unique_ptr<PageStatement> statement(new PageStatement(db));
    statement->m_sql = sql;
    if (db.isPostgres()) {
        statement->m_query.setForwardOnly(true);
        if (!statement->m_query.prepare(serverSql(sql))) {
            errorDetail = statement->m_query.lastError().text();
            return nullptr;
        }
        return statement;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db.handle(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement->m_statement, nullptr) != SQLITE_OK) {
        errorDetail = db.lastErrorDetail();
        return nullptr;
    }
    return statement;
}

void PageStatement::bindText(const char* name, const QString& value) {
    if (m_statement)
        sqlite::bindText(m_statement, name, value);
    else
        m_query.bindValue(QString::fromLatin1(name), value);
}

void PageStatement::bindInt(const char* name, qint64 value) {
    if (m_statement)
        sqlite::bindInt(m_statement, name, value);
    else
        m_query.bindValue(QString::fromLatin1(name), value);
}

bool PageStatement::next() {
    if (m_failed)
        return false;
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE) {
            m_failed = true;
            m_errorDetail = m_db.lastErrorDetail(); // read before the reset clears it
        }
        return false;
    }
    if (!m_started) {
        m_started = true;
        bool ran = m_query.exec();
        if (!ran && !m_query.isValid() && m_db.isAlive()) {
            // The connection was opened again (Database::reconnect) since this statement was prepared: the server
            // forgot it. Prepare it once more with the same values.
            const QVariantList values = m_query.boundValues();
            m_query = QSqlQuery(m_db.connection());
            m_query.setForwardOnly(true);
            if (m_query.prepare(m_sql)) {
                for (qsizetype i = 0; i < values.size(); ++i)
                    m_query.bindValue(int(i), values.at(i));
                ran = m_query.exec();
            }
        }
        if (!ran) {
            m_failed = true;
            m_errorDetail = m_query.lastError().text();
            return false;
        }
    }
    return m_query.next();
}

qint64 PageStatement::int64(int column) const {
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
}

QString PageStatement::text(int column) const {
    return m_statement ? sqlite::columnText(m_statement, column) : m_query.value(column).toString();
}

bool PageStatement::isNull(int column) const {
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.isNull(column);
}

void PageStatement::reset() {
    if (m_statement)
        sqlite3_reset(m_statement);
    else
        m_query.finish();
    m_started = false;
    m_failed = false;
    m_errorDetail.clear();
}

Status PageStatement::finish(Error failure) {
    const bool failedRun = m_failed;
    failure.detail = m_errorDetail;
    reset();
    if (failedRun)
        return failure;
    return {};
}

} // namespace atende
