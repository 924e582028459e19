// atendectl customer and user: acting as a logged-in user, with core's permissions, validation, masking and audit.
#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace atende;
using namespace atende::test;

namespace {

const QString DemoPassword = QStringLiteral("atende-demo");

// A small demo database: its four demo accounts (admin, lider, agente, captador) share DemoPassword.
// On a PostgreSQL server, where `demo` refuses to run (its generator writes SQLite files only), the same four
// accounts are made the way an administrator makes them: the first with `user add`, the others by it.
void makeDemo(const TempDatabase& temp) {
    if (temp.isPostgres()) {
        AtendeCtl ctl(temp);
        REQUIRE(ctl.run({QStringLiteral("init")}).exitCode == 0);
        ctl.setEnvironment(QStringLiteral("ATENDE_NEW_PASSWORD"), DemoPassword);
        const auto first = ctl.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                    QStringLiteral("--name"), QStringLiteral("Administrador Demo")});
        INFO(first.describe());
        REQUIRE(first.exitCode == 0);
        ctl.setEnvironment(QStringLiteral("ATENDE_USER"), QStringLiteral("admin"));
        ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), DemoPassword);
        const QList<std::pair<QString, QString>> others{{QStringLiteral("lider"), QStringLiteral("Líder")},
                                                        {QStringLiteral("agente"), QStringLiteral("Agente")},
                                                        {QStringLiteral("captador"), QStringLiteral("Captador")}};
        for (const auto& [login, profile] : others) {
            const auto added = ctl.run({QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--name"),
                                        QStringLiteral("Demo ") + login, QStringLiteral("--profile"), profile});
            INFO(added.describe());
            REQUIRE(added.exitCode == 0);
        }
        return;
    }
    const auto outcome = AtendeCtl(temp).run({QStringLiteral("demo"), QStringLiteral("--customers"),
                                              QStringLiteral("20"), QStringLiteral("--tickets"), QStringLiteral("60"),
                                              QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
}

AtendeCtl actingAs(const TempDatabase& temp, const QString& login, const QString& password = DemoPassword) {
    AtendeCtl ctl(temp);
    ctl.setEnvironment(QStringLiteral("ATENDE_USER"), login);
    ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), password);
    return ctl;
}

QStringList args(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* item : list)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

TEST_CASE("demo creates the four demo accounts and prints how to log in", "[cli][customer][sqlite]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    const auto outcome = ctl.run(args({"--json", "demo", "--customers", "10", "--tickets", "20", "--seed", "2"}));
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    const QJsonObject doc = outcome.json();
    CHECK(doc.value(QStringLiteral("accounts")).toArray().size() == 4);
    CHECK(doc.value(QStringLiteral("accountPassword")) == DemoPassword);
    CHECK(queryText(temp.path(), QStringLiteral("SELECT p.name FROM users u JOIN access_profiles p ON "
                                                "p.id = u.profile_id WHERE u.login = 'lider'")) ==
          QStringLiteral("Líder"));
    // Stored as an Argon2id hash, never as typed.
    CHECK(queryText(temp.path(), QStringLiteral("SELECT password_hash FROM users WHERE login = 'admin'"))
              .startsWith(QStringLiteral("$argon2id$")));
    CHECK(queryInt(temp.path(),
                   QStringLiteral("SELECT count(*) FROM users WHERE password_hash LIKE '%atende-demo%'")) == 0);
}

TEST_CASE("customer add saves a valid customer and find reaches it by CPF, masked CPF and name without accents",
          "[cli][customer]") {
    TempDatabase temp;
    makeDemo(temp);
    const AtendeCtl agent = actingAs(temp, QStringLiteral("agente"));
    const auto added = agent.run(
        QStringList{QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("João da Conceição"), QStringLiteral("--document"),
                    QStringLiteral("52998224725"), QStringLiteral("--phone"), QStringLiteral("11 98765-4321"),
                    QStringLiteral("--email"), QStringLiteral("joao.conceicao@example.com")});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    const qint64 id = added.json().value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);

    for (const QString& typed :
         {QStringLiteral("529.982.247-25"), QStringLiteral("52998224725"), QStringLiteral("joao da conc"),
          QStringLiteral("JOAO.CONCEICAO@example.com"), QStringLiteral("(11) 98765-4321")}) {
        INFO(typed.toStdString());
        const auto found =
            agent.run({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("find"), typed});
        INFO(found.describe());
        REQUIRE(found.exitCode == 0);
        const QJsonArray customers = found.json().value(QStringLiteral("customers")).toArray();
        REQUIRE(customers.size() == 1);
        CHECK(customers.at(0)[QStringLiteral("id")].toInteger() == id);
        CHECK(customers.at(0)[QStringLiteral("document")] == QStringLiteral("529.982.247-25"));
    }
    // The creation is audited under the agent who made it.
    CHECK(
        queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.user_id "
                                             "WHERE a.entity = 'customer' AND a.entity_id = %1 AND u.login = 'agente'")
                                  .arg(id)) > 0);
}

