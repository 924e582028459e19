#include "docs/DocumentNumber.h"

#include <catch2/catch.hpp>

using atende::DocumentNumber;

TEST_CASE("Valid CPFs are accepted with or without the mask", "[docs]") {
    for (const char* typed : {"529.982.247-25", "52998224725", " 529 982 247 25 ", "111.444.777-35"}) {
        INFO(typed);
        const auto doc = DocumentNumber::parse(QString::fromUtf8(typed));
        CHECK(doc.isValid());
        CHECK(doc.kind() == DocumentNumber::Kind::Cpf);
        CHECK(doc.errorReason().isEmpty());
    }
    const auto doc = DocumentNumber::parse(QStringLiteral("52998224725"));
    CHECK(doc.normalized() == QLatin1String("52998224725"));
    CHECK(doc.formatted() == QLatin1String("529.982.247-25"));
    CHECK(doc.masked() == QLatin1String("***.982.247-**"));
    CHECK(doc.kindName() == QLatin1String("CPF"));
}

TEST_CASE("Invalid CPFs are refused with a reason", "[docs]") {
    SECTION("wrong check digits") {
        const auto doc = DocumentNumber::parse(QStringLiteral("529.982.247-24"));
        CHECK_FALSE(doc.isValid());
        CHECK(doc.kind() == DocumentNumber::Kind::Cpf);
        CHECK_FALSE(doc.errorReason().isEmpty());
    }
    SECTION("all digits equal, even though their check digits add up") {
        for (char d = '0'; d <= '9'; ++d) {
            const auto doc = DocumentNumber::parse(QString(11, QLatin1Char(d)));
            CHECK_FALSE(doc.isValid());
            CHECK_FALSE(doc.errorReason().isEmpty());
        }
    }
    SECTION("wrong lengths") {
        for (const char* typed : {"5299822472", "529982247251", "1", "123456789012345"}) {
            INFO(typed);
            const auto doc = DocumentNumber::parse(QString::fromUtf8(typed));
            CHECK_FALSE(doc.isValid());
            CHECK(doc.errorReason().contains(QString::number(QString::fromUtf8(typed).size())));
        }
    }
    SECTION("letters in an 11-character value") {
        const auto doc = DocumentNumber::parse(QStringLiteral("5299822472A"));
        CHECK_FALSE(doc.isValid());
        CHECK_FALSE(doc.errorReason().isEmpty());
    }
    SECTION("empty and foreign characters") {
        CHECK_FALSE(DocumentNumber::parse(QString()).isValid());
        CHECK_FALSE(DocumentNumber::parse(QStringLiteral("   ")).errorReason().isEmpty());
        const auto doc = DocumentNumber::parse(QStringLiteral("529.982.247-25\n"));
        CHECK(doc.isValid()); // a trailing newline from a paste is white space
        const auto star = DocumentNumber::parse(QStringLiteral("529*982*247-25"));
        CHECK_FALSE(star.isValid());
        CHECK(star.errorReason().contains(QLatin1Char('*')));
    }
}

TEST_CASE("Numeric CNPJs are validated and formatted", "[docs]") {
    const auto doc = DocumentNumber::parse(QStringLiteral("11.222.333/0001-81"));
    CHECK(doc.isValid());
    CHECK(doc.kind() == DocumentNumber::Kind::Cnpj);
    CHECK(doc.normalized() == QLatin1String("11222333000181"));
    CHECK(doc.formatted() == QLatin1String("11.222.333/0001-81"));
    CHECK(DocumentNumber::parse(QStringLiteral("11222333000181")).isValid());
    CHECK_FALSE(DocumentNumber::parse(QStringLiteral("11.222.333/0001-80")).isValid());
    CHECK_FALSE(DocumentNumber::parse(QStringLiteral("00000000000000")).isValid());
    CHECK_FALSE(DocumentNumber::parse(QStringLiteral("AAAAAAAAAAAA00")).isValid());
}

TEST_CASE("Alphanumeric CNPJs (July 2026) are accepted in any case, with or without the mask", "[docs]") {
    // The example of DOMAIN.md: 12.ABC.345/01DE-35.
    for (const char* typed : {"12.ABC.345/01DE-35", "12ABC34501DE35", "12.abc.345/01de-35", "12abc34501de35"}) {
        INFO(typed);
        const auto doc = DocumentNumber::parse(QString::fromUtf8(typed));
        CHECK(doc.isValid());
        CHECK(doc.kind() == DocumentNumber::Kind::Cnpj);
        CHECK(doc.normalized() == QLatin1String("12ABC34501DE35"));
        CHECK(doc.formatted() == QLatin1String("12.ABC.345/01DE-35"));
    }
    CHECK(DocumentNumber::parse(QStringLiteral("12ABC34501DE35")).masked() == QLatin1String("**.ABC.345/****-**"));
    // One letter changed: the check digits no longer match.
    CHECK_FALSE(DocumentNumber::parse(QStringLiteral("12ABD34501DE35")).isValid());
    // Check digits must stay numeric.
    const auto letters = DocumentNumber::parse(QStringLiteral("12ABC34501DE3A"));
    CHECK_FALSE(letters.isValid());
    CHECK_FALSE(letters.errorReason().isEmpty());
    // The generator helper agrees with the validator.
    CHECK(DocumentNumber::cnpjWithCheckDigits(QStringLiteral("12abc34501de")) == QLatin1String("12ABC34501DE35"));
    CHECK(DocumentNumber::cpfWithCheckDigits(QStringLiteral("529982247")) == QLatin1String("52998224725"));
}

TEST_CASE("Formatting and masking values read from the database", "[docs]") {
    CHECK(DocumentNumber::formatNormalized(QStringLiteral("52998224725")) == QLatin1String("529.982.247-25"));
    CHECK(DocumentNumber::formatNormalized(QStringLiteral("12ABC34501DE35")) == QLatin1String("12.ABC.345/01DE-35"));
    CHECK(DocumentNumber::maskNormalized(QStringLiteral("52998224725")) == QLatin1String("***.982.247-**"));
    CHECK(DocumentNumber::maskNormalized(QStringLiteral("123")) == QLatin1String("***"));
}
