#include "AuthFixture.h"

#include "auth/Permission.h"
#include "auth/UserService.h"
#include "util/Logging.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace atende;
using atende::test::AuthFixture;

namespace {

// Everything about every user, to prove a refused or failed call changed nothing.
QString usersSnapshot(AuthFixture& f) {
    return f
        .scalar(QStringLiteral(
            "SELECT group_concat(id || '|' || login || '|' || name || '|' || email || '|' || coalesce(CAST(sector_id "
            "AS TEXT), '') "
            "|| '|' || profile_id || '|' || password_hash || '|' || active || '|' || failed_logins || '|' || "
            "coalesce(CAST(locked_until AS TEXT), ''), ';') FROM (SELECT * FROM users ORDER BY id) AS u"))
        .toString();
}

void checkDenied(AuthFixture& f, const Error& error, const Actor& actor, const QString& operation) {
    INFO(operation.toStdString());
    CHECK(error.code == Error::Code::PermissionDenied);
    CHECK_FALSE(error.userMessage.isEmpty());
    // The attempt is on record: who, what was tried, which permission was missing.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity = 'user' AND "
                                 "user_id = ? AND field = ? AND new_value = ?"),
                  {actor.userId(), operation, Permission::UserAdmin}) == 1);
}

QString lockTimeText(const QDateTime& utc) {
    return utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

TEST_CASE("UserService: The first run creates the administrator once, with the password chosen then", "[auth][users]") {
    test::TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    UserService users(*db, clock, PasswordHasher(PasswordHasher::Strength::TestOnlyFast));

    auto needed = users.needsFirstAdministrator();
    REQUIRE(needed.ok());
    CHECK(*needed);

    // The password policy applies from the very first user.
    auto weak = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana"), QStringLiteral("curta"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == Error::Code::InvalidInput);
    auto sameAsLogin = users.createFirstAdministrator(QStringLiteral("administrador"), QStringLiteral("Ana"),
                                                      QStringLiteral("ADMINISTRADOR"));
    REQUIRE_FALSE(sameAsLogin.ok());
    CHECK(sameAsLogin.error().code == Error::Code::InvalidInput);
    CHECK(*users.needsFirstAdministrator());

    auto admin = users.createFirstAdministrator(QStringLiteral("  Admin "), QStringLiteral("Ana Administradora"),
                                                AuthFixture::AdminPassword);
    REQUIRE(admin.ok());
    CHECK(admin->isValid());
    CHECK(admin->login() == QLatin1String("admin")); // stored trimmed, lower case
    CHECK(admin->can(Permission::UserAdmin));
    CHECK(admin->can(Permission::ProfileAdmin));
    CHECK_FALSE(*users.needsFirstAdministrator());

    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT p.name, u.password_hash FROM users u JOIN access_profiles p ON p.id = "
                                  "u.profile_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Administrador"));
    CHECK(q.value(1).toString().startsWith(QLatin1String("$argon2id$")));
    q.finish();

    // Its creation is in the history, the password only as a mark.
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, old_value, new_value FROM audit_log WHERE entity = 'user' AND "
                                  "action = 'create' AND field = 'password'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == admin->userId());
    CHECK(q.value(1).isNull());
    CHECK(q.value(2).toString() == QStringLiteral("***"));
    q.finish();

    // Never a second time: the next people are created by the administrator.
    auto second = users.createFirstAdministrator(QStringLiteral("intruso"), QStringLiteral("Intruso"),
                                                 QStringLiteral("senha-forte-1"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == Error::Code::Conflict);
    CHECK_FALSE(second.error().userMessage.isEmpty());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM users")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("UserService: Login succeeds with the right password and carries the profile's permissions",
          "[auth][users]") {
    AuthFixture f;
    const Actor created = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);

    // Any case, spaces around: the login is the same.
    auto actor = f.users().authenticate(QStringLiteral(" JOANA "), AuthFixture::passwordFor(QStringLiteral("joana")));
    REQUIRE(actor.ok());
    CHECK(actor->userId() == created.userId());
    CHECK(actor->name() == QStringLiteral("Pessoa joana"));
    CHECK(actor->can(Permission::CallRun));
    CHECK(actor->can(Permission::TicketCreate));
    CHECK_FALSE(actor->can(Permission::UserAdmin));
    CHECK(actor->permissions().size() ==
          f.count(QStringLiteral("SELECT count(*) FROM profile_permissions WHERE profile_id = ?"),
                  {AuthFixture::AgenteProfile}));

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' AND user_id = ? AND "
                                 "entity_id = ?"),
                  {created.userId(), created.userId()}) == 2);
}

