#include "GuiAdminTeam.h"

#include "knowledge/KnowledgeBaseService.h"
#include "main/MainWindow.h"
#include "search/SearchHit.h"
#include "search/SearchIndex.h"
#include "search/SearchWindow.h"
#include "tickets/TicketWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace atende;
using atende::test::findChildNamed;
using atende::test::GuiAdminTeam;

namespace {

// The search box's data: two customers named alike, tickets whose search rows hold their title and the text of
// their interactions (as the ticket services write them), and an article.
struct SearchDesk {
    GuiAdminTeam team;
    qint64 joao = 0;
    qint64 maria = 0;
    qint64 printerTicket = 0;
    qint64 article = 0;

    SearchDesk() {
        joao = team.addCustomer(QStringLiteral("João Conceição"), QStringLiteral("123456789"));
        maria = team.addCustomer(QStringLiteral("Maria da Conceição Souza"), QStringLiteral("987654321"));
        for (int number = 1; number <= 3; ++number)
            team.addTicket(number == 1 ? joao : maria, number);
        printerTicket = team.scalar(QStringLiteral("SELECT id FROM tickets WHERE protocol = '20261130-01-000001'"));
        indexTicket(printerTicket, QStringLiteral("20261130-01-000001 Impressora fiscal não liga"),
                    QStringLiteral("João Conceição ligou: a impressora fiscal apaga ao emitir o cupom."));
        indexTicket(printerTicket + 1, QStringLiteral("20261130-01-000002 Boleto vencido"),
                    QStringLiteral("Pediu a segunda via do boleto de outubro."));
        KnowledgeArticle a;
        a.title = QStringLiteral("Emissão da segunda via do boleto");
        a.body = QStringLiteral("Abra Financeiro > Boletos, escolha o mês e clique em Reemitir.");
        auto saved = KnowledgeBaseService(*team.db, SystemClock::instance()).save(team.admin, a);
        REQUIRE(saved.ok());
        article = *saved;
    }

    void indexTicket(qint64 id, const QString& title, const QString& body) {
        REQUIRE(team.db->begin().ok());
        REQUIRE(SearchIndex::remove(*team.db, SearchHit::Kind::Ticket, id).ok());
        REQUIRE(SearchIndex::write(*team.db, SearchHit::Kind::Ticket, id, title, body).ok());
        REQUIRE(team.db->commit().ok());
    }
};

void waitForResults(SearchWindow& window) {
    QTRY_VERIFY_WITH_TIMEOUT(!window.isSearching(), 10000);
}

// The rows as the person reads them: headers as they are, hits as their label's text.
QStringList rows(SearchWindow& window) {
    auto* list = findChildNamed<QListWidget>(window, "resultsListWidget");
    QStringList out;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (auto* label = qobject_cast<QLabel*>(list->itemWidget(item)))
            out << label->text();
        else
            out << QStringLiteral("# ") + item->text();
    }
    return out;
}

} // namespace

