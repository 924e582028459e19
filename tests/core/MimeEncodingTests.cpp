// Exact bytes of the MIME encodings: what a receiving server must get, byte for byte.
#include <catch2/catch.hpp>

#include "mail/MimeEncoding.h"

#include <QList>

using namespace atende;

TEST_CASE("Quoted-printable encodes accents, equals signs and trailing spaces, and keeps CRLF lines") {
    CHECK(MimeEncoding::quotedPrintable(QStringLiteral("Olá, João = 1\n.linha\nfim ")) ==
          QByteArray("Ol=C3=A1, Jo=C3=A3o =3D 1\r\n.linha\r\nfim=20"));
    CHECK(MimeEncoding::quotedPrintable(QStringLiteral("a\r\nb\rc\td\t")) == QByteArray("a\r\nb\r\nc\td=09"));
}

TEST_CASE("Quoted-printable lines never exceed 76 characters and soft breaks join back") {
    CHECK(MimeEncoding::quotedPrintable(QString(76, u'a')) == QByteArray(76, 'a'));
    CHECK(MimeEncoding::quotedPrintable(QString(80, u'a')) == QByteArray(75, 'a') + "=\r\n" + QByteArray(5, 'a'));
    // An encoded character is never split by a soft break.
    const QByteArray accents = MimeEncoding::quotedPrintable(QString(40, u'ç'));
    for (const QByteArray& line : accents.split('\n')) {
        CHECK(line.size() <= 77); // 76 + the CR
        CHECK_FALSE(line.endsWith("=C\r"));
    }
    // 5000 characters on one line: still short lines, well under the 998-octet limit.
    for (const QByteArray& line : MimeEncoding::quotedPrintable(QString(5000, u'x')).split('\n'))
        CHECK(line.size() <= 77);
}

TEST_CASE("Encoded words are at most 75 characters, split between whole UTF-8 characters") {
    CHECK(MimeEncoding::encodedWords(QStringLiteral("Protocolo 123")) == QByteArray("Protocolo 123"));
    CHECK(MimeEncoding::encodedWords(QStringLiteral("Conceição")) == QByteArray("=?UTF-8?Q?Concei=C3=A7=C3=A3o?="));
    CHECK(MimeEncoding::encodedWords(QStringLiteral("João D'Ávila")) ==
          QByteArray("=?UTF-8?Q?Jo=C3=A3o_D=27=C3=81vila?="));
    const QByteArray folded = MimeEncoding::encodedWords(QString(29, u'ã') + QStringLiteral(" fim"));
    const QList<QByteArray> words = folded.split('\n');
    REQUIRE(words.size() == 3);
    CHECK(words[0] == "=?UTF-8?Q?" + QByteArray("=C3=A3").repeated(10) + "?=\r");
    CHECK(words[1] == " =?UTF-8?Q?" + QByteArray("=C3=A3").repeated(10) + "?=\r");
    CHECK(words[2] == " =?UTF-8?Q?" + QByteArray("=C3=A3").repeated(9) + "_fim?=");
    for (const QByteArray& w : words)
        CHECK(w.trimmed().size() <= 75);
}

TEST_CASE("Display names are atoms, quoted strings or encoded words") {
    CHECK(MimeEncoding::phrase(QStringLiteral("Maria Silva")) == QByteArray("Maria Silva"));
    CHECK(MimeEncoding::phrase(QStringLiteral("Silva, \"Maria\"")) == QByteArray(R"("Silva, \"Maria\"")"));
    CHECK(MimeEncoding::phrase(QStringLiteral("Maria <x@y.com>")) == QByteArray(R"("Maria <x@y.com>")"));
    CHECK(MimeEncoding::phrase(QStringLiteral("Mário")) == QByteArray("=?UTF-8?Q?M=C3=A1rio?="));
}

TEST_CASE("Dot-stuffing doubles a leading dot on every line and ends the data with CRLF") {
    CHECK(MimeEncoding::dotStuff(".a\r\nb\r\n.\r\n..c") == QByteArray("..a\r\nb\r\n..\r\n...c\r\n"));
    CHECK(MimeEncoding::dotStuff("x.y\r\n") == QByteArray("x.y\r\n"));
}

TEST_CASE("Base64 lines are 76 characters") {
    const QByteArray lines = MimeEncoding::base64Lines(QByteArray(100, '\xff'));
    CHECK(lines ==
          QByteArray(100, '\xff').toBase64().left(76) + "\r\n" + QByteArray(100, '\xff').toBase64().mid(76) + "\r\n");
}
