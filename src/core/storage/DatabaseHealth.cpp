#include "storage/DatabaseHealth.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

// PostgreSQL keeps its pages consistent itself (write-ahead log, page checksums) and has no quick_check; what a check
// can still find is a row pointing to a record that does not exist, left by a session that had foreign keys off
// (session_replication_role = replica, a restore with triggers disabled). Every foreign key of the schema is walked.
// Returns the number of such rows, or -1 when the server could not be asked (with the reason in `error`).
int serverDanglingReferences(Database& db, QString& error) {
    QSqlQuery keys(db.connection());
    if (!keys.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, quote_ident(a.attname), c.confrelid::regclass::text, "
            "quote_ident(r.attname) FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.connamespace = current_schema()::regnamespace "
            "ORDER BY 1, 2"))) {
        error = keys.lastError().text();
        return -1;
    }
    QStringList counts;
    while (keys.next()) {
        counts << QStringLiteral("SELECT count(*) FROM %1 x WHERE x.%2 IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM %3 y WHERE y.%4 = x.%2)")
                      .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString(),
                           keys.value(3).toString());
    }
    int dangling = 0;
    QSqlQuery q(db.connection());
    for (const QString& sql : std::as_const(counts)) {
        if (!q.exec(sql) || !q.next()) {
            error = q.lastError().text();
            return -1;
        }
        dangling += q.value(0).toInt();
    }
    return dangling;
}

// SQLite: quick_check or integrity_check of the file, then foreign_key_check.
void checkFile(Database& db, DatabaseHealth::Depth depth, DatabaseHealth::Report& report) {
    QSqlQuery q(db.connection());
    const QString pragma = depth == DatabaseHealth::Depth::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                                : QStringLiteral("PRAGMA quick_check(20)");
    if (!q.exec(pragma)) {
        report.integrity = q.lastError().text();
        report.problems << DatabaseHealth::tr("SQLite could not check the file: %1").arg(report.integrity);
    } else {
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        report.integrity = lines.join(QLatin1Char('\n'));
        if (report.integrity != QLatin1String("ok"))
            report.problems << DatabaseHealth::tr("SQLite found damage in the file: %1").arg(lines.value(0));
    }
    q.finish();

    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            ++report.foreignKeyViolations;
        if (report.foreignKeyViolations > 0)
            report.problems << DatabaseHealth::tr("%n row(s) point to records that do not exist.", nullptr,
                                                  report.foreignKeyViolations);
    }
    q.finish();
}

} // namespace

DatabaseHealth::Report DatabaseHealth::check(Database& db, Depth depth) {
    Report report;
    report.latestVersion = Migrator::latestVersion();
    report.schemaVersion = db.schemaVersion();

    if (db.isPostgres()) {
        QString error;
        const int dangling = serverDanglingReferences(db, error);
        if (dangling < 0) {
            report.integrity = error;
            report.problems << tr("The database server could not be checked: %1").arg(error);
        } else {
            report.integrity = QStringLiteral("ok");
            report.foreignKeyViolations = dangling;
            if (dangling > 0)
                report.problems << tr("%n row(s) point to records that do not exist.", nullptr, dangling);
        }
    } else {
        checkFile(db, depth, report);
    }

    if (report.schemaVersion < report.latestVersion) {
        report.problems << tr("The schema is at version %1; this program uses version %2. Run \"atendectl migrate\".")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    }
    return report;
}

} // namespace atende
