#include "storage/ServerMigration.h"

#include "storage/Database.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <algorithm>

namespace atende {

namespace {

const QString ProgressTable = QStringLiteral("atende_migration_progress");

// The tables that hold the work of a team: a server database with rows in them is not "new".
const QStringList BusinessTables{QStringLiteral("customers"), QStringLiteral("tickets"),
                                 QStringLiteral("contact_records"), QStringLiteral("interactions"),
                                 QStringLiteral("audit_log")};

Error storageError(const QString& message, const QString& detail) {
    return Error::make(Error::Code::Storage, message, detail);
}

// One value as the checksum reads it, the same text whichever engine returned it.
void addCanonical(QCryptographicHash& hash, const QVariant& value) {
    if (value.isNull()) {
        hash.addData(QByteArrayView("\x01N", 2));
    } else if (value.typeId() == QMetaType::QByteArray) {
        hash.addData(QByteArrayView("\x01B", 2));
        hash.addData(value.toByteArray().toHex());
    } else {
        hash.addData(QByteArrayView("\x01T", 2));
        hash.addData(value.toString().toUtf8());
    }
}

} // namespace

ServerMigration::ServerMigration(Database& source, Database& target)
    : m_source(source)
    , m_target(target) {}

QString ServerMigration::sourceIdentity() const {
    return QFileInfo(m_source.path()).absoluteFilePath();
}

Status ServerMigration::checkSameSchema() {
    if (m_source.isPostgres() || !m_target.isPostgres()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("migrate-to copies an SQLite database file into a PostgreSQL server: give the file with "
                              "--db and the server as postgresql://…"));
    }
    if (m_source.schemaVersion() != m_target.schemaVersion()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The file is at schema %1 and the server database at schema %2. Update both with this "
                              "version of Atende first (atendectl migrate).")
                               .arg(m_source.schemaVersion())
                               .arg(m_target.schemaVersion()));
    }
    return {};
}

Status ServerMigration::readTables() {
    m_tables.clear();
    QSqlQuery q(m_target.connection());
    q.setForwardOnly(true);
    QHash<QString, Table> tables;
    QStringList names;
    if (!q.exec(QStringLiteral(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t "
            "ON t.table_schema = c.table_schema AND t.table_name = c.table_name WHERE c.table_schema = "
            "current_schema() AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER' AND c.table_name NOT IN "
            "('atende_schema', 'atende_migration_progress') ORDER BY c.table_name, c.ordinal_position")))
        return storageError(tr("Could not read the server database's tables."), q.lastError().text());
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (!tables.contains(table)) {
            names << table;
            tables[table].name = table;
            tables[table].searchTable = table.endsWith(QLatin1String("_search"));
        }
        tables[table].columns << q.value(1).toString();
    }
    if (!q.exec(QStringLiteral(
            "SELECT tc.relname, a.attname FROM pg_index i JOIN pg_class tc ON tc.oid = i.indrelid JOIN pg_namespace n "
            "ON n.oid = tc.relnamespace JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            "WHERE i.indisprimary AND n.nspname = current_schema() ORDER BY tc.relname, "
            "array_position(i.indkey::int2[], a.attnum)")))
        return storageError(tr("Could not read the server database's tables."), q.lastError().text());
    while (q.next()) {
        if (tables.contains(q.value(0).toString()))
            tables[q.value(0).toString()].keyColumns << q.value(1).toString();
    }
    QHash<QString, QSet<QString>> parents;
    if (!q.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, a.attname FROM pg_constraint c JOIN "
            "pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' AND "
            "c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())")))
        return storageError(tr("Could not read the server database's tables."), q.lastError().text());
    while (q.next()) {
        const QString child = q.value(0).toString();
        const QString parent = q.value(1).toString();
        if (!tables.contains(child))
            continue;
        if (child == parent)
            tables[child].selfColumns << q.value(2).toString();
        else
            parents[child].insert(parent);
    }
    for (Table& table : tables) {
        if (table.keyColumns.isEmpty())
            table.keyColumns = table.columns;
        table.batched = table.keyColumns == QStringList{QStringLiteral("id")};
    }
    // Parents first (Kahn's order; names sorted so two runs copy in the same order).
    names.sort();
    QSet<QString> placed;
    while (placed.size() < names.size()) {
        bool progressed = false;
        for (const QString& name : std::as_const(names)) {
            if (placed.contains(name))
                continue;
            bool ready = true;
            for (const QString& parent : parents.value(name)) {
                if (tables.contains(parent) && !placed.contains(parent))
                    ready = false;
            }
            if (ready) {
                m_tables << tables.value(name);
                placed.insert(name);
                progressed = true;
            }
        }
        if (!progressed)
            return storageError(tr("The server database's tables refer to each other in a cycle; they cannot be "
                                   "copied in order."),
                                QString());
    }
    return {};
}

