#include "TempDatabase.h"

#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/ConflictMergeDialog.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerService.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "tickets/AttachmentService.h"
#include "tickets/TicketFields.h"
#include "tickets/TicketService.h"
#include "tickets/TicketWindow.h"
#include "util/SystemClock.h"
#include "workflow/WorkflowEditorDialog.h"
#include "workflow/WorkflowValidator.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QUrl>

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
    const bool prepared = q.prepare(sql);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& v : values)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    if (!q.next())
        return {};
    return q.value(0);
}

qint64 count(Database& db, const QString& sql, const QVariantList& values = {}) {
    return scalar(db, sql, values).toLongLong();
}

// An administrator, an agent (profile "Agente"), a customer with an e-mail and a "Dúvida / Relatórios" ticket,
// all made through the core services.
struct Desk {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    Actor admin;
    Actor agent;
    qint64 customerId = 0;
    Ticket ticket;

    Desk() {
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        auto first = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana Admin"),
                                                    QStringLiteral("Adm!n-Segredo-2026"));
        REQUIRE(first.ok());
        admin = *first;
        NewUser user;
        user.login = QStringLiteral("agente");
        user.name = QStringLiteral("Carla Agente");
        user.profileId = 1; // Agente
        user.sectorId = 1;
        user.password = QStringLiteral("Agente-Senha-99!");
        REQUIRE(users.addUser(admin, user).ok());
        auto logged = users.authenticate(user.login, user.password);
        REQUIRE(logged.ok());
        agent = *logged;

        Customer c;
        c.document = QStringLiteral("52998224725");
        c.name = QStringLiteral("Maria Souza");
        c.emails = {QStringLiteral("maria@exemplo.com.br")};
        auto id = CustomerService(*db, SystemClock::instance()).create(admin, c, true);
        REQUIRE(id.ok());
        customerId = *id;
        ticket = newTicket(QStringLiteral("Relatório de vendas não abre"));
    }

    TicketService tickets() { return TicketService(*db, SystemClock::instance()); }

    Ticket newTicket(const QString& title) {
        NewTicket n;
        n.ticket.customerId = customerId;
        n.ticket.subjectId = 1;     // Dúvida
        n.ticket.subSubjectId = 11; // Relatórios
        n.ticket.title = title;
        n.ticket.description = QStringLiteral("Cliente não encontra o relatório de vendas.");
        n.channel = QStringLiteral("phone");
        auto t = tickets().create(agent, n);
        INFO((t ? QString() : t.error().userMessage).toStdString());
        REQUIRE(t.ok());
        return *t;
    }

    qint64 statusId(const QString& code) {
        return count(*db, QStringLiteral("SELECT id FROM workflow_statuses WHERE code = ?"), {code});
    }
    qint64 ticketStatus(qint64 id) {
        return count(*db, QStringLiteral("SELECT status_id FROM tickets WHERE id = ?"), {id});
    }
};

// Records every message box and answers with `answer`.
struct Boxes {
    QList<MessageBoxes::Request> shown;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    MessageBoxes::ScopedTestHook hook{[this](const MessageBoxes::Request& r) {
        shown.append(r);
        return r.buttons.testFlag(answer) ? answer : QMessageBox::Ok;
    }};
};

