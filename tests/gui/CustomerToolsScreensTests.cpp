#include "GuiAdminTeam.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerAnonymizeDialog.h"
#include "customers/CustomerCsvImportDialog.h"
#include "customers/CustomerExports.h"
#include "customers/CustomerMergeDialog.h"
#include "customers/CustomerSearchDialog.h"
#include "directory/DirectoryDialog.h"
#include "main/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace atende;
using atende::test::findChildNamed;
using atende::test::GuiAdminTeam;

namespace {

// Answers every message box with `answer` and keeps what was asked.
struct Answering {
    QList<MessageBoxes::Request> asked;
    MessageBoxes::ScopedTestHook hook;
    explicit Answering(QMessageBox::StandardButton answer)
        : hook([this, answer](const MessageBoxes::Request& request) {
            asked.append(request);
            if (request.buttons.testFlag(answer))
                return answer;
            return request.buttons.testFlag(QMessageBox::Ok) ? QMessageBox::Ok : QMessageBox::No;
        }) {}
};

} // namespace

TEST_CASE("The merge dialog shows both records, asks, and moves the tickets to the kept one",
          "[gui][customers][merge]") {
    GuiAdminTeam team;
    const qint64 kept =
        team.addCustomer(QStringLiteral("Maria Souza"), QStringLiteral("529982247"), QStringLiteral("1001"));
    const qint64 removed =
        team.addCustomer(QStringLiteral("Maria de Souza"), QStringLiteral("111444777"), QStringLiteral("1002"));
    team.addTicket(kept, 1);
    team.addTicket(removed, 2);
    team.addTicket(removed, 3);

    CustomerMergeDialog dialog(*team.db, team.admin, kept);
    dialog.show();
    CHECK(dialog.customerId(0) == kept);
    auto* mergeButton = findChildNamed<QPushButton>(dialog, "mergeButton");
    CHECK_FALSE(mergeButton->isEnabled()); // one side still empty

    // The second record found as the agent types its code, shown beside the first.
    auto* rightSearch = findChildNamed<QLineEdit>(dialog, "rightSearchLineEdit");
    QTest::keyClicks(rightSearch, QStringLiteral("1002"));
    QTest::keyClick(rightSearch, Qt::Key_Return);
    CHECK(dialog.customerId(1) == removed);
    CHECK(mergeButton->isEnabled());

    SECTION("Saying no moves nothing") {
        Answering no(QMessageBox::No);
        CHECK_FALSE(dialog.merge());
        REQUIRE(no.asked.size() == 1);
        CHECK(no.asked.first().text.contains(QStringLiteral("Maria Souza")));
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"), {removed}) == 2);
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 2);
    }
    SECTION("Confirmed, the tickets move and the other record goes") {
        Answering yes(QMessageBox::Yes);
        QTest::mouseClick(mergeButton, Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.summary().tickets == 2);
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"), {kept}) == 3);
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {removed}) == 0);
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND action = "
                                         "'merge'")) >= 1);
    }
}

TEST_CASE("The merge dialog shows core's refusal to a profile without customer.merge", "[gui][customers][merge]") {
    GuiAdminTeam team;
    const qint64 a = team.addCustomer(QStringLiteral("Paulo Lima"), QStringLiteral("529982247"));
    const qint64 b = team.addCustomer(QStringLiteral("Paulo R. Lima"), QStringLiteral("111444777"));
    team.addTicket(b, 1);
    CustomerMergeDialog dialog(*team.db, team.agent, a);
    dialog.setCustomers(a, b);
    dialog.setKeptSide(1);
    Answering yes(QMessageBox::Yes);
    CHECK_FALSE(dialog.merge());
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.customerId(0) == a); // the choice stays
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"), {b}) == 1);
}

TEST_CASE("Anonymising needs the customer's code typed, then runs off the GUI thread and reports",
          "[gui][customers][lgpd]") {
    GuiAdminTeam team;
    const qint64 id =
        team.addCustomer(QStringLiteral("Joana Prado"), QStringLiteral("529982247"), QStringLiteral("7788"));
    team.addTicket(id, 1);

    CustomerAnonymizeDialog dialog(*team.db, team.admin, id);
    dialog.show();
    REQUIRE(dialog.isLoaded());
    CHECK(dialog.expectedConfirmation() == QStringLiteral("7788"));
    auto* button = findChildNamed<QPushButton>(dialog, "anonymizeButton");
    auto* confirm = findChildNamed<QLineEdit>(dialog, "confirmLineEdit");
    CHECK_FALSE(button->isEnabled());

    // A wrong confirmation does nothing.
    QTest::keyClicks(confirm, QStringLiteral("7789"));
    CHECK_FALSE(button->isEnabled());
    CHECK_FALSE(dialog.start());
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Joana Prado'")) == 1);

    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("7788"));
    CHECK(button->isEnabled());
    QSignalSpy finished(&dialog, &CustomerAnonymizeDialog::finished);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(dialog.isRunning());
    REQUIRE(finished.wait(60000));
    INFO(dialog.reportText().toStdString());
    CHECK(dialog.succeeded());
    CHECK(dialog.reportText().contains(CustomerAnonymizeDialog::tr("The customer was anonymised.")));
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '%Joana%'")) == 0);
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"), {id}) == 1);
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'anonymize'")) >= 1);
}

