// Pictures of the gui4b screens for the user and admin guides, in Portuguese, offscreen. Hidden (run on purpose):
//   ATENDE_SCREENSHOT_DIR=docs/images build/bin/atende_gui_tests "[.screenshots]"
// ATENDE_EXTRA_QM may name a .qm with translations not yet merged into atende_pt_BR.ts (installed on top).
#include "GuiAdminTeam.h"

#include "attendance/AttendanceFormWidget.h"
#include "attendance/AttendanceTypesDialog.h"
#include "customers/CustomerMergeDialog.h"
#include "knowledge/KnowledgeAdminDialog.h"
#include "knowledge/KnowledgeBaseService.h"
#include "knowledge/KnowledgePanel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTranslator>

using namespace atende;
using atende::test::GuiAdminTeam;

namespace {

void save(QWidget& widget, const QString& name) {
    widget.show();
    QApplication::processEvents();
    const QString path = QDir(qEnvironmentVariable("ATENDE_SCREENSHOT_DIR")).filePath(name);
    INFO(path.toStdString());
    REQUIRE(widget.grab().save(path, "PNG"));
}

void addArticle(GuiAdminTeam& team, const QString& title, const QString& body, const QString& tags) {
    KnowledgeArticle article;
    article.title = title;
    article.body = body;
    article.tags = tags;
    REQUIRE(KnowledgeBaseService(*team.db, SystemClock::instance()).save(team.admin, article).ok());
}

} // namespace

TEST_CASE("Screenshots of the attendance type editor, the knowledge panel and the merge dialog", "[.screenshots]") {
    if (qEnvironmentVariableIsEmpty("ATENDE_SCREENSHOT_DIR")) {
        WARN("ATENDE_SCREENSHOT_DIR not set; nothing written");
        return;
    }
    QTranslator extra;
    if (!qEnvironmentVariableIsEmpty("ATENDE_EXTRA_QM")) {
        REQUIRE(extra.load(qEnvironmentVariable("ATENDE_EXTRA_QM")));
        QCoreApplication::installTranslator(&extra);
    }
    GuiAdminTeam team;

    {
        AttendanceTypesDialog dialog(*team.db, team.admin);
        dialog.resize(1280, 700);
        REQUIRE(dialog.selectType(2)); // Captação: text, number, date and choice fields
        dialog.findChild<QListWidget*>(QStringLiteral("fieldsListWidget"))->setCurrentRow(3);
        AttendanceFormWidget* preview = dialog.preview();
        preview->setAnswers({{QStringLiteral("address"), QStringLiteral("Rua das Palmeiras, 120, Centro")},
                             {QStringLiteral("bedrooms"), 3}});
        preview->validate(); // shows how a missing required answer is marked
        save(dialog, QStringLiteral("tipos-de-atendimento.png"));
    }
    {
        addArticle(team, QStringLiteral("Emissão da segunda via do boleto"),
                   QStringLiteral("Abra Financeiro > Boletos, escolha o mês e clique em Reemitir. O novo boleto vai "
                                  "para o e-mail do cliente em alguns minutos."),
                   QStringLiteral("fatura cobrança"));
        addArticle(team, QStringLiteral("Boleto vencido: como atualizar a data"),
                   QStringLiteral("Em Financeiro > Boletos, selecione o boleto vencido e use Atualizar vencimento. "
                                  "Multa e juros são calculados automaticamente."),
                   QStringLiteral("juros multa"));
        addArticle(team, QStringLiteral("Trocar a senha do portal"),
                   QStringLiteral("Menu Conta > Segurança > Alterar senha."), QStringLiteral("acesso login"));
        KnowledgePanel panel;
        panel.resize(420, 600);
        panel.setDatabase(team.db.get(), team.agent);
        panel.search(QStringLiteral("boleto emissao"));
        save(panel, QStringLiteral("painel-base-de-conhecimento.png"));

        KnowledgeAdminDialog admin(*team.db, team.admin);
        admin.resize(1000, 600);
        admin.search(QStringLiteral("boleto"));
        admin.findChild<QListWidget*>(QStringLiteral("resultsListWidget"))->setCurrentRow(0);
        save(admin, QStringLiteral("base-de-conhecimento.png"));
    }
    {
        const qint64 kept = team.addCustomer(QStringLiteral("Maria Aparecida Souza"), QStringLiteral("529982247"),
                                             QStringLiteral("10452"));
        const qint64 other = team.addCustomer(QStringLiteral("Maria A. Souza"), QStringLiteral("111444777"));
        for (int i = 1; i <= 3; ++i)
            team.addTicket(kept, i);
        for (int i = 4; i <= 5; ++i)
            team.addTicket(other, i);
        CustomerMergeDialog dialog(*team.db, team.admin, kept);
        dialog.resize(1240, 700);
        dialog.searchSide(1, QStringLiteral("Maria A. Souza"));
        save(dialog, QStringLiteral("unificar-clientes.png"));
    }
    QCoreApplication::removeTranslator(&extra);
}
