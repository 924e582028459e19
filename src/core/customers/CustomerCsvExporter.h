#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace atende {

class Actor;
class Clock;
class Database;

// Exports every customer to CSV the way a Brazilian spreadsheet opens it without asking: UTF-8 with a byte order
// mark, ';' between fields, CRLF line ends, RFC 4180 quotes. A value starting with = + - @ (also after spaces), a
// tab or a CR gets a leading apostrophe, so a cell like =cmd|' /C calc'!A0 is shown as text instead of run as a
// formula (CSV injection). The header uses the column labels below, which CustomerCsvImporter also reads, so an
// exported file can be imported back.
//
// Needs customer.view; document, e-mails and phones are masked unless the actor has personal_data.view. Each export
// is audited (action 'export_csv', field 'rows'). BLOCKING for large bases: run it off the GUI thread.
class CustomerCsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvExporter)

public:
    struct Column {
        QString key;   // stable name: "code", "kind", "document", "name", "emails", "phones", ...
        QString label; // header text, translated
    };
    static QList<Column> columns();

    CustomerCsvExporter(Database& db, const Clock& clock);

    // Writes the CSV to `out` (open for writing) and returns the number of customers written.
    Result<qint64> exportTo(const Actor& actor, QIODevice& out);
    // The same into a file, written whole or not at all (QSaveFile).
    Result<qint64> exportFile(const Actor& actor, const QString& path);

    // `value` with the formula-starting characters made harmless by a leading apostrophe.
    static QString neutralized(const QString& value);
    // One CSV field: neutralised, then quoted when it holds a delimiter, a quote, a line break or edge spaces.
    static QByteArray field(const QString& value);

private:
    Database& m_db;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