TEST_CASE("UserService: Unknown login and wrong password get the same answer, and both are audited", "[auth][users]") {
    AuthFixture f;
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);

    auto wrongPassword = f.users().authenticate(QStringLiteral("joana"), QStringLiteral("nao-e-essa"));
    auto unknownLogin = f.users().authenticate(QStringLiteral("ninguem"), QStringLiteral("nao-e-essa"));
    auto emptyLogin = f.users().authenticate(QString(), QString());
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(unknownLogin.ok());
    REQUIRE_FALSE(emptyLogin.ok());
    CHECK(wrongPassword.error().code == Error::Code::InvalidInput);
    CHECK_FALSE(wrongPassword.error().userMessage.isEmpty());
    for (const auto* other : {&unknownLogin, &emptyLogin}) {
        CHECK(other->error().code == wrongPassword.error().code);
        CHECK(other->error().userMessage == wrongPassword.error().userMessage);
        CHECK(other->error().detail == wrongPassword.error().detail);
    }

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND entity_id = ? "
                                 "AND field = 'failed_logins' AND old_value = '0' AND new_value = '1'"),
                  {joana.userId()}) == 1);
    // Unknown logins are recorded without what was typed (it is often a password typed in the wrong box).
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND entity_id IS NULL "
                                 "AND new_value = 'unknown_login'")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%ninguem%' OR "
                                 "new_value LIKE '%nao-e-essa%'")) == 0);
}

TEST_CASE("UserService: Five wrong passwords lock the account for 15 minutes, the clock then lets it in",
          "[auth][users]") {
    AuthFixture f;
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    const QString password = AuthFixture::passwordFor(QStringLiteral("joana"));

    for (int i = 1; i < UserService::MaxFailedLogins; ++i) {
        auto failed = f.users().authenticate(QStringLiteral("joana"), QStringLiteral("errada-%1").arg(i));
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == Error::Code::InvalidInput);
        f.clock().advanceSecs(10);
    }
    const QDateTime lockedAt = f.clock().nowUtc();
    auto fifth = f.users().authenticate(QStringLiteral("joana"), QStringLiteral("errada-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == Error::Code::PermissionDenied);
    const QString until = lockTimeText(lockedAt.addSecs(15 * 60));
    INFO(fifth.error().userMessage.toStdString());
    CHECK(fifth.error().userMessage.contains(until)); // says until when, in local time
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'locked' AND entity_id = ? AND "
                                 "field = 'locked_until'"),
                  {joana.userId()}) == 1);

    // Even the right password is refused during the lock.
    f.clock().advanceSecs(14 * 60);
    auto during = f.users().authenticate(QStringLiteral("joana"), password);
    REQUIRE_FALSE(during.ok());
    CHECK(during.error().code == Error::Code::PermissionDenied);
    CHECK(during.error().userMessage.contains(until));

    // The administrator sees the lock.
    auto listed = f.users().listUsers(f.admin());
    REQUIRE(listed.ok());
    bool seen = false;
    for (const UserSummary& u : *listed) {
        if (u.id == joana.userId()) {
            seen = true;
            CHECK(u.isLocked());
            CHECK(u.lockedUntil == lockedAt.addSecs(15 * 60));
        }
    }
    CHECK(seen);

    // After the 15 minutes, the right password works and the count starts again.
    f.clock().advanceSecs(60);
    auto after = f.users().authenticate(QStringLiteral("joana"), password);
    REQUIRE(after.ok());
    CHECK(f.count(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {joana.userId()}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {joana.userId()}).isNull());
}

TEST_CASE("UserService: A successful login resets the failure count", "[auth][users]") {
    AuthFixture f;
    f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    const QString password = AuthFixture::passwordFor(QStringLiteral("joana"));
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < UserService::MaxFailedLogins - 1; ++i)
            REQUIRE_FALSE(f.users().authenticate(QStringLiteral("joana"), QStringLiteral("errada")).ok());
        auto ok = f.users().authenticate(QStringLiteral("joana"), password);
        INFO(round);
        REQUIRE(ok.ok());
    }
}

