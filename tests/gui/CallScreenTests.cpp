// The call screen (issue 6): whole calls driven by the keyboard only, the refusals, the finance and partner
// prompts, the language check, and the draft back after a real kill -9.
#include "HelperProcess.h"
#include "TempDatabase.h"

#include "attendance/AttendanceFormWidget.h"
#include "auth/UserService.h"
#include "call/CallWidget.h"
#include "call/LanguageAssist.h"
#include "common/MessageBoxes.h"
#include "knowledge/KnowledgePanel.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"
#include "util/SystemClock.h"

#include "FakeClock.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace atende;
using atende::test::TempDatabase;

namespace {

const QString Login = QStringLiteral("juliana");
const QString Password = QStringLiteral("Juliana-Segura-2026");

QVariant value(Database& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db.connection());
    const bool prepared = q.prepare(sql);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& v : values)
        q.addBindValue(v);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    if (!q.next())
        return {};
    return q.value(0);
}

void exec(Database& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db.connection());
    const bool prepared = q.prepare(sql);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& v : values)
        q.addBindValue(v);
    INFO((sql + QStringLiteral(" -> ") + q.lastError().text()).toStdString());
    REQUIRE(q.exec());
}

// The data of seeds 000/001 the calls need: the company, a PF customer with portal access and a partner, a PJ
// customer in debt without portal access (an open ticket in another sector), a tenant with an active contract,
// the finance contacts PF and PJ and the receptionist in the directory.
void seed(Database& db) {
    exec(db, QStringLiteral("UPDATE app_settings SET value = 'Imobiliária Exemplo' WHERE key = 'company.name'"));
    exec(db, QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('mail.receptionist.address', "
                            "'recepcao@exemplo.com.br') ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    exec(db,
         QStringLiteral("INSERT INTO directory_entries (id, kind, name, email, phone) VALUES "
                        "(1, 'finance_pf', 'Fernanda Financeiro PF', 'financeiro.pf@exemplo.com.br', '(11) 3333-1001'),"
                        "(2, 'finance_pj', 'Paulo Financeiro PJ', 'financeiro.pj@exemplo.com.br', '(11) 3333-1002'),"
                        "(3, 'receptionist', 'Recepção', 'recepcao@exemplo.com.br', ''),"
                        "(4, 'partner', 'Parceira Contábil Ltda', 'contato@parceira.com.br', '')"));
    exec(db, QStringLiteral("INSERT INTO customers (id, kind, document, code, name, name_key, partner_id, "
                            "has_portal_access, observation, created_at, updated_at) VALUES (1, 'PF', '52998224725', "
                            "'C-1001', 'Maria Souza', 'maria souza', 4, 1, 'Prefere contato por e-mail', 0, 0)"));
    exec(db, QStringLiteral("INSERT INTO customer_channels (customer_id, kind, value, value_key) VALUES "
                            "(1, 'email', 'maria@exemplo.com.br', 'maria@exemplo.com.br')"));
    exec(db, QStringLiteral("INSERT INTO customers (id, kind, document, code, name, name_key, in_debt, debt_note, "
                            "license_days_overdue, created_at, updated_at) VALUES (2, 'PJ', '11222333000181', "
                            "'C-2002', 'Construtora Horizonte Ltda', 'construtora horizonte ltda', 1, "
                            "'2 boletos em aberto', 9, 0, 0)"));
    exec(db, QStringLiteral("INSERT INTO customers (id, kind, document, code, name, name_key, created_at, "
                            "updated_at) VALUES (3, 'PF', '11144477735', 'C-3003', 'José Lima', 'jose lima', 0, 0)"));
    exec(db, QStringLiteral("INSERT INTO properties (id, code, address, owner_id) VALUES (10, 'AP-10', 'Rua das "
                            "Flores, 10', 1)"));
    exec(db, QStringLiteral("INSERT INTO rental_contracts (property_id, tenant_id, owner_id, started_on) VALUES "
                            "(10, 3, 1, '2026-01-01')"));
}

struct CallTeam {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    Actor agent;

    CallTeam() {
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        auto first = users.createFirstAdministrator(Login, QStringLiteral("Juliana Prado"), Password);
        REQUIRE(first.ok());
        agent = *first;
        seed(*db);
    }
};

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

void activate(QWidget& w) {
    w.resize(1200, 800);
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// Keys go where the keyboard focus is, as for the agent.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, key, modifiers);
}

// QTest::keyClicks only knows ASCII; accented letters go as key events carrying their text, as a keyboard sends.
void typeInto(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void type(const QString& text) {
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    typeInto(focus, text);
}

// A call widget started on a new protocol, shown and active (shortcuts need an active window).
struct RunningCall {
    std::unique_ptr<CallWidget> widget;
    RunningCall(Database& db, const Actor& actor, const Clock& clock) {
        widget = std::make_unique<CallWidget>(db, actor, clock, QStringLiteral("01"));
        activate(*widget);
        REQUIRE(widget->start().ok());
        REQUIRE(!widget->protocol().isEmpty());
    }
    CallWidget& operator*() { return *widget; }
    CallWidget* operator->() { return widget.get(); }
};

} // namespace

TEST_CASE("A support call (Erro) from greeting to protocol e-mail, keyboard only", "[gui][call]") {
    CallTeam team;
    test::FakeClock clock;
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 30), QTimeZone("America/Sao_Paulo")));
    RunningCall call(*team.db, team.agent, clock);
    CallWidget& w = *call;

    // Greeting: the script with the company and the agent, the protocol reserved now (its contact record exists).
    CHECK(w.stage() == CallWidget::Stage::Greeting);
    const QString greeting = child<QLabel>(w, "greetingLabel")->text();
    CHECK(greeting.contains(QStringLiteral("Imobiliária Exemplo")));
    CHECK(greeting.contains(QStringLiteral("Juliana")));
    CHECK(child<QLabel>(w, "bigProtocolLabel")->text() == w.protocol());
    CHECK(value(*team.db, QStringLiteral("SELECT count(*) FROM contact_records WHERE protocol = ?"), {w.protocol()})
              .toInt() == 1);

    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::Identification);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(w, "identifyEdit"));
    type(QStringLiteral("529.982.247-25"));
    press(Qt::Key_Return); // looks up: one customer, the card
    REQUIRE(w.customerId() == std::optional<qint64>(1));
    press(Qt::Key_Return); // partner reminder next
    REQUIRE(w.stage() == CallWidget::Stage::Finance);
    CHECK(child<QLabel>(w, "partnerLabel")->text().contains(QStringLiteral("Parceira Contábil Ltda")));
    CHECK(child<QLabel>(w, "debtLabel")->text().isEmpty());
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::ExistingTicket);
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::AttendanceType);
    type(QStringLiteral("Erro")); // the list's keyboard search
    CHECK(child<QListWidget>(w, "typeList")->currentItem()->text() == QStringLiteral("Erro"));
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::Form);

    auto* form = child<AttendanceFormWidget>(w, "formWidget");
    CHECK(QApplication::focusWidget() == form->editorFor(QStringLiteral("tool")));
    type(QStringLiteral("Relatórios"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Emitir o relatório de vendas do mês"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Gerenciamento > Relatórios"));
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == form->editorFor(QStringLiteral("screenshot")));
    press(Qt::Key_Down);
    press(Qt::Key_Down); // "Pedir print ao cliente"
    CHECK(static_cast<QComboBox*>(form->editorFor(QStringLiteral("screenshot")))->currentIndex() == 2);
    press(Qt::Key_Tab);
    auto* notes = child<QPlainTextEdit>(w, "notesEdit");
    REQUIRE(QApplication::focusWidget() == notes);

    // The language check: the gerundism is flagged and Ctrl+. puts the suggestion in.
    type(QStringLiteral("Vou estar verificando o relatório e retorno por e-mail"));
    auto* assist = notes->findChild<LanguageAssist*>();
    REQUIRE(assist);
    QTextCursor cursor = notes->textCursor();
    cursor.setPosition(8);
    notes->setTextCursor(cursor);
    REQUIRE(assist->findingAtCursor());
    press(Qt::Key_Period, Qt::ControlModifier);
    CHECK(notes->toPlainText() == QStringLiteral("Vou verificar o relatório e retorno por e-mail"));

    press(Qt::Key_Return, Qt::ControlModifier); // conclude from the text box
    INFO(w.messageText().toStdString());
    REQUIRE(w.isFinished());

    const QString protocol = w.protocol();
    const qint64 ticketId =
        value(*team.db, QStringLiteral("SELECT id FROM tickets WHERE protocol = ?"), {protocol}).toLongLong();
    REQUIRE(ticketId > 0);
    const QJsonObject answers =
        QJsonDocument::fromJson(
            value(*team.db, QStringLiteral("SELECT form_answers FROM tickets WHERE id = ?"), {ticketId}).toByteArray())
            .object();
    CHECK(answers.value(QStringLiteral("screenshot")).toString() == QStringLiteral("Pedir print ao cliente"));
    CHECK(answers.value(QStringLiteral("where")).toString() == QStringLiteral("Gerenciamento > Relatórios"));
    CHECK(value(*team.db, QStringLiteral("SELECT kind FROM tickets WHERE id = ?"), {ticketId}).toString() ==
          QStringLiteral("incident"));
    CHECK(value(*team.db,
                QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ? AND channel = 'phone' AND text "
                               "LIKE '%Vou verificar o relatório%'"),
                {ticketId})
              .toInt() == 1);
    CHECK(value(*team.db, QStringLiteral("SELECT ticket_id FROM contact_records WHERE protocol = ?"), {protocol})
              .toLongLong() == ticketId);
    CHECK(value(*team.db, QStringLiteral("SELECT to_address FROM outbox WHERE ticket_id = ?"), {ticketId})
              .toString()
              .contains(QStringLiteral("maria@exemplo.com.br")));
    const QString body =
        value(*team.db, QStringLiteral("SELECT body_text FROM outbox WHERE ticket_id = ?"), {ticketId}).toString();
    CHECK(body.contains(protocol));
    CHECK(body.contains(QStringLiteral("30/11/2026")));
    CHECK(body.contains(QStringLiteral("Juliana Prado")));
    CHECK(value(*team.db, QStringLiteral("SELECT count(*) FROM call_drafts")).toInt() == 0);
}

