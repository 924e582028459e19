#include "CustomerFixture.h"

#include "auth/Permission.h"
#include "customers/CustomerService.h"
#include "search/SearchIndex.h"
#include "search/SearchService.h"

#include "TempDatabase.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace atende;
using atende::test::CustomerFixture;

namespace {

// A ticket with its search row as the ticket services write it: "protocol title" and the body with the
// interactions' text.
qint64 indexedTicket(CustomerFixture& f, qint64 customerId, const QString& title, const QString& body,
                     qint64 statusId = 2) {
    const qint64 id = f.addTicket(customerId, title, QString(), statusId);
    const QString protocol = f.scalar(QStringLiteral("SELECT protocol FROM tickets WHERE id = ?"), {id}).toString();
    f.exec(QStringLiteral("INSERT INTO ticket_search(%1, title, body) VALUES (?, ?, ?)")
               .arg(SearchIndex::keyColumn(f.db())),
           {id, protocol + QLatin1Char(' ') + title, body});
    return id;
}

struct SearchData {
    CustomerFixture f;
    Actor agent = f.actor(QStringLiteral("agente.busca"), {Permission::TicketView, Permission::CustomerView,
                                                           Permission::CustomerEdit, Permission::PersonalDataView});
    qint64 joao = 0;
    qint64 maria = 0;
    qint64 boleto = 0;
    qint64 impressora = 0;

    SearchData() {
        CustomerService customers(f.db(), f.clock());
        joao = *customers.create(agent, CustomerFixture::person(1, QStringLiteral("João Conceição")));
        maria = *customers.create(agent, CustomerFixture::person(2, QStringLiteral("Maria Aparecida Simões")));
        boleto = indexedTicket(f, joao, QStringLiteral("Erro ao emitir boleto"),
                               QStringLiteral("Cliente relata que a emissão trava.\nOrientado a limpar o cache."));
        impressora = indexedTicket(f, maria, QStringLiteral("Configurar impressora fiscal"),
                                   QStringLiteral("Impressora não imprime o boleto de teste."));
        f.exec(QStringLiteral("INSERT INTO knowledge_articles(id, title, body, tags, updated_at) VALUES "
                              "(1, 'Como emitir boleto avulso', 'Menu Financeiro > Boletos', 'boleto', 0)"));
        f.exec(QStringLiteral("INSERT INTO article_search(%1, title, body) VALUES (1, "
                              "'Como emitir boleto avulso', 'Menu Financeiro > Boletos')")
                   .arg(SearchIndex::keyColumn(f.db())));
    }
};

} // namespace

TEST_CASE("Search ignores accents and case and finds a customer by words typed without them", "[search]") {
    SearchData d;
    SearchService search(d.f.db(), d.f.clock());
    auto results = search.search(d.agent, QStringLiteral("joao conceicao"));
    REQUIRE(results.ok());
    REQUIRE(results->customers.size() == 1);
    CHECK(results->customers.first().id == d.joao);
    CHECK(SearchHit::toPlain(results->customers.first().title) == QStringLiteral("[João] [Conceição]"));
    CHECK(SearchHit::toHtml(results->customers.first().title) == QStringLiteral("<b>João</b> <b>Conceição</b>"));
}

TEST_CASE("Search treats the last word as a prefix while typing", "[search]") {
    SearchData d;
    SearchService search(d.f.db(), d.f.clock());
    CHECK(SearchService::matchExpression(QStringLiteral("joao conc")) == QStringLiteral("\"joao\" \"conc\"*"));
    CHECK(SearchService::matchExpression(QStringLiteral("joao conc ")) == QStringLiteral("\"joao\" \"conc\""));
    // Words are quoted: FTS5 operators typed by a person are just words.
    CHECK(SearchService::matchExpression(QStringLiteral("NOT boleto OR \"x")) ==
          QStringLiteral("\"NOT\" \"boleto\" \"OR\" \"x\"*"));
    auto typing = search.search(d.agent, QStringLiteral("joao conc"));
    REQUIRE(typing.ok());
    REQUIRE(typing->customers.size() == 1);
    auto finished = search.search(d.agent, QStringLiteral("joao conc "));
    REQUIRE(finished.ok());
    CHECK(finished->customers.isEmpty());
}

