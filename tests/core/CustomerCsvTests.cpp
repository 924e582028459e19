#include "CustomerFixture.h"

#include "auth/Permission.h"
#include "customers/CsvRecordReader.h"
#include "customers/CustomerCsvExporter.h"
#include "customers/CustomerCsvImporter.h"
#include "customers/CustomerService.h"
#include "docs/DocumentNumber.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

using namespace atende;
using atende::test::CustomerFixture;

namespace {

QByteArray utf8(const QString& text) {
    return text.toUtf8();
}

QString formatted(const QString& normalized) {
    return DocumentNumber::formatNormalized(normalized);
}

// A file a customer's IT department might really send: BOM, Portuguese headers, an unknown column, CRLF and LF,
// quotes with line breaks, an injection attempt, a 10 MB line, and several broken rows.
QByteArray hostileFile() {
    QByteArray data("\xEF\xBB\xBF");
    data += utf8(QStringLiteral("Nome;CPF/CNPJ;E-mail;Telefone;Código;Observação;Plano;Coluna Estranha\r\n"));
    // 2: valid
    data += utf8(QStringLiteral("Ana Lima;%1;ana@exemplo.com.br;(11) 91234-5678;A-1;;Ouro;x\r\n")
                     .arg(formatted(CustomerFixture::cpf(1))));
    // 3: bad CPF check digits
    data += utf8(QStringLiteral("Bruno Dias;123.456.789-00;bruno@exemplo.com.br;;;;;\n"));
    // 4-5: quotes, a doubled quote, a line break and a delimiter inside a quoted field: valid
    data +=
        utf8(QStringLiteral("\"Carla \"\"Cacá\"\" Nunes\";%1;carla@exemplo.com.br;11 3333-4444;A-3;\"Portão azul\r\n"
                            "tocar duas vezes; cuidado\";Prata;\r\n")
                 .arg(CustomerFixture::cpf(2)));
    // 6: empty line
    data += "\r\n";
    // 7: a formula injection as a name: stored as text (the exporter neutralises it)
    data += utf8(QStringLiteral("=cmd|' /C calc'!A0;%1;;;;;;\r\n").arg(CustomerFixture::cpf(3)));
    // 8-9: an e-mail with a header injection
    data += utf8(QStringLiteral("Dora Mendes;%1;\"dora@exemplo.com.br\r\nBcc: todos@exemplo.com.br\";;;;;\r\n")
                     .arg(CustomerFixture::cpf(4)));
    // 10: only blanks
    data += "   ;  ;  ;;;;;\r\n";
    // 11: a 10 MB line
    data += utf8(QStringLiteral("Eva Longa;%1;").arg(CustomerFixture::cpf(5)));
    data += QByteArray(10 * 1024 * 1024, 'x');
    data += ";;;;;\r\n";
    // 12: missing fields
    data += utf8(QStringLiteral("Fábio Reis;%1;fabio@exemplo.com.br\r\n").arg(CustomerFixture::cpf(6)));
    // 13: the document of line 2 again
    data += utf8(QStringLiteral("Gil Souza;%1;gil@exemplo.com.br;;;;;\r\n").arg(CustomerFixture::cpf(1)));
    // 14: text after a closing quote
    data += utf8(QStringLiteral("\"Helena\" Prado;%1;;;;;;\r\n").arg(CustomerFixture::cpf(7)));
    // 15: a company, lower-case alphanumeric CNPJ, kind taken from the document
    data += utf8(QStringLiteral("Imobiliária Ípsilon;12.abc.345/01de-35;contato@ipsilon.com.br;;;;;\r\n"));
    // 16: a quote that never closes, at the end of the file without a final line break
    data += utf8(QStringLiteral("João Sem Fim;%1;;;;\"observação sem fim;;").arg(CustomerFixture::cpf(8)));
    return data;
}

QList<qint64> rejectedLines(const CustomerCsvImportReport& report) {
    QList<qint64> lines;
    for (const auto& rejection : report.rejected) {
        INFO("line " << rejection.line << ": " << rejection.reason.toStdString());
        CHECK_FALSE(rejection.reason.isEmpty());
        lines.append(rejection.line);
    }
    return lines;
}

} // namespace

