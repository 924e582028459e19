#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "FakeClock.h"
#include "TempDatabase.h"

#include "auth/UserService.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRegularExpression>

using namespace atende;
using test::AtendeCtl;

namespace {

const QString AgentPassword = QStringLiteral("Pw-agente-9x!");

// A database with the first administrator and an agent (profile Agente), made through core before atendectl runs.
void prepare(const test::TempDatabase& temp) {
    auto db = temp.open();
    test::FakeClock clock;
    UserService users(*db, clock, PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana"),
                                                QStringLiteral("Adm!n-Segredo-2026"));
    REQUIRE(admin.ok());
    NewUser agent;
    agent.login = QStringLiteral("agente");
    agent.name = QStringLiteral("Carlos Agente");
    agent.sectorId = 1;
    agent.profileId = 1;
    agent.password = AgentPassword;
    REQUIRE(users.addUser(*admin, agent).ok());
    NewUser captador = agent;
    captador.login = QStringLiteral("captador");
    captador.name = QStringLiteral("Cida Captadora");
    captador.profileId = 4;
    REQUIRE(users.addUser(*admin, captador).ok());
}

} // namespace

TEST_CASE("atendectl ticket create prints the protocol and status moves it along the workflow", "[cli][tickets]") {
    test::TempDatabase temp;
    prepare(temp);
    AtendeCtl ctl(temp);
    ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), AgentPassword);

    const auto created =
        ctl.run({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--user"), QStringLiteral("agente"),
                 QStringLiteral("--subject"), QStringLiteral("1"), QStringLiteral("--sub-subject"),
                 QStringLiteral("11"), QStringLiteral("--title"), QStringLiteral("Relatório não abre"),
                 QStringLiteral("--channel"), QStringLiteral("email")});
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
    const QString protocol = created.outText().trimmed();
    CHECK(protocol.contains(QRegularExpression(QStringLiteral("^\\d{8}-\\d{2}-\\d{6}$"))));
    CHECK(
        test::queryText(temp.path(), QStringLiteral("SELECT title FROM tickets WHERE protocol = '%1'").arg(protocol)) ==
        QStringLiteral("Relatório não abre"));

    const auto moved = ctl.run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("status"), protocol,
                                QStringLiteral("in_progress"), QStringLiteral("--user"), QStringLiteral("agente")});
    INFO(moved.describe());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.json().value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));

    // Resolving without the solution is refused with the missing field named.
    const auto refused =
        ctl.run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("status"), protocol,
                 QStringLiteral("resolved"), QStringLiteral("--user"), QStringLiteral("agente")});
    INFO(refused.describe());
    CHECK(refused.exitCode == 1);
    const QJsonObject error = refused.json().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("invalidInput"));
    CHECK(error.value(QStringLiteral("fields")).toArray() == QJsonArray{QStringLiteral("solution")});
    CHECK_FALSE(refused.errText().isEmpty());

    const auto resolved =
        ctl.run({QStringLiteral("ticket"), QStringLiteral("status"), protocol, QStringLiteral("resolved"),
                 QStringLiteral("--solution"), QStringLiteral("Filtro de datas ajustado."), QStringLiteral("--user"),
                 QStringLiteral("agente")});
    INFO(resolved.describe());
    CHECK(resolved.exitCode == 0);

    const auto comment =
        ctl.run({QStringLiteral("ticket"), QStringLiteral("comment"), protocol, QStringLiteral("Cliente agradeceu."),
                 QStringLiteral("--visible"), QStringLiteral("--user"), QStringLiteral("agente")});
    INFO(comment.describe());
    CHECK(comment.exitCode == 0);

    const auto shown = ctl.run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("show"), protocol,
                                QStringLiteral("--user"), QStringLiteral("agente")});
    INFO(shown.describe());
    REQUIRE(shown.exitCode == 0);
    const QJsonObject ticket = shown.json().value(QStringLiteral("ticket")).toObject();
    CHECK(ticket.value(QStringLiteral("status")).toString() == QStringLiteral("resolved"));
    CHECK(ticket.value(QStringLiteral("solution")).toString() == QStringLiteral("Filtro de datas ajustado."));
    CHECK(ticket.value(QStringLiteral("interactions")).toArray().size() == 1);
    CHECK_FALSE(ticket.value(QStringLiteral("firstResponseAt")).toString().isEmpty());

    const auto listed =
        ctl.run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("resolved"), QStringLiteral("--user"), QStringLiteral("agente")});
    INFO(listed.describe());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = listed.json().value(QStringLiteral("tickets")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("protocol")).toString() == protocol);
}

TEST_CASE("atendectl ticket create enforces mandatory fields, permissions and the password", "[cli][tickets]") {
    test::TempDatabase temp;
    prepare(temp);
    AtendeCtl ctl(temp);
    ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), AgentPassword);
    // Subject Erro needs a sub-subject and a description.
    const auto missing = ctl.run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("create"),
                                  QStringLiteral("--user"), QStringLiteral("agente"), QStringLiteral("--subject"),
                                  QStringLiteral("2"), QStringLiteral("--title"), QStringLiteral("Erro ao salvar")});
    INFO(missing.describe());
    CHECK(missing.exitCode == 1);
    CHECK(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toArray() ==
          QJsonArray{QStringLiteral("sub_subject_id"), QStringLiteral("description")});
    CHECK(test::queryInt(temp.path(), QStringLiteral("SELECT count(*) FROM tickets")) == 0);

    const auto denied = ctl.run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("create"),
                                 QStringLiteral("--user"), QStringLiteral("captador"), QStringLiteral("--subject"),
                                 QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("x")});
    CHECK(denied.exitCode == 1);
    CHECK(denied.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("permissionDenied"));

    ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), QStringLiteral("errada"));
    const auto wrong =
        ctl.run({QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("agente")});
    CHECK(wrong.exitCode == 1);
    ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), QString());
    const auto noPassword =
        ctl.run({QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("agente")});
    CHECK(noPassword.exitCode == 2);
}