void choose(QComboBox* combo, qint64 id) {
    const int index = combo->findData(id);
    INFO("id " << id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString writeFile(const TempDatabase& temp, const QString& name, const QByteArray& data) {
    const QString path = temp.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
    return path;
}

} // namespace

TEST_CASE("The ticket screen changes the status and a refused resolve lists the missing fields and saves nothing",
          "[gui][tickets]") {
    Desk desk;
    // The subject now also requires a responsible: resolving lacks the solution and the responsible.
    scalar(*desk.db, QStringLiteral("UPDATE subjects SET mandatory_fields = '[\"responsible_id\"]' WHERE id = 1"));
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    REQUIRE(window.isLoaded());

    auto* status = child<QComboBox>(window, "statusComboBox");
    auto* change = child<QPushButton>(window, "changeStatusButton");
    choose(status, desk.statusId(QStringLiteral("in_progress")));
    // Rule of the subject fails already here (no responsible): the popup names it.
    QTest::mouseClick(change, Qt::LeftButton);
    REQUIRE(boxes.shown.size() == 1);
    CHECK(boxes.shown.at(0).text == TicketFields::missingFieldsError({QStringLiteral("responsible_id")}).userMessage);
    CHECK(desk.ticketStatus(desk.ticket.id) == desk.statusId(QStringLiteral("new")));

    // Typed but unsaved text survives refusals.
    auto* title = child<QLineEdit>(window, "titleLineEdit");
    title->setText(QStringLiteral("Relatório de vendas não abre no Windows"));
    choose(status, desk.statusId(QStringLiteral("resolved")));
    boxes.shown.clear();
    const qint64 versionBefore =
        count(*desk.db, QStringLiteral("SELECT row_version FROM tickets WHERE id = ?"), {desk.ticket.id});
    QTest::mouseClick(change, Qt::LeftButton);
    REQUIRE(boxes.shown.size() == 1); // ONE message
    REQUIRE(window.highlightedFields().size() == 2);
    CHECK(boxes.shown.at(0).text == TicketFields::missingFieldsError(window.highlightedFields()).userMessage);
    CHECK(boxes.shown.at(0).text.contains(TicketFields::label(QStringLiteral("solution"))));
    CHECK(boxes.shown.at(0).text.contains(TicketFields::label(QStringLiteral("responsible_id"))));
    CHECK(window.highlightedFields().contains(QStringLiteral("solution")));
    CHECK(window.highlightedFields().contains(QStringLiteral("responsible_id")));
    auto* solution = child<QPlainTextEdit>(window, "solutionTextEdit");
    auto* responsible = child<QComboBox>(window, "responsibleComboBox");
    CHECK(solution->property("missingField").toBool());
    CHECK(responsible->property("missingField").toBool());
    CHECK(!solution->styleSheet().isEmpty());
    CHECK(child<QTabWidget>(window, "tabWidget")->currentWidget() == child<QWidget>(window, "generalTab"));
    // Nothing saved, nothing lost.
    CHECK(desk.ticketStatus(desk.ticket.id) == desk.statusId(QStringLiteral("new")));
    CHECK(count(*desk.db, QStringLiteral("SELECT row_version FROM tickets WHERE id = ?"), {desk.ticket.id}) ==
          versionBefore);
    CHECK(title->text() == QStringLiteral("Relatório de vendas não abre no Windows"));

    // Fill in what was asked: responsible saved with the form, then the solution goes with the status change.
    choose(responsible, desk.agent.userId());
    boxes.shown.clear();
    REQUIRE(window.saveChanges());
    CHECK(boxes.shown.isEmpty());
    CHECK(scalar(*desk.db, QStringLiteral("SELECT title FROM tickets WHERE id = ?"), {desk.ticket.id}).toString() ==
          QStringLiteral("Relatório de vendas não abre no Windows"));
    solution->setFocus();
    QTest::keyClicks(solution, QStringLiteral("Reinstalado o modulo de relatorios."));
    choose(status, desk.statusId(QStringLiteral("resolved")));
    QTest::mouseClick(change, Qt::LeftButton);
    // Seed 002: opened by phone, so the call is documented with a phone record before resolving.
    REQUIRE(boxes.shown.size() == 1);
    CHECK(boxes.shown.at(0).text.contains(QStringLiteral("Resolvido")));
    CHECK(desk.ticketStatus(desk.ticket.id) == desk.statusId(QStringLiteral("new")));
    CHECK(solution->toPlainText() == QStringLiteral("Reinstalado o modulo de relatorios."));
    child<QTabWidget>(window, "tabWidget")->setCurrentWidget(child<QWidget>(window, "answerTab"));
    child<QTabWidget>(window, "answerTabWidget")->setCurrentWidget(child<QWidget>(window, "recordTab"));
    auto* channel = child<QComboBox>(window, "channelComboBox");
    channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
    QTest::keyClicks(child<QPlainTextEdit>(window, "recordTextEdit"), QStringLiteral("Cliente confirmou a correcao."));
    REQUIRE(window.sendAnswer());
    boxes.shown.clear();
    QTest::mouseClick(change, Qt::LeftButton);
    INFO((boxes.shown.isEmpty() ? QString() : boxes.shown.at(0).text).toStdString());
    CHECK(boxes.shown.isEmpty());
    CHECK(desk.ticketStatus(desk.ticket.id) == desk.statusId(QStringLiteral("resolved")));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT solution FROM tickets WHERE id = ?"), {desk.ticket.id}).toString() ==
          QStringLiteral("Reinstalado o modulo de relatorios."));
    CHECK(solution->styleSheet().isEmpty());
    CHECK(child<QLabel>(window, "statusValueLabel")->text().contains(QStringLiteral("Resolvido")));
    // The history tab has the move, with who made it.
    auto* history = child<QTableWidget>(window, "historyTableWidget");
    bool statusRow = false;
    for (int row = 0; row < history->rowCount(); ++row)
        statusRow = statusRow || (history->item(row, 1)->text() == QStringLiteral("Carla Agente") &&
                                  history->item(row, 2)->text() == QStringLiteral("status"));
    CHECK(statusRow);
}

