#include "customers/CustomerExports.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerCsvExporter.h"
#include "customers/CustomerDataExport.h"
#include "reports/CustomerDataPdf.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QWidget>

namespace atende {

namespace {

Result<std::unique_ptr<Database>> openForWorker(const QString& path) {
    return Database::openExisting(path);
}

Status writeJson(const QJsonDocument& data, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return Error::make(Error::Code::Storage,
                           CustomerExports::tr("The file %1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()),
                           file.errorString());
    return {};
}

} // namespace

void CustomerExports::exportCustomerData(QObject* context, const QString& databasePath, const Actor& actor,
                                         qint64 customerId, const QString& jsonPath, const QString& pdfPath,
                                         std::function<void(const Status&)> done) {
    const QLocale locale;
    runInBackground<Status>(
        context,
        [databasePath, actor, customerId, jsonPath, pdfPath, locale]() -> Status {
            auto db = openForWorker(databasePath);
            if (!db)
                return db.error();
            CustomerDataExport exporter(**db, SystemClock::instance());
            auto data = exporter.exportCustomer(actor, customerId);
            if (!data)
                return data.error();
            if (!jsonPath.isEmpty()) {
                if (Status s = writeJson(*data, jsonPath); !s)
                    return s;
            }
            if (!pdfPath.isEmpty())
                return CustomerDataPdf::write(*data, pdfPath, locale);
            return {};
        },
        std::move(done));
}

void CustomerExports::exportCsv(QObject* context, const QString& databasePath, const Actor& actor, const QString& path,
                                std::function<void(const Result<qint64>&)> done) {
    runInBackground<Result<qint64>>(
        context,
        [databasePath, actor, path]() -> Result<qint64> {
            auto db = openForWorker(databasePath);
            if (!db)
                return db.error();
            CustomerCsvExporter exporter(**db, SystemClock::instance());
            return exporter.exportFile(actor, path);
        },
        std::move(done));
}

void CustomerExports::chooseAndExportCustomerData(QWidget* parent, Database& db, const Actor& actor, qint64 customerId,
                                                  DataFormat format, std::function<void()> finished) {
    const bool pdf = format == DataFormat::Pdf;
    const QString suggested = QDir(QDir::homePath())
                                  .filePath(QStringLiteral("cliente-%1.%2")
                                                .arg(customerId)
                                                .arg(pdf ? QStringLiteral("pdf") : QStringLiteral("json")));
    QString path =
        FileDialogs::saveFileName(parent, pdf ? tr("Export customer data as PDF") : tr("Export customer data as JSON"),
                                  suggested, pdf ? tr("PDF documents (*.pdf)") : tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        if (finished)
            finished();
        return;
    }
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("json");
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (parent)
        parent->setCursor(Qt::BusyCursor);
    QPointer<QWidget> guard(parent);
    QObject* context = parent ? static_cast<QObject*>(parent) : QCoreApplication::instance();
    exportCustomerData(context, db.path(), actor, customerId, pdf ? QString() : path, pdf ? path : QString(),
                       [guard, path, finished](const Status& status) {
                           if (guard)
                               guard->unsetCursor();
                           if (status)
                               MessageBoxes::information(
                                   guard, tr("Export customer data"),
                                   tr("The customer's data was saved in %1.").arg(QDir::toNativeSeparators(path)));
                           else
                               MessageBoxes::warning(guard, tr("Export customer data"), status.error().userMessage);
                           if (finished)
                               finished();
                       });
}

void CustomerExports::chooseAndExportCsv(QWidget* parent, Database& db, const Actor& actor,
                                         std::function<void()> finished) {
    QString path = FileDialogs::saveFileName(parent, tr("Export customers"),
                                             QDir(QDir::homePath()).filePath(QStringLiteral("clientes.csv")),
                                             tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        if (finished)
            finished();
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (parent)
        parent->setCursor(Qt::BusyCursor);
    QPointer<QWidget> guard(parent);
    QObject* context = parent ? static_cast<QObject*>(parent) : QCoreApplication::instance();
    exportCsv(context, db.path(), actor, path, [guard, path, finished](const Result<qint64>& written) {
        if (guard)
            guard->unsetCursor();
        if (written)
            MessageBoxes::information(
                guard, tr("Export customers"),
                tr("%n customer(s) exported to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
        else
            MessageBoxes::warning(guard, tr("Export customers"), written.error().userMessage);
        if (finished)
            finished();
    });
}

} // namespace atende
