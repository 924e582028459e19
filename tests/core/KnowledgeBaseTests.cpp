// The knowledge base (F-33): found by any word without accents, the full-text row kept in step, edits audited.
#include "CustomerFixture.h"
#include "SearchRows.h"

#include "auth/Permission.h"
#include "knowledge/KnowledgeBaseService.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::CustomerFixture;

TEST_CASE("Articles are found by words without accents and by their tags, and follow every edit", "[knowledge]") {
    CustomerFixture f;
    KnowledgeBaseService kb(f.db(), f.clock());
    const Actor admin = f.admin();
    const Actor agent = f.actor(QStringLiteral("ana"), {Permission::TicketView});

    auto id = kb.save(admin, KnowledgeArticle{0, QStringLiteral("Emissão de boleto avulso"),
                                              QStringLiteral("Menu Financeiro > Boletos > Avulso."),
                                              QStringLiteral("cobrança segunda-via"), 0});
    REQUIRE(id.ok());
    auto hits = kb.search(agent, QStringLiteral("emissao"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(SearchHit::toPlain(hits->first().title) == QStringLiteral("[Emissão] de boleto avulso"));
    // Found by its title alone, it still shows the start of its text under it.
    INFO(hits->first().snippet.toStdString());
    CHECK(hits->first().snippet.startsWith(QStringLiteral("Menu Financeiro > Boletos > Avulso.")));
    auto byTag = kb.search(agent, QStringLiteral("cobranca"));
    REQUIRE(byTag.ok());
    CHECK(byTag->size() == 1);
    auto typing = kb.search(agent, QStringLiteral("segunda-v"));
    REQUIRE(typing.ok());
    CHECK(typing->size() == 1);

    auto article = kb.get(agent, *id);
    REQUIRE(article.ok());
    article->title = QStringLiteral("Segunda via de boleto");
    REQUIRE(kb.save(admin, *article).ok());
    CHECK(kb.search(agent, QStringLiteral("emissao"))->isEmpty());
    CHECK(kb.search(agent, QStringLiteral("via"))->size() == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'article' AND entity_id = ? AND "
                                 "field = 'title'"),
                  {*id}) == 2);

    REQUIRE(kb.remove(admin, *id).ok());
    CHECK(kb.search(agent, QStringLiteral("boleto"))->isEmpty());
    CHECK(test::searchRowsFor(f.db(), SearchHit::Kind::Article, *id) == 0);
}

TEST_CASE("Writing articles needs the settings permission and a title and text", "[knowledge]") {
    CustomerFixture f;
    KnowledgeBaseService kb(f.db(), f.clock());
    const Actor agent = f.actor(QStringLiteral("ana"), {Permission::TicketView});
    const auto denied = kb.save(agent, KnowledgeArticle{0, QStringLiteral("T"), QStringLiteral("B"), {}, 0});
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == Error::Code::PermissionDenied);
    const auto empty = kb.save(f.admin(), KnowledgeArticle{0, QStringLiteral("  "), QStringLiteral("Texto"), {}, 0});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Error::Code::InvalidInput);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM knowledge_articles")) == 0);
}
