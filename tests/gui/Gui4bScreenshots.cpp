// Pictures of the gui4b screens for the user and admin guides, in Portuguese, offscreen. Hidden (run on purpose):
//   ATENDE_SCREENSHOT_DIR=docs/images build/bin/atende_gui_tests "[.screenshots]"
// ATENDE_EXTRA_QM may name a .qm with translations not yet merged into atende_pt_BR.ts (installed on top).
#include "GuiAdminTeam.h"

#include "attendance/AttendanceFormWidget.h"
#include "attendance/AttendanceTypesDialog.h"
#include "customers/CustomerCsvImportDialog.h"
#include "customers/CustomerMergeDialog.h"
#include "directory/DirectoryDialog.h"
#include "directory/DirectoryService.h"
#include "knowledge/KnowledgeAdminDialog.h"
#include "knowledge/KnowledgeBaseService.h"
#include "knowledge/KnowledgePanel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
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
        (void)preview->validate(); // shows how a missing required answer is marked
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
    {
        DirectoryService directory(*team.db, SystemClock::instance());
        const auto add = [&](DirectoryEntry::Kind kind, const char* name, const char* email, const char* phone) {
            DirectoryEntry e;
            e.kind = kind;
            e.name = QString::fromUtf8(name);
            e.email = QString::fromUtf8(email);
            e.phone = QString::fromUtf8(phone);
            REQUIRE(directory.add(team.admin, e).ok());
        };
        add(DirectoryEntry::Kind::FinancePf, "Financeiro Pessoa Física", "financeiro.pf@exemplo.com.br",
            "(41) 3322-1100");
        add(DirectoryEntry::Kind::FinancePj, "Financeiro Empresas", "financeiro.pj@exemplo.com.br", "(41) 3322-1101");
        add(DirectoryEntry::Kind::Receptionist, "Recepção", "recepcao@exemplo.com.br", "(41) 3322-1000");
        add(DirectoryEntry::Kind::Partner, "TecnoRede Informática", "suporte@tecnorede.com.br", "(41) 99912-3456");
        DirectoryDialog dialog(*team.db, team.admin);
        dialog.resize(1180, 540);
        dialog.findChild<QTableWidget*>(QStringLiteral("entriesTableWidget"))->selectRow(3);
        save(dialog, QStringLiteral("diretorio.png"));
    }
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clientes.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("nome;cpf;email;telefone\n"
                                  "Ana Beatriz Rocha;%1;ana@exemplo.com.br;(41) 99876-1111\n"
                                  "Bruno Carvalho;123.456.789-00;bruno@exemplo.com.br;(41) 99876-2222\n"
                                  "Carla Dias;%2;carla@exemplo;(41) 99876-3333\n"
                                  "Diego Alves;%3;diego@exemplo.com.br;99876-4444\n"
                                  "Elisa Nunes;%4;elisa@exemplo.com.br;(41) 99876-5555\n")
                       .arg(DocumentNumber::cpfWithCheckDigits(QStringLiteral("390533447")),
                            DocumentNumber::cpfWithCheckDigits(QStringLiteral("714602138")),
                            DocumentNumber::cpfWithCheckDigits(QStringLiteral("248438034")),
                            DocumentNumber::cpfWithCheckDigits(QStringLiteral("051213680")))
                       .toUtf8());
        file.close();
        CustomerCsvImportDialog dialog(*team.db, team.admin);
        dialog.resize(900, 520);
        dialog.setFile(path);
        QSignalSpy finished(&dialog, &CustomerCsvImportDialog::finished);
        REQUIRE(dialog.check());
        REQUIRE(finished.wait(60000));
        save(dialog, QStringLiteral("importar-clientes.png"));
    }
    QCoreApplication::removeTranslator(&extra);
}
