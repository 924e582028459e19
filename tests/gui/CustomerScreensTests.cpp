#include "FakeClock.h"
#include "TempDatabase.h"

#include "CustomerListModel.h"
#include "admin/AccessProfileEditorDialog.h"
#include "audit/AuditHistoryDialog.h"
#include "auth/AccessProfileService.h"
#include "auth/Permission.h"
#include "auth/UserService.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerCardLoader.h"
#include "customers/CustomerCardWidget.h"
#include "customers/CustomerEditorDialog.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerSearchDialog.h"
#include "customers/CustomerService.h"
#include "customers/CustomerValidator.h"
#include "docs/DocumentNumber.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace atende;
using atende::test::TempDatabase;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// An administrator and an agent whose profile lacks personal_data.view, made through the services.
struct Team {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    Actor admin;
    Actor viewer; // customer.view and customer.edit, no personal_data.view
    qint64 viewerProfile = 0;

    Team() {
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        auto first = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana Admin"),
                                                    QStringLiteral("Adm!n-Segredo-2026"));
        REQUIRE(first.ok());
        admin = *first;
        AccessProfileService profiles(*db, SystemClock::instance());
        auto profile = profiles.createProfile(admin, QStringLiteral("Estagiário"), QString(),
                                              {Permission::CustomerView, Permission::CustomerEdit});
        REQUIRE(profile.ok());
        viewerProfile = *profile;
        NewUser user;
        user.login = QStringLiteral("estagio");
        user.name = QStringLiteral("Edu Estagiário");
        user.profileId = viewerProfile;
        user.password = QStringLiteral("Estagio-Senha-99!");
        REQUIRE(users.addUser(admin, user).ok());
        auto logged = users.authenticate(user.login, user.password);
        REQUIRE(logged.ok());
        viewer = *logged;
        REQUIRE_FALSE(viewer.can(Permission::PersonalDataView));
    }

    qint64 addCustomer(Customer c) {
        CustomerService customers(*db, SystemClock::instance());
        auto id = customers.create(admin, c, true);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

Customer sampleCustomer() {
    Customer c;
    c.document = DocumentNumber::cpfWithCheckDigits(QStringLiteral("529982247"));
    c.name = QStringLiteral("Paulo Pereira");
    c.phones = {QStringLiteral("(41) 99876-5432")};
    c.emails = {QStringLiteral("paulo@exemplo.com.br")};
    c.observation = QStringLiteral("Portão azul: tocar o interfone 2 e aguardar.");
    c.inDebt = true;
    c.debtNote = QStringLiteral("Boleto de outubro em aberto.");
    c.licenseDaysOverdue = 9;
    c.plan = QStringLiteral("Ouro");
    return c;
}

} // namespace