TEST_CASE("CustomerCsvImporter: a hostile file imports its valid rows and reports every other one with its line",
          "[customers][csv]") {
    CustomerFixture f;
    const Actor ana = f.agent();
    CustomerCsvImporter importer(f.db(), f.clock());

    auto report = importer.importData(ana, hostileFile(), {});
    INFO((report ? QString() : report.error().userMessage + QStringLiteral(" / ") + report.error().detail)
             .toStdString());
    REQUIRE(report.ok());
    CHECK_FALSE(report->dryRun);
    CHECK(report->delimiter == ';');
    CHECK(report->imported == 4);
    CHECK(report->blankLines == 2);
    CHECK(report->rows == 11);
    CHECK_FALSE(report->stopped);
    CHECK(report->ignoredColumns == QStringList{QStringLiteral("Coluna Estranha")});
    CHECK(rejectedLines(*report) == QList<qint64>{3, 8, 11, 12, 13, 14, 16});

    // Exactly the valid rows are in, whole, each with its history; nothing of the rejected ones.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 4);
    CHECK(report->importedIds.size() == 4);
    CHECK(f.count(QStringLiteral("SELECT count(DISTINCT entity_id) FROM audit_log WHERE action = 'create' AND "
                                 "entity = 'customer' AND user_id = ?"),
                  {ana.userId()}) == 4);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer_channels")) == 5); // e-mails and phones: 2+2+0+1
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer_search")) == 4);
    CHECK(f.scalar(QStringLiteral("SELECT observation FROM customers WHERE code = 'A-3'")).toString() ==
          QStringLiteral("Portão azul\ntocar duas vezes; cuidado"));
    CHECK(f.scalar(QStringLiteral("SELECT name FROM customers WHERE code = 'A-3'")).toString() ==
          QStringLiteral("Carla \"Cacá\" Nunes"));
    CHECK(f.scalar(QStringLiteral("SELECT name FROM customers WHERE document = ?"), {CustomerFixture::cpf(3)})
              .toString() == QStringLiteral("=cmd|' /C calc'!A0"));
    CHECK(f.scalar(QStringLiteral("SELECT kind FROM customers WHERE document = '12ABC34501DE35'")).toString() ==
          QLatin1String("PJ"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE 'Eva%' OR name LIKE 'Dora%' OR "
                                 "name LIKE 'Bruno%' OR name LIKE 'Gil%'")) == 0);

    // Importing the same file again: every former success is now a duplicate document, nothing changes.
    auto again = importer.importData(ana, hostileFile(), {});
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->rejectedCount() == 11);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 4);
}

TEST_CASE("CustomerCsvImporter: a dry run makes every check and writes nothing", "[customers][csv]") {
    CustomerFixture f;
    const Actor ana = f.agent();
    CustomerCsvImporter importer(f.db(), f.clock());
    CustomerCsvImporter::Options options;
    options.dryRun = true;

    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto report = importer.importData(ana, hostileFile(), options);
    REQUIRE(report.ok());
    CHECK(report->dryRun);
    CHECK(report->imported == 4);
    CHECK(report->importedIds.isEmpty());
    CHECK(rejectedLines(*report) == QList<qint64>{3, 8, 11, 12, 13, 14, 16});
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer_search")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
}

TEST_CASE("CustomerCsvImporter: a file that is not UTF-8 is refused with its line, and nothing is imported",
          "[customers][csv]") {
    CustomerFixture f;
    const Actor ana = f.agent();
    CustomerCsvImporter importer(f.db(), f.clock());

    // "José" and "Conceição" as Latin-1 / Windows-1252 bytes, on line 3, after a valid line 2.
    QByteArray latin1("nome;cpf;email\n");
    latin1 += utf8(QStringLiteral("Ana;%1;ana@exemplo.com.br\n").arg(CustomerFixture::cpf(1)));
    latin1 += "Jos\xE9 da Concei\xE7\xE3o;" + CustomerFixture::cpf(2).toLatin1() + ";\n";
    auto refused = importer.importData(ana, latin1, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().userMessage.contains(QLatin1String("3")));
    CHECK(refused.error().detail == QLatin1String("invalid UTF-8 at line 3"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 0);

    // A binary file.
    auto binary = importer.importData(ana, QByteArray("nome;cpf\n\x00\x01\x02", 12), {});
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().code == Error::Code::InvalidInput);
    // UTF-8 cut in the middle of a character.
    auto cut = importer.importData(ana, QByteArray("nome;cpf\nJo\xC3"), {});
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().code == Error::Code::InvalidInput);
}

