// The merge dialog driven through the real ticket window and customer editor: two agents on two connections to one
// database file; the second save opens the dialog, nothing typed is lost, and both agents' edits end up stored.
#include "TempDatabase.h"

#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/ConflictMergeDialog.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerEditorDialog.h"
#include "customers/CustomerService.h"
#include "main/ServerConnectionDialog.h"
#include "storage/Database.h"
#include "sync/ChangeListener.h"
#include "tickets/TicketService.h"
#include "tickets/TicketWindow.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace atende;
using atende::test::TempDatabase;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

// Two agents of one team, each on their own connection to the same database file (as two workstations), a
// customer and one "Dúvida / Relatórios" ticket.
struct TwoDesks {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    std::unique_ptr<Database> otherDb;
    Actor admin;
    Actor carla; // agent A, in front of the window
    Actor bruno; // agent B, on the other workstation
    qint64 customerId = 0;
    qint64 ticketId = 0;

    TwoDesks() {
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        auto first = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana Admin"),
                                                    QStringLiteral("Adm!n-Segredo-2026"));
        REQUIRE(first.ok());
        admin = *first;
        carla = addUser(users, QStringLiteral("carla"), QStringLiteral("Carla Mendes"), 1);
        bruno = addUser(users, QStringLiteral("bruno"), QStringLiteral("Bruno Lima"), 2);
        auto second = Database::openExisting(db->path());
        REQUIRE(second.ok());
        otherDb = std::move(second).value();

        Customer c;
        c.document = QStringLiteral("52998224725");
        c.name = QStringLiteral("Padaria Pão de Mel");
        c.emails = {QStringLiteral("contato@paodemel.com.br")};
        c.phones = {QStringLiteral("(11) 3456-7890")};
        c.plan = QStringLiteral("Prata");
        auto id = CustomerService(*db, SystemClock::instance()).create(admin, c, true);
        REQUIRE(id.ok());
        customerId = *id;

        NewTicket n;
        n.ticket.customerId = customerId;
        n.ticket.subjectId = 1;     // Dúvida
        n.ticket.subSubjectId = 11; // Relatórios
        n.ticket.title = QStringLiteral("Relatório de vendas não abre");
        n.ticket.description = QStringLiteral("Cliente não encontra o relatório de vendas.");
        n.channel = QStringLiteral("phone");
        auto t = TicketService(*db, SystemClock::instance()).create(carla, n);
        REQUIRE(t.ok());
        ticketId = t->id;
    }

    Actor addUser(UserService& users, const QString& login, const QString& name, qint64 profile) {
        NewUser user;
        user.login = login;
        user.name = name;
        user.profileId = profile;
        user.sectorId = 1;
        user.password = QStringLiteral("Senha-%1-99!").arg(login);
        REQUIRE(users.addUser(admin, user).ok());
        auto logged = users.authenticate(login, user.password);
        REQUIRE(logged.ok());
        return *logged;
    }

    qint64 statusId(const QString& code) {
        return scalar(*db, QStringLiteral("SELECT id FROM workflow_statuses WHERE code = ?"), {code}).toLongLong();
    }
    Ticket storedTicket() {
        auto d = TicketService(*db, SystemClock::instance()).get(admin, ticketId);
        REQUIRE(d.ok());
        return d->ticket;
    }
    // Agent B's save on the other connection: whatever `change` does to the ticket as B reads it now.
    void brunoSaves(const std::function<void(Ticket&)>& change) {
        TicketService service(*otherDb, SystemClock::instance());
        auto d = service.get(bruno, ticketId);
        REQUIRE(d.ok());
        Ticket t = d->ticket;
        change(t);
        auto version = service.update(bruno, t);
        INFO((version ? QString() : version.error().userMessage).toStdString());
        REQUIRE(version.ok());
    }
    void brunoMovesTo(const QString& statusCode) {
        TicketService service(*otherDb, SystemClock::instance());
        const qint64 version = service.get(bruno, ticketId)->ticket.rowVersion;
        REQUIRE(service.changeStatus(bruno, ticketId, version, statusId(statusCode)).ok());
    }
};