TEST_CASE("Anonymising is refused by core for a profile without customer.anonymize", "[gui][customers][lgpd]") {
    GuiAdminTeam team;
    const qint64 id =
        team.addCustomer(QStringLiteral("Joana Prado"), QStringLiteral("529982247"), QStringLiteral("7788"));
    CustomerAnonymizeDialog dialog(*team.db, team.agent, id);
    findChildNamed<QLineEdit>(dialog, "confirmLineEdit")->setText(QStringLiteral("7788"));
    QSignalSpy finished(&dialog, &CustomerAnonymizeDialog::finished);
    REQUIRE(dialog.start());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(dialog.succeeded());
    CHECK_FALSE(dialog.reportText().isEmpty());
    CHECK(findChildNamed<QLineEdit>(dialog, "confirmLineEdit")->text() == QStringLiteral("7788"));
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Joana Prado'")) == 1);
}

TEST_CASE("A customer's data is exported as JSON and as PDF through the save dialog", "[gui][customers][lgpd]") {
    GuiAdminTeam team;
    const qint64 id =
        team.addCustomer(QStringLiteral("Rita Campos"), QStringLiteral("529982247"), QStringLiteral("3003"));
    team.addTicket(id, 1);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QWidget parent;

    for (const auto format : {CustomerExports::DataFormat::Json, CustomerExports::DataFormat::Pdf}) {
        const bool pdf = format == CustomerExports::DataFormat::Pdf;
        const QString chosen = dir.filePath(pdf ? QStringLiteral("rita") : QStringLiteral("rita.json"));
        FileDialogs::ScopedTestHook files([&](const FileDialogs::Request& request) {
            CHECK(request.save);
            return chosen;
        });
        Answering ok(QMessageBox::Ok);
        bool done = false;
        CustomerExports::chooseAndExportCustomerData(&parent, *team.db, team.admin, id, format, [&] { done = true; });
        REQUIRE(QTest::qWaitFor([&] { return done; }, 60000));
        REQUIRE(ok.asked.size() == 1);
        CHECK(ok.asked.first().icon == QMessageBox::Information);
        // A name typed without its ending gets it.
        QFile file(pdf ? chosen + QStringLiteral(".pdf") : chosen);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (pdf) {
            CHECK(bytes.startsWith("%PDF-"));
        } else {
            const QJsonDocument json = QJsonDocument::fromJson(bytes);
            REQUIRE(json.isObject());
            CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("Rita Campos")));
        }
    }
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_data'")) == 2);

    // Without personal_data.view core refuses; the refusal is what the user reads, and no file is left.
    FileDialogs::ScopedTestHook files(
        [&](const FileDialogs::Request&) { return dir.filePath(QStringLiteral("no.json")); });
    Answering ok(QMessageBox::Ok);
    bool done = false;
    CustomerExports::chooseAndExportCustomerData(&parent, *team.db, team.agent, id, CustomerExports::DataFormat::Json,
                                                 [&] { done = true; });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 60000));
    REQUIRE(ok.asked.size() == 1);
    CHECK(ok.asked.first().icon == QMessageBox::Warning);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("no.json"))));
}

TEST_CASE("CSV import checks first without writing, lists the refused lines, then imports", "[gui][customers][csv]") {
    GuiAdminTeam team;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clientes.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QString cpf1 = DocumentNumber::cpfWithCheckDigits(QStringLiteral("529982247"));
        const QString cpf2 = DocumentNumber::cpfWithCheckDigits(QStringLiteral("111444777"));
        file.write(QStringLiteral("nome;cpf;email;telefone\n"
                                  "Ana Beatriz;%1;ana@exemplo.com.br;(41) 99876-1111\n"
                                  "Bruno Carvalho;123.456.789-00;bruno@exemplo.com.br;(41) 99876-2222\n"
                                  "Carla Dias;%2;carla@exemplo.com.br;(41) 99876-3333\n")
                       .arg(cpf1, cpf2)
                       .toUtf8());
    }
    CustomerCsvImportDialog dialog(*team.db, team.admin);
    dialog.show();
    auto* importButton = findChildNamed<QPushButton>(dialog, "importButton");
    CHECK_FALSE(importButton->isEnabled());
    dialog.setFile(path);
    CHECK_FALSE(dialog.import()); // not checked yet

    QSignalSpy finished(&dialog, &CustomerCsvImportDialog::finished);
    QTest::mouseClick(findChildNamed<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    INFO(dialog.summary().toStdString());
    CHECK(dialog.lastReport().dryRun);
    CHECK(dialog.lastReport().imported == 2);
    REQUIRE(dialog.rejectedRows() == 1);
    auto* table = findChildNamed<QTableWidget>(dialog, "rejectedTableWidget");
    CHECK(table->item(0, CustomerCsvImportDialog::LineColumn)->text() == QStringLiteral("3"));
    CHECK_FALSE(table->item(0, CustomerCsvImportDialog::ReasonColumn)->text().isEmpty());
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(importButton->isEnabled());

    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(dialog.lastReport().dryRun);
    CHECK(dialog.lastReport().imported == 2);
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Bruno Carvalho'")) == 0);
    CHECK_FALSE(importButton->isEnabled()); // imported once: not twice by a second press
}

