// atendectl doc validate: CPF and CNPJ (alphanumeric too), exit 0 only when every value is valid.
#include "AtendeCtl.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

using namespace atende;
using namespace atende::test;

namespace {

QJsonObject validateOne(const AtendeCtl& ctl, const QString& value, int expectedExit) {
    const auto outcome = ctl.run({QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("validate"), value});
    INFO(value.toStdString());
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == expectedExit);
    const QJsonObject doc = outcome.json();
    CHECK(doc.value(QStringLiteral("command")) == QStringLiteral("doc validate"));
    CHECK(doc.value(QStringLiteral("ok")) == (expectedExit == 0));
    CHECK(doc.value(QStringLiteral("allValid")) == (expectedExit == 0));
    const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
    REQUIRE(results.size() == 1);
    CHECK(results.at(0)[QStringLiteral("input")] == value);
    return results.at(0).toObject();
}

} // namespace

TEST_CASE("doc validate accepts valid CPFs with and without the mask", "[cli][doc]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    for (const QString& value : {QStringLiteral("529.982.247-25"), QStringLiteral("52998224725")}) {
        const QJsonObject result = validateOne(ctl, value, 0);
        CHECK(result.value(QStringLiteral("kind")) == QStringLiteral("CPF"));
        CHECK(result.value(QStringLiteral("valid")) == true);
        CHECK(result.value(QStringLiteral("normalized")) == QStringLiteral("52998224725"));
        CHECK(result.value(QStringLiteral("formatted")) == QStringLiteral("529.982.247-25"));
        CHECK(result.value(QStringLiteral("reason")).isNull());
    }
    // No database is needed or created to validate numbers.
    CHECK_FALSE(QFile::exists(temp.path()));
}

TEST_CASE("doc validate accepts an alphanumeric CNPJ typed in lower case", "[cli][doc]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    for (const QString& value : {QStringLiteral("12.abc.345/01de-35"), QStringLiteral("12ABC34501DE35")}) {
        const QJsonObject result = validateOne(ctl, value, 0);
        CHECK(result.value(QStringLiteral("kind")) == QStringLiteral("CNPJ"));
        CHECK(result.value(QStringLiteral("valid")) == true);
        CHECK(result.value(QStringLiteral("normalized")) == QStringLiteral("12ABC34501DE35"));
        CHECK(result.value(QStringLiteral("formatted")) == QStringLiteral("12.ABC.345/01DE-35"));
    }
    const QJsonObject numeric = validateOne(ctl, QStringLiteral("11.222.333/0001-81"), 0);
    CHECK(numeric.value(QStringLiteral("kind")) == QStringLiteral("CNPJ"));
}

TEST_CASE("doc validate rejects wrong check digits, repeated digits and wrong lengths with a reason", "[cli][doc]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    struct Case {
        QString value;
        QString kind; // empty: neither CPF nor CNPJ
    };
    const QList<Case> cases{
        {QStringLiteral("529.982.247-24"), QStringLiteral("CPF")},      // last check digit wrong
        {QStringLiteral("111.111.111-11"), QStringLiteral("CPF")},      // all the same digit, though the sums match
        {QStringLiteral("12.ABC.345/01DE-36"), QStringLiteral("CNPJ")}, // last check digit wrong
        {QStringLiteral("00.000.000/0000-00"), QStringLiteral("CNPJ")},
        {QStringLiteral("1234"), QString()},
        {QStringLiteral("5299822472"), QString()},
    };
    for (const Case& c : cases) {
        const QJsonObject result = validateOne(ctl, c.value, 1);
        CHECK(result.value(QStringLiteral("valid")) == false);
        CHECK_FALSE(result.value(QStringLiteral("reason")).toString().isEmpty());
        if (c.kind.isEmpty())
            CHECK(result.value(QStringLiteral("kind")).isNull());
        else
            CHECK(result.value(QStringLiteral("kind")) == c.kind);
    }
}

TEST_CASE("doc validate exits with 0 only when every value is valid", "[cli][doc]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const QStringList mixed{QStringLiteral("doc"), QStringLiteral("validate"), QStringLiteral("529.982.247-25"),
                            QStringLiteral("12.abc.345/01de-35"), QStringLiteral("111.111.111-11")};

    const auto text = ctl.run(mixed);
    INFO(text.describe());
    CHECK(text.exitCode == 1);
    CHECK(text.outText().contains(QStringLiteral("529.982.247-25")));
    CHECK(text.outText().contains(QStringLiteral("12.ABC.345/01DE-35")));
    CHECK(text.outText().count(QStringLiteral("invalid")) == 1);
    CHECK_FALSE(text.err.trimmed().isEmpty());

    const auto json = ctl.run(QStringList{QStringLiteral("--json")} + mixed);
    INFO(json.describe());
    CHECK(json.exitCode == 1);
    const QJsonObject doc = json.json();
    CHECK(doc.value(QStringLiteral("validCount")).toInt() == 2);
    CHECK(doc.value(QStringLiteral("invalidCount")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("results")).toArray().size() == 3);

    const auto allValid = ctl.run({QStringLiteral("doc"), QStringLiteral("validate"), QStringLiteral("52998224725"),
                                   QStringLiteral("12ABC34501DE35")});
    INFO(allValid.describe());
    CHECK(allValid.exitCode == 0);
    CHECK(allValid.err.isEmpty());
}

TEST_CASE("doc validate never writes the values it checks to the log", "[cli][doc][privacy]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const QStringList values{QStringLiteral("52998224725"), QStringLiteral("12ABC34501DE36"),
                             QStringLiteral("98765432100")};
    const auto outcome = ctl.run(QStringList{QStringLiteral("doc"), QStringLiteral("validate")} + values);
    INFO(outcome.describe());
    REQUIRE(outcome.finished);
    for (const QString& value : values)
        CHECK_FALSE(outcome.errText().contains(value));

    int logs = 0;
    QDirIterator it(ctl.xdgDataHome(), {QStringLiteral("*.log*")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile log(it.next());
        REQUIRE(log.open(QIODevice::ReadOnly));
        const QByteArray content = log.readAll();
        ++logs;
        INFO(content.toStdString());
        for (const QString& value : values)
            CHECK_FALSE(content.contains(value.toLatin1()));
    }
    CHECK(logs == 1); // the log exists (so the check above looked at something): atendectl.log
}