// Every message box is recorded and answered with OK instead of blocking.
struct Boxes {
    QList<MessageBoxes::Request> shown;
    MessageBoxes::ScopedTestHook hook{[this](const MessageBoxes::Request& r) {
        shown.append(r);
        return QMessageBox::Ok;
    }};
};

QStringList columnTexts(QTableWidget* table, int column) {
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
}

} // namespace

TEST_CASE("Ticket window: saving over another agent's change merges both edits through the dialog",
          "[gui][conflicts]") {
    TwoDesks desks;
    Boxes boxes;
    TicketWindow window(*desks.db, desks.carla, desks.ticketId);
    REQUIRE(window.isLoaded());
    window.show();

    // Bruno, on the other workstation, renames the ticket and starts working on it.
    const QString brunosTitle = QStringLiteral("Relatório de vendas não abre no Windows 11");
    desks.brunoSaves([&](Ticket& t) { t.title = brunosTitle; });
    desks.brunoMovesTo(QStringLiteral("in_progress"));

    // Carla, still on her first read, writes the description and saves.
    const QString carlasText = QStringLiteral("Cliente informou que o erro começou depois da atualização de ontem.");
    child<QPlainTextEdit>(window, "descriptionTextEdit")->setPlainText(carlasText);
    int shown = 0;
    ConflictMergeDialog::ScopedTestHook merge([&](ConflictMergeDialog& dialog) {
        ++shown;
        dialog.show();
        auto* table = child<QTableWidget>(dialog, "fieldsTableWidget");
        // Title, status and description changed; none by both, so nothing to choose.
        CHECK(table->rowCount() == 3);
        CHECK(columnTexts(table, 1).contains(carlasText));
        CHECK(columnTexts(table, 2).contains(brunosTitle));
        CHECK(columnTexts(table, 2).contains(QStringLiteral("Em atendimento")));
        CHECK(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("Bruno Lima")));
        CHECK(dialog.findChildren<QComboBox*>().isEmpty());
        REQUIRE(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        return dialog.result();
    });
    REQUIRE(window.saveChanges());
    CHECK(shown == 1);
    CHECK(boxes.shown.isEmpty());

    const Ticket stored = desks.storedTicket();
    CHECK(stored.title == brunosTitle);
    CHECK(stored.description == carlasText);
    CHECK(stored.statusId == desks.statusId(QStringLiteral("in_progress")));
    // The window now shows the merged ticket, and a further save goes through without any conflict.
    CHECK(child<QLineEdit>(window, "titleLineEdit")->text() == brunosTitle);
    CHECK(child<QPlainTextEdit>(window, "descriptionTextEdit")->toPlainText() == carlasText);
    child<QLineEdit>(window, "titleLineEdit")->setText(brunosTitle + QStringLiteral(" (versão 4.2)"));
    REQUIRE(window.saveChanges());
    CHECK(shown == 1);
}