TEST_CASE("The ticket screen answers three ways and queues the e-mails", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    auto* tabs = child<QTabWidget>(window, "tabWidget");
    tabs->setCurrentWidget(child<QWidget>(window, "answerTab"));
    auto* answerTabs = child<QTabWidget>(window, "answerTabWidget");
    auto* send = child<QPushButton>(window, "sendButton");
    auto* email = child<QCheckBox>(window, "emailCheckBox");
    auto* visible = child<QCheckBox>(window, "visibleCheckBox");

    // 1. Canned reply: the preview shows the filled template before anything is sent.
    answerTabs->setCurrentWidget(child<QWidget>(window, "cannedTab"));
    auto* canned = child<QComboBox>(window, "cannedComboBox");
    canned->setCurrentIndex(canned->findText(QStringLiteral("Recebemos sua solicitação")));
    const QString preview = child<QPlainTextEdit>(window, "cannedPreviewTextEdit")->toPlainText();
    CHECK(preview.contains(QStringLiteral("Maria Souza")));
    CHECK(preview.contains(desk.ticket.protocol));
    CHECK(preview.contains(QStringLiteral("Carla Agente")));
    CHECK_FALSE(preview.contains(QLatin1Char('{')));
    CHECK(visible->isChecked()); // the template's default
    email->setChecked(true);
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK(boxes.shown.isEmpty());
    CHECK(count(*desk.db,
                QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ? AND kind = 'canned' AND text = ? "
                               "AND visible_to_customer = 1"),
                {desk.ticket.id, preview}) == 1);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM outbox WHERE to_address = 'maria@exemplo.com.br'")) ==
          1);

    // 2. Manual reply with a copy to a third party; an empty text is refused first, nothing saved.
    answerTabs->setCurrentWidget(child<QWidget>(window, "manualTab"));
    auto* manual = child<QPlainTextEdit>(window, "manualTextEdit");
    QTest::mouseClick(send, Qt::LeftButton);
    REQUIRE(boxes.shown.size() == 1);
    CHECK(manual->property("missingField").toBool());
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ?"), {desk.ticket.id}) ==
          1);
    boxes.shown.clear();
    manual->setFocus();
    QTest::keyClicks(manual, QStringLiteral("Enviamos o passo a passo por e-mail."));
    email->setChecked(true);
    child<QLineEdit>(window, "copyToLineEdit")->setText(QStringLiteral("gerente@exemplo.com.br"));
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK(boxes.shown.isEmpty());
    CHECK(count(*desk.db,
                QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ? AND kind = 'manual' AND "
                               "copy_to = 'gerente@exemplo.com.br'"),
                {desk.ticket.id}) == 1);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM outbox WHERE cc_address = 'gerente@exemplo.com.br'")) ==
          1);
    CHECK(manual->toPlainText().isEmpty()); // sent: the box is ready for the next one

    // 3. Interaction record of a phone call, internal, with a next action.
    answerTabs->setCurrentWidget(child<QWidget>(window, "recordTab"));
    auto* channel = child<QComboBox>(window, "channelComboBox");
    channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
    visible->setChecked(false);
    auto* record = child<QPlainTextEdit>(window, "recordTextEdit");
    record->setFocus();
    QTest::keyClicks(record, QStringLiteral("Cliente ligou confirmando que o relatorio abriu."));
    child<QCheckBox>(window, "answerNextActionCheckBox")->setChecked(true);
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK(boxes.shown.isEmpty());
    CHECK(
        count(*desk.db,
              QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ? AND kind = 'record' AND channel = "
                             "'phone' AND visible_to_customer = 0"),
              {desk.ticket.id}) == 1);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM outbox")) == 2);
    CHECK(count(*desk.db, QStringLiteral("SELECT next_action_at IS NOT NULL FROM tickets WHERE id = ?"),
                {desk.ticket.id}) == 1);
    // The interactions tab lists the three, and the general data shows the next action the record set.
    CHECK(child<QTableWidget>(window, "interactionsTableWidget")->rowCount() == 3);
    CHECK(child<QCheckBox>(window, "nextActionCheckBox")->isChecked());
}