TEST_CASE("customer add refuses an invalid CPF with the reason and writes nothing", "[cli][customer]") {
    TempDatabase temp;
    makeDemo(temp);
    const qint64 before = queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers"));
    const auto outcome =
        actingAs(temp, QStringLiteral("agente"))
            .run(args({"--json", "customer", "add", "--name", "Fulano de Tal", "--document", "529.982.247-26"}));
    INFO(outcome.describe());
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.json().value(QStringLiteral("error"))[QStringLiteral("code")] == QStringLiteral("invalidInput"));
    CHECK(outcome.errText().contains(QStringLiteral("CPF")));
    CHECK(outcome.errText().contains(QStringLiteral("check digits")));
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers")) == before);

    // An agent at a Brazilian workstation reads it in Portuguese.
    AtendeCtl portuguese = actingAs(temp, QStringLiteral("agente"));
    portuguese.setLanguage(QString());
    const auto inPortuguese =
        portuguese.run(args({"customer", "add", "--name", "Fulano de Tal", "--document", "529.982.247-26"}));
    CHECK(inPortuguese.exitCode == 1);
    CHECK(inPortuguese.errText().contains(QStringLiteral("dígitos verificadores")));
}

TEST_CASE("customer show masks CPF, phones and e-mails for a profile without the personal data permission",
          "[cli][customer]") {
    TempDatabase temp;
    makeDemo(temp);
    REQUIRE(actingAs(temp, QStringLiteral("admin"))
                .run(args({"customer", "add", "--name", "Maria das Graças", "--document", "529.982.247-25", "--phone",
                           "(21) 99876-5432", "--email", "maria.gracas@example.com"}))
                .exitCode == 0);
    execSql(temp.path(), QStringLiteral("DELETE FROM profile_permissions WHERE permission = 'personal_data.view' AND "
                                        "profile_id = (SELECT id FROM access_profiles WHERE name = 'Captador')"));
    const auto outcome = actingAs(temp, QStringLiteral("captador")).run(args({"customer", "show", "529.982.247-25"}));
    INFO(outcome.describe());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.outText().contains(QStringLiteral("Maria das Graças")));
    CHECK(outcome.outText().contains(QStringLiteral("***.")));
    CHECK_FALSE(outcome.outText().contains(QStringLiteral("529.982.247-25")));
    CHECK_FALSE(outcome.outText().contains(QStringLiteral("98765")));
    CHECK_FALSE(outcome.outText().contains(QStringLiteral("99876-5432")));
    CHECK_FALSE(outcome.outText().contains(QStringLiteral("maria.gracas@")));
}

TEST_CASE("commands that act need a user and a password from the environment", "[cli][user]") {
    TempDatabase temp;
    makeDemo(temp);
    AtendeCtl nobody(temp);
    const auto noUser = nobody.run(args({"customer", "find", "maria"}));
    CHECK(noUser.exitCode == 1);
    CHECK(noUser.errText().contains(QStringLiteral("--user")));

    AtendeCtl noPassword(temp);
    noPassword.setEnvironment(QStringLiteral("ATENDE_USER"), QStringLiteral("agente"));
    const auto outcome = noPassword.run(args({"customer", "find", "maria"}));
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.errText().contains(QStringLiteral("ATENDE_PASSWORD")));

    const auto wrong = actingAs(temp, QStringLiteral("agente"), QStringLiteral("senha-errada"))
                           .run(args({"customer", "find", "maria"}));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.errText().contains(QStringLiteral("incorrect")));
}

TEST_CASE("five wrong passwords lock the account with a clear message", "[cli][user]") {
    TempDatabase temp;
    makeDemo(temp);
    const AtendeCtl wrong = actingAs(temp, QStringLiteral("lider"), QStringLiteral("nao-e-esta"));
    for (int i = 0; i < 5; ++i)
        REQUIRE(wrong.run(args({"user", "list"})).exitCode == 1);
    // Now even the right password is refused until the lock ends.
    const auto locked = actingAs(temp, QStringLiteral("lider")).run(args({"customer", "find", "maria"}));
    INFO(locked.describe());
    CHECK(locked.exitCode == 1);
    CHECK(locked.errText().contains(QStringLiteral("locked")));
}