TEST_CASE("Ticket window: the same field changed by both is chosen by keyboard, and Cancel keeps the typing",
          "[gui][conflicts]") {
    TwoDesks desks;
    Boxes boxes;
    TicketWindow window(*desks.db, desks.carla, desks.ticketId);
    REQUIRE(window.isLoaded());
    window.show();

    const QString brunosTitle = QStringLiteral("Relatório de vendas: erro de permissão");
    desks.brunoSaves([&](Ticket& t) { t.title = brunosTitle; });
    const QString carlasTitle = QStringLiteral("Relatório de vendas fecha ao exportar PDF");
    child<QLineEdit>(window, "titleLineEdit")->setText(carlasTitle);

    {
        ConflictMergeDialog::ScopedTestHook cancel([&](ConflictMergeDialog& dialog) {
            dialog.show();
            QComboBox* choice = dialog.choiceBox(QStringLiteral("title"));
            REQUIRE(choice);
            CHECK_FALSE(dialog.saveButton()->isEnabled()); // undecided: nothing can be saved yet
            auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            return dialog.result();
        });
        CHECK_FALSE(window.saveChanges());
    }
    CHECK(child<QLineEdit>(window, "titleLineEdit")->text() == carlasTitle); // nothing typed is lost
    CHECK(desks.storedTicket().title == brunosTitle);                        // nothing overwritten

    ConflictMergeDialog::ScopedTestHook keyboard([&](ConflictMergeDialog& dialog) {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QComboBox* choice = dialog.choiceBox(QStringLiteral("title"));
        REQUIRE(choice);
        CHECK(choice->hasFocus());             // the first choice has the focus: no mouse needed
        QTest::keyClick(choice, Qt::Key_Down); // "Keep your version"
        CHECK(dialog.conflict().field(QStringLiteral("title"))->choice == ConflictField::Choice::Mine);
        CHECK(dialog.saveButton()->isEnabled());
        QTest::keyClick(choice, Qt::Key_Return); // Enter: the default button, Save merged
        return dialog.result();
    });
    REQUIRE(window.saveChanges());
    CHECK(desks.storedTicket().title == carlasTitle);
    CHECK(scalar(*desks.db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND entity_id = ? AND "
                                "action = 'merge' AND field = 'title' AND user_id = ?"),
                 {desks.ticketId, desks.carla.userId()})
              .toLongLong() == 1);
    CHECK(boxes.shown.isEmpty());
}

TEST_CASE("Customer editor: saving over another agent's change merges through the dialog", "[gui][conflicts]") {
    TwoDesks desks;
    Boxes boxes;
    CustomerEditorDialog editor(*desks.db, desks.carla);
    REQUIRE(editor.load(desks.customerId).ok());
    editor.show();

    // Bruno changes the plan and the name on the other workstation.
    CustomerService other(*desks.otherDb, SystemClock::instance());
    Customer b = *other.get(desks.bruno, desks.customerId);
    b.plan = QStringLiteral("Ouro");
    b.name = QStringLiteral("Padaria Pão de Mel Ltda");
    REQUIRE(other.update(desks.bruno, b).ok());

    // Carla changes the plan too, and writes a note.
    child<QLineEdit>(editor, "planLineEdit")->setText(QStringLiteral("Bronze"));
    const QString note = QStringLiteral("Ligar depois das 14h; falar com o Sr. Antônio.");
    child<QPlainTextEdit>(editor, "observationPlainTextEdit")->setPlainText(note);

    {
        ConflictMergeDialog::ScopedTestHook cancel([&](ConflictMergeDialog& dialog) {
            dialog.show();
            auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            return dialog.result();
        });
        editor.accept();
        CHECK(editor.isVisible()); // still open, with what Carla typed
        CHECK(child<QLineEdit>(editor, "planLineEdit")->text() == QStringLiteral("Bronze"));
        CHECK(child<QPlainTextEdit>(editor, "observationPlainTextEdit")->toPlainText() == note);
    }

    ConflictMergeDialog::ScopedTestHook merge([&](ConflictMergeDialog& dialog) {
        dialog.show();
        auto* table = child<QTableWidget>(dialog, "fieldsTableWidget");
        CHECK(table->rowCount() == 3); // name, plan, notes
        CHECK(dialog.conflict().conflictingFields() == QStringList{QStringLiteral("plan")});
        QComboBox* plan = dialog.choiceBox(QStringLiteral("plan"));
        REQUIRE(plan);
        plan->setCurrentIndex(plan->findData(int(ConflictField::Choice::Theirs)));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        return dialog.result();
    });
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    const Customer stored = *CustomerService(*desks.db, SystemClock::instance()).get(desks.admin, desks.customerId);
    CHECK(stored.plan == QStringLiteral("Ouro"));
    CHECK(stored.name == QStringLiteral("Padaria Pão de Mel Ltda"));
    CHECK(stored.observation == note);
    CHECK(boxes.shown.isEmpty());
}