TEST_CASE("The customer editor refuses an invalid CPF with a message and keeps everything typed", "[gui][customers]") {
    Team team;
    CustomerEditorDialog editor(*team.db, team.admin);
    editor.show();
    auto* document = child<QLineEdit>(editor, "documentLineEdit");
    auto* name = child<QLineEdit>(editor, "nameLineEdit");
    auto* phones = child<QLineEdit>(editor, "phonesLineEdit");
    name->setText(QStringLiteral("Maria das Graças")); // QTest types ASCII only
    QTest::keyClicks(phones, QStringLiteral("(11) 98765-4321"));
    QTest::keyClicks(document, QStringLiteral("123.456.789-00"));

    // As you type: the problem beside the field, in core's words.
    const auto issue = CustomerValidator::checkDocument(Customer::Kind::PF, QStringLiteral("123.456.789-00"));
    REQUIRE(issue.has_value());
    auto* documentProblem = child<QLabel>(editor, "documentProblemLabel");
    CHECK(documentProblem->isVisibleTo(&editor));
    CHECK(documentProblem->text() == issue->message);
    auto* save = child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save);
    CHECK(save->toolTip().contains(issue->message));

    // Save says what is wrong, saves nothing and loses nothing.
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(editor.isVisible());
    CHECK(editor.result() != QDialog::Accepted);
    auto* problems = child<QLabel>(editor, "problemsLabel");
    CHECK(problems->isVisibleTo(&editor));
    CHECK(problems->text().contains(issue->message));
    CHECK(document->text() == QStringLiteral("123.456.789-00"));
    CHECK(name->text() == QStringLiteral("Maria das Graças"));
    CHECK(phones->text() == QStringLiteral("(11) 98765-4321"));
    CHECK(scalar(*team.db, QStringLiteral("SELECT count(*) FROM customers")) == 0);

    // A phone without DDD is caught as well.
    phones->setText(QStringLiteral("98765-4321"));
    CHECK(child<QLabel>(editor, "phonesProblemLabel")->isVisibleTo(&editor));

    // Corrected, it saves; the mask is put back on a valid document typed without it.
    phones->setText(QStringLiteral("(11) 98765-4321"));
    const QString valid = DocumentNumber::cpfWithCheckDigits(QStringLiteral("123456789"));
    document->setText(valid);
    QMetaObject::invokeMethod(document, "editingFinished");
    CHECK(document->text() == DocumentNumber::parse(valid).formatted());
    CHECK_FALSE(documentProblem->isVisibleTo(&editor));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(scalar(*team.db, QStringLiteral("SELECT count(*) FROM customers WHERE document = ?"), {valid}) == 1);
}

TEST_CASE("The customer editor offers a possible duplicate first", "[gui][customers]") {
    Team team;
    const qint64 existing = team.addCustomer(sampleCustomer());
    CustomerEditorDialog editor(*team.db, team.admin);
    child<QLineEdit>(editor, "documentLineEdit")
        ->setText(DocumentNumber::cpfWithCheckDigits(QStringLiteral("111444777")));
    child<QLineEdit>(editor, "nameLineEdit")->setText(QStringLiteral("paulo pereira"));
    child<QLineEdit>(editor, "phonesLineEdit")->setText(QStringLiteral("41 99876 5432"));
    QList<MessageBoxes::Request> asked;
    MessageBoxes::ScopedTestHook hook([&asked](const MessageBoxes::Request& request) {
        asked.append(request);
        return QMessageBox::Open;
    });
    editor.accept();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().text.contains(QStringLiteral("Paulo Pereira")));
    CHECK(editor.result() == CustomerEditorDialog::OpenExisting);
    CHECK(editor.customerId() == existing);
    CHECK(scalar(*team.db, QStringLiteral("SELECT count(*) FROM customers")) == 1);
}

TEST_CASE("The customer card shows access notes and the finance block, and masks the CPF without the permission",
          "[gui][customers]") {
    Team team;
    const Customer c = sampleCustomer();
    const qint64 id = team.addCustomer(c);
    const QString formatted = DocumentNumber::parse(c.document).formatted();

    CustomerCardWidget card;
    card.resize(700, 600);
    card.show();
    CHECK(child<QLabel>(card, "emptyLabel")->isVisibleTo(&card));

    REQUIRE(card.loadCustomer(*team.db, team.admin, id).ok());
    auto* notes = child<QLabel>(card, "accessNotesLabel");
    CHECK(notes->isVisibleTo(&card));
    CHECK(notes->text() == c.observation);
    auto* finance = child<QLabel>(card, "financeLabel");
    CHECK(finance->text().contains(QStringLiteral("9")));
    CHECK(finance->text().contains(c.debtNote));
    CHECK(child<QLabel>(card, "identityLabel")->text().contains(formatted));
    CHECK(child<QLabel>(card, "channelsLabel")->text().contains(QStringLiteral("(41) 99876-5432")));

    // The agent without personal_data.view: the same card, the CPF and phone masked.
    REQUIRE(card.loadCustomer(*team.db, team.viewer, id).ok());
    CHECK(notes->text() == c.observation);
    const QString identity = child<QLabel>(card, "identityLabel")->text();
    CHECK_FALSE(identity.contains(formatted));
    CHECK(identity.contains(CustomerPrivacy::maskDocument(DocumentNumber::parse(c.document).normalized())));
    CHECK_FALSE(child<QLabel>(card, "channelsLabel")->text().contains(QStringLiteral("99876-5432")));
    CHECK(finance->text().contains(c.debtNote));

    // The search screen finds by the masked document's owner name and masks the list too.
    CustomerSearchDialog search(*team.db, team.viewer);
    search.search(QStringLiteral("paulo"));
    REQUIRE(search.resultCount() == 1);
    auto* results = child<QTableWidget>(search, "resultsTableWidget");
    CHECK_FALSE(results->item(0, CustomerSearchDialog::DocumentColumn)->text().contains(formatted));
    CHECK(search.card()->customerId() == id);

    card.clear();
    CHECK_FALSE(card.hasCustomer());
    CHECK(child<QLabel>(card, "emptyLabel")->isVisibleTo(&card));
}