TEST_CASE("UserService: An administrator can unlock a locked account at once", "[auth][users]") {
    AuthFixture f;
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    for (int i = 0; i < UserService::MaxFailedLogins; ++i)
        REQUIRE_FALSE(f.users().authenticate(QStringLiteral("joana"), QStringLiteral("errada")).ok());
    REQUIRE_FALSE(
        f.users().authenticate(QStringLiteral("joana"), AuthFixture::passwordFor(QStringLiteral("joana"))).ok());

    REQUIRE(f.users().unlock(f.admin(), joana.userId()).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unlock' AND user_id = ? AND "
                                 "entity_id = ? AND field = 'locked_until' AND new_value IS NULL"),
                  {f.admin().userId(), joana.userId()}) == 1);
    CHECK(f.users().authenticate(QStringLiteral("joana"), AuthFixture::passwordFor(QStringLiteral("joana"))).ok());
}

TEST_CASE("UserService: An inactive user cannot log in, and a wrong password still says nothing more",
          "[auth][users]") {
    AuthFixture f;
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    const QString password = AuthFixture::passwordFor(QStringLiteral("joana"));
    REQUIRE(f.users().setActive(f.admin(), joana.userId(), false).ok());

    auto refused = f.users().authenticate(QStringLiteral("joana"), password);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK_FALSE(refused.error().userMessage.isEmpty());

    auto unknown = f.users().authenticate(QStringLiteral("ninguem"), password);
    auto wrong = f.users().authenticate(QStringLiteral("joana"), QStringLiteral("errada-123"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().userMessage == unknown.error().userMessage);

    // Core is the guard: the Actor she still holds no longer opens anything.
    REQUIRE_FALSE(f.users().changePassword(joana, password, QStringLiteral("outra-senha-1")).ok());

    REQUIRE(f.users().setActive(f.admin(), joana.userId(), true).ok());
    CHECK(f.users().authenticate(QStringLiteral("joana"), password).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND field = 'active' AND "
                                 "action = 'update'"),
                  {joana.userId()}) == 2);
}

TEST_CASE("UserService: Every user administration call is refused to an Agente, and the attempt is audited",
          "[auth][users]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente1"), AuthFixture::AgenteProfile);
    const qint64 adminId = f.admin().userId();
    const QString before = usersSnapshot(f);

    NewUser newUser{QStringLiteral("novo"),
                    QStringLiteral("Novo"),
                    QString(),
                    std::nullopt,
                    AuthFixture::AdministradorProfile,
                    QStringLiteral("senha-forte-1")};
    auto added = f.users().addUser(agent, newUser);
    REQUIRE_FALSE(added.ok());
    checkDenied(f, added.error(), agent, QStringLiteral("add_user"));

    auto listed = f.users().listUsers(agent);
    REQUIRE_FALSE(listed.ok());
    checkDenied(f, listed.error(), agent, QStringLiteral("list_users"));

    struct Call {
        QString operation;
        Status status;
    };
    const QList<Call> calls{
        {QStringLiteral("set_details"),
         f.users().setDetails(agent, adminId, QStringLiteral("Hacker"), QString(), std::nullopt)},
        {QStringLiteral("set_password"), f.users().setPassword(agent, adminId, QStringLiteral("tomada-123"))},
        {QStringLiteral("set_active"), f.users().setActive(agent, adminId, false)},
        {QStringLiteral("set_profile"), f.users().setProfile(agent, agent.userId(), AuthFixture::AdministradorProfile)},
        {QStringLiteral("unlock"), f.users().unlock(agent, adminId)},
    };
    for (const Call& call : calls) {
        REQUIRE_FALSE(call.status.ok());
        checkDenied(f, call.status.error(), agent, call.operation);
    }
    CHECK(usersSnapshot(f) == before);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = ? AND action <> 'denied' AND "
                                 "action <> 'login'"),
                  {agent.userId()}) == 0);
}