// The user guide's picture of the merge dialog (Portuguese, offscreen): run on purpose with
//   build/bin/atende_gui_tests "[.screenshots]" -c "Screenshot of the merge dialog"
// ATENDE_SCREENSHOT_DIR chooses the folder (docs/images of the source tree by default).
TEST_CASE("Screenshot of the merge dialog", "[.screenshots]") {
    const QString dir = qEnvironmentVariableIsSet("ATENDE_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ATENDE_SCREENSHOT_DIR")
                            : QStringLiteral(ATENDE_SOURCE_DIR "/docs/images");
    TwoDesks desks;
    TicketWindow window(*desks.db, desks.carla, desks.ticketId);
    REQUIRE(window.isLoaded());
    desks.brunoSaves([&](Ticket& t) {
        t.title = QStringLiteral("Relatório de vendas não abre no Windows 11");
        t.responsibleId = desks.bruno.userId();
        t.solution = QStringLiteral("Reinstalar o leitor de PDF e liberar o acesso à pasta de relatórios.");
    });
    desks.brunoMovesTo(QStringLiteral("in_progress"));
    child<QLineEdit>(window, "titleLineEdit")->setText(QStringLiteral("Relatório de vendas fecha ao exportar PDF"));
    child<QPlainTextEdit>(window, "descriptionTextEdit")
        ->setPlainText(QStringLiteral("Cliente informou que o erro começou depois da atualização de ontem."));
    child<QPlainTextEdit>(window, "solutionTextEdit")
        ->setPlainText(QStringLiteral("Orientado a exportar em Excel até a correção."));
    auto* urgency = child<QComboBox>(window, "urgencyComboBox");
    urgency->setCurrentIndex(urgency->findData(1));

    bool saved = false;
    ConflictMergeDialog::ScopedTestHook picture([&](ConflictMergeDialog& dialog) {
        dialog.resize(1040, 450);
        dialog.show();
        QComboBox* title = dialog.choiceBox(QStringLiteral("title"));
        REQUIRE(title);
        title->setCurrentIndex(title->findData(int(ConflictField::Choice::Mine)));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        saved = dialog.grab().save(QDir(dir).filePath(QStringLiteral("conflito-mesclar.png")), "PNG");
        return int(QDialog::Rejected);
    });
    CHECK_FALSE(window.saveChanges());
    CHECK(saved);
}

TEST_CASE("Ticket window: a save that comes in while the merge dialog is open is compared again, not overwritten",
          "[gui][conflicts]") {
    TwoDesks desks;
    Boxes boxes;
    TicketWindow window(*desks.db, desks.carla, desks.ticketId);
    REQUIRE(window.isLoaded());
    window.show();

    desks.brunoSaves([](Ticket& t) { t.title = QStringLiteral("Relatório de vendas em branco"); });
    const QString carlasText = QStringLiteral("O relatório abre, mas sem nenhuma linha de vendas.");
    child<QPlainTextEdit>(window, "descriptionTextEdit")->setPlainText(carlasText);

    const QString brunosSolution = QStringLiteral("Filtro de data corrigido no cadastro do cliente.");
    int shown = 0;
    ConflictMergeDialog::ScopedTestHook merge([&](ConflictMergeDialog& dialog) {
        ++shown;
        if (shown == 1) {
            // While Carla looks at the comparison, Bruno saves once more.
            desks.brunoSaves([&](Ticket& t) { t.solution = brunosSolution; });
            CHECK_FALSE(dialog.conflict().field(QStringLiteral("solution"))->changed());
        } else {
            CHECK(dialog.conflict().field(QStringLiteral("solution"))->changedByThem); // the newer version is shown
        }
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        return dialog.result();
    });
    REQUIRE(window.saveChanges());
    CHECK(shown == 2);
    REQUIRE(boxes.shown.size() == 1); // "changed again"
    const Ticket stored = desks.storedTicket();
    CHECK(stored.title == QStringLiteral("Relatório de vendas em branco"));
    CHECK(stored.solution == brunosSolution);
    CHECK(stored.description == carlasText);
}