TEST_CASE("Customers are exported to CSV off the GUI thread", "[gui][customers][csv]") {
    GuiAdminTeam team;
    team.addCustomer(QStringLiteral("Davi Esteves"), QStringLiteral("529982247"));
    QTemporaryDir dir;
    QWidget parent;
    FileDialogs::ScopedTestHook files(
        [&](const FileDialogs::Request&) { return dir.filePath(QStringLiteral("todos")); });
    Answering ok(QMessageBox::Ok);
    bool done = false;
    CustomerExports::chooseAndExportCsv(&parent, *team.db, team.admin, [&] { done = true; });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 60000));
    REQUIRE(ok.asked.size() == 1);
    CHECK(ok.asked.first().icon == QMessageBox::Information);
    QFile file(dir.filePath(QStringLiteral("todos.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Davi Esteves")));
}

TEST_CASE("The directory dialog saves an entry, and keeps what was typed when core refuses", "[gui][directory]") {
    GuiAdminTeam team;
    {
        DirectoryDialog dialog(*team.db, team.admin);
        dialog.show();
        dialog.newEntry(DirectoryEntry::Kind::FinancePj);
        QTest::keyClicks(findChildNamed<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("Financeiro Empresas"));
        QTest::keyClicks(findChildNamed<QLineEdit>(dialog, "emailLineEdit"),
                         QStringLiteral("financeiro.pj@exemplo.com.br"));
        QTest::mouseClick(findChildNamed<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        INFO(dialog.message().toStdString());
        CHECK(dialog.currentId() > 0);
        CHECK(dialog.entryCount() == 1);
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM directory_entries WHERE kind = 'finance_pj' AND "
                                         "email = 'financeiro.pj@exemplo.com.br'")) == 1);

        // Changed and saved again: the same row, audited.
        auto* name = findChildNamed<QLineEdit>(dialog, "nameLineEdit");
        name->setText(QStringLiteral("Financeiro PJ"));
        REQUIRE(dialog.save());
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM directory_entries WHERE name = 'Financeiro PJ'")) == 1);
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'directory_entry'")) >= 2);
    }
    {
        // Opened again: the first entry is shown, and choosing another asks nothing (nothing was typed).
        DirectoryDialog dialog(*team.db, team.admin);
        CHECK(dialog.currentId() > 0);
        MessageBoxes::ScopedTestHook none([](const MessageBoxes::Request& request) {
            FAIL("unexpected question: " << request.text.toStdString());
            return QMessageBox::No;
        });
        QTest::mouseClick(findChildNamed<QPushButton>(dialog, "newButton"), Qt::LeftButton);
        CHECK(dialog.currentId() == 0);
    }
    {
        DirectoryDialog dialog(*team.db, team.agent);
        dialog.newEntry(DirectoryEntry::Kind::Receptionist);
        findChildNamed<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Recepção"));
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.message().isEmpty());
        CHECK(findChildNamed<QLineEdit>(dialog, "nameLineEdit")->text() == QStringLiteral("Recepção"));
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM directory_entries WHERE kind = 'receptionist'")) == 0);
    }
}

TEST_CASE("The new menu entries and customer buttons follow the profile", "[gui][customers][permissions]") {
    GuiAdminTeam team;
    const qint64 id = team.addCustomer(QStringLiteral("Lia Moura"), QStringLiteral("529982247"));
    for (const bool isAdmin : {true, false}) {
        const Actor& actor = isAdmin ? team.admin : team.agent;
        INFO((isAdmin ? "admin" : "agent"));
        auto db = Database::open(team.db->path());
        REQUIRE(db.ok());
        MainWindow window(std::move(db).value(), actor);
        for (const char* name : {"mergeCustomersAction", "importCustomersAction", "attendanceTypesAction",
                                 "knowledgeBaseAction", "directoryAction"}) {
            INFO(name);
            CHECK(findChildNamed<QAction>(window, name)->isVisible() == isAdmin);
        }
        // Reading customers is allowed to both, so both may export the (masked, for the agent) list.
        CHECK(findChildNamed<QAction>(window, "exportCustomersAction")->isVisible());

        CustomerSearchDialog search(*team.db, actor);
        search.showCustomer(id);
        for (const char* name : {"mergeButton", "anonymizeButton", "exportDataButton"}) {
            INFO(name);
            auto* button = findChildNamed<QPushButton>(search, name);
            CHECK(button->isVisibleTo(&search) == isAdmin);
            CHECK(button->isEnabled());
            CHECK(button->text().contains(QLatin1Char('&')));
        }
    }
}