TEST_CASE("A real-estate call (Captação) for a PJ in debt: transfer script, other-sector ticket, capture process",
          "[gui][call]") {
    CallTeam team;
    test::FakeClock clock;
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(15, 0), QTimeZone("America/Sao_Paulo")));
    // An open ticket of the customer, with the Implantação sector.
    TicketService tickets(*team.db, clock, QStringLiteral("01"));
    NewTicket open;
    open.ticket.customerId = 2;
    open.ticket.sectorId = 2;
    open.ticket.title = QStringLiteral("Vistoria do imóvel da Rua Azul");
    auto existing = tickets.create(team.agent, open);
    REQUIRE(existing.ok());

    RunningCall call(*team.db, team.agent, clock);
    CallWidget& w = *call;
    press(Qt::Key_Return);
    type(QStringLiteral("11.222.333/0001-81"));
    press(Qt::Key_Return);
    REQUIRE(w.customerId() == std::optional<qint64>(2));
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::Finance);
    CHECK(child<QLabel>(w, "debtLabel")->text().contains(QStringLiteral("2 boletos em aberto")));
    CHECK(child<QLabel>(w, "licenceLabel")->text().contains(QStringLiteral("9")));
    CHECK(child<QLabel>(w, "transferLabel")->text().isEmpty()); // only after the confirmation
    press(Qt::Key_Return);                                      // the debt confirmed with the customer
    const QString transfer = child<QLabel>(w, "transferLabel")->text();
    CHECK(transfer.contains(QStringLiteral("Paulo Financeiro PJ")));
    CHECK(transfer.contains(QStringLiteral("(11) 3333-1002")));
    CHECK_FALSE(transfer.contains(QStringLiteral("Fernanda")));
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::ExistingTicket);

    press(Qt::Key_Tab); // from the protocol box to the customer's open tickets
    REQUIRE(QApplication::focusWidget() == child<QListWidget>(w, "openTicketsList"));
    press(Qt::Key_Return);
    REQUIRE(w.selectedTicketId() == std::optional<qint64>(existing->id));
    CHECK(child<QLabel>(w, "ticketInfoLabel")->text().contains(QStringLiteral("Implantação")));
    press(Qt::Key_F6);
    CHECK(value(*team.db, QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ? AND channel = 'phone'"),
                {existing->id})
              .toInt() == 1);
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::AttendanceType);
    type(QStringLiteral("Capta"));
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::Form);
    type(QStringLiteral("Rua Azul, 200, Centro"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Campinas"));
    press(Qt::Key_Tab);
    type(QStringLiteral("3"));
    press(Qt::Key_Return); // validates the form and goes to the conclusion
    INFO(w.messageText().toStdString());
    REQUIRE(w.stage() == CallWidget::Stage::Conclude);
    press(Qt::Key_Return);
    REQUIRE(w.isFinished());

    const qint64 ticketId =
        value(*team.db, QStringLiteral("SELECT id FROM tickets WHERE protocol = ?"), {w.protocol()}).toLongLong();
    REQUIRE(ticketId > 0);
    const QJsonObject property = QJsonDocument::fromJson(value(*team.db,
                                                               QStringLiteral("SELECT property_data FROM "
                                                                              "capture_processes WHERE ticket_id = ?"),
                                                               {ticketId})
                                                             .toByteArray())
                                     .object();
    CHECK(property.value(QStringLiteral("city")).toString() == QStringLiteral("Campinas"));
    CHECK(property.value(QStringLiteral("bedrooms")).toDouble() == 3);
    CHECK(value(*team.db, QStringLiteral("SELECT owner_id FROM capture_processes WHERE ticket_id = ?"), {ticketId})
              .toLongLong() == 2);
    // No portal access: the protocol goes to the receptionist (F-14).
    CHECK(value(*team.db, QStringLiteral("SELECT to_address FROM outbox WHERE ticket_id = ?"), {ticketId}).toString() ==
          QStringLiteral("recepcao@exemplo.com.br"));
}

TEST_CASE("The call screen refuses: administration without contract, missing required fields, the 5-minute rule",
          "[gui][call]") {
    CallTeam team;
    test::FakeClock clock;
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone("America/Sao_Paulo")));
    RunningCall call(*team.db, team.agent, clock);
    CallWidget& w = *call;
    press(Qt::Key_Return);
    type(QStringLiteral("C-2002")); // no rental contract
    press(Qt::Key_Return);
    REQUIRE(w.customerId() == std::optional<qint64>(2));
    press(Qt::Key_5, Qt::AltModifier);
    REQUIRE(w.stage() == CallWidget::Stage::AttendanceType);

    type(QStringLiteral("Administração: m"));
    REQUIRE(child<QListWidget>(w, "typeList")->currentItem()->text().contains(QStringLiteral("manutenção")));
    press(Qt::Key_Return);
    CHECK(w.stage() == CallWidget::Stage::AttendanceType);
    CHECK(w.messageText().contains(QStringLiteral("Informação sobre imóvel")));

    QTest::qWait(QApplication::keyboardInputInterval() + 100); // the list's type-ahead starts afresh
    type(QStringLiteral("Dúv"));
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::Form);
    press(Qt::Key_Return); // nothing filled
    CHECK(w.stage() == CallWidget::Stage::Form);
    auto* form = child<AttendanceFormWidget>(w, "formWidget");
    CHECK(form->highlightedKeys().contains(QStringLiteral("tool")));
    CHECK(form->highlightedKeys().contains(QStringLiteral("question")));
    CHECK_FALSE(w.messageText().isEmpty());
    CHECK(value(*team.db, QStringLiteral("SELECT count(*) FROM tickets")).toInt() == 0);

    // A quick question is fine at first, refused once the call passed 5 minutes.
    press(Qt::Key_Escape);
    REQUIRE(w.stage() == CallWidget::Stage::AttendanceType);
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    REQUIRE(w.stage() == CallWidget::Stage::Form);
    type(QStringLiteral("Horário de atendimento da loja"));
    clock.advanceSecs(301);
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(w.isFinished());
    CHECK(w.stage() == CallWidget::Stage::AttendanceType);
    CHECK(child<QLabel>(w, "timerLabel")->text().contains(QStringLiteral("05:01")));
    CHECK(value(*team.db, QStringLiteral("SELECT ended_at IS NULL FROM contact_records WHERE protocol = ?"),
                {w.protocol()})
              .toBool());
    exec(*team.db,
         QStringLiteral("UPDATE app_settings SET value = '900' WHERE key = 'call.ticket_required_after_seconds'"));
    REQUIRE(w.conclude().ok());
    CHECK(value(*team.db, QStringLiteral("SELECT summary FROM contact_records WHERE protocol = ?"), {w.protocol()})
              .toString() == QStringLiteral("Horário de atendimento da loja"));
}

