#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atende {

// What CustomerCsvImporter did with a file: what went in, and every row that did not with its line and why.
struct CustomerCsvImportReport {
    struct Rejection {
        qint64 line = 0; // where the row starts in the file (the header is line 1)
        QString reason;  // translated, says what to fix
    };

    bool dryRun = false;
    char delimiter = ';';
    int rows = 0;       // data rows read (blank lines not counted)
    int imported = 0;   // rows saved (in a dry run: rows that would be)
    int blankLines = 0; // skipped
    QList<qint64> importedIds;
    QList<Rejection> rejected;
    int rejectedNotListed = 0;  // rejections beyond Options::maxListedRejections, counted only
    QStringList ignoredColumns; // header names that map to no field
    // The import stopped before the end (the database failed, or the permission was withdrawn meanwhile); the
    // rows before stoppedAtLine that were imported stay imported.
    bool stopped = false;
    QString stopReason;
    qint64 stoppedAtLine = 0;

    int rejectedCount() const { return int(rejected.size()) + rejectedNotListed; }
};

} // namespace atende
