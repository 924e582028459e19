// The language check of seed 002 (F-09): gerundism and informal words flagged with a rewrite; correct Portuguese
// left alone. Sentences are the kind agents type in replies and call notes.
#include "language/LanguageChecker.h"

#include <catch2/catch.hpp>

using namespace atende;

namespace {

const LanguageChecker& checker() {
    static const LanguageChecker standard = LanguageChecker::standard();
    return standard;
}

// The text after applying every suggestion, one at a time as the agent would (re-checking after each).
QString corrected(QString text) {
    for (int guard = 0; guard < 20; ++guard) {
        const auto findings = checker().check(text);
        if (findings.isEmpty())
            break;
        text = LanguageChecker::apply(text, findings.first());
    }
    return text;
}

} // namespace

TEST_CASE("The embedded language rules load", "[language]") {
    CHECK(checker().ruleCount() >= 20);
}

TEST_CASE("Gerundism is flagged with the simple future as the suggestion", "[language]") {
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("Vou estar verificando o seu cadastro."), QStringLiteral("Vou verificar o seu cadastro.")},
        {QStringLiteral("vou estar verificando"), QStringLiteral("vou verificar")},
        {QStringLiteral("Estarei passando o seu caso para o financeiro."),
         QStringLiteral("Vou passar o seu caso para o financeiro.")},
        {QStringLiteral("Vamos estar enviando o boleto hoje."), QStringLiteral("Vamos enviar o boleto hoje.")},
        {QStringLiteral("O técnico vai estar ligando amanhã."), QStringLiteral("O técnico vai ligar amanhã.")},
        {QStringLiteral("Eles vão estar resolvendo isso."), QStringLiteral("Eles vão resolver isso.")},
        {QStringLiteral("Irei estar encaminhando a solicitação."), QStringLiteral("Irei encaminhar a solicitação.")},
        {QStringLiteral("Estaremos retornando em breve."), QStringLiteral("Vamos retornar em breve.")},
        {QStringLiteral("A equipe estará analisando o erro."), QStringLiteral("A equipe vai analisar o erro.")},
        {QStringLiteral("Os técnicos estarão conferindo o servidor."),
         QStringLiteral("Os técnicos vão conferir o servidor.")},
        {QStringLiteral("Vou tá fazendo o teste agora."), QStringLiteral("Vou fazer o teste agora.")},
        {QStringLiteral("VOU ESTAR ABRINDO UM CHAMADO"), QStringLiteral("VOU ABRIR UM CHAMADO")},
        {QStringLiteral("A gente vai estar ligando para o senhor."), QStringLiteral("Vamos ligar para o senhor.")},
        {QStringLiteral("Vou estar repondo a peça."), QStringLiteral("Vou repor a peça.")},
    };
    for (const auto& [typed, expected] : cases) {
        INFO(typed.toStdString());
        const auto findings = checker().check(typed);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().kind == LanguageFinding::Kind::Gerundism);
        CHECK(corrected(typed) == expected);
    }
}

TEST_CASE("Correct Portuguese is not flagged", "[language]") {
    const QStringList fine{
        QStringLiteral("Estou verificando agora o seu cadastro."),
        QStringLiteral("Estamos analisando o problema desde ontem."),
        QStringLiteral("O sistema pode estar travando por causa do antivírus."),
        QStringLiteral("A impressora deve estar desligada."),
        QStringLiteral("Vou verificar e retorno em seguida."),
        QStringLiteral("Vamos enviar o boleto por e-mail."),
        QStringLiteral("Estarei aqui até as 18h."),
        QStringLiteral("Vou estar no escritório amanhã."),
        QStringLiteral("O segundo boleto vence no fim do mês."),
        QStringLiteral("Quando o senhor puder, reinicie o computador."),
        QStringLiteral("O plano Pro inclui suporte por telefone."),
        QStringLiteral("Cuiabá - MT, CEP 78000-000."),
        QStringLiteral("Obrigado pelo contato, tenha um bom dia."),
        QStringLiteral("Protocolo 20261122-01-000123 registrado às 14:32."),
        QStringLiteral("O imóvel tem uma beleza rara."),
        QStringLiteral("Vamos estar juntos nessa solução."),
        QStringLiteral("Estava esperando o retorno do técnico."),
        QStringLiteral("O relatório está sendo gerado."),
    };
    for (const QString& sentence : fine) {
        INFO(sentence.toStdString());
        CHECK(checker().check(sentence).isEmpty());
    }
}

