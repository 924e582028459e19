#pragma once

#include "auth/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace atende {

class Database;

// The customer files the GUI writes, each on a worker thread with its own connection (the database path is
// passed, never the GUI thread's Database), the outcome handed back on the GUI thread:
// - one customer's data for an LGPD access request: the JSON of CustomerDataExport and/or the readable PDF of
//   CustomerDataPdf (customer.view + personal_data.view, audited in core);
// - every customer as CSV (CustomerCsvExporter: masked without personal_data.view, audited).
// The choose...() forms ask for the file with FileDialogs and tell the outcome with MessageBoxes.
class CustomerExports {
    Q_DECLARE_TR_FUNCTIONS(CustomerExports)

public:
    // Writes the JSON to `jsonPath` and the PDF to `pdfPath` (either may be empty). Each file is written whole or
    // not at all.
    static void exportCustomerData(QObject* context, const QString& databasePath, const Actor& actor, qint64 customerId,
                                   const QString& jsonPath, const QString& pdfPath,
                                   std::function<void(const Status&)> done);
    static void exportCsv(QObject* context, const QString& databasePath, const Actor& actor, const QString& path,
                          std::function<void(const Result<qint64>&)> done);

    enum class DataFormat { Json, Pdf };
    // Asks where to save, writes, tells. `finished` is called at the end (also when cancelled).
    static void chooseAndExportCustomerData(QWidget* parent, Database& db, const Actor& actor, qint64 customerId,
                                            DataFormat format, std::function<void()> finished = {});
    static void chooseAndExportCsv(QWidget* parent, Database& db, const Actor& actor,
                                   std::function<void()> finished = {});
};

} // namespace atende