TEST_CASE("UserService: An Administrador can do every user administration call", "[auth][users]") {
    AuthFixture f;
    const Actor& admin = f.admin();

    NewUser newUser{
        QStringLiteral("Carla.Souza"), QStringLiteral("Carla Souza"),   QStringLiteral("carla@exemplo.com.br"), 2,
        AuthFixture::AgenteProfile,    QStringLiteral("primeira-senha")};
    auto id = f.users().addUser(admin, newUser);
    REQUIRE(id.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND entity_id = ? AND "
                                 "user_id = ?"),
                  {*id, admin.userId()}) == 7);

    auto listed = f.users().listUsers(admin);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    const UserSummary carla = listed->at(1).id == *id ? listed->at(1) : listed->at(0);
    CHECK(carla.login == QStringLiteral("carla.souza"));
    CHECK(carla.name == QStringLiteral("Carla Souza"));
    CHECK(carla.email == QStringLiteral("carla@exemplo.com.br"));
    CHECK(carla.sectorId == 2);
    CHECK(carla.sectorName == QStringLiteral("Implantação"));
    CHECK(carla.profileName == QStringLiteral("Agente"));
    CHECK(carla.active);
    CHECK_FALSE(carla.isLocked());
    CHECK(carla.createdAt == f.clock().nowUtc());

    REQUIRE(f.users().setDetails(admin, *id, QStringLiteral("Carla S. Lima"), QString(), std::nullopt).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND entity_id = ? AND "
                                 "field IN ('name', 'email', 'sector_id')"),
                  {*id}) == 3);

    REQUIRE(f.users().setPassword(admin, *id, QStringLiteral("segunda-senha")).ok());
    CHECK_FALSE(f.users().authenticate(QStringLiteral("carla.souza"), QStringLiteral("primeira-senha")).ok());
    auto carlaActor = f.users().authenticate(QStringLiteral("carla.souza"), QStringLiteral("segunda-senha"));
    REQUIRE(carlaActor.ok());
    CHECK_FALSE(carlaActor->can(Permission::ReportView));

    REQUIRE(f.users().setProfile(admin, *id, AuthFixture::LiderProfile).ok());
    carlaActor = f.users().authenticate(QStringLiteral("carla.souza"), QStringLiteral("segunda-senha"));
    REQUIRE(carlaActor.ok());
    CHECK(carlaActor->can(Permission::ReportView));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND field = 'profile_id' AND "
                                 "old_value = '1' AND new_value = '2'"),
                  {*id}) == 1);

    REQUIRE(f.users().setActive(admin, *id, false).ok());
    REQUIRE(f.users().unlock(admin, *id).ok());
    REQUIRE(f.users().setActive(admin, *id, true).ok());

    // Bad input gets a clear refusal, not a half-made user.
    NewUser bad = newUser;
    bad.login = QStringLiteral("com espaço");
    CHECK(f.users().addUser(admin, bad).error().code == Error::Code::InvalidInput);
    bad = newUser;
    bad.login = QStringLiteral("outra");
    bad.email = QStringLiteral("carla@exemplo.com.br\r\nBcc: x@y.z");
    CHECK(f.users().addUser(admin, bad).error().code == Error::Code::InvalidInput);
    bad.email.clear();
    bad.profileId = 99;
    CHECK(f.users().addUser(admin, bad).error().code == Error::Code::NotFound);
    bad.profileId = AuthFixture::AgenteProfile;
    bad.password = QStringLiteral("outra");
    CHECK(f.users().addUser(admin, bad).error().code == Error::Code::InvalidInput);
    CHECK(f.users().setActive(admin, 999, false).error().code == Error::Code::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM users")) == 2);
}

TEST_CASE("UserService: A login already in use, in any case, is refused and leaves no trace", "[auth][users]") {
    AuthFixture f;
    f.addUser(QStringLiteral("maria"), AuthFixture::AgenteProfile);
    const QString before = usersSnapshot(f);
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    for (const QString& login : {QStringLiteral("maria"), QStringLiteral("MARIA"), QStringLiteral(" Maria ")}) {
        NewUser clash{login,        QStringLiteral("Outra Maria"), QString(),
                      std::nullopt, AuthFixture::LiderProfile,     QStringLiteral("senha-da-outra")};
        auto result = f.users().addUser(f.admin(), clash);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::Conflict);
        CHECK_FALSE(result.error().userMessage.isEmpty());
    }
    CHECK(usersSnapshot(f) == before);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
}