TEST_CASE("Search finds tickets by the text of their interactions and ranks a title match first", "[search]") {
    SearchData d;
    SearchService search(d.f.db(), d.f.clock());
    auto results = search.search(d.agent, QStringLiteral("boleto"));
    REQUIRE(results.ok());
    REQUIRE(results->tickets.size() == 2);
    // "boleto" in the title beats "boleto" only in the body.
    CHECK(results->tickets.at(0).id == d.boleto);
    CHECK(results->tickets.at(1).id == d.impressora);
    CHECK(results->tickets.at(1).snippet.contains(SearchHit::MarkStart + QStringLiteral("boleto")));
    CHECK(results->tickets.at(0).detail.contains(QStringLiteral("Pendente")));
    REQUIRE(results->articles.size() == 1);

    auto byInteraction = search.search(d.agent, QStringLiteral("cache"));
    REQUIRE(byInteraction.ok());
    REQUIRE(byInteraction->tickets.size() == 1);
    CHECK(byInteraction->tickets.first().id == d.boleto);
}

TEST_CASE("A protocol or a CPF typed in full is the exact hit, first and not repeated", "[search]") {
    SearchData d;
    SearchService search(d.f.db(), d.f.clock());
    const QString protocol =
        d.f.scalar(QStringLiteral("SELECT protocol FROM tickets WHERE id = ?"), {d.impressora}).toString();
    for (const QString& typed : {protocol, QString(protocol).remove(QLatin1Char('-'))}) {
        auto results = search.search(d.agent, typed);
        REQUIRE(results.ok());
        REQUIRE(results->exact.size() == 1);
        CHECK(results->exact.first().id == d.impressora);
        CHECK(results->exact.first().exact);
        for (const SearchHit& hit : results->tickets)
            CHECK(hit.id != d.impressora);
    }
    const QString cpf = CustomerFixture::cpf(2);
    auto byCpf = search.search(d.agent, cpf);
    REQUIRE(byCpf.ok());
    REQUIRE(byCpf->exact.size() == 1);
    CHECK(byCpf->exact.first().kind == SearchHit::Kind::Customer);
    CHECK(byCpf->exact.first().id == d.maria);
}

TEST_CASE("Search masks documents and hides groups the profile may not see", "[search]") {
    SearchData d;
    SearchService search(d.f.db(), d.f.clock());
    const Actor noPersonal = d.f.actor(QStringLiteral("sem.dados"), {Permission::CustomerView});
    auto results = search.search(noPersonal, QStringLiteral("maria"));
    REQUIRE(results.ok());
    REQUIRE(results->customers.size() == 1);
    CHECK(results->customers.first().detail.contains(QStringLiteral("***")));
    CHECK(results->customers.first().snippet.isEmpty());
    // No ticket.view: no tickets and no articles, even when the words match.
    CHECK(results->tickets.isEmpty());
    auto boleto = search.search(noPersonal, QStringLiteral("boleto"));
    REQUIRE(boleto.ok());
    CHECK(boleto->tickets.isEmpty());

    const Actor nobody = d.f.actor(QStringLiteral("ninguem"), {});
    auto refused = search.search(nobody, QStringLiteral("maria"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
}

TEST_CASE("Migration 4 moves every full-text row of a version-2 database into its kind's own table",
          "[search][sqlite]") {
    atende::test::TempDatabase temp;
    REQUIRE(QFile::copy(QStringLiteral(ATENDE_FIXTURES_DIR "/schema-v2.sqlite"), temp.path()));
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto db = temp.open();
    REQUIRE(db->schemaVersion() >= 4);
    auto count = [&](const QString& sql) {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CHECK(count(QStringLiteral("SELECT count(*) FROM ticket_search WHERE ticket_search MATCH 'cache' AND rowid = 1")) ==
          1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM article_search WHERE article_search MATCH 'avulso'")) == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer_search")) ==
          count(QStringLiteral("SELECT count(*) FROM customers")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index'")) == 0);
}
