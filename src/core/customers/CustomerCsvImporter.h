#pragma once

#include "auth/AccessGuard.h"
#include "customers/CsvRecordReader.h"
#include "customers/CustomerCsvImportReport.h"
#include "customers/CustomerService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace atende {

class Actor;
class Clock;
class Database;

// Imports customers from a CSV file (atendectl customer import FILE.csv [--dry-run]; the customer screen).
//
// - Encoding: UTF-8, with or without a byte order mark. The whole file is checked first: one byte that is not
//   UTF-8 (a file saved as Latin-1/Windows-1252 by an older Excel) stops the import before anything is written,
//   with the line and what to do, instead of importing garbled names.
// - ';' or ',' between fields, told from the header line; RFC 4180 quotes, quoted line breaks.
// - The header row is matched by name, accents, case and punctuation ignored, in Portuguese or English (nome/name,
//   cpf/cnpj/documento/document, tipo/kind, codigo/code, email, telefone/celular/phone, plano/plan,
//   observacao/obs/observation, endereco/address, cidade/city, uf/estado/state, inadimplente/in debt,
//   acesso ao portal/portal access...) and by the labels CustomerCsvExporter writes. Name and CPF/CNPJ columns are
//   required; the kind (PF/PJ) is taken from the document when there is no column for it. Unknown columns are
//   listed in the report and ignored. E-mail and phone cells may hold several values (separated by , ; or /).
// - Each valid row is created through CustomerService::create in its own transaction, with the same validation,
//   permission check and audit as typing it in: a bad row is never half imported and never undoes the others.
//   Rows over the size limits (Options::limits) are skipped without being held in memory.
// - Dry run: every check, including the database ones (document taken, duplicates, repeated in the file), without
//   writing anything.
//
// Needs customer.edit. BLOCKING (one transaction per row): run it off the GUI thread.
class CustomerCsvImporter {
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvImporter)

public:
    struct Options {
        bool dryRun = false;
        bool allowDuplicates = false; // import rows that look like an existing customer (same name+phone or e-mail)
        CsvRecordReader::Limits limits;
        int maxListedRejections = 10000;
    };

    CustomerCsvImporter(Database& db, const Clock& clock);

    Result<CustomerCsvImportReport> importFile(const Actor& actor, const QString& path, const Options& options);
    // The same from bytes in memory (a pasted table; tests).
    Result<CustomerCsvImportReport> importData(const Actor& actor, const QByteArray& data, const Options& options);

private:
    Result<CustomerCsvImportReport> importDevice(const Actor& actor, QIODevice& device, const Options& options);

    AccessGuard m_guard;
    CustomerService m_customers;
};

} // namespace atende