// Team mode (issue 9): on the PostgreSQL server, another workstation's save reaches an open ticket window within
// a second as a bar naming who changed it; nothing on the form moves until the agent reloads, and reloading keeps
// what the agent had typed.
TEST_CASE("Ticket window: another workstation's change shows a bar naming the agent, and Reload keeps the typing",
          "[gui][postgresql][sync]") {
    TwoDesks desks;
    REQUIRE(desks.db->isPostgres());
    Boxes boxes;
    TicketWindow window(*desks.db, desks.carla, desks.ticketId);
    REQUIRE(window.isLoaded());
    window.show();
    ChangeListener listener(desks.db->path());
    QObject::connect(&listener, &ChangeListener::changed, &window, [&](const ChangeEvent& event) {
        if (event.kind == ChangeEvent::Kind::Ticket && event.writerPid != desks.db->backendPid())
            window.noticeChangedElsewhere(event.id);
    });
    REQUIRE(listener.start());
    // It connects in its own thread; a save made before it listens would not be heard.
    QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), 5000);

    auto* description = child<QPlainTextEdit>(window, "descriptionTextEdit");
    description->setPlainText(QStringLiteral("Cliente enviou o print do erro por e-mail."));
    QElapsedTimer timer;
    timer.start();
    desks.brunoSaves([](Ticket& t) { t.title = QStringLiteral("Relatório de vendas não abre no Windows 11"); });
    const qint64 savedAt = timer.elapsed();
    auto* bar = child<QLabel>(window, "changedElsewhereLabel");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 2000);
    WARN("the bar appeared " << timer.elapsed() - savedAt << " ms after the other workstation's save");
    CHECK(timer.elapsed() - savedAt < 1000);
    CHECK(bar->text().contains(QStringLiteral("Bruno Lima")));
    // Nothing moved by itself.
    CHECK(child<QLineEdit>(window, "titleLineEdit")->text() == QStringLiteral("Relatório de vendas não abre"));

    emit bar->linkActivated(QStringLiteral("reload"));
    CHECK_FALSE(bar->isVisible());
    CHECK(child<QLineEdit>(window, "titleLineEdit")->text() ==
          QStringLiteral("Relatório de vendas não abre no Windows 11"));
    CHECK(description->toPlainText() == QStringLiteral("Cliente enviou o print do erro por e-mail."));
}

TEST_CASE("Screenshots of team mode", "[.screenshots][postgresql]") {
    const QString dir = qEnvironmentVariableIsSet("ATENDE_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ATENDE_SCREENSHOT_DIR")
                            : QStringLiteral(ATENDE_SOURCE_DIR "/docs/images");
    {
        ServerConnectionDialog dialog;
        dialog.setUrl(QStringLiteral("postgresql://atende_app@db.imobiliaria.local:5432/atende?sslmode=verify-full"));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("segredo-da-estacao"));
        dialog.resize(520, 360);
        dialog.show();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("conectar-servidor.png")), "PNG"));
    }
    TwoDesks desks;
    REQUIRE(desks.db->isPostgres());
    TicketWindow window(*desks.db, desks.carla, desks.ticketId);
    REQUIRE(window.isLoaded());
    window.resize(1100, 700);
    window.show();
    child<QPlainTextEdit>(window, "descriptionTextEdit")
        ->setPlainText(QStringLiteral("Cliente enviou o print do erro por e-mail."));
    ChangeListener listener(desks.db->path());
    QObject::connect(&listener, &ChangeListener::changed, &window,
                     [&](const ChangeEvent& event) { window.noticeChangedElsewhere(event.id); });
    REQUIRE(listener.start());
    // It connects in its own thread; a save made before it listens would not be heard.
    QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), 5000);
    desks.brunoSaves([](Ticket& t) { t.title = QStringLiteral("Relatório de vendas não abre no Windows 11"); });
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(window, "changedElsewhereLabel")->isVisible(), 2000);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    CHECK(window.grab().save(QDir(dir).filePath(QStringLiteral("alterado-em-outra-estacao.png")), "PNG"));
}