TEST_CASE("Informal words and abbreviations are flagged with the written form", "[language]") {
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("vc pode reiniciar o computador?"), QStringLiteral("você pode reiniciar o computador?")},
        {QStringLiteral("Vc recebeu o boleto?"), QStringLiteral("Você recebeu o boleto?")},
        {QStringLiteral("Enviei pq o sistema pediu"), QStringLiteral("Enviei porque o sistema pediu")},
        {QStringLiteral("Mandei tbm a segunda via"), QStringLiteral("Mandei também a segunda via")},
        {QStringLiteral("Vou mandar pra você hoje"), QStringLiteral("Vou mandar para você hoje")},
        {QStringLiteral("Tá tudo certo com o cadastro"), QStringLiteral("Está tudo certo com o cadastro")},
        {QStringLiteral("Certo, né? Vou verificar."), QStringLiteral("Certo? Vou verificar.")},
        {QStringLiteral("Valeu pelo contato"), QStringLiteral("Obrigado pelo contato")},
        {QStringLiteral("Envio a msg hj"), QStringLiteral("Envio a mensagem hoje")},
        {QStringLiteral("Beleza? Até amanhã."), QStringLiteral("Tudo certo? Até amanhã.")},
    };
    for (const auto& [typed, expected] : cases) {
        INFO(typed.toStdString());
        const auto findings = checker().check(typed);
        REQUIRE_FALSE(findings.isEmpty());
        CHECK(findings.first().kind == LanguageFinding::Kind::Informal);
        CHECK(corrected(typed) == expected);
    }
}

TEST_CASE("Findings give the exact stretch, in text order, without overlaps", "[language]") {
    const QString text = QStringLiteral("Olá, vc vai estar recebendo o boleto pq houve erro.");
    const auto findings = checker().check(text);
    REQUIRE(findings.size() == 3);
    CHECK(findings.at(0).found == QStringLiteral("vc"));
    CHECK(findings.at(0).start == text.indexOf(QStringLiteral("vc")));
    CHECK(findings.at(1).found == QStringLiteral("vai estar recebendo"));
    CHECK(findings.at(1).suggestion == QStringLiteral("vai receber"));
    CHECK(findings.at(2).found == QStringLiteral("pq"));
    CHECK_FALSE(findings.at(1).message.isEmpty());
}

TEST_CASE("Rules are data: a custom file replaces them and a broken pattern is refused by name", "[language]") {
    auto custom = LanguageChecker::fromJson(R"({"format": "atende.language-rules", "rules": [
        {"id": "proibido-problema", "kind": "informal", "pattern": "\\bproblemão\\b", "suggestion": "problema grave",
         "message": "Evite aumentativos."}]})");
    REQUIRE(custom.ok());
    CHECK(custom->ruleCount() == 1);
    CHECK(custom->check(QStringLiteral("vc tem um problemão")).size() == 1);

    auto broken = LanguageChecker::fromJson(R"({"format": "atende.language-rules", "rules": [
        {"id": "quebrada", "kind": "informal", "pattern": "(abc", "suggestion": ""}]})");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().userMessage.contains(QStringLiteral("quebrada")));
    CHECK_FALSE(LanguageChecker::fromJson("not json").ok());
}

TEST_CASE("Gerunds become infinitives", "[language]") {
    CHECK(LanguageChecker::infinitiveOf(QStringLiteral("verificando")) == QStringLiteral("verificar"));
    CHECK(LanguageChecker::infinitiveOf(QStringLiteral("fazendo")) == QStringLiteral("fazer"));
    CHECK(LanguageChecker::infinitiveOf(QStringLiteral("abrindo")) == QStringLiteral("abrir"));
    CHECK(LanguageChecker::infinitiveOf(QStringLiteral("pondo")) == QStringLiteral("pôr"));
    CHECK(LanguageChecker::infinitiveOf(QStringLiteral("compondo")) == QStringLiteral("compor"));
}
