// MimeBuilder on exact bytes, and refusal of header injection.
#include <catch2/catch.hpp>

#include "SmtpTestServer.h"

#include "mail/MimeBuilder.h"

#include <QCryptographicHash>
#include <QTimeZone>

using namespace atende;

namespace {
MailMessage protocolMessage() {
    MailMessage m;
    m.from = {QStringLiteral("Atende Suporte"), QStringLiteral("suporte@example.com.br")};
    m.to = {{QStringLiteral("João Conceição D'Ávila"), QStringLiteral("joao@example.com.br")}};
    m.subject = QStringLiteral("Protocolo 20261122-01-000123");
    m.textBody = QStringLiteral("Olá!\n.\nFim");
    m.messageId = QStringLiteral("<abc123@example.com.br>");
    m.date = QDateTime(QDate(2026, 11, 22), QTime(14, 30), QTimeZone(-3 * 3600));
    return m;
}
} // namespace

TEST_CASE("A text message is written byte for byte as expected") {
    const auto bytes = MimeBuilder::build(protocolMessage());
    REQUIRE(bytes.ok());
    CHECK(*bytes ==
          QByteArray("Date: Sun, 22 Nov 2026 14:30:00 -0300\r\n"
                     "From: Atende Suporte <suporte@example.com.br>\r\n"
                     "To: =?UTF-8?Q?Jo=C3=A3o_Concei=C3=A7=C3=A3o_D=27=C3=81vila?=\r\n <joao@example.com.br>\r\n"
                     "Subject: Protocolo 20261122-01-000123\r\n"
                     "Message-ID: <abc123@example.com.br>\r\n"
                     "MIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=UTF-8\r\n"
                     "Content-Transfer-Encoding: quoted-printable\r\n"
                     "\r\n"
                     "Ol=C3=A1!\r\n"
                     ".\r\n"
                     "Fim\r\n"));
}

TEST_CASE("Text with HTML and an attachment is multipart mixed around alternative") {
    MailMessage m = protocolMessage();
    m.subject = QStringLiteral("Relatório");
    m.htmlBody = QStringLiteral("<p>Olá!</p>");
    m.attachments = {{QStringLiteral("relatório.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4\n")}};
    const auto bytes = MimeBuilder::build(m);
    REQUIRE(bytes.ok());
    const QByteArray mixed =
        "=_atende_" + QCryptographicHash::hash("<abc123@example.com.br>0", QCryptographicHash::Sha256).toHex().left(24);
    const QByteArray alternative =
        "=_atende_" + QCryptographicHash::hash("<abc123@example.com.br>1", QCryptographicHash::Sha256).toHex().left(24);
    const qsizetype bodyStart = bytes->indexOf("MIME-Version: 1.0\r\n") + 19;
    CHECK(bytes->mid(bodyStart) ==
          "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed +
              "\"\r\n\r\n"
              "--" +
              mixed +
              "\r\n"
              "Content-Type: multipart/alternative;\r\n boundary=\"" +
              alternative +
              "\"\r\n\r\n"
              "--" +
              alternative +
              "\r\n"
              "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
              "Ol=C3=A1!\r\n.\r\nFim\r\n"
              "--" +
              alternative +
              "\r\n"
              "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
              "<p>Ol=C3=A1!</p>\r\n"
              "--" +
              alternative +
              "--\r\n"
              "--" +
              mixed +
              "\r\n"
              "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
              "Content-Disposition: attachment;\r\n filename*=UTF-8''relat%C3%B3rio.pdf\r\n\r\n"
              "JVBERi0xLjQK\r\n"
              "--" +
              mixed + "--\r\n");
    CHECK(bytes->contains("Subject: =?UTF-8?Q?Relat=C3=B3rio?=\r\n"));
}