TEST_CASE("The ticket screen attaches files, a pasted screenshot and refuses a file over the limit", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    child<QTabWidget>(window, "tabWidget")->setCurrentWidget(child<QWidget>(window, "attachmentsTab"));
    const QByteArray bytes = QByteArrayLiteral("log de erro\nlinha 2\n");
    window.addFiles({writeFile(desk.temp, QStringLiteral("erro.log"), bytes)});
    CHECK(boxes.shown.isEmpty());
    CHECK(scalar(*desk.db,
                 QStringLiteral("SELECT sha256 FROM attachments WHERE ticket_id = ? AND file_name = 'erro.log'"),
                 {desk.ticket.id})
              .toString() == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    auto* table = child<QTableWidget>(window, "attachmentsTableWidget");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("erro.log"));

    // Save as writes the same bytes.
    const qint64 id = table->item(0, 0)->data(Qt::UserRole).toLongLong();
    const QString copy = desk.temp.filePath(QStringLiteral("copia.log"));
    REQUIRE(window.saveAttachmentTo(id, copy));
    QFile saved(copy);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == bytes);

    // A screenshot on the clipboard becomes a PNG.
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QApplication::clipboard()->setImage(image);
    REQUIRE(window.pasteFromClipboard());
    CHECK(count(*desk.db,
                QStringLiteral("SELECT count(*) FROM attachments WHERE ticket_id = ? AND mime_type = 'image/png' AND "
                               "file_name LIKE '%.png'"),
                {desk.ticket.id}) == 1);
    CHECK(table->rowCount() == 2);

    // Over the configured limit: core's refusal is shown and nothing is stored.
    scalar(*desk.db, QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('attachment.max_bytes', '1000') "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    window.addFiles({writeFile(desk.temp, QStringLiteral("grande.bin"), QByteArray(2000, 'x'))});
    REQUIRE(boxes.shown.size() == 1);
    CHECK(boxes.shown.at(0).text.contains(QStringLiteral("grande.bin")));
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM attachments WHERE ticket_id = ?"), {desk.ticket.id}) ==
          2);

    // On the Answer tab a file goes with the answer, tied to its interaction.
    boxes.shown.clear();
    child<QTabWidget>(window, "tabWidget")->setCurrentWidget(child<QWidget>(window, "answerTab"));
    child<QTabWidget>(window, "answerTabWidget")->setCurrentWidget(child<QWidget>(window, "manualTab"));
    window.addFiles({writeFile(desk.temp, QStringLiteral("print.txt"), QByteArrayLiteral("tela"))});
    CHECK(child<QListWidget>(window, "answerAttachmentsListWidget")->count() == 1);
    QTest::keyClicks(child<QPlainTextEdit>(window, "manualTextEdit"), QStringLiteral("Segue o print."));
    REQUIRE(window.sendAnswer());
    CHECK(boxes.shown.isEmpty());
    CHECK(count(*desk.db,
                QStringLiteral("SELECT count(*) FROM attachments a JOIN interactions i ON i.id = a.interaction_id "
                               "WHERE a.ticket_id = ? AND a.file_name = 'print.txt' AND i.kind = 'manual'"),
                {desk.ticket.id}) == 1);
    CHECK(child<QListWidget>(window, "answerAttachmentsListWidget")->count() == 0);

    // A file over the limit with an answer: core's refusal, no answer saved, the text and the file list stay.
    window.addFiles({writeFile(desk.temp, QStringLiteral("video.bin"), QByteArray(3000, 'v'))});
    auto* manual = child<QPlainTextEdit>(window, "manualTextEdit");
    QTest::keyClicks(manual, QStringLiteral("Segue o video."));
    const qint64 answers =
        count(*desk.db, QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ?"), {desk.ticket.id});
    CHECK_FALSE(window.sendAnswer());
    REQUIRE(boxes.shown.size() == 1);
    CHECK(boxes.shown.at(0).text.contains(QStringLiteral("video.bin")));
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ?"), {desk.ticket.id}) ==
          answers);
    CHECK(manual->toPlainText() == QStringLiteral("Segue o video."));
    CHECK(child<QListWidget>(window, "answerAttachmentsListWidget")->count() == 1);
}

TEST_CASE("Cloning a ticket asks for confirmation first", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    QList<qint64> cloned;
    QObject::connect(&window, &TicketWindow::ticketCloned, [&](qint64 id) { cloned.append(id); });
    const qint64 before = count(*desk.db, QStringLiteral("SELECT count(*) FROM tickets"));

    boxes.answer = QMessageBox::No;
    QTest::mouseClick(child<QPushButton>(window, "cloneButton"), Qt::LeftButton);
    REQUIRE(boxes.shown.size() == 1);
    CHECK(boxes.shown.at(0).icon == QMessageBox::Question);
    CHECK(boxes.shown.at(0).text.contains(desk.ticket.protocol));
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM tickets")) == before);

    boxes.answer = QMessageBox::Yes;
    boxes.shown.clear();
    QTest::mouseClick(child<QPushButton>(window, "cloneButton"), Qt::LeftButton);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM tickets")) == before + 1);
    REQUIRE(cloned.size() == 1);
    const QString protocol =
        scalar(*desk.db, QStringLiteral("SELECT protocol FROM tickets WHERE id = ?"), {cloned.at(0)}).toString();
    REQUIRE(boxes.shown.size() == 2);
    CHECK(boxes.shown.at(1).text.contains(protocol));
    // The clone is linked to its original and shows in the linked tickets.
    CHECK(child<QTableWidget>(window, "linksTableWidget")->rowCount() == 1);
}

TEST_CASE("The link choice offers only the customer's active tickets", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    const Ticket active = desk.newTicket(QStringLiteral("Banheiro com infiltração"));
    const Ticket cancelled = desk.newTicket(QStringLiteral("Pedido duplicado"));
    auto version = desk.tickets().changeStatus(desk.admin, cancelled.id, cancelled.rowVersion,
                                               desk.statusId(QStringLiteral("cancelled")));
    REQUIRE(version.ok());

    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    auto* linkable = child<QComboBox>(window, "linkableComboBox");
    CHECK(linkable->findData(active.id) >= 0);
    CHECK(linkable->findData(cancelled.id) < 0);
    CHECK(linkable->findData(desk.ticket.id) < 0);
    CHECK(linkable->count() == 1);

    choose(linkable, active.id);
    QTest::mouseClick(child<QPushButton>(window, "linkButton"), Qt::LeftButton);
    CHECK(boxes.shown.isEmpty());
    CHECK(count(*desk.db,
                QStringLiteral("SELECT count(*) FROM ticket_links WHERE ticket_id = ? AND linked_ticket_id = ?"),
                {desk.ticket.id, active.id}) == 1);
    CHECK(child<QTableWidget>(window, "linksTableWidget")->rowCount() == 1);
    CHECK(linkable->count() == 0); // already linked: not offered again
}

