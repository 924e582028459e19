#include "util/LogMasking.h"
#include "util/Logging.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using atende::LogMasking;

TEST_CASE("Masking helpers never keep the identifying part", "[logging]") {
    CHECK(LogMasking::document(QStringLiteral("529.982.247-25")) == QLatin1String("***.982.247-**"));
    CHECK(LogMasking::document(QStringLiteral("12abc34501de35")) == QLatin1String("**.ABC.345/****-**"));
    CHECK(LogMasking::email(QStringLiteral("joao.silva@exemplo.com.br")) == QLatin1String("j***@exemplo.com.br"));
    CHECK(LogMasking::phone(QStringLiteral("(11) 98765-4321")) == QLatin1String("(**) *****-4321"));
    CHECK(LogMasking::body(QStringLiteral("Olá, tudo bem?")) == QLatin1String("<14 chars>"));
    CHECK(LogMasking::secret(QStringLiteral("hunter2")) == QLatin1String("<secret>"));
}

TEST_CASE("scrub removes documents, phones, e-mails and passwords from free text", "[logging]") {
    const QString line =
        QStringLiteral("cliente 529.982.247-25 (52998224725) cnpj 12.ABC.345/01DE-35 tel (11) 98765-4321 "
                       "e-mail maria@exemplo.com.br senha=Segredo123 protocolo 20261122-01-000123");
    const QString clean = LogMasking::scrub(line);
    INFO(clean.toStdString());
    CHECK_FALSE(clean.contains(QStringLiteral("529.982.247-25")));
    CHECK_FALSE(clean.contains(QStringLiteral("52998224725")));
    CHECK_FALSE(clean.contains(QStringLiteral("12.ABC.345/01DE-35")));
    CHECK_FALSE(clean.contains(QStringLiteral("98765-4321")));
    CHECK_FALSE(clean.contains(QStringLiteral("maria@")));
    CHECK_FALSE(clean.contains(QStringLiteral("Segredo123")));
    // What is not personal stays readable.
    CHECK(clean.contains(QStringLiteral("protocolo 20261122-01-000123")));
    CHECK(clean.contains(QStringLiteral("cliente")));
}

TEST_CASE("A CPF logged by mistake does not reach the log file", "[logging]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    atende::Logging::init(QStringLiteral("masking-test"), atende::Logging::Console::Off, dir.path());
    atende::log::warn("lookup failed for {} password={}", "529.982.247-25", "hunter2");
    spdlog::default_logger()->flush();
    QFile f(atende::Logging::logFilePath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    CHECK(content.contains("lookup failed for ***.982.247-**"));
    CHECK_FALSE(content.contains("529.982.247-25"));
    CHECK_FALSE(content.contains("hunter2"));
    // Later tests log to their own file again.
    atende::Logging::init(QStringLiteral("atende-tests"), atende::Logging::Console::Off);
}