TEST_CASE("The search window finds as the agent types, groups and highlights, and masks documents", "[gui][search]") {
    SearchDesk desk;
    SearchWindow window(desk.team.db->path(), desk.team.agent);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.focusSearch();
    auto* box = findChildNamed<QLineEdit>(window, "searchLineEdit");

    // Typed without accents, the last word unfinished: the search starts by itself after the pause.
    QSignalSpy shown(&window, &SearchWindow::resultsShown);
    QTest::keyClicks(box, QStringLiteral("joao conc"));
    REQUIRE(shown.wait(10000));
    waitForResults(window);
    const QStringList found = rows(window);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.size() == 4); // tickets header, the ticket, customers header, João
    CHECK(found.at(0).startsWith(QStringLiteral("# ")));
    CHECK(found.at(1).contains(QStringLiteral("<b>João</b> <b>Conceição</b> ligou")));
    CHECK(found.at(2).startsWith(QStringLiteral("# ")));
    CHECK(found.at(3).contains(QStringLiteral("<b>João</b> <b>Conceição</b>")));
    // The agent's profile may not see personal data: the CPF is masked in the result.
    CHECK(found.at(3).contains(QStringLiteral("***.")));
    CHECK_FALSE(found.at(3).contains(QStringLiteral("123.456.789")));
    CHECK(window.hitCount() == 2);

    // ↓ goes to the first result (the header is skipped), Enter opens it.
    QSignalSpy tickets(&window, &SearchWindow::openTicket);
    QSignalSpy customers(&window, &SearchWindow::openCustomer);
    QTest::keyClick(box, Qt::Key_Down);
    auto* list = findChildNamed<QListWidget>(window, "resultsListWidget");
    CHECK(list->hasFocus());
    CHECK(list->currentRow() == 1);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(tickets.size() == 1);
    CHECK(tickets.first().first().toLongLong() == desk.printerTicket);
    // ↑ on the first result goes back to the box, ↓ comes back to it.
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(box->hasFocus());
    QTest::keyClick(box, Qt::Key_Down);
    CHECK(list->hasFocus());
    CHECK(list->currentRow() == 1);
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentRow() == 3); // past the customers' header
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(customers.size() == 1);
    CHECK(customers.first().first().toLongLong() == desk.joao);

    // A protocol typed without dashes is the exact hit, first; Enter in the box goes to it.
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("2026113001000001"));
    QTest::keyClick(box, Qt::Key_Return);
    waitForResults(window);
    QTRY_VERIFY_WITH_TIMEOUT(list->hasFocus(), 5000);
    CHECK(rows(window).value(1).contains(QStringLiteral("<b>20261130-01-000001</b>")));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(tickets.size() == 2);
    CHECK(tickets.last().first().toLongLong() == desk.printerTicket);

    // An article: its whole text below the list.
    window.search(QStringLiteral("segunda via"));
    waitForResults(window);
    const QStringList viaRows = rows(window);
    INFO(viaRows.join(QLatin1Char('\n')).toStdString());
    const qsizetype articleRow =
        viaRows.indexOf(QRegularExpression(QStringLiteral(".*<b>segunda</b> <b>via</b> do boleto$")));
    REQUIRE(articleRow > 0);
    list->setCurrentRow(int(articleRow));
    QTRY_VERIFY_WITH_TIMEOUT(
        findChildNamed<QTextBrowser>(window, "previewTextBrowser")->toPlainText().contains(QStringLiteral("Reemitir")),
        5000);

    // Nothing found says so, as plain text (what was typed is never read as markup), and keeps what was typed.
    window.search(QStringLiteral("<b>xilofone"));
    waitForResults(window);
    CHECK(findChildNamed<QLabel>(window, "statusLabel")->textFormat() == Qt::PlainText);
    window.search(QStringLiteral("xilofone"));
    waitForResults(window);
    CHECK(window.hitCount() == 0);
    CHECK(findChildNamed<QLabel>(window, "statusLabel")->text().contains(QStringLiteral("xilofone")));
    CHECK(box->text() == QStringLiteral("xilofone"));
}

TEST_CASE("A profile that may see personal data sees the whole document in the results", "[gui][search]") {
    SearchDesk desk;
    SearchWindow window(desk.team.db->path(), desk.team.admin);
    // The CPF typed with its mask: the exact hit.
    window.search(DocumentNumber::formatNormalized(DocumentNumber::cpfWithCheckDigits(QStringLiteral("123456789"))));
    waitForResults(window);
    const QStringList found = rows(window);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(window.hitCount() >= 1);
    CHECK(found.value(1).contains(QStringLiteral("123.456.789-")));
}

TEST_CASE("Ctrl+B in the main window opens the search, and a ticket found opens its screen", "[gui][search]") {
    SearchDesk desk;
    auto db = Database::open(desk.team.temp.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(db).value(), desk.team.admin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("searchAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_B));
    CHECK(action->isVisible());
    action->trigger();
    auto* search = window.findChild<SearchWindow*>();
    REQUIRE(search);
    CHECK(search->isVisible());
    search->search(QStringLiteral("impressora"));
    waitForResults(*search);
    auto* list = findChildNamed<QListWidget>(*search, "resultsListWidget");
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    auto opened = window.findChildren<TicketWindow*>();
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0)->details().ticket.id == desk.printerTicket);
    // The same window comes back on the next Ctrl+B.
    action->trigger();
    CHECK(window.findChildren<SearchWindow*>().size() == 1);
}