TEST_CASE("A ticket changed by another user: saving offers the merge, a status change is refused clearly, and the "
          "typing is kept",
          "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    auto* title = child<QLineEdit>(window, "titleLineEdit");
    title->setText(QStringLiteral("Título digitado aqui"));

    // Meanwhile someone else saves a new description.
    auto details = desk.tickets().get(desk.admin, desk.ticket.id);
    REQUIRE(details.ok());
    Ticket other = details->ticket;
    other.description = QStringLiteral("Descrição do colega");
    REQUIRE(desk.tickets().update(desk.admin, other).ok());

    // Saving opens the merge dialog (ConflictMergeScreensTests drives it); cancelled, nothing changes anywhere.
    int merges = 0;
    {
        ConflictMergeDialog::ScopedTestHook cancel([&](ConflictMergeDialog&) {
            ++merges;
            return int(QDialog::Rejected);
        });
        CHECK_FALSE(window.saveChanges());
    }
    CHECK(merges == 1);
    CHECK(boxes.shown.isEmpty());
    CHECK(title->text() == QStringLiteral("Título digitado aqui"));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT title FROM tickets WHERE id = ?"), {desk.ticket.id}).toString() ==
          desk.ticket.title);

    // Another action on the old read is refused with the plain message, and the reload keeps the typing.
    auto* status = child<QComboBox>(window, "statusComboBox");
    status->setCurrentIndex(status->findData(desk.statusId(QStringLiteral("in_progress"))));
    boxes.answer = QMessageBox::Yes; // reload, keeping what was typed
    CHECK_FALSE(window.changeStatus());
    REQUIRE(boxes.shown.size() == 1);
    CHECK(boxes.shown.at(0).text.contains(TicketStore::conflict().userMessage));
    CHECK(title->text() == QStringLiteral("Título digitado aqui"));
    CHECK(child<QPlainTextEdit>(window, "descriptionTextEdit")->toPlainText() == QStringLiteral("Descrição do colega"));

    boxes.shown.clear();
    REQUIRE(window.saveChanges());
    CHECK(boxes.shown.isEmpty());
    CHECK(merges == 1);
    CHECK(scalar(*desk.db, QStringLiteral("SELECT title || ' / ' || description FROM tickets WHERE id = ?"),
                 {desk.ticket.id})
              .toString() == QStringLiteral("Título digitado aqui / Descrição do colega"));
}

TEST_CASE("The ticket screen answers from the keyboard with Ctrl+Enter", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    window.activateWindow();
    child<QTabWidget>(window, "tabWidget")->setCurrentWidget(child<QWidget>(window, "answerTab"));
    child<QTabWidget>(window, "answerTabWidget")->setCurrentWidget(child<QWidget>(window, "manualTab"));
    auto* manual = child<QPlainTextEdit>(window, "manualTextEdit");
    manual->setFocus();
    QTest::keyClicks(manual, QStringLiteral("Resposta pelo teclado."));
    QTest::keyClick(manual, Qt::Key_Return, Qt::ControlModifier);
    CHECK(boxes.shown.isEmpty());
    CHECK(count(*desk.db,
                QStringLiteral("SELECT count(*) FROM interactions WHERE ticket_id = ? AND text = 'Resposta pelo "
                               "teclado.'"),
                {desk.ticket.id}) == 1);
}

TEST_CASE("The technical assistance notice follows the subject", "[gui][tickets]") {
    Desk desk;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    auto* notice = child<QLabel>(window, "technicalAssistanceLabel");
    CHECK(notice->isHidden());                              // Dúvida
    choose(child<QComboBox>(window, "subjectComboBox"), 9); // Assistência Técnica
    CHECK_FALSE(notice->isHidden());
    choose(child<QComboBox>(window, "subjectComboBox"), 1);
    CHECK(notice->isHidden());
}