QString ServerMigration::sourceSelect(const Table& table) const {
    QStringList columns = table.columns;
    if (table.searchTable)
        columns.replace(columns.indexOf(QStringLiteral("id")), QStringLiteral("rowid"));
    return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.name);
}

Result<bool> ServerMigration::startOrResume() {
    QSqlQuery q(m_target.connection());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name TEXT PRIMARY KEY, last_key BIGINT NOT "
                               "NULL DEFAULT 0, finished INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL)")
                    .arg(ProgressTable)))
        return storageError(tr("Could not prepare the server database for the copy."), q.lastError().text());
    if (!q.exec(QStringLiteral("SELECT DISTINCT source FROM %1").arg(ProgressTable)))
        return storageError(tr("Could not prepare the server database for the copy."), q.lastError().text());
    QStringList sources;
    while (q.next())
        sources << q.value(0).toString();
    q.finish();
    if (!sources.isEmpty()) {
        if (sources != QStringList{sourceIdentity()}) {
            return Error::make(Error::Code::Conflict,
                               tr("This server database is being filled from another file (%1). Finish that copy, "
                                  "or use a new, empty server database.")
                                   .arg(sources.join(QStringLiteral(", "))));
        }
        return true;
    }
    for (const QString& table : BusinessTables) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) any_row").arg(table)) ||
            !q.next())
            return storageError(tr("Could not prepare the server database for the copy."), q.lastError().text());
        if (q.value(0).toLongLong() > 0) {
            return Error::make(Error::Code::Conflict,
                               tr("The server database already holds a team's data (table %1 is not empty). "
                                  "migrate-to only fills a new database; nothing was changed.")
                                   .arg(table));
        }
        q.finish();
    }
    const Status prepared = m_target.inTransaction(
        [&]() -> Status {
            if (Status s = clearTarget(); !s)
                return s;
            QSqlQuery insert(m_target.connection());
            insert.prepare(QStringLiteral("INSERT INTO %1 (table_name, source) VALUES (?, ?)").arg(ProgressTable));
            for (const Table& table : std::as_const(m_tables)) {
                insert.addBindValue(table.name);
                insert.addBindValue(sourceIdentity());
                if (!insert.exec())
                    return storageError(QString(), insert.lastError().text());
            }
            return {};
        },
        tr("Could not prepare the server database for the copy."));
    if (!prepared)
        return prepared.error();
    return false;
}

Status ServerMigration::clearTarget() {
    // The defaults the server's migrations wrote (profiles, statuses, subjects…) give way to the file's own rows,
    // which keep their ids: children first.
    for (auto it = m_tables.crbegin(); it != m_tables.crend(); ++it) {
        if (Status s = m_target.execRaw(QStringLiteral("DELETE FROM %1").arg(it->name)); !s)
            return s;
    }
    return {};
}

Result<qint64> ServerMigration::countRows(Database& db, const Table& table, bool source) {
    Q_UNUSED(source)
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table.name)) || !q.next())
        return storageError(tr("Could not count the rows of %1.").arg(table.name), q.lastError().text());
    return q.value(0).toLongLong();
}

Status ServerMigration::insertRows(const Table& table, const QList<QVariantList>& rows) {
    if (rows.isEmpty())
        return {};
    QSqlDriver* driver = m_target.connection().driver();
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table.name, table.columns.join(QStringLiteral(", ")));
    QList<int> selfIndexes;
    for (const QString& column : table.selfColumns)
        selfIndexes << int(table.columns.indexOf(column));
    bool firstRow = true;
    for (const QVariantList& row : rows) {
        sql += firstRow ? QStringLiteral("(") : QStringLiteral(", (");
        firstRow = false;
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                sql += QLatin1Char(',');
            const QVariant& value = row.at(i);
            if (value.isNull() || selfIndexes.contains(i)) {
                sql += QStringLiteral("NULL");
                continue;
            }
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            sql += driver->formatValue(field);
        }
        sql += QLatin1Char(')');
    }
    return m_target.execRaw(sql);
}

