// The readable PDF of an LGPD access request: a real PDF whose text (read back with pdftotext) holds what the
// JSON export holds.
#include "FakeClock.h"
#include "TempDatabase.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "customers/CustomerDataExport.h"
#include "customers/CustomerService.h"
#include "reports/CustomerDataPdf.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace atende;
using namespace atende::test;

TEST_CASE("The LGPD PDF of a customer holds the record, the tickets and the interactions as readable text",
          "[gui][lgpd]") {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        if (qEnvironmentVariableIsSet("ATENDE_REQUIRE_SERVERS"))
            FAIL("pdftotext (Debian poppler-utils) is needed to read the PDF back");
        WARN("pdftotext not installed: the PDF's text is not checked");
        return;
    }
    TempDatabase temp;
    auto db = temp.open();
    FakeClock clock;
    UserService users(*db, clock, PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana Administradora"),
                                                QStringLiteral("Adm!n-Segredo-2026"));
    REQUIRE(admin.ok());

    Customer customer;
    customer.name = QStringLiteral("Conceição Araújo Gonçalves");
    customer.document = QStringLiteral("529.982.247-25");
    customer.emails = {QStringLiteral("conceicao@example.com.br")};
    customer.phones = {QStringLiteral("(31) 98888-7777")};
    customer.observation = QStringLiteral("Prefere contato à tarde");
    CustomerService customers(*db, clock);
    auto id = customers.create(*admin, customer);
    REQUIRE(id.ok());
    REQUIRE(db->execRaw(QStringLiteral(
                            "INSERT INTO tickets(id, protocol, customer_id, status_id, opened_at, updated_at, title) "
                            "VALUES (900, '20261130-01-000042', %1, (SELECT min(id) FROM workflow_statuses), 0, 0, "
                            "'Erro ao emitir boleto');"
                            "INSERT INTO interactions(ticket_id, at, channel, text, visible_to_customer) VALUES "
                            "(900, 1000, 'phone', 'Cliente relatou erro na emissão', 1)")
                            .arg(*id))
                .ok());

    CustomerDataExport exporter(*db, clock);
    auto data = exporter.exportCustomer(*admin, *id);
    REQUIRE(data.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("dados.pdf"));
    REQUIRE(CustomerDataPdf::write(*data, pdf, QLocale(QLocale::Portuguese, QLocale::Brazil)).ok());

    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("Conceição Araújo Gonçalves")));
    CHECK(out.contains(QStringLiteral("529.982.247-25")));
    CHECK(out.contains(QStringLiteral("conceicao@example.com.br")));
    CHECK(out.contains(QStringLiteral("Prefere contato à tarde")));
    CHECK(out.contains(QStringLiteral("20261130-01-000042")));
    CHECK(out.contains(QStringLiteral("Erro ao emitir boleto")));
    CHECK(out.contains(QStringLiteral("Cliente relatou erro na emissão")));
    CHECK(out.contains(QStringLiteral("LGPD")));
}