TEST_CASE("Resolving a problem on the ticket screen offers to resolve its incidents", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    const auto make = [&](const QString& kind, std::optional<qint64> problem) {
        NewTicket n;
        n.ticket.customerId = desk.customerId;
        n.ticket.subjectId = 1;
        n.ticket.subSubjectId = 11;
        n.ticket.kind = kind;
        n.ticket.parentProblemId = problem;
        n.ticket.title = kind == QLatin1String("problem") ? QStringLiteral("Servidor de relatórios fora do ar")
                                                          : QStringLiteral("Relatório não abre");
        n.ticket.description = QStringLiteral("Relatórios não carregam.");
        n.channel = QStringLiteral("email");
        auto t = desk.tickets().create(desk.agent, n);
        INFO((t ? QString() : t.error().userMessage).toStdString());
        REQUIRE(t.ok());
        return *t;
    };
    const Ticket problem = make(QStringLiteral("problem"), std::nullopt);
    const Ticket incident = make(QStringLiteral("incident"), problem.id);

    TicketWindow window(*desk.db, desk.agent, problem.id);
    window.show();
    CHECK(child<QTableWidget>(window, "linksTableWidget")->rowCount() == 1); // its incident
    QTest::keyClicks(child<QPlainTextEdit>(window, "solutionTextEdit"), QStringLiteral("Servidor reiniciado."));
    choose(child<QComboBox>(window, "statusComboBox"), desk.statusId(QStringLiteral("resolved")));

    boxes.answer = QMessageBox::Cancel; // changes nothing
    CHECK_FALSE(window.changeStatus());
    REQUIRE(boxes.shown.size() == 1);
    CHECK(desk.ticketStatus(problem.id) == desk.statusId(QStringLiteral("new")));

    boxes.answer = QMessageBox::Yes;
    boxes.shown.clear();
    REQUIRE(window.changeStatus());
    CHECK(desk.ticketStatus(problem.id) == desk.statusId(QStringLiteral("resolved")));
    CHECK(desk.ticketStatus(incident.id) == desk.statusId(QStringLiteral("resolved")));
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM outbox WHERE to_address = 'maria@exemplo.com.br'")) ==
          1);
    REQUIRE(boxes.shown.size() == 2); // the question, then what was done
    CHECK(boxes.shown.at(1).icon == QMessageBox::Information);
}

TEST_CASE("Tasks need a sub-subject", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    auto* title = child<QLineEdit>(window, "taskTitleLineEdit");
    CHECK(child<QPushButton>(window, "addTaskButton")->isEnabled());
    title->setText(QStringLiteral("Ligar para o cliente amanhã"));
    REQUIRE(window.addTask());
    CHECK(child<QTableWidget>(window, "tasksTableWidget")->rowCount() == 1);

    // Without a sub-subject the task part says why and core refuses.
    child<QComboBox>(window, "subSubjectComboBox")->setCurrentIndex(0);
    REQUIRE(window.saveChanges());
    CHECK_FALSE(child<QPushButton>(window, "addTaskButton")->isEnabled());
    CHECK_FALSE(child<QLabel>(window, "tasksHintLabel")->isHidden());
    title->setEnabled(true);
    title->setText(QStringLiteral("Outra tarefa"));
    CHECK_FALSE(window.addTask());
    CHECK(boxes.shown.size() == 1);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM tasks WHERE ticket_id = ?"), {desk.ticket.id}) == 1);
}

TEST_CASE("The workflow editor refuses an unreachable status and saves a valid change", "[gui][workflow]") {
    Desk desk;
    Boxes boxes;
    WorkflowEditorDialog editor(*desk.db, desk.admin);
    editor.show();
    auto* save = child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save);
    CHECK(editor.problems().isEmpty());
    CHECK(save->isEnabled());

    const qint64 waiting = editor.addStatus(QStringLiteral("waiting_parts"), QStringLiteral("Aguardando peças"));
    const QStringList problems = WorkflowValidator::problems(editor.definition());
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(editor.problems() == problems);
    auto* list = child<QListWidget>(editor, "problemsListWidget");
    REQUIRE(list->count() == problems.size());
    bool unreachable = false;
    for (int i = 0; i < list->count(); ++i)
        unreachable = unreachable || list->item(i)->text().contains(QStringLiteral("Aguardando peças"));
    CHECK(unreachable);
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(editor.save());
    REQUIRE(boxes.shown.size() == 1);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM workflow_statuses")) == 8);

    // Reachable from "Em atendimento" and leading to "Resolvido" (which needs the solution): valid, saved.
    boxes.shown.clear();
    editor.addTransition(desk.statusId(QStringLiteral("in_progress")), waiting, QStringLiteral("ticket.change_status"));
    editor.addTransition(waiting, desk.statusId(QStringLiteral("resolved")), QStringLiteral("ticket.change_status"),
                         {QStringLiteral("solution")});
    CHECK(editor.problems().isEmpty());
    CHECK(list->count() == 0);
    CHECK(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(boxes.shown.isEmpty());
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM workflow_statuses")) == 9);
    const qint64 stored =
        count(*desk.db, QStringLiteral("SELECT id FROM workflow_statuses WHERE code = 'waiting_parts'"));
    CHECK(scalar(*desk.db,
                 QStringLiteral("SELECT required_fields FROM workflow_transitions WHERE from_status_id = ? AND "
                                "to_status_id = ?"),
                 {stored, desk.statusId(QStringLiteral("resolved"))})
              .toString() == QStringLiteral("[\"solution\"]"));
}

TEST_CASE("The workflow editor does not let an agent save", "[gui][workflow]") {
    Desk desk;
    WorkflowEditorDialog editor(*desk.db, desk.agent);
    CHECK_FALSE(child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->isEnabled());
    Boxes boxes;
    CHECK_FALSE(editor.save());
    CHECK(boxes.shown.size() == 1);
}

