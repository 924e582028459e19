#include "auth/PasswordHasher.h"

#include <catch2/catch.hpp>

using namespace atende;

namespace {
const PasswordHasher fast(PasswordHasher::Strength::TestOnlyFast);
} // namespace

TEST_CASE("PasswordHasher: A password hash is Argon2id, salted and verifiable", "[auth][password]") {
    const QString password = QStringLiteral("Cor@ção-de-Leão 42");
    auto first = fast.hash(password);
    auto second = fast.hash(password);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->startsWith(QLatin1String("$argon2id$")));
    CHECK_FALSE(first->contains(password));
    CHECK(*first != *second); // a fresh salt each time

    CHECK(fast.verify(*first, password));
    CHECK(fast.verify(*second, password));
    CHECK_FALSE(fast.verify(*first, QStringLiteral("cor@ção-de-leão 42")));
    CHECK_FALSE(fast.verify(*first, QString()));
}

TEST_CASE("PasswordHasher: Verifying against something that is not a hash fails quietly", "[auth][password]") {
    for (const QString& stored : {QString(), QStringLiteral("senha123"), QStringLiteral("$argon2id$garbage"),
                                  QString(200, QLatin1Char('$')), QStringLiteral("$argon2id$\u00e9")}) {
        INFO(stored.toStdString());
        CHECK_FALSE(fast.verify(stored, QStringLiteral("senha123")));
        CHECK(fast.needsRehash(stored));
    }
}

TEST_CASE("PasswordHasher: The real (interactive) parameters are libsodium's INTERACTIVE ones", "[auth][password]") {
    const PasswordHasher real; // the program's default; the only test that pays its cost
    REQUIRE(real.strength() == PasswordHasher::Strength::Interactive);
    auto hash = real.hash(QStringLiteral("uma senha bem forte"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK(real.verify(*hash, QStringLiteral("uma senha bem forte")));
    CHECK_FALSE(real.needsRehash(*hash));

    // A hash made with other parameters is due for a rehash, in both directions.
    auto cheap = fast.hash(QStringLiteral("uma senha bem forte"));
    REQUIRE(cheap.ok());
    CHECK(real.needsRehash(*cheap));
    CHECK(fast.needsRehash(*hash));
    CHECK_FALSE(fast.needsRehash(*cheap));
    // Either hasher verifies either hash: the parameters travel inside the hash.
    CHECK(fast.verify(*hash, QStringLiteral("uma senha bem forte")));
    CHECK(real.verify(*cheap, QStringLiteral("uma senha bem forte")));
}

TEST_CASE("PasswordHasher: The password policy: length and not the login", "[auth][password]") {
    CHECK(PasswordHasher::checkPolicy(QStringLiteral("12345678"), QStringLiteral("maria")).ok());
    // Characters, not bytes: eight accented letters are eight characters.
    CHECK(PasswordHasher::checkPolicy(QStringLiteral("çãéíõúâê"), QStringLiteral("maria")).ok());

    struct Case {
        QString password;
        QString login;
    };
    for (const Case& c :
         {Case{QStringLiteral("1234567"), QStringLiteral("maria")}, Case{QString(), QStringLiteral("maria")},
          Case{QStringLiteral("   abc    "), QStringLiteral("maria")}, // spaces do not count
          Case{QStringLiteral("maria.silva"), QStringLiteral("maria.silva")},
          Case{QStringLiteral("Maria.Silva"), QStringLiteral("maria.silva")},
          Case{QString(PasswordHasher::MaximumLength + 1, QLatin1Char('x')), QStringLiteral("maria")}}) {
        INFO(c.password.left(20).toStdString());
        const Status status = PasswordHasher::checkPolicy(c.password, c.login);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == Error::Code::InvalidInput);
        CHECK_FALSE(status.error().userMessage.isEmpty());
        if (!c.password.trimmed().isEmpty())
            CHECK_FALSE(status.error().userMessage.contains(c.password)); // never echoed back
    }
}
