// atendectl report: the dashboard's figures from a terminal, acting as a user with report.view.
#include "AtendeCtl.h"
#include "CliFixtures.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace atende;
using namespace atende::test;

namespace {

const QString DemoPassword = QStringLiteral("atende-demo");

AtendeCtl actingAs(const TempDatabase& temp, const QString& login) {
    AtendeCtl ctl(temp);
    ctl.setEnvironment(QStringLiteral("ATENDE_USER"), login);
    ctl.setEnvironment(QStringLiteral("ATENDE_PASSWORD"), DemoPassword);
    return ctl;
}

} // namespace

// [sqlite]: the figures come from `demo` data, which is generated into files only.
TEST_CASE("report prints a dashboard figure, writes CSV for a pt-BR spreadsheet and needs report.view",
          "[cli][report][sqlite]") {
    TempDatabase temp;
    {
        const auto demo = AtendeCtl(temp).run({QStringLiteral("demo"), QStringLiteral("--customers"),
                                               QStringLiteral("20"), QStringLiteral("--tickets"), QStringLiteral("120"),
                                               QStringLiteral("--seed"), QStringLiteral("3")});
        INFO(demo.describe());
        REQUIRE(demo.exitCode == 0);
    }
    qint64 open = 0;
    {
        auto db = temp.open();
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE status_id IN "
                                      "(SELECT id FROM workflow_statuses WHERE is_closed = 0)")));
        REQUIRE(q.next());
        open = q.value(0).toLongLong();
    }
    REQUIRE(open > 0);

    const AtendeCtl leader = actingAs(temp, QStringLiteral("lider"));
    const auto backlog = leader.run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("backlog"),
                                     QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                     QStringLiteral("2026-11-30")});
    INFO(backlog.describe());
    REQUIRE(backlog.exitCode == 0);
    const QJsonObject json = backlog.json();
    CHECK(json.value(QStringLiteral("command")).toString() == QStringLiteral("report"));
    CHECK(json.value(QStringLiteral("ok")).toBool());
    qint64 sum = 0;
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    for (const QJsonValue& row : rows) {
        // The count column, under its heading in English or in Portuguese.
        const QJsonObject object = row.toObject();
        sum += object.value(QStringLiteral("Open tickets")).toString().toLongLong() +
               object.value(QStringLiteral("Atendimentos abertos")).toString().toLongLong();
    }
    CHECK(sum == open);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("backlog.csv"));
    const auto csv = leader.run({QStringLiteral("report"), QStringLiteral("backlog"), QStringLiteral("--from"),
                                 QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                                 QStringLiteral("--csv"), csvPath});
    INFO(csv.describe());
    REQUIRE(csv.exitCode == 0);
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == rows.size() + 1);
    CHECK(bytes.split('\n').first().count(';') == 2);

    // An agent has no report.view: refused (exit 1), nothing written.
    const auto refused = actingAs(temp, QStringLiteral("agente"))
                             .run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("volume"),
                                   QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-11-30")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("permissionDenied"));

    // Calling it wrong: an unknown kind or a date that is not one.
    CHECK(leader
              .run({QStringLiteral("report"), QStringLiteral("everything"), QStringLiteral("--from"),
                    QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")})
              .exitCode == 2);
    CHECK(leader
              .run({QStringLiteral("report"), QStringLiteral("volume"), QStringLiteral("--from"),
                    QStringLiteral("01/11/2026"), QStringLiteral("--to"), QStringLiteral("2026-11-30")})
              .exitCode == 2);
}