TEST_CASE("UserService: A change whose audit row cannot be written is not saved either", "[auth][users]") {
    AuthFixture f;
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    const QString before = usersSnapshot(f);
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    f.breakAuditLog();

    NewUser newUser{QStringLiteral("novo"), QStringLiteral("Novo"),     QString(),
                    std::nullopt,           AuthFixture::AgenteProfile, QStringLiteral("senha-forte-1")};
    auto added = f.users().addUser(f.admin(), newUser);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Storage);
    CHECK_FALSE(added.error().userMessage.isEmpty());

    CHECK(f.users().setProfile(f.admin(), joana.userId(), AuthFixture::LiderProfile).error().code ==
          Error::Code::Storage);
    CHECK(f.users().setActive(f.admin(), joana.userId(), false).error().code == Error::Code::Storage);
    CHECK(f.users().setPassword(f.admin(), joana.userId(), QStringLiteral("senha-nova-1")).error().code ==
          Error::Code::Storage);
    CHECK(f.users().setDetails(f.admin(), joana.userId(), QStringLiteral("Outro nome"), QString(), 2).error().code ==
          Error::Code::Storage);
    CHECK(f.users()
              .changePassword(joana, AuthFixture::passwordFor(QStringLiteral("joana")), QStringLiteral("senha-nova-2"))
              .error()
              .code == Error::Code::Storage);
    // A login whose audit row cannot be written does not happen either.
    CHECK_FALSE(
        f.users().authenticate(QStringLiteral("joana"), AuthFixture::passwordFor(QStringLiteral("joana"))).ok());

    CHECK(usersSnapshot(f) == before);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    // Nothing left open on the connection.
    CHECK(f.db().begin().ok());
    f.db().rollback();
}

TEST_CASE("UserService: The last active administrator cannot be deactivated or demoted", "[auth][users]") {
    AuthFixture f;
    const Actor& admin = f.admin();

    auto deactivate = f.users().setActive(admin, admin.userId(), false);
    REQUIRE_FALSE(deactivate.ok());
    CHECK(deactivate.error().code == Error::Code::Conflict);
    CHECK_FALSE(deactivate.error().userMessage.isEmpty());
    auto demote = f.users().setProfile(admin, admin.userId(), AuthFixture::AgenteProfile);
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().code == Error::Code::Conflict);
    CHECK(f.count(QStringLiteral("SELECT active FROM users WHERE id = ?"), {admin.userId()}) == 1);
    CHECK(f.count(QStringLiteral("SELECT profile_id FROM users WHERE id = ?"), {admin.userId()}) ==
          AuthFixture::AdministradorProfile);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE field IN ('active', 'profile_id') AND "
                                 "action = 'update'")) == 0);

    // An inactive administrator does not count.
    const Actor second = f.addUser(QStringLiteral("segundo"), AuthFixture::AdministradorProfile);
    REQUIRE(f.users().setActive(admin, second.userId(), false).ok());
    CHECK(f.users().setActive(admin, admin.userId(), false).error().code == Error::Code::Conflict);

    // With another active administrator, the first one may step down.
    REQUIRE(f.users().setActive(admin, second.userId(), true).ok());
    REQUIRE(f.users().setProfile(admin, admin.userId(), AuthFixture::LiderProfile).ok());
    CHECK(f.users().setActive(second, second.userId(), false).error().code == Error::Code::Conflict);
}

TEST_CASE("UserService: Rights are checked against the database, not only the Actor held since login",
          "[auth][users]") {
    AuthFixture f;
    const Actor second = f.addUser(QStringLiteral("segundo"), AuthFixture::AdministradorProfile);
    REQUIRE(second.can(Permission::UserAdmin));
    REQUIRE(f.users().setProfile(f.admin(), second.userId(), AuthFixture::AgenteProfile).ok());

    // Still carries user.admin in memory, but the profile no longer grants it.
    auto listed = f.users().listUsers(second);
    REQUIRE_FALSE(listed.ok());
    checkDenied(f, listed.error(), second, QStringLiteral("list_users"));

    // A made-up Actor gets nothing either.
    const Actor forged(4242, QStringLiteral("forjado"), QStringLiteral("Forjado"), {Permission::UserAdmin});
    CHECK(f.users().listUsers(forged).error().code == Error::Code::PermissionDenied);
    CHECK(f.users().listUsers(Actor()).error().code == Error::Code::PermissionDenied);
}