Status ServerMigration::copyTable(const Table& table, qint64 total, ServerMigrationReport& report,
                                  const ProgressCallback& progress, const CancelCheck& cancelled) {
    QSqlQuery state(m_target.connection());
    state.prepare(QStringLiteral("SELECT last_key, finished FROM %1 WHERE table_name = ?").arg(ProgressTable));
    state.addBindValue(table.name);
    if (!state.exec() || !state.next())
        return storageError(tr("Could not read the copy's progress."), state.lastError().text());
    qint64 lastKey = state.value(0).toLongLong();
    const bool finished = state.value(1).toInt() != 0;
    state.finish();
    auto tableRows = countRows(m_source, table, true);
    if (!tableRows)
        return tableRows.error();
    if (finished) {
        m_done += *tableRows;
        return {};
    }
    const int columnCount = int(table.columns.size());
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    const QString key = table.searchTable ? QStringLiteral("rowid") : QStringLiteral("id");
    if (table.batched) {
        read.prepare(sourceSelect(table) + QStringLiteral(" WHERE %1 > ? ORDER BY %1 LIMIT %2").arg(key).arg(m_batchRows));
        // Rows an interrupted run already committed count as done.
        QSqlQuery before(m_source.connection());
        before.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 <= ?").arg(table.name, key));
        before.addBindValue(lastKey);
        if (before.exec() && before.next())
            m_done += before.value(0).toLongLong();
    } else {
        read.prepare(sourceSelect(table));
    }
    const int keyIndex = int(table.columns.indexOf(QStringLiteral("id")));
    while (true) {
        if (cancelled && cancelled())
            return Error::make(Error::Code::Generic,
                               tr("The copy was interrupted. Run the same command again to continue where it "
                                  "stopped."));
        if (table.batched)
            read.addBindValue(lastKey);
        if (!read.exec())
            return storageError(tr("Could not read %1 from the file.").arg(table.name), read.lastError().text());
        QList<QVariantList> rows;
        while (read.next()) {
            QVariantList row;
            row.reserve(columnCount);
            for (int i = 0; i < columnCount; ++i)
                row << read.value(i);
            rows << std::move(row);
        }
        read.finish();
        if (rows.isEmpty() && table.batched)
            break;
        const qint64 newLastKey = table.batched ? rows.last().at(keyIndex).toLongLong() : 0;
        Status written = m_target.inTransaction(
            [&]() -> Status {
                // A table copied in one piece starts again from nothing if an earlier run died inside it.
                if (!table.batched) {
                    if (Status s = m_target.execRaw(QStringLiteral("DELETE FROM %1").arg(table.name)); !s)
                        return s;
                }
                for (qsizetype from = 0; from < rows.size(); from += m_batchRows) {
                    if (Status s = insertRows(table, rows.mid(from, m_batchRows)); !s)
                        return s;
                }
                QSqlQuery mark(m_target.connection());
                mark.prepare(QStringLiteral("UPDATE %1 SET last_key = ?, finished = ? WHERE table_name = ?")
                                 .arg(ProgressTable));
                mark.addBindValue(newLastKey);
                mark.addBindValue(table.batched ? 0 : 1);
                mark.addBindValue(table.name);
                if (!mark.exec())
                    return storageError(QString(), mark.lastError().text());
                return {};
            },
            tr("Could not write %1 into the server database.").arg(table.name));
        if (!written)
            return written;
        lastKey = newLastKey;
        report.rowsCopied += rows.size();
        m_done += rows.size();
        if (progress)
            progress(ServerMigrationProgress{QStringLiteral("copy"), table.name, m_done, total});
        if (!table.batched)
            return {};
    }
    if (Status s = fillSelfColumns(table); !s)
        return s;
    QSqlQuery mark(m_target.connection());
    mark.prepare(QStringLiteral("UPDATE %1 SET finished = 1 WHERE table_name = ?").arg(ProgressTable));
    mark.addBindValue(table.name);
    if (!mark.exec())
        return storageError(tr("Could not record the copy's progress."), mark.lastError().text());
    return {};
}