TEST_CASE("The main window opens a ticket from the list and by protocol", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    auto db = Database::open(desk.temp.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(db).value(), desk.agent);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("openByProtocolAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("workflowAction"))->isVisible());

    CHECK_FALSE(window.openTicketByProtocol(QStringLiteral("20990101-99-000001")));
    CHECK(boxes.shown.size() == 1);
    CHECK(window.findChildren<TicketWindow*>().isEmpty());
    REQUIRE(window.openTicketByProtocol(desk.ticket.protocol));
    auto opened = window.findChildren<TicketWindow*>();
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0)->details().ticket.id == desk.ticket.id);
    opened.at(0)->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Enter on the selected row of the list.
    auto* list = window.findChild<QTableView*>(QStringLiteral("ticketsTableView"));
    REQUIRE(list);
    window.showTickets();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(window.findChildren<TicketWindow*>().size() == 1);
}

TEST_CASE("Files dropped on the ticket screen are attached, large ones off the GUI thread", "[gui][tickets]") {
    Desk desk;
    Boxes boxes;
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    child<QTabWidget>(window, "tabWidget")->setCurrentWidget(child<QWidget>(window, "attachmentsTab"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(writeFile(desk.temp, QStringLiteral("foto.jpg"), QByteArray(5000, 'j'))),
                  QUrl::fromLocalFile(writeFile(desk.temp, QStringLiteral("gravacao.wav"), QByteArray(1500000, 'w')))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy stored(&window, &TicketWindow::attachmentsChanged);
    QApplication::sendEvent(&window, &drop);
    // The small file is in at once; the 1.5 MB recording arrives from the worker.
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM attachments WHERE file_name = 'foto.jpg'")) == 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        count(*desk.db, QStringLiteral("SELECT count(*) FROM attachments WHERE file_name = 'gravacao.wav'")) == 1,
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>(window, "attachmentsTableWidget")->rowCount(), 2, 20000);
    CHECK(boxes.shown.isEmpty());
}

// Pictures for the user guide (Portuguese, offscreen): run on purpose with
//   build/bin/atende_gui_tests "[screenshots]"
// ATENDE_SCREENSHOT_DIR chooses the folder (docs/images of the source tree by default).
TEST_CASE("Screenshots of the ticket screen, the mandatory-field popup, the workflow editor and the calendar",
          "[.screenshots]") {
    const QString dir = qEnvironmentVariableIsSet("ATENDE_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ATENDE_SCREENSHOT_DIR")
                            : QStringLiteral(ATENDE_SOURCE_DIR "/docs/images");
    Desk desk;
    // A ticket worth looking at: an error with a sub-subject, a responsible, answers and a file.
    auto details = desk.tickets().get(desk.agent, desk.ticket.id);
    REQUIRE(details.ok());
    Ticket t = details->ticket;
    t.subjectId = 2;     // Erro
    t.subSubjectId = 13; // Erro no sistema
    t.responsibleId = desk.agent.userId();
    t.urgency = 1;
    t.title = QStringLiteral("Relatório de vendas fecha o sistema ao exportar");
    t.description = QStringLiteral("Ao exportar o relatório de vendas de novembro para PDF o sistema fecha sem "
                                   "mensagem. Acontece nos dois computadores do financeiro.");
    REQUIRE(desk.tickets().update(desk.agent, t).ok());
    NewInteraction canned;
    canned.kind = QStringLiteral("canned");
    canned.channel = QStringLiteral("email");
    canned.cannedReplyId = 2;
    canned.visibleToCustomer = true;
    REQUIRE(desk.tickets().addInteraction(desk.agent, desk.ticket.id, canned).ok());
    NewInteraction record;
    record.kind = QStringLiteral("record");
    record.channel = QStringLiteral("phone");
    record.text = QStringLiteral("Cliente enviou o print por WhatsApp; erro reproduzido na versão 4.2.");
    REQUIRE(desk.tickets().addInteraction(desk.agent, desk.ticket.id, record).ok());
    REQUIRE(desk.tickets()
                .changeStatus(desk.agent, desk.ticket.id,
                              desk.tickets().get(desk.agent, desk.ticket.id)->ticket.rowVersion,
                              desk.statusId(QStringLiteral("in_progress")))
                .ok());
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    REQUIRE(
        AttachmentService(*desk.db, SystemClock::instance())
            .add(desk.agent, desk.ticket.id, QStringLiteral("erro-exportacao.png"), QStringLiteral("image/png"), png)
            .ok());

    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    };
    {
        TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
        window.resize(1100, 760);
        window.show();
        settle();
        REQUIRE(window.grab().save(dir + QStringLiteral("/atendimento.png"), "PNG"));

        window.findChild<QTabWidget*>(QStringLiteral("tabWidget"))
            ->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("answerTab")));
        auto* canned = window.findChild<QComboBox*>(QStringLiteral("cannedComboBox"));
        canned->setCurrentIndex(canned->findData(1));
        settle();
        REQUIRE(window.grab().save(dir + QStringLiteral("/atendimento-resposta.png"), "PNG"));

        // The popup over the window, as the agent sees it after "Save and forward" without the mandatory fields.
        window.findChild<QTabWidget*>(QStringLiteral("tabWidget"))
            ->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("generalTab")));
        window.findChild<QComboBox*>(QStringLiteral("subSubjectComboBox"))->setCurrentIndex(0);
        window.findChild<QPlainTextEdit*>(QStringLiteral("descriptionTextEdit"))->clear();
        QImage popup;
        {
            MessageBoxes::ScopedTestHook hook([&](const MessageBoxes::Request& r) {
                QMessageBox box(r.icon, r.title, r.text, r.buttons, &window);
                box.show();
                settle();
                popup = box.grab().toImage();
                return QMessageBox::Ok;
            });
            CHECK_FALSE(window.saveChanges());
        }
        settle();
        REQUIRE_FALSE(popup.isNull());
        QImage shot = window.grab().toImage();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        painter.drawImage((shot.width() - popup.width()) / 2, (shot.height() - popup.height()) / 2, popup);
        painter.end();
        REQUIRE(shot.save(dir + QStringLiteral("/campos-obrigatorios.png"), "PNG"));
    }
    {
        WorkflowEditorDialog editor(*desk.db, desk.admin);
        editor.resize(1000, 720);
        editor.show();
        editor.addStatus(QStringLiteral("waiting_parts"), QStringLiteral("Aguardando peças"));
        settle();
        REQUIRE(editor.grab().save(dir + QStringLiteral("/fluxo-de-atendimento.png"), "PNG"));
        editor.findChild<QTabWidget*>(QStringLiteral("tabWidget"))
            ->setCurrentWidget(editor.findChild<QWidget*>(QStringLiteral("calendarTab")));
        settle();
        REQUIRE(editor.grab().save(dir + QStringLiteral("/expediente-e-feriados.png"), "PNG"));
    }
}

