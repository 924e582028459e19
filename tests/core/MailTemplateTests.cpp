// The e-mail templates: rendering, the optional O.S. section, unknown variables, editable storage.
#include <catch2/catch.hpp>

#include "TempDatabase.h"

#include "mail/MailTemplateRenderer.h"
#include "mail/MailTemplateStore.h"

using namespace atende;

namespace {
MailTemplateRenderer::Values protocolValues(const QString& os) {
    return {{QStringLiteral("cliente"), QStringLiteral("João Conceição D'Ávila")},
            {QStringLiteral("protocolo"), QStringLiteral("20261122-01-000123")},
            {QStringLiteral("atendente"), QStringLiteral("Carla Souza")},
            {QStringLiteral("data"), QStringLiteral("22/11/2026")},
            {QStringLiteral("hora"), QStringLiteral("14:30")},
            {QStringLiteral("empresa"), QStringLiteral("Imobiliária Horizonte")},
            {QStringLiteral("os"), os}};
}
} // namespace

TEST_CASE("The default protocol e-mail names the protocol, date, time, agent and company") {
    const auto rendered = MailTemplateRenderer::render(MailTemplateStore::defaultTemplate(MailTemplate::Kind::Protocol),
                                                       protocolValues(QString()));
    REQUIRE(rendered.ok());
    CHECK(rendered->subject == QStringLiteral("Protocolo de atendimento 20261122-01-000123 - Imobiliária Horizonte"));
    CHECK(rendered->body == QStringLiteral("Olá, João Conceição D'Ávila.\n"
                                           "\n"
                                           "Obrigado por entrar em contato com a Imobiliária Horizonte.\n"
                                           "\n"
                                           "Seu atendimento foi registrado com o protocolo 20261122-01-000123 em "
                                           "22/11/2026 às 14:30, pelo(a) atendente Carla Souza.\n"
                                           "Guarde este número: com ele qualquer atendente encontra o seu "
                                           "atendimento.\n"
                                           "\n"
                                           "Atenciosamente,\n"
                                           "Carla Souza\n"
                                           "Imobiliária Horizonte\n"));
}

TEST_CASE("The O.S. line appears only when there is an O.S. number") {
    const auto with = MailTemplateRenderer::render(MailTemplateStore::defaultTemplate(MailTemplate::Kind::Protocol),
                                                   protocolValues(QStringLiteral("OS-4471")));
    REQUIRE(with.ok());
    CHECK(with->body.contains(QStringLiteral("pelo(a) atendente Carla Souza.\nOrdem de serviço (O.S.): OS-4471\n"
                                             "Guarde este número")));
}

TEST_CASE("An unknown variable is refused with its name") {
    const auto rendered = MailTemplateRenderer::render(QStringLiteral("Olá {clinte}"), {});
    REQUIRE_FALSE(rendered.ok());
    CHECK(rendered.error().code == Error::Code::InvalidInput);
    CHECK(rendered.error().userMessage.contains(QStringLiteral("{clinte}")));
}

TEST_CASE("A subject stays on one line whatever the values hold") {
    const auto rendered = MailTemplateRenderer::render(
        MailTemplate{MailTemplate::Kind::Reply, QStringLiteral("Re: {assunto}"), QStringLiteral("{resposta}")},
        {{QStringLiteral("assunto"), QStringLiteral("Boleto\r\nBcc: x@y.com")},
         {QStringLiteral("resposta"), QStringLiteral("linha 1\nlinha 2")}});
    REQUIRE(rendered.ok());
    CHECK(rendered->subject == QStringLiteral("Re: Boleto Bcc: x@y.com"));
    CHECK(rendered->body == QStringLiteral("linha 1\nlinha 2"));
}

TEST_CASE("Templates are data an administrator edits, with the default until saved") {
    test::TempDatabase temp;
    auto db = temp.open();
    MailTemplateStore store(*db);
    auto before = store.load(MailTemplate::Kind::Copy);
    REQUIRE(before.ok());
    CHECK(before->subject == MailTemplateStore::defaultTemplate(MailTemplate::Kind::Copy).subject);

    REQUIRE(store.save({MailTemplate::Kind::Copy, QStringLiteral("Cópia {protocolo}"), QStringLiteral("{resposta}")}));
    auto after = store.load(MailTemplate::Kind::Copy);
    REQUIRE(after.ok());
    CHECK(after->subject == QStringLiteral("Cópia {protocolo}"));
    CHECK(after->body == QStringLiteral("{resposta}"));
    CHECK(store.load(MailTemplate::Kind::Reply)->subject ==
          MailTemplateStore::defaultTemplate(MailTemplate::Kind::Reply).subject);

    const Status refused = store.save({MailTemplate::Kind::Copy, QStringLiteral("x {nada}"), QStringLiteral("y")});
    REQUIRE_FALSE(refused.ok());
    CHECK(store.load(MailTemplate::Kind::Copy)->subject == QStringLiteral("Cópia {protocolo}"));
}