Status ServerMigration::fillSelfColumns(const Table& table) {
    for (const QString& column : table.selfColumns) {
        QSqlQuery read(m_source.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY id").arg(column, table.name)))
            return storageError(tr("Could not read %1 from the file.").arg(table.name), read.lastError().text());
        QStringList values;
        auto flush = [&]() -> Status {
            if (values.isEmpty())
                return {};
            const QString sql = QStringLiteral("UPDATE %1 SET %2 = v.ref FROM (VALUES %3) AS v(id, ref) WHERE %1.id = "
                                               "v.id")
                                    .arg(table.name, column, values.join(QLatin1Char(',')));
            values.clear();
            return m_target.inTransaction([&] { return m_target.execRaw(sql); },
                                          tr("Could not write %1 into the server database.").arg(table.name));
        };
        while (read.next()) {
            values << QStringLiteral("(%1::bigint,%2::bigint)").arg(read.value(0).toLongLong()).arg(read.value(1).toLongLong());
            if (values.size() >= m_batchRows) {
                if (Status s = flush(); !s)
                    return s;
            }
        }
        if (Status s = flush(); !s)
            return s;
    }
    return {};
}

Status ServerMigration::checksum(Database& db, const Table& table, bool source, qint64& rows, QByteArray& sum) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QString sql = source ? sourceSelect(table)
                         : QStringLiteral("SELECT %1 FROM %2").arg(table.columns.join(QStringLiteral(", ")), table.name);
    const QString key = source && table.searchTable ? QStringLiteral("rowid") : QStringLiteral("id");
    if (table.batched)
        sql += QStringLiteral(" ORDER BY ") + key;
    if (!q.exec(sql))
        return storageError(tr("Could not read %1 to verify it.").arg(table.name), q.lastError().text());
    rows = 0;
    const int columnCount = int(table.columns.size());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Text keys sort differently on the two engines (collations): small tables keyed by text are hashed as a
    // sorted list of their rows instead.
    QList<QByteArray> unordered;
    while (q.next()) {
        ++rows;
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columnCount; ++i)
            addCanonical(row, q.value(i));
        if (table.batched)
            hash.addData(row.result());
        else
            unordered << row.result();
    }
    std::sort(unordered.begin(), unordered.end());
    for (const QByteArray& row : std::as_const(unordered))
        hash.addData(row);
    sum = hash.result().toHex();
    return {};
}

Result<ServerMigrationReport> ServerMigration::verify(const ProgressCallback& progress) {
    if (m_tables.isEmpty()) {
        if (Status s = readTables(); !s)
            return s.error();
    }
    ServerMigrationReport report;
    QElapsedTimer timer;
    timer.start();
    int index = 0;
    for (const Table& table : std::as_const(m_tables)) {
        ServerMigrationReport::Table checked;
        checked.name = table.name;
        if (Status s = checksum(m_source, table, true, checked.sourceRows, checked.sourceChecksum); !s)
            return s.error();
        if (Status s = checksum(m_target, table, false, checked.targetRows, checked.targetChecksum); !s)
            return s.error();
        report.tables << checked;
        if (progress)
            progress(ServerMigrationProgress{QStringLiteral("verify"), table.name, ++index, m_tables.size()});
    }
    report.verifyMs = timer.elapsed();
    return report;
}

Result<ServerMigrationReport> ServerMigration::run(const ProgressCallback& progress, const CancelCheck& cancelled) {
    if (Status s = checkSameSchema(); !s)
        return s.error();
    if (Status s = readTables(); !s)
        return s.error();
    auto resumed = startOrResume();
    if (!resumed)
        return resumed.error();
    ServerMigrationReport report;
    report.resumed = *resumed;
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    for (const Table& table : std::as_const(m_tables)) {
        auto n = countRows(m_source, table, true);
        if (!n)
            return n.error();
        total += *n;
    }
    m_done = 0;
    // Each batch commits with its progress row, and the verification reads everything back at the end: the copy
    // need not wait for the server's disk on every commit.
    if (Status s = m_target.execRaw(QStringLiteral("SET synchronous_commit = off")); !s)
        return s.error();
    for (const Table& table : std::as_const(m_tables)) {
        if (Status s = copyTable(table, total, report, progress, cancelled); !s)
            return s.error();
    }
    // The identity columns continue after the copied ids; fresh statistics for the planner.
    QStringList names;
    for (const Table& table : std::as_const(m_tables))
        names << table.name;
    if (Status s = m_target.execRaw(QStringLiteral("SELECT atende_sync_identities(); ANALYZE %1")
                                        .arg(names.join(QStringLiteral(", "))));
        !s)
        return s.error();
    report.copyMs = timer.elapsed();
    log::info("migrate-to copied {} rows in {} ms", report.rowsCopied, report.copyMs);
    auto checked = verify(progress);
    if (!checked)
        return checked.error();
    report.tables = checked->tables;
    report.verifyMs = checked->verifyMs;
    return report;
}

} // namespace atende