TEST_CASE("The ticket screen of a ticket with 200 interactions opens quickly", "[gui][tickets]") {
    Desk desk;
    TicketService tickets = desk.tickets();
    for (int i = 0; i < 200; ++i) {
        NewInteraction n;
        n.kind = i % 2 ? QStringLiteral("manual") : QStringLiteral("record");
        n.channel = i % 2 ? QStringLiteral("internal") : QStringLiteral("phone");
        n.text = QStringLiteral("Interação %1: cliente retornou com mais detalhes do problema.").arg(i);
        REQUIRE(tickets.addInteraction(desk.agent, desk.ticket.id, n).ok());
    }
    QElapsedTimer timer;
    timer.start();
    TicketWindow window(*desk.db, desk.agent, desk.ticket.id);
    window.show();
    QCoreApplication::processEvents();
    const qint64 ms = timer.elapsed();
    WARN("ticket screen with 200 interactions opened in " << ms << " ms");
    CHECK(child<QTableWidget>(window, "interactionsTableWidget")->rowCount() == 200);
    CHECK(ms < 1000); // the goal is 100 ms; the bound leaves room for a loaded shared test machine
}

TEST_CASE("The workflow editor saves business hours and holidays and refuses a day that closes before it opens",
          "[gui][workflow]") {
    Desk desk;
    Boxes boxes;
    WorkflowEditorDialog editor(*desk.db, desk.admin);
    editor.show();
    auto* hours = child<QTableWidget>(editor, "hoursTableWidget");
    REQUIRE(hours->rowCount() == 7);
    CHECK(hours->item(0, 0)->checkState() == Qt::Checked);   // Monday
    CHECK(hours->item(5, 0)->checkState() == Qt::Unchecked); // Saturday
    // Saturday closes before it opens: refused with core's message, the hours stay as typed.
    hours->item(5, 0)->setCheckState(Qt::Checked);
    qobject_cast<QTimeEdit*>(hours->cellWidget(5, 1))->setTime(QTime(12, 0));
    qobject_cast<QTimeEdit*>(hours->cellWidget(5, 2))->setTime(QTime(8, 0));
    CHECK_FALSE(editor.save());
    REQUIRE(boxes.shown.size() == 1);
    CHECK(count(*desk.db, QStringLiteral("SELECT count(*) FROM business_hours")) == 5);
    CHECK(child<QTabWidget>(editor, "tabWidget")->currentWidget() == child<QWidget>(editor, "calendarTab"));
    CHECK(qobject_cast<QTimeEdit*>(hours->cellWidget(5, 1))->time() == QTime(12, 0));

    boxes.shown.clear();
    qobject_cast<QTimeEdit*>(hours->cellWidget(5, 1))->setTime(QTime(8, 0));
    qobject_cast<QTimeEdit*>(hours->cellWidget(5, 2))->setTime(QTime(12, 0));
    editor.addHoliday(QDate(2026, 12, 24), QStringLiteral("Véspera de Natal"));
    QTest::mouseClick(child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    CHECK(boxes.shown.isEmpty());
    CHECK(count(*desk.db, QStringLiteral("SELECT closes_minute FROM business_hours WHERE weekday = 6")) == 720);
    CHECK(scalar(*desk.db, QStringLiteral("SELECT name FROM holidays WHERE day = '2026-12-24'")).toString() ==
          QStringLiteral("Véspera de Natal"));
}