TEST_CASE("The profile editor saves a permission change, and shows core's refusal", "[gui][admin]") {
    Team team;
    AccessProfileEditorDialog editor(*team.db, team.admin);
    editor.show();
    const QString countSql =
        QStringLiteral("SELECT count(*) FROM profile_permissions pp JOIN access_profiles p ON p.id = pp.profile_id "
                       "WHERE p.name = ? AND pp.permission = ?");
    REQUIRE(editor.selectProfile(QStringLiteral("Agente")));
    QCheckBox* bulk = editor.permissionCheckBox(Permission::TicketBulk);
    REQUIRE(bulk);
    const bool had = bulk->isChecked();
    CHECK(scalar(*team.db, countSql, {QStringLiteral("Agente"), Permission::TicketBulk}) == (had ? 1 : 0));
    QTest::keyClick(bulk, Qt::Key_Space);
    REQUIRE(bulk->isChecked() != had);
    QTest::mouseClick(child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    INFO(editor.message().toStdString());
    CHECK(scalar(*team.db, countSql, {QStringLiteral("Agente"), Permission::TicketBulk}) == (had ? 0 : 1));

    // Taking user.admin from the only administrator profile is refused by core; the screen says why.
    REQUIRE(editor.selectProfile(QStringLiteral("Administrador")));
    QCheckBox* userAdmin = editor.permissionCheckBox(Permission::UserAdmin);
    REQUIRE(userAdmin->isChecked());
    userAdmin->setChecked(false);
    CHECK_FALSE(editor.save());
    CHECK_FALSE(editor.message().isEmpty());
    CHECK_FALSE(userAdmin->isChecked()); // what was typed stays on screen
    CHECK(scalar(*team.db, countSql, {QStringLiteral("Administrador"), Permission::UserAdmin}) == 1);
}

TEST_CASE("The history view masks personal values for a profile without the permission", "[gui][audit]") {
    Team team;
    const Customer c = sampleCustomer();
    const qint64 id = team.addCustomer(c);
    const QString normalized = DocumentNumber::parse(c.document).normalized();
    AuditHistoryFilter filter;
    filter.entity = QStringLiteral("customer");
    filter.entityId = id;

    auto documentValue = [](AuditHistoryDialog& dialog) {
        for (int row = 0; row < dialog.rowCount(); ++row) {
            if (dialog.cell(row, AuditHistoryDialog::FieldColumn) == QLatin1String("document"))
                return dialog.cell(row, AuditHistoryDialog::NewColumn);
        }
        return QString();
    };
    AuditHistoryDialog full(*team.db, team.admin, filter);
    CHECK(documentValue(full) == normalized);
    AuditHistoryDialog masked(*team.db, team.viewer, filter);
    REQUIRE(masked.rowCount() > 0);
    CHECK(documentValue(masked) == CustomerPrivacy::maskDocument(normalized));
    CHECK(child<QLabel>(masked, "messageLabel")
              ->text()
              .contains(AuditHistoryDialog::tr("Personal data is masked for your profile.")));

    // The global history is for audit.view: the agent gets core's refusal, not rows.
    AuditHistoryDialog global(*team.db, team.viewer, AuditHistoryFilter{});
    CHECK(global.rowCount() == 0);
    CHECK_FALSE(child<QLabel>(global, "messageLabel")->text().isEmpty());
    AuditHistoryDialog adminGlobal(*team.db, team.admin, AuditHistoryFilter{});
    CHECK(adminGlobal.rowCount() > 0);
}

TEST_CASE("The main window shows the logged user and hides what the profile does not allow", "[gui]") {
    Team team;
    auto viewerDb = Database::open(team.db->path());
    REQUIRE(viewerDb.ok());
    MainWindow window(std::move(viewerDb).value(), team.viewer);
    CHECK(child<QLabel>(window, "userLabel")->text().contains(QStringLiteral("estagio")));
    CHECK_FALSE(child<QAction>(window, "accessProfilesAction")->isVisible());
    CHECK_FALSE(child<QAction>(window, "auditHistoryAction")->isVisible());
    CHECK(child<QAction>(window, "searchCustomersAction")->isVisible());
    CHECK(child<QAction>(window, "changePasswordAction")->isVisible());
    CHECK(window.customerModel()->masksDocuments());

    auto adminDb = Database::open(team.db->path());
    REQUIRE(adminDb.ok());
    MainWindow adminWindow(std::move(adminDb).value(), team.admin);
    CHECK(child<QAction>(adminWindow, "accessProfilesAction")->isVisible());
    CHECK(child<QAction>(adminWindow, "auditHistoryAction")->isVisible());
    CHECK_FALSE(adminWindow.customerModel()->masksDocuments());
}

TEST_CASE("The editor keeps masked personal data read-only and saving another field keeps the stored values",
          "[gui][customers]") {
    Team team;
    const Customer c = sampleCustomer();
    const qint64 id = team.addCustomer(c);
    CustomerEditorDialog editor(*team.db, team.viewer);
    REQUIRE(editor.load(id).ok());
    auto* document = child<QLineEdit>(editor, "documentLineEdit");
    CHECK(document->isReadOnly());
    CHECK(child<QLineEdit>(editor, "phonesLineEdit")->isReadOnly());
    CHECK_FALSE(document->text().contains(DocumentNumber::parse(c.document).formatted()));
    child<QLineEdit>(editor, "planLineEdit")->setText(QStringLiteral("Prata"));
    editor.accept();
    INFO(editor.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(scalar(*team.db,
                 QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND plan = 'Prata' AND "
                                "document = ?"),
                 {id, DocumentNumber::parse(c.document).normalized()}) == 1);
    CHECK(scalar(*team.db,
                 QStringLiteral("SELECT count(*) FROM customer_channels WHERE customer_id = ? AND value "
                                "LIKE '%*%'"),
                 {id}) == 0);
}

TEST_CASE("The customer, administration and history screens are reachable from the keyboard", "[gui]") {
    Team team;
    auto adminDb = Database::open(team.db->path());
    REQUIRE(adminDb.ok());
    MainWindow window(std::move(adminDb).value(), team.admin);
    CHECK(child<QAction>(window, "searchCustomersAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K));
    CHECK(child<QAction>(window, "newCustomerAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(child<QAction>(window, "auditHistoryAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H));
    // Every menu and entry has a mnemonic.
    for (const char* name : {"customersMenu", "adminMenu"}) {
        auto* menu = child<QMenu>(window, name);
        CHECK(menu->title().contains(QLatin1Char('&')));
        for (QAction* action : menu->actions())
            CHECK(action->text().contains(QLatin1Char('&')));
    }

    // The search box is first in the tab order, Enter searches and the card follows the selection.
    const qint64 id = team.addCustomer(sampleCustomer());
    CustomerSearchDialog search(*team.db, team.admin);
    search.show();
    auto* box = child<QLineEdit>(search, "searchLineEdit");
    CHECK(child<QLabel>(search, "searchLabel")->buddy() == box);
    QTest::keyClicks(box, QStringLiteral("paulo"));
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(search.resultCount() == 1);
    CHECK(search.card()->customerId() == id);
    CHECK(search.isVisible()); // Enter in the box searches, it does not close the dialog
}

TEST_CASE("Enter in the history text filter searches and keeps the dialog open", "[gui][audit]") {
    Team team;
    team.addCustomer(sampleCustomer());
    AuditHistoryDialog dialog(*team.db, team.admin, AuditHistoryFilter{});
    dialog.show();
    const int all = dialog.rowCount();
    REQUIRE(all > 1);
    auto* text = child<QLineEdit>(dialog, "textLineEdit");
    QTest::keyClicks(text, QStringLiteral("Ouro"));
    QTest::keyClick(text, Qt::Key_Return);
    CHECK(dialog.isVisible());
    REQUIRE(dialog.rowCount() >= 1);
    CHECK(dialog.rowCount() < all);
    for (int row = 0; row < dialog.rowCount(); ++row)
        CHECK((dialog.cell(row, AuditHistoryDialog::NewColumn) + dialog.cell(row, AuditHistoryDialog::OldColumn))
                  .contains(QStringLiteral("Ouro")));
}

TEST_CASE("The editor adds, checks and removes contacts", "[gui][customers]") {
    Team team;
    const qint64 id = team.addCustomer(sampleCustomer());
    {
        CustomerEditorDialog editor(*team.db, team.admin);
        REQUIRE(editor.load(id).ok());
        auto* contacts = child<QTableWidget>(editor, "contactsTableWidget");
        REQUIRE(contacts->rowCount() == 0);
        QTest::mouseClick(child<QPushButton>(editor, "addContactButton"), Qt::LeftButton);
        REQUIRE(contacts->rowCount() == 1);
        contacts->item(0, CustomerEditorDialog::ContactNameColumn)->setText(QStringLiteral("Marta Souza"));
        contacts->item(0, CustomerEditorDialog::ContactRoleColumn)->setText(QStringLiteral("Financeiro"));
        contacts->item(0, CustomerEditorDialog::ContactPhoneColumn)->setText(QStringLiteral("3333-4444"));
        // An empty row added by mistake is ignored, not refused.
        QTest::mouseClick(child<QPushButton>(editor, "addContactButton"), Qt::LeftButton);
        editor.accept();
        CHECK(editor.result() != QDialog::Accepted);
        CHECK_FALSE(editor.problems().isEmpty());
        CHECK(contacts->item(0, CustomerEditorDialog::ContactNameColumn)->text() == QStringLiteral("Marta Souza"));
        contacts->item(0, CustomerEditorDialog::ContactPhoneColumn)->setText(QStringLiteral("(11) 3333-4444"));
        editor.accept();
        INFO(editor.problems().join(QLatin1Char('\n')).toStdString());
        CHECK(editor.result() == QDialog::Accepted);
    }
    CHECK(scalar(*team.db,
                 QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = ? AND name = "
                                "'Marta Souza' AND phone = '(11) 3333-4444'"),
                 {id}) == 1);
    {
        CustomerEditorDialog editor(*team.db, team.admin);
        REQUIRE(editor.load(id).ok());
        auto* contacts = child<QTableWidget>(editor, "contactsTableWidget");
        REQUIRE(contacts->rowCount() == 1);
        contacts->setCurrentCell(0, 0);
        QTest::mouseClick(child<QPushButton>(editor, "removeContactButton"), Qt::LeftButton);
        editor.accept();
        CHECK(editor.result() == QDialog::Accepted);
    }
    CHECK(scalar(*team.db, QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = ?"), {id}) == 0);
}
