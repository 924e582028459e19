#include "search/MatchMarker.h"
#include "search/SearchHit.h"
#include "search/SearchService.h"

#include <catch2/catch.hpp>

using namespace atende;

namespace {

// What a person typed, marked in `text` as the search results show it; [ ] stand for the marks.
QString marked(const QString& typed, const QString& text) {
    return MatchMarker::highlight(text, MatchMarker::terms(SearchService::matchExpression(typed)))
        .replace(SearchHit::MarkStart, QStringLiteral("["))
        .replace(SearchHit::MarkEnd, QStringLiteral("]"));
}

QString cut(const QString& typed, const QString& text, int words) {
    return MatchMarker::snippet(text, MatchMarker::terms(SearchService::matchExpression(typed)), words)
        .replace(SearchHit::MarkStart, QStringLiteral("["))
        .replace(SearchHit::MarkEnd, QStringLiteral("]"));
}

} // namespace

TEST_CASE("Typed words are marked whatever their accents and case", "[search]") {
    CHECK(marked(QStringLiteral("joao conceicao "), QStringLiteral("Cliente João Conceição ligou")) ==
          QStringLiteral("Cliente [João] [Conceição] ligou"));
    CHECK(marked(QStringLiteral("JOÃO"), QStringLiteral("joao e Joãozinho")) == QStringLiteral("[joao] e [Joãozinho]"));
}

TEST_CASE("Only the word being typed matches as a prefix", "[search]") {
    // "impr" is unfinished, so "impressora" is marked; "conta " is finished, so "contato" is not.
    CHECK(marked(QStringLiteral("conta impr"), QStringLiteral("Conta da impressora, contato")) ==
          QStringLiteral("[Conta] da [impressora], contato"));
    CHECK(marked(QStringLiteral("boleto"), QStringLiteral("Segunda via do boleto: boletos")) ==
          QStringLiteral("Segunda via do [boleto]: [boletos]"));
    CHECK(marked(QStringLiteral("boleto "), QStringLiteral("Segunda via do boleto: boletos")) ==
          QStringLiteral("Segunda via do [boleto]: boletos"));
}

TEST_CASE("A snippet is cut around the first match, and is empty without one", "[search]") {
    const QString body = QStringLiteral("um dois três quatro cinco seis sete oito nove dez onze doze treze catorze "
                                        "quinze dezesseis vazamento no banheiro dezessete dezoito dezenove vinte");
    CHECK(cut(QStringLiteral("vazamento"), body, 6) == QStringLiteral("…quinze dezesseis [vazamento] no banheiro "
                                                                      "dezessete…"));
    CHECK(cut(QStringLiteral("um"), body, 3) == QStringLiteral("[um] dois três…"));
    CHECK(cut(QStringLiteral("vinte"), body, 50).endsWith(QStringLiteral("[vinte]")));
    CHECK(cut(QStringLiteral("goteira"), body, 16).isEmpty());
    CHECK(cut(QString(), body, 16).isEmpty());
}
