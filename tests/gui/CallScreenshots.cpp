// The call screen's pictures for the user guide (docs/images/chamada-*.png), in Portuguese. Not part of the normal
// run (hidden tag): `atende_gui_tests "[.screenshots]"`. Strings not yet in the embedded translation are read from
// the branch's translation table (ATENDE_EXTRA_TSV, "context<TAB>source<TAB>translation" lines) when it is given.
#include "TempDatabase.h"

#include "auth/UserService.h"
#include "call/CallWidget.h"
#include "knowledge/KnowledgeBaseService.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"
#include "util/SystemClock.h"

#include "FakeClock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace atende;

namespace {

class TsvTranslator : public QTranslator {
public:
    bool load(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray& raw : f.readAll().split('\n')) {
            const QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
            if (cols.size() != 3)
                continue;
            auto unescape = [](QString s) { return s.replace(QStringLiteral("\\n"), QStringLiteral("\n")); };
            m_table.insert(cols[0] + QLatin1Char('\x1f') + unescape(cols[1]), unescape(cols[2]));
        }
        return !m_table.isEmpty();
    }
    bool isEmpty() const override { return m_table.isEmpty(); }
    QString translate(const char* context, const char* source, const char*, int) const override {
        return m_table.value(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_table;
};

void run(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

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

void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
    QTest::keyClick(QApplication::focusWidget(), k, m);
}

} // namespace

TEST_CASE("Screenshots of every stage of a call", "[.screenshots]") {
    TsvTranslator extra;
    const QString tsv = qEnvironmentVariable("ATENDE_EXTRA_TSV");
    if (!tsv.isEmpty() && extra.load(tsv))
        QCoreApplication::installTranslator(&extra);
    const QDir out(qEnvironmentVariable("ATENDE_SCREENSHOT_DIR", QStringLiteral(ATENDE_SOURCE_DIR "/docs/images")));

    test::TempDatabase temp;
    auto db = temp.open();
    UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto agent = users.createFirstAdministrator(QStringLiteral("juliana"), QStringLiteral("Juliana Prado"),
                                                QStringLiteral("Juliana-Segura-2026"));
    REQUIRE(agent.ok());
    run(*db, QStringLiteral("UPDATE app_settings SET value = 'Imobiliária Exemplo' WHERE key = 'company.name'"));
    run(*db, QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('mail.receptionist.address', "
                            "'recepcao@exemplo.com.br')"));
    run(*db, QStringLiteral("INSERT INTO directory_entries (kind, name, email, phone) VALUES "
                            "('finance_pf', 'Fernanda (Financeiro PF)', 'financeiro.pf@exemplo.com.br', "
                            "'(11) 3333-1001'), ('finance_pj', 'Paulo (Financeiro PJ)', "
                            "'financeiro.pj@exemplo.com.br', '(11) 3333-1002'), ('receptionist', 'Recepção', "
                            "'recepcao@exemplo.com.br', ''), ('partner', 'Parceira Contábil Ltda', "
                            "'contato@parceira.com.br', '')"));
    run(*db, QStringLiteral("INSERT INTO customers (id, kind, document, code, name, name_key, in_debt, debt_note, "
                            "license_days_overdue, partner_id, observation, plan, created_at, updated_at) VALUES "
                            "(2, 'PJ', '11222333000181', 'C-2002', 'Construtora Horizonte Ltda', "
                            "'construtora horizonte ltda', 1, '2 boletos em aberto', 9, 4, "
                            "'Falar com a Sra. Regina (gerente); não ligar antes das 10h', 'Imobiliária Plus', 0, 0)"));
    run(*db, QStringLiteral("INSERT INTO customer_channels (customer_id, kind, value, value_key) VALUES "
                            "(2, 'phone', '(11) 98765-4321', '11987654321'), "
                            "(2, 'email', 'regina@horizonte.com.br', 'regina@horizonte.com.br')"));
    test::FakeClock clock;
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(14, 5), QTimeZone("America/Sao_Paulo")));
    TicketService tickets(*db, clock, QStringLiteral("01"));
    NewTicket open;
    open.ticket.customerId = 2;
    open.ticket.sectorId = 2;
    open.ticket.title = QStringLiteral("Vistoria do imóvel da Rua Azul");
    REQUIRE(tickets.create(*agent, open).ok());
    KnowledgeBaseService kb(*db, clock);
    KnowledgeArticle article;
    article.title = QStringLiteral("Como cadastrar um imóvel para captação");
    article.body = QStringLiteral("Peça o endereço completo, a cidade e o número de dormitórios. O captador entra em "
                                  "contato em até 2 dias úteis.");
    article.tags = QStringLiteral("captação imóvel cadastro");
    REQUIRE(kb.save(*agent, article).ok());

    CallWidget w(*db, *agent, clock, QStringLiteral("01"));
    w.resize(1280, 820);
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    REQUIRE(w.start().ok());
    auto shot = [&](const char* name) {
        QTest::qWait(1100); // the call timer shows the seconds the fake clock moved
        REQUIRE(w.grab().save(out.filePath(QString::fromLatin1(name))));
    };
    clock.advanceSecs(12);
    shot("chamada-1-saudacao.png");
    key(Qt::Key_Return);
    typeInto(QApplication::focusWidget(), QStringLiteral("11.222.333/0001-81"));
    key(Qt::Key_Return);
    clock.advanceSecs(40);
    shot("chamada-2-identificacao.png");
    key(Qt::Key_Return);
    key(Qt::Key_Return); // debt confirmed
    clock.advanceSecs(35);
    shot("chamada-3-financeiro.png");
    key(Qt::Key_Return);
    key(Qt::Key_Tab);
    key(Qt::Key_Return);
    clock.advanceSecs(20);
    shot("chamada-4-atendimento-existente.png");
    key(Qt::Key_Return);
    typeInto(QApplication::focusWidget(), QStringLiteral("Capta"));
    shot("chamada-5-tipo-de-atendimento.png");
    key(Qt::Key_Return);
    typeInto(QApplication::focusWidget(), QStringLiteral("Rua Azul, 200, Centro"));
    key(Qt::Key_Tab);
    typeInto(QApplication::focusWidget(), QStringLiteral("Campinas"));
    key(Qt::Key_Tab);
    typeInto(QApplication::focusWidget(), QStringLiteral("3"));
    w.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))->setFocus();
    typeInto(QApplication::focusWidget(),
             QStringLiteral("Proprietária quer anunciar o imóvel. Vou estar enviando o contrato por e-mail."));
    clock.advanceSecs(95);
    shot("chamada-6-formulario.png");
    w.advance(); // Enter: the form is checked, then the conclusion
    REQUIRE(w.stage() == CallWidget::Stage::Conclude);
    shot("chamada-7-conclusao.png");
    key(Qt::Key_Return);
    REQUIRE(w.isFinished());
    shot("chamada-8-concluida.png");
}