TEST_CASE("CustomerCsvImporter: empty file, header only, missing columns, commas and English headers",
          "[customers][csv]") {
    CustomerFixture f;
    const Actor ana = f.agent();
    CustomerCsvImporter importer(f.db(), f.clock());

    auto empty = importer.importData(ana, QByteArray(), {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Error::Code::InvalidInput);
    CHECK_FALSE(empty.error().userMessage.isEmpty());

    auto headerOnly = importer.importData(ana, QByteArray("\xEF\xBB\xBFnome;cpf;email\r\n"), {});
    REQUIRE(headerOnly.ok());
    CHECK(headerOnly->rows == 0);
    CHECK(headerOnly->imported == 0);
    CHECK(headerOnly->rejected.isEmpty());

    auto missing = importer.importData(ana, QByteArray("nome;email\nAna;ana@exemplo.com.br\n"), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::InvalidInput);
    CHECK(missing.error().detail == QLatin1String("missing columns"));

    auto repeated = importer.importData(ana, QByteArray("nome;name;cpf\n"), {});
    REQUIRE_FALSE(repeated.ok());
    CHECK(repeated.error().detail == QLatin1String("repeated column"));

    const QByteArray commas =
        utf8(QStringLiteral("Name,Document,E-mail,Phone,Kind,Portal access,License days overdue\n"
                            "Acme Ltda,%1,\"a@acme.com.br, b@acme.com.br\",11 3000-2000,PJ,sim,3\n"
                            "Beto,%2,beto@exemplo.com.br,,PF,talvez,0\n")
                 .arg(CustomerFixture::cnpj(1), CustomerFixture::cpf(9)));
    auto english = importer.importData(ana, commas, {});
    REQUIRE(english.ok());
    CHECK(english->delimiter == ',');
    CHECK(english->imported == 1);
    CHECK(rejectedLines(*english) == QList<qint64>{3}); // "talvez" is not yes or no
    CustomerService service(f.db(), f.clock());
    auto acme = service.findByDocument(ana, CustomerFixture::cnpj(1));
    REQUIRE(acme.ok());
    CHECK(acme->kind == Customer::Kind::PJ);
    CHECK(acme->emails.size() == 2);
    CHECK(acme->hasPortalAccess);
    CHECK(acme->licenseDaysOverdue == 3);
}

TEST_CASE("CustomerCsvImporter: needs customer.edit", "[customers][csv][access]") {
    CustomerFixture f;
    const Actor viewer = f.actor(QStringLiteral("viewer"), {Permission::CustomerView, Permission::PersonalDataView});
    CustomerCsvImporter importer(f.db(), f.clock());
    auto refused = importer.importData(viewer, hostileFile(), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(f.deniedRows(viewer, QStringLiteral("import")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
}

TEST_CASE("CustomerCsvExporter: fields are neutralised against formulas and quoted as RFC 4180 says",
          "[customers][csv]") {
    CHECK(CustomerCsvExporter::field(QStringLiteral("=cmd|' /C calc'!A0")) == QByteArray("'=cmd|' /C calc'!A0"));
    CHECK(CustomerCsvExporter::field(QStringLiteral("+55 11")) == QByteArray("'+55 11"));
    CHECK(CustomerCsvExporter::field(QStringLiteral("-2")) == QByteArray("'-2"));
    CHECK(CustomerCsvExporter::field(QStringLiteral("@SUM(A1)")) == QByteArray("'@SUM(A1)"));
    CHECK(CustomerCsvExporter::field(QStringLiteral("\t=1")) == QByteArray("'\t=1"));
    CHECK(CustomerCsvExporter::field(QStringLiteral("  =1+1")) == QByteArray("'  =1+1"));
    CHECK(CustomerCsvExporter::field(QStringLiteral("\r\n=1")) == QByteArray("\"'\r\n=1\""));
    CHECK(CustomerCsvExporter::field(QStringLiteral("a;b")) == QByteArray("\"a;b\""));
    CHECK(CustomerCsvExporter::field(QStringLiteral("a,b")) == QByteArray("\"a,b\""));
    CHECK(CustomerCsvExporter::field(QStringLiteral("diz \"oi\"")) == QByteArray("\"diz \"\"oi\"\"\""));
    CHECK(CustomerCsvExporter::field(QStringLiteral("linha\nnova")) == QByteArray("\"linha\nnova\""));
    CHECK(CustomerCsvExporter::field(QStringLiteral("São Paulo")) == QByteArray("São Paulo"));
    CHECK(CustomerCsvExporter::field(QString()) == QByteArray());
}

TEST_CASE("CustomerCsvExporter: UTF-8 with BOM and semicolons, masked without personal_data.view, and it imports back",
          "[customers][csv][lgpd]") {
    CustomerFixture f;
    const Actor ana = f.agent();
    CustomerService service(f.db(), f.clock());
    Customer hostile = CustomerFixture::person(1, QStringLiteral("=cmd|' /C calc'!A0"));
    hostile.observation = QStringLiteral("Diz \"olá\"; depois\ndesliga");
    hostile.code = QStringLiteral("@X1");
    hostile.phones.append(QStringLiteral("(11) 3000-4000"));
    REQUIRE(service.create(ana, hostile).ok());
    Customer company;
    company.kind = Customer::Kind::PJ;
    company.document = QStringLiteral("12.abc.345/01de-35");
    company.name = QStringLiteral("Construtora Ação, Ltda");
    company.hasPortalAccess = true;
    company.licenseDaysOverdue = 12;
    REQUIRE(service.create(ana, company).ok());

    CustomerCsvExporter exporter(f.db(), f.clock());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = exporter.exportTo(ana, buffer);
    REQUIRE(rows.ok());
    CHECK(*rows == 2);
    const QByteArray csv = buffer.data();
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));

    // Read it back as any CSV reader would.
    QBuffer in;
    in.setData(csv);
    in.open(QIODevice::ReadOnly);
    CsvRecordReader reader(in, ';', {});
    CsvRecordReader::Record record;
    REQUIRE(reader.next(record));
    CHECK(record.fields.size() == CustomerCsvExporter::columns().size());
    REQUIRE(reader.next(record));
    REQUIRE(record.problem == CsvRecordReader::Problem::None);
    REQUIRE(record.fields.size() == CustomerCsvExporter::columns().size());
    CHECK(QString::fromUtf8(record.fields[0]) == QStringLiteral("'@X1"));
    CHECK(QString::fromUtf8(record.fields[2]) == CustomerFixture::cpf(1));
    CHECK(QString::fromUtf8(record.fields[3]) == QStringLiteral("'=cmd|' /C calc'!A0"));
    CHECK(QString::fromUtf8(record.fields[5]) == QStringLiteral("(11) 91001-2001; (11) 3000-4000"));
    CHECK(QString::fromUtf8(record.fields[7]) == QStringLiteral("Diz \"olá\"; depois\ndesliga"));
    REQUIRE(reader.next(record));
    CHECK(QString::fromUtf8(record.fields[2]) == QLatin1String("12ABC34501DE35"));
    CHECK(QString::fromUtf8(record.fields[3]) == QStringLiteral("Construtora Ação, Ltda"));
    CHECK_FALSE(reader.next(record));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_csv' AND new_value = '2' AND "
                                 "user_id = ?"),
                  {ana.userId()}) == 1);

    // Without personal_data.view the same export shows masks only.
    const Actor limited = f.actor(QStringLiteral("limited"), {Permission::CustomerView});
    QBuffer maskedBuffer;
    maskedBuffer.open(QIODevice::WriteOnly);
    REQUIRE(exporter.exportTo(limited, maskedBuffer).ok());
    const QByteArray masked = maskedBuffer.data();
    CHECK_FALSE(masked.contains(CustomerFixture::cpf(1).toUtf8()));
    CHECK_FALSE(masked.contains("12ABC34501DE35"));
    CHECK_FALSE(masked.contains("cliente1@exemplo.com.br"));
    CHECK_FALSE(masked.contains("91001-2001"));
    CHECK(masked.contains("**.ABC.345/****-**"));
    CHECK(masked.contains("(**) *****-2001"));

    const Actor nobody = f.actor(QStringLiteral("nobody"), {});
    QBuffer refusedBuffer;
    refusedBuffer.open(QIODevice::WriteOnly);
    CHECK(exporter.exportTo(nobody, refusedBuffer).error().code == Error::Code::PermissionDenied);
    CHECK(refusedBuffer.data().isEmpty());
    CHECK(f.deniedRows(nobody, QStringLiteral("export_csv")) == 1);

    // Round trip through a file into another database: the same customers come back.
    const QString path = f.temp().filePath(QStringLiteral("clientes.csv"));
    auto written = exporter.exportFile(ana, path);
    REQUIRE(written.ok());
    CustomerFixture other;
    const Actor bia = other.agent(QStringLiteral("bia"));
    CustomerCsvImporter importer(other.db(), other.clock());
    auto imported = importer.importFile(bia, path, {});
    INFO((imported ? QString() : imported.error().userMessage).toStdString());
    REQUIRE(imported.ok());
    for (const auto& rejection : imported->rejected)
        INFO(rejection.line << ": " << rejection.reason.toStdString());
    CHECK(imported->imported == 2);
    CHECK(imported->ignoredColumns.isEmpty());
    CustomerService otherService(other.db(), other.clock());
    auto back = otherService.findByDocument(bia, CustomerFixture::cpf(1));
    REQUIRE(back.ok());
    CHECK(back->name == hostile.name);
    CHECK(back->code == hostile.code);
    CHECK(back->observation == hostile.observation);
    CHECK(back->phones.size() == 2);
    auto backCompany = otherService.findByDocument(bia, QStringLiteral("12ABC34501DE35"));
    REQUIRE(backCompany.ok());
    CHECK(backCompany->hasPortalAccess);
    CHECK(backCompany->licenseDaysOverdue == 12);
    CHECK(backCompany->kind == Customer::Kind::PJ);

    auto missingFile = importer.importFile(bia, f.temp().filePath(QStringLiteral("nao-existe.csv")), {});
    REQUIRE_FALSE(missingFile.ok());
    CHECK_FALSE(missingFile.error().userMessage.isEmpty());
}