TEST_CASE("UserService: A user changes their own password with the current one", "[auth][users]") {
    AuthFixture f;
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    const QString current = AuthFixture::passwordFor(QStringLiteral("joana"));

    auto wrongCurrent = f.users().changePassword(joana, QStringLiteral("nao-sei-qual"), QStringLiteral("nova-senha-1"));
    REQUIRE_FALSE(wrongCurrent.ok());
    CHECK(wrongCurrent.error().code == Error::Code::InvalidInput);
    CHECK(f.users().changePassword(joana, current, QStringLiteral("curta")).error().code == Error::Code::InvalidInput);
    CHECK(f.users().changePassword(joana, current, QStringLiteral("JOANA")).error().code == Error::Code::InvalidInput);
    CHECK(f.users().changePassword(joana, current, current).error().code == Error::Code::InvalidInput);
    CHECK(f.users().changePassword(Actor(), current, QStringLiteral("nova-senha-1")).error().code ==
          Error::Code::PermissionDenied);

    REQUIRE(f.users().changePassword(joana, current, QStringLiteral("nova-senha-1")).ok());
    CHECK_FALSE(f.users().authenticate(QStringLiteral("joana"), current).ok());
    CHECK(f.users().authenticate(QStringLiteral("joana"), QStringLiteral("nova-senha-1")).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND user_id = ? AND "
                                 "field = 'password' AND old_value = '***' AND new_value = '***'"),
                  {joana.userId()}) == 1);
}

TEST_CASE("UserService: Passwords reach neither the audit, nor the log, nor the database file", "[auth][users]") {
    AuthFixture f;
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    const QStringList passwords{AuthFixture::AdminPassword, AuthFixture::passwordFor(QStringLiteral("joana")),
                                QStringLiteral("Tr0ca-Pela-Admin"), QStringLiteral("Tr0ca-Pela-Joana"),
                                QStringLiteral("Errada-Tentativa")};
    REQUIRE(f.users().setPassword(f.admin(), joana.userId(), passwords[2]).ok());
    REQUIRE(f.users().changePassword(joana, passwords[2], passwords[3]).ok());
    REQUIRE_FALSE(f.users().authenticate(QStringLiteral("joana"), passwords[4]).ok());
    REQUIRE_FALSE(f.users().authenticate(passwords[4], passwords[4]).ok());
    REQUIRE(f.users().authenticate(QStringLiteral("joana"), passwords[3]).ok());

    const QString hash =
        f.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {joana.userId()}).toString();
    CHECK(hash.startsWith(QLatin1String("$argon2id$")));

    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT coalesce(field, '') || '|' || coalesce(old_value, '') || '|' || "
                                  "coalesce(new_value, '') FROM audit_log")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString row = q.value(0).toString();
        for (const QString& password : passwords)
            CHECK_FALSE(row.contains(password));
        CHECK_FALSE(row.contains(QLatin1String("$argon2")));
    }
    CHECK(rows > 10);
    q.finish();

    spdlog::default_logger()->flush();
    QFile log(Logging::logFilePath());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    CHECK(logText.contains("login")); // the log did record these events
    for (const QString& password : passwords)
        CHECK_FALSE(logText.contains(password.toUtf8()));

    // Nor anywhere in the file bytes (main file and write-ahead log).
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(f.db().path() + suffix);
        if (!file.exists())
            continue;
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& password : passwords)
            CHECK_FALSE(bytes.contains(password.toUtf8()));
    }
}

TEST_CASE("UserService: A login with the real parameters upgrades a hash made with cheaper ones", "[auth][users]") {
    AuthFixture f; // hashes with the cheap test parameters
    const Actor joana = f.addUser(QStringLiteral("joana"), AuthFixture::AgenteProfile);
    const QString password = AuthFixture::passwordFor(QStringLiteral("joana"));
    const QString cheapHash =
        f.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {joana.userId()}).toString();
    REQUIRE_FALSE(cheapHash.contains(QLatin1String("m=65536")));

    UserService real(f.db(), f.clock()); // the program's own setting
    auto actor = real.authenticate(QStringLiteral("joana"), password);
    REQUIRE(actor.ok());
    const QString upgraded =
        f.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {joana.userId()}).toString();
    CHECK(upgraded.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK(real.authenticate(QStringLiteral("joana"), password).ok());
}