namespace {

// Drives a call as far as the form with typed text, waits for the draft to be saved, then dies by SIGKILL.
const test::HelperProcess::Registration callThenDie(QStringLiteral("call-then-die"), [](const QStringList& args) {
    auto db = Database::open(args.value(0));
    if (!db)
        return 2;
    UserService users(**db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto actor = users.authenticate(Login, Password);
    if (!actor)
        return 3;
    CallWidget w(**db, *actor, SystemClock::instance(), QStringLiteral("01"));
    w.resize(1200, 800);
    w.show();
    QApplication::setActiveWindow(&w);
    if (!QTest::qWaitForWindowActive(&w) || !w.start())
        return 4;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("52998224725"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    w.goTo(CallWidget::Stage::AttendanceType);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Solic"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    typeInto(QApplication::focusWidget(), QStringLiteral("Integração com o portal ZAP"));
    QSignalSpy saved(&w, &CallWidget::draftSaved);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ZAP"));
    if (!saved.wait(3000)) {
        // Whatever the screen said instead (a refused save shows its reason).
        for (const QLabel* label : w.findChildren<QLabel*>()) {
            if (label->isVisible() && !label->text().isEmpty())
                std::printf("shown: %s\n", qPrintable(label->text()));
        }
        return 5;
    }
    std::printf("protocol=%s\nstarted=%lld\n", qPrintable(w.protocol()), w.startedAt());
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 6;
});

} // namespace

TEST_CASE("After a kill -9 in the middle of a call the draft is offered and the call resumes where it was",
          "[gui][call][crash]") {
    CallTeam team;
    const auto outcome = test::HelperProcess::start(QStringLiteral("call-then-die"), {team.temp.path()});
    INFO(outcome.output.toStdString());
    INFO("helper exit code " << outcome.exitCode);
    REQUIRE(outcome.crashed);
    const QString protocol = outcome.output.section(QStringLiteral("protocol="), 1).section(QLatin1Char('\n'), 0, 0);
    REQUIRE(!protocol.isEmpty());

    auto db = team.temp.open();
    QStringList asked;
    MessageBoxes::ScopedTestHook hook([&](const MessageBoxes::Request& r) {
        asked << r.text;
        return QMessageBox::Yes;
    });
    CallWidget w(*db, team.agent, SystemClock::instance(), QStringLiteral("01"));
    activate(w);
    REQUIRE(w.start().ok());
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(protocol));
    CHECK(w.resumedFromDraft());
    CHECK(w.protocol() == protocol);
    // The timer goes on from the call's real start, not from the restart.
    CHECK(QString::number(w.startedAt()) ==
          outcome.output.section(QStringLiteral("started="), 1).section(QLatin1Char('\n'), 0, 0));
    CHECK(w.stage() == CallWidget::Stage::Form);
    CHECK(w.customerId() == std::optional<qint64>(1));
    auto* form = child<AttendanceFormWidget>(w, "formWidget");
    CHECK(form->answers().value(QStringLiteral("need")).toString() == QStringLiteral("Integração com o portal ZAP"));
    CHECK(form->answers().value(QStringLiteral("tool")).toString() == QStringLiteral("ZAP"));
    // The same contact goes on: concluding uses the protocol reserved before the crash.
    REQUIRE(w.conclude().ok());
    CHECK(value(*db, QStringLiteral("SELECT count(*) FROM tickets WHERE protocol = ?"), {protocol}).toInt() == 1);
    CHECK(value(*db, QStringLiteral("SELECT count(*) FROM contact_records")).toInt() == 1);
}

TEST_CASE("F2 in the main window opens the call screen on a new protocol", "[gui][call]") {
    CallTeam team;
    auto db = Database::open(team.temp.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(db).value(), team.agent);
    auto* action = child<QAction>(window, "newCallAction");
    CHECK(action->shortcuts().contains(QKeySequence(Qt::Key_F2)));
    CHECK(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
    activate(window);
    QTest::keyClick(&window, Qt::Key_F2);
    auto* call = window.findChild<CallWidget*>();
    REQUIRE(call);
    CHECK(call->isVisible());
    CHECK(call->stage() == CallWidget::Stage::Greeting);
    CHECK(value(*team.db, QStringLiteral("SELECT count(*) FROM contact_records WHERE protocol = ?"), {call->protocol()})
              .toInt() == 1);
    call->close();
}

TEST_CASE("Several customers found give a short list, and a knowledge article becomes the reply", "[gui][call]") {
    CallTeam team;
    exec(*team.db, QStringLiteral("INSERT INTO customers (id, kind, document, name, name_key, created_at, updated_at) "
                                  "VALUES (4, 'PF', '39053344705', 'Maria Silva', 'maria silva', 0, 0)"));
    test::FakeClock clock;
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(11, 0), QTimeZone("America/Sao_Paulo")));
    RunningCall call(*team.db, team.agent, clock);
    CallWidget& w = *call;
    press(Qt::Key_Return);
    type(QStringLiteral("maria"));
    press(Qt::Key_Return);
    auto* matches = child<QListWidget>(w, "matchList");
    REQUIRE(matches->isVisible());
    REQUIRE(matches->count() == 2);
    CHECK(QApplication::focusWidget() == matches);
    press(Qt::Key_Down);
    const qint64 chosen = matches->currentItem()->data(Qt::UserRole).toLongLong();
    press(Qt::Key_Return);
    CHECK(w.customerId() == std::optional<qint64>(chosen));
    CHECK_FALSE(matches->isVisible());

    auto* panel = child<KnowledgePanel>(w, "knowledgePanel");
    emit panel->useAsReply(QStringLiteral("Para emitir a segunda via, acesse Financeiro > Boletos."));
    CHECK(w.stage() == CallWidget::Stage::Form);
    CHECK(child<QPlainTextEdit>(w, "notesEdit")->toPlainText().contains(QStringLiteral("segunda via")));
}
