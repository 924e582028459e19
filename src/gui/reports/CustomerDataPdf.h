#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace atende {

// The readable side of an LGPD access request: CustomerDataExport's JSON document laid out as a PDF a person can
// read — the record, contacts, every ticket with its interactions, contact records, properties and contracts —
// with labels in the user's language and dates in local time. Built with QTextDocument + QPdfWriter, so it needs a
// QGuiApplication (offscreen is enough) but no window. Values are printed as exported: the export already needed
// the personal data permission.
class CustomerDataPdf {
    Q_DECLARE_TR_FUNCTIONS(CustomerDataPdf)

public:
    // The document as HTML (what the PDF shows).
    static QString html(const QJsonDocument& data, const QLocale& locale);
    // Writes the PDF to `path` whole or not at all (QSaveFile). BLOCKING for customers with thousands of tickets:
    // call it off the GUI thread.
    static Status write(const QJsonDocument& data, const QString& path, const QLocale& locale);
};

} // namespace atende
