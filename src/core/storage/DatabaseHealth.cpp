#include "storage/DatabaseHealth.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

DatabaseHealth::Report DatabaseHealth::check(Database& db, Depth depth) {
    Report report;
    report.latestVersion = Migrator::latestVersion();
    report.schemaVersion = db.schemaVersion();

    QSqlQuery q(db.connection());
    const QString pragma =
        depth == Depth::Full ? QStringLiteral("PRAGMA integrity_check(20)") : QStringLiteral("PRAGMA quick_check(20)");
    if (!q.exec(pragma)) {
        report.integrity = q.lastError().text();
        report.problems << tr("SQLite could not check the file: %1").arg(report.integrity);
    } else {
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        report.integrity = lines.join(QLatin1Char('\n'));
        if (report.integrity != QLatin1String("ok"))
            report.problems << tr("SQLite found damage in the file: %1").arg(lines.value(0));
    }
    q.finish();

    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            ++report.foreignKeyViolations;
        if (report.foreignKeyViolations > 0)
            report.problems << tr("%n row(s) point to records that do not exist.", nullptr,
                                  report.foreignKeyViolations);
    }
    q.finish();

    if (report.schemaVersion < report.latestVersion) {
        report.problems << tr("The schema is at version %1; this program uses version %2. Run \"atendectl migrate\".")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    }
    return report;
}

} // namespace atende