TEST_CASE("user administration is refused in core to an agent and allowed to the administrator", "[cli][user]") {
    TempDatabase temp;
    makeDemo(temp);
    AtendeCtl agent = actingAs(temp, QStringLiteral("agente"));
    agent.setEnvironment(QStringLiteral("ATENDE_NEW_PASSWORD"), QStringLiteral("uma-senha-boa"));
    const auto refused = agent.run(args({"--json", "user", "add", "novo", "--name", "Novo Agente"}));
    INFO(refused.describe());
    CHECK(refused.exitCode == 1);
    CHECK(refused.json().value(QStringLiteral("error"))[QStringLiteral("code")] == QStringLiteral("permissionDenied"));
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM users WHERE login = 'novo'")) == 0);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied'")) > 0);

    AtendeCtl admin = actingAs(temp, QStringLiteral("admin"));
    admin.setEnvironment(QStringLiteral("ATENDE_NEW_PASSWORD"), QStringLiteral("uma-senha-boa"));
    const auto added = admin.run(args({"user", "add", "novo", "--name", "Novo Agente", "--profile", "líder"}));
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    CHECK(queryText(temp.path(), QStringLiteral("SELECT p.name FROM users u JOIN access_profiles p ON "
                                                "p.id = u.profile_id WHERE u.login = 'novo'")) ==
          QStringLiteral("Líder"));
    // The new user logs in with the password set for them and can change it.
    AtendeCtl novo = actingAs(temp, QStringLiteral("novo"), QStringLiteral("uma-senha-boa"));
    novo.setEnvironment(QStringLiteral("ATENDE_NEW_PASSWORD"), QStringLiteral("outra-senha-boa"));
    REQUIRE(novo.run(args({"user", "passwd"})).exitCode == 0);
    CHECK(actingAs(temp, QStringLiteral("novo"), QStringLiteral("outra-senha-boa"))
              .run(args({"customer", "find", "maria"}))
              .exitCode != 2);
    CHECK(actingAs(temp, QStringLiteral("novo"), QStringLiteral("uma-senha-boa"))
              .run(args({"customer", "find", "maria"}))
              .errText()
              .contains(QStringLiteral("incorrect")));

    REQUIRE(admin.run(args({"user", "profile", "novo", "Captador"})).exitCode == 0);
    CHECK(queryText(temp.path(), QStringLiteral("SELECT p.name FROM users u JOIN access_profiles p ON "
                                                "p.id = u.profile_id WHERE u.login = 'novo'")) ==
          QStringLiteral("Captador"));
    const auto listed = admin.run(args({"--json", "user", "list"}));
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().value(QStringLiteral("users")).toArray().size() ==
          queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM users")));
}

TEST_CASE("user add on a database without users creates the first administrator from stdin's password", "[cli][user]") {
    TempDatabase temp;
    AtendeCtl ctl(temp);
    REQUIRE(ctl.run(args({"init"})).exitCode == 0);
    // No password given anywhere: refused, nothing created.
    const auto missing = ctl.run(args({"user", "add", "chefe", "--name", "Chefe"}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.errText().contains(QStringLiteral("ATENDE_NEW_PASSWORD")));
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM users")) == 0);

    AtendeCtl first(temp);
    first.setEnvironment(QStringLiteral("ATENDE_NEW_PASSWORD"), QStringLiteral("primeira-senha"));
    const auto created = first.run(args({"--json", "user", "add", "chefe", "--name", "Chefe da Equipe"}));
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
    CHECK(created.json().value(QStringLiteral("firstAdministrator")) == true);
    CHECK(queryText(temp.path(), QStringLiteral("SELECT p.name FROM users u JOIN access_profiles p ON "
                                                "p.id = u.profile_id WHERE u.login = 'chefe'")) ==
          QStringLiteral("Administrador"));
    // From now on adding a user needs someone logged in.
    const auto second = first.run(args({"user", "add", "outro", "--name", "Outro"}));
    CHECK(second.exitCode == 1);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM users")) == 1);
}

TEST_CASE("customer import checks a CSV in a dry run, then imports it, and export writes the LGPD document",
          "[cli][customer]") {
    TempDatabase temp;
    makeDemo(temp);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("clientes.csv"));
    writeFile(csv, QByteArray("\xEF\xBB\xBFnome;cpf;email\n"
                              "Ana Beatriz Lima;529.982.247-25;ana.lima@example.com\n"
                              "Documento Errado;111.111.111-11;x@example.com\n"));
    const AtendeCtl admin = actingAs(temp, QStringLiteral("admin"));
    const qint64 before = queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers"));
    const auto dry = admin.run({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("import"), csv,
                                QStringLiteral("--dry-run")});
    INFO(dry.describe());
    CHECK(dry.exitCode == 1); // one row refused
    CHECK(dry.json().value(QStringLiteral("imported")).toInt() == 1);
    CHECK(dry.json().value(QStringLiteral("rejected")).toArray().at(0)[QStringLiteral("line")].toInt() == 3);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers")) == before);

    const auto real = admin.run({QStringLiteral("customer"), QStringLiteral("import"), csv});
    CHECK(real.exitCode == 1);
    CHECK(queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM customers")) == before + 1);

    const QString out = dir.filePath(QStringLiteral("ana.json"));
    const auto exported = admin.run({QStringLiteral("customer"), QStringLiteral("export"),
                                     QStringLiteral("529.982.247-25"), QStringLiteral("--out"), out});
    INFO(exported.describe());
    REQUIRE(exported.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CHECK(json.contains("Ana Beatriz Lima"));
    CHECK(json.contains("ana.lima@example.com"));
    CHECK(QJsonDocument::fromJson(json).isObject());
}