TEST_CASE("CR and LF from data never start a header") {
    MailMessage m = protocolMessage();
    m.subject = QStringLiteral("Oi\r\nBcc: vitima@example.com");
    m.to = {{QStringLiteral("Ana\nBcc: x@y.com"), QStringLiteral("ana@example.com")}};
    const auto bytes = MimeBuilder::build(m);
    REQUIRE(bytes.ok());
    CHECK(bytes->contains("Subject: Oi Bcc: vitima@example.com\r\n"));
    CHECK(bytes->contains("To: \"Ana Bcc: x@y.com\" <ana@example.com>\r\n"));
    for (const QByteArray& line : bytes->split('\n'))
        CHECK_FALSE(line.startsWith("Bcc"));

    MailMessage bad = protocolMessage();
    bad.to = {{QString(), QStringLiteral("ana@example.com\r\nBcc: x@y.com")}};
    const auto refused = MimeBuilder::build(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    bad = protocolMessage();
    bad.messageId = QStringLiteral("<a@b>\r\nX: y");
    CHECK_FALSE(MimeBuilder::build(bad).ok());
}

TEST_CASE("A long accented subject is folded into encoded words within the limits") {
    MailMessage m = protocolMessage();
    m.subject = QStringLiteral("Atualização cadastral do cliente João Conceição D'Ávila — revisão de cobrança e "
                               "emissão de nota fiscal eletrônica");
    const auto bytes = MimeBuilder::build(m);
    REQUIRE(bytes.ok());
    const qsizetype start = bytes->indexOf("Subject: ");
    const qsizetype end = bytes->indexOf("\r\nMessage-ID:");
    const QList<QByteArray> lines = bytes->mid(start, end - start).split('\n');
    CHECK(lines.size() > 2);
    for (const QByteArray& line : lines) {
        CHECK(line.trimmed().size() <= 76);
        const QByteArray word = line.trimmed().startsWith("Subject: ") ? line.trimmed().mid(9) : line.trimmed();
        CHECK(word.size() <= 75);
        CHECK(word.startsWith("=?UTF-8?Q?"));
    }
}

TEST_CASE("Every header line of a message with long accented names stays within 78 characters") {
    if (!test::SmtpTestServer::usable()) // the Python parser checks what a mail client would read
        return;
    MailMessage m = protocolMessage();
    m.to = {{QStringLiteral("João Conceição D'Ávila"), QStringLiteral("joao.conceicao.davila@example.com.br")},
            {QStringLiteral("Maria"), QStringLiteral("maria@example.com")},
            {QStringLiteral("Escritório de Contabilidade São João"), QStringLiteral("contabilidade@example.com.br")}};
    const auto bytes = MimeBuilder::build(m);
    REQUIRE(bytes.ok());
    const QByteArray headers = bytes->left(bytes->indexOf("\r\n\r\n"));
    for (const QByteArray& line : headers.split('\n'))
        CHECK(line.size() <= 79); // 78 + CR
    const QJsonObject parsed = test::SmtpTestServer::parseWithPython(*bytes);
    INFO(headers.toStdString() << "\n" << parsed.value(QStringLiteral("to")).toString().toStdString());
    CHECK(parsed.value(QStringLiteral("to")).toString() ==
          QStringLiteral("João Conceição D'Ávila <joao.conceicao.davila@example.com.br>, Maria <maria@example.com>, "
                         "Escritório de Contabilidade São João <contabilidade@example.com.br>"));
}

TEST_CASE("Message-IDs are unique and use the sender's domain") {
    const QString a = MimeBuilder::newMessageId(QStringLiteral("suporte@example.com.br"));
    const QString b = MimeBuilder::newMessageId(QStringLiteral("suporte@example.com.br"));
    CHECK(a != b);
    CHECK(a.startsWith(u'<'));
    CHECK(a.endsWith(QStringLiteral("@example.com.br>")));
    CHECK(MimeBuilder::newMessageId(QStringLiteral("bad\r\n")).endsWith(QStringLiteral("@atende.invalid>")));
}
