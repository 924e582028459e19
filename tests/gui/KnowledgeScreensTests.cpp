#include "GuiAdminTeam.h"

#include "common/MessageBoxes.h"
#include "knowledge/KnowledgeAdminDialog.h"
#include "knowledge/KnowledgePanel.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace atende;
using atende::test::findChildNamed;
using atende::test::GuiAdminTeam;

TEST_CASE("The knowledge admin saves an article and the panel finds it without accents", "[gui][knowledge]") {
    GuiAdminTeam team;
    KnowledgeAdminDialog admin(*team.db, team.admin);
    admin.show();
    QTest::mouseClick(findChildNamed<QPushButton>(admin, "newButton"), Qt::LeftButton);
    findChildNamed<QLineEdit>(admin, "titleLineEdit")->setText(QStringLiteral("Emissão da segunda via do boleto"));
    findChildNamed<QPlainTextEdit>(admin, "bodyPlainTextEdit")
        ->setPlainText(QStringLiteral("Abra Financeiro > Boletos, escolha o mês e clique em Reemitir."));
    findChildNamed<QLineEdit>(admin, "tagsLineEdit")->setText(QStringLiteral("fatura cobrança"));
    QTest::mouseClick(findChildNamed<QPushButton>(admin, "saveButton"), Qt::LeftButton);
    INFO(admin.message().toStdString());
    REQUIRE(admin.articleId() > 0);
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM knowledge_articles")) == 1);
    admin.search(QStringLiteral("boleto"));
    CHECK(admin.resultCount() == 1);

    // The call screen's panel, as an agent: typed without accents, found, highlighted, usable as a reply.
    KnowledgePanel panel;
    panel.resize(380, 560);
    panel.show();
    panel.setDatabase(team.db.get(), team.agent);
    CHECK(panel.resultCount() == 1); // the newest articles before anything is typed
    auto* box = findChildNamed<QLineEdit>(panel, "searchLineEdit");
    box->clear();
    QTest::keyClicks(box, QStringLiteral("emissao cobranca"));
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(panel.resultCount() == 1);
    CHECK(panel.articleId() == admin.articleId());
    auto* list = findChildNamed<QListWidget>(panel, "resultsListWidget");
    auto* hit = qobject_cast<QLabel*>(list->itemWidget(list->item(0)));
    REQUIRE(hit);
    CHECK(hit->text().contains(QStringLiteral("<b>Emissão</b> da segunda via")));
    CHECK(
        findChildNamed<QTextBrowser>(panel, "articleTextBrowser")->toPlainText().contains(QStringLiteral("Reemitir")));
    QSignalSpy reply(&panel, &KnowledgePanel::useAsReply);
    QTest::mouseClick(findChildNamed<QPushButton>(panel, "useAsReplyButton"), Qt::LeftButton);
    REQUIRE(reply.count() == 1);
    CHECK(reply.first().first().toString().startsWith(QStringLiteral("Abra Financeiro")));

    panel.search(QStringLiteral("inexistente"));
    CHECK(panel.resultCount() == 0);
    CHECK_FALSE(findChildNamed<QPushButton>(panel, "useAsReplyButton")->isEnabled());
}

TEST_CASE("Deleting an article asks first, and core's refusal keeps what was typed", "[gui][knowledge]") {
    GuiAdminTeam team;
    KnowledgeAdminDialog admin(*team.db, team.admin);
    findChildNamed<QLineEdit>(admin, "titleLineEdit")->setText(QStringLiteral("Trocar a senha do portal"));
    findChildNamed<QPlainTextEdit>(admin, "bodyPlainTextEdit")->setPlainText(QStringLiteral("Menu Conta > Senha."));
    REQUIRE(admin.save());
    {
        MessageBoxes::ScopedTestHook no([](const MessageBoxes::Request&) { return QMessageBox::No; });
        CHECK_FALSE(admin.removeArticle());
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM knowledge_articles")) == 1);
    }
    {
        QList<MessageBoxes::Request> asked;
        MessageBoxes::ScopedTestHook yes([&asked](const MessageBoxes::Request& request) {
            asked.append(request);
            return QMessageBox::Yes;
        });
        QTest::mouseClick(findChildNamed<QPushButton>(admin, "deleteButton"), Qt::LeftButton);
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().text.contains(QStringLiteral("Trocar a senha do portal")));
        CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM knowledge_articles")) == 0);
        CHECK(admin.resultCount() == 0);
    }

    // An agent may search but not write: the refusal is shown, the text stays.
    KnowledgeAdminDialog agent(*team.db, team.agent);
    findChildNamed<QLineEdit>(agent, "titleLineEdit")->setText(QStringLiteral("Artigo do agente"));
    findChildNamed<QPlainTextEdit>(agent, "bodyPlainTextEdit")->setPlainText(QStringLiteral("Texto."));
    CHECK_FALSE(agent.save());
    CHECK_FALSE(agent.message().isEmpty());
    CHECK(findChildNamed<QLineEdit>(agent, "titleLineEdit")->text() == QStringLiteral("Artigo do agente"));
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM knowledge_articles")) == 0);
}
