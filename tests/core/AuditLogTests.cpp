#include "FakeClock.h"
#include "TempDatabase.h"

#include "audit/AuditLog.h"
#include "auth/Actor.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace atende;

TEST_CASE("The audit log records each changed field, and an action without fields once", "[audit]") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    AuditLog audit(*db, clock);
    const Actor system; // no user: recorded with user_id NULL
    REQUIRE(audit
                .record(system, QStringLiteral("customer"), 7, QStringLiteral("update"),
                        {{QStringLiteral("name"), QStringLiteral("Ana"), QStringLiteral("Ana Luíza")},
                         {QStringLiteral("plan"), QVariant(), QStringLiteral("Ouro")}})
                .ok());
    REQUIRE(audit.record(system, QStringLiteral("session"), std::nullopt, QStringLiteral("login_failed")).ok());

    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT entity, entity_id, action, field, old_value, new_value, at, user_id "
                                  "FROM audit_log ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(3).toString() == QLatin1String("name"));
    CHECK(q.value(4).toString() == QLatin1String("Ana"));
    CHECK(q.value(5).toString() == QStringLiteral("Ana Luíza"));
    CHECK(q.value(6).toLongLong() == clock.nowMs());
    CHECK(q.value(7).isNull());
    REQUIRE(q.next());
    CHECK(q.value(3).toString() == QLatin1String("plan"));
    CHECK(q.value(4).isNull());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("session"));
    CHECK(q.value(1).isNull());
    CHECK(q.value(2).toString() == QLatin1String("login_failed"));
    CHECK(q.value(3).toString().isEmpty());
    CHECK_FALSE(q.next());
}
