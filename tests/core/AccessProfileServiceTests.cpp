#include "AuthFixture.h"

#include "auth/AccessProfileService.h"
#include "auth/Permission.h"
#include "auth/PermissionCatalog.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::AuthFixture;

namespace {

// Every profile with its permissions, to prove a refused or failed call changed nothing.
QString profilesSnapshot(AuthFixture& f) {
    return f
        .scalar(QStringLiteral(
            "SELECT group_concat(a.id || '|' || a.name || '|' || a.description || '|' || coalesce((SELECT "
            "group_concat(permission, ',') FROM (SELECT permission FROM profile_permissions p WHERE p.profile_id = "
            "a.id ORDER BY permission) AS granted), ''), ';') FROM (SELECT * FROM access_profiles ORDER BY id) a"))
        .toString();
}

QStringList permissionsOf(AuthFixture& f, qint64 profileId) {
    auto listed = f.profiles().listProfiles(f.admin());
    REQUIRE(listed.ok());
    for (const AccessProfile& p : *listed) {
        if (p.id == profileId)
            return p.permissions;
    }
    FAIL("profile not listed");
    return {};
}

QStringList without(QStringList list, const QStringList& removed) {
    for (const QString& r : removed)
        list.removeAll(r);
    return list;
}

} // namespace

TEST_CASE("AccessProfileService: The default profiles are listed with their permissions", "[auth][profiles]") {
    AuthFixture f;
    auto listed = f.profiles().listProfiles(f.admin());
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 4);
    QStringList names;
    for (const AccessProfile& p : *listed) {
        names << p.name;
        CHECK_FALSE(p.permissions.isEmpty());
        for (const QString& permission : p.permissions) {
            INFO(permission.toStdString());
            CHECK(PermissionCatalog::isKnown(permission));
            CHECK(PermissionCatalog::label(permission) != permission);
        }
        if (p.id == AuthFixture::AdministradorProfile) {
            CHECK(p.userCount == 1);
            CHECK(p.permissions.contains(Permission::UserAdmin));
            CHECK(p.permissions.contains(Permission::ProfileAdmin));
        } else {
            CHECK(p.userCount == 0);
        }
    }
    names.sort();
    CHECK(names == QStringList{QStringLiteral("Administrador"), QStringLiteral("Agente"), QStringLiteral("Captador"),
                               QStringLiteral("Líder")});
    CHECK(permissionsOf(f, AuthFixture::CaptadorProfile) ==
          QStringList{Permission::TicketView, Permission::TicketReply, Permission::CustomerView,
                      Permission::PersonalDataView, Permission::CaptureReceive}); // in catalogue order
}

TEST_CASE("AccessProfileService: Every profile call is refused to an Agente, and the attempt is audited",
          "[auth][profiles]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente1"), AuthFixture::AgenteProfile);
    const QString before = profilesSnapshot(f);

    auto checkDenied = [&](const Error& error, const QString& operation, const QString& missing) {
        INFO(operation.toStdString());
        CHECK(error.code == Error::Code::PermissionDenied);
        CHECK_FALSE(error.userMessage.isEmpty());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity = 'profile' "
                                     "AND user_id = ? AND field = ? AND new_value = ?"),
                      {agent.userId(), operation, missing}) == 1);
    };

    auto listed = f.profiles().listProfiles(agent);
    REQUIRE_FALSE(listed.ok());
    checkDenied(listed.error(), QStringLiteral("list_profiles"),
                Permission::ProfileAdmin + QLatin1Char('|') + Permission::UserAdmin);
    auto created =
        f.profiles().createProfile(agent, QStringLiteral("Super agente"), QString(), {Permission::UserAdmin});
    REQUIRE_FALSE(created.ok());
    checkDenied(created.error(), QStringLiteral("create_profile"), Permission::ProfileAdmin);
    checkDenied(f.profiles().renameProfile(agent, AuthFixture::AgenteProfile, QStringLiteral("Chefe")).error(),
                QStringLiteral("rename_profile"), Permission::ProfileAdmin);
    checkDenied(f.profiles().setDescription(agent, AuthFixture::AgenteProfile, QStringLiteral("x")).error(),
                QStringLiteral("set_profile_description"), Permission::ProfileAdmin);
    checkDenied(f.profiles().setPermissions(agent, AuthFixture::AgenteProfile, Permission::all()).error(),
                QStringLiteral("set_permissions"), Permission::ProfileAdmin);
    checkDenied(f.profiles().deleteProfile(agent, AuthFixture::CaptadorProfile).error(),
                QStringLiteral("delete_profile"), Permission::ProfileAdmin);

    CHECK(profilesSnapshot(f) == before);
    // The agent's own, unchanged rights, when logging in again.
    auto again = f.users().authenticate(QStringLiteral("agente1"), AuthFixture::passwordFor(QStringLiteral("agente1")));
    REQUIRE(again.ok());
    CHECK_FALSE(again->can(Permission::UserAdmin));
}

TEST_CASE("AccessProfileService: A user administrator without profile.admin may list profiles but not change them",
          "[auth][profiles]") {
    AuthFixture f;
    auto id = f.profiles().createProfile(f.admin(), QStringLiteral("RH"), QStringLiteral("Só cadastra usuários"),
                                         {Permission::UserAdmin});
    REQUIRE(id.ok());
    const Actor rh = f.addUser(QStringLiteral("rh"), *id);
    CHECK(f.profiles().listProfiles(rh).ok());
    CHECK(f.profiles().renameProfile(rh, *id, QStringLiteral("Recursos humanos")).error().code ==
          Error::Code::PermissionDenied);
}

TEST_CASE("AccessProfileService: Creating a profile validates its name and permissions and audits each permission",
          "[auth][profiles]") {
    AuthFixture f;
    const QString before = profilesSnapshot(f);

    auto unknown = f.profiles().createProfile(f.admin(), QStringLiteral("Suporte N2"), QString(),
                                              {Permission::TicketView, QStringLiteral("ticket.delete_everything")});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::InvalidInput);
    CHECK(unknown.error().userMessage.contains(QStringLiteral("ticket.delete_everything")));

    auto taken = f.profiles().createProfile(f.admin(), QStringLiteral("  AGENTE "), QString(), {});
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == Error::Code::Conflict);
    CHECK(f.profiles().createProfile(f.admin(), QStringLiteral("líder"), QString(), {}).error().code ==
          Error::Code::Conflict);
    CHECK(f.profiles().createProfile(f.admin(), QStringLiteral("   "), QString(), {}).error().code ==
          Error::Code::InvalidInput);
    CHECK(f.profiles().createProfile(f.admin(), QStringLiteral("Duas\nlinhas"), QString(), {}).error().code ==
          Error::Code::InvalidInput);
    CHECK(profilesSnapshot(f) == before);

    auto id = f.profiles().createProfile(
        f.admin(), QStringLiteral(" Suporte N2 "), QStringLiteral("Segundo nível"),
        {Permission::TicketSupervise, Permission::TicketView, Permission::TicketView, Permission::TicketEdit});
    REQUIRE(id.ok());
    CHECK(permissionsOf(f, *id) ==
          QStringList{Permission::TicketView, Permission::TicketEdit, Permission::TicketSupervise});
    CHECK(f.scalar(QStringLiteral("SELECT name FROM access_profiles WHERE id = ?"), {*id}).toString() ==
          QStringLiteral("Suporte N2"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'profile' AND entity_id = ? AND "
                                 "action = 'create' AND user_id = ? AND field = 'permission' AND old_value IS NULL"),
                  {*id, f.admin().userId()}) == 3);
}

TEST_CASE("AccessProfileService: Renaming and describing a profile is audited and names stay unique",
          "[auth][profiles]") {
    AuthFixture f;
    REQUIRE(f.profiles().renameProfile(f.admin(), AuthFixture::CaptadorProfile, QStringLiteral("Captação")).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'profile' AND entity_id = ? AND "
                                 "field = 'name' AND old_value = 'Captador' AND new_value = 'Captação'"),
                  {AuthFixture::CaptadorProfile}) == 1);
    CHECK(f.profiles().renameProfile(f.admin(), AuthFixture::CaptadorProfile, QStringLiteral("agente")).error().code ==
          Error::Code::Conflict);
    CHECK(f.profiles().renameProfile(f.admin(), 99, QStringLiteral("Nada")).error().code == Error::Code::NotFound);
    REQUIRE(f.profiles().setDescription(f.admin(), AuthFixture::CaptadorProfile, QStringLiteral("Imóveis")).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'profile' AND field = "
                                 "'description' AND new_value = 'Imóveis'")) == 1);
}

TEST_CASE("AccessProfileService: Setting permissions validates names and audits what was granted and revoked",
          "[auth][profiles]") {
    AuthFixture f;
    const Actor agent = f.addUser(QStringLiteral("agente1"), AuthFixture::AgenteProfile);
    const QString before = profilesSnapshot(f);

    auto bad = f.profiles().setPermissions(f.admin(), AuthFixture::AgenteProfile,
                                           {Permission::TicketView, QStringLiteral("TICKET.VIEW")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::InvalidInput);
    CHECK(f.profiles().setPermissions(f.admin(), 99, {}).error().code == Error::Code::NotFound);
    CHECK(profilesSnapshot(f) == before);

    QStringList wanted = without(permissionsOf(f, AuthFixture::AgenteProfile), {Permission::CallRun});
    wanted << Permission::ReportView;
    REQUIRE(f.profiles().setPermissions(f.admin(), AuthFixture::AgenteProfile, wanted).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'profile' AND entity_id = ? AND "
                                 "action = 'update' AND field = 'permission'"),
                  {AuthFixture::AgenteProfile}) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND field = 'permission' AND "
                                 "old_value = ? AND new_value IS NULL"),
                  {AuthFixture::AgenteProfile, Permission::CallRun}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND field = 'permission' AND "
                                 "old_value IS NULL AND new_value = ?"),
                  {AuthFixture::AgenteProfile, Permission::ReportView}) == 1);

    // The next login carries the new set; the old Actor is refused by the services that check the database.
    auto again = f.users().authenticate(QStringLiteral("agente1"), AuthFixture::passwordFor(QStringLiteral("agente1")));
    REQUIRE(again.ok());
    CHECK_FALSE(again->can(Permission::CallRun));
    CHECK(again->can(Permission::ReportView));
    CHECK(agent.can(Permission::CallRun));

    // The same set again changes nothing and writes nothing.
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(f.profiles().setPermissions(f.admin(), AuthFixture::AgenteProfile, wanted).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
}

TEST_CASE("AccessProfileService: Access can always be repaired: the administration rights are never left to nobody",
          "[auth][profiles]") {
    AuthFixture f;
    const QStringList adminSet = permissionsOf(f, AuthFixture::AdministradorProfile);
    const QString before = profilesSnapshot(f);

    // The only profile with both rights cannot lose either.
    for (const QString& right : {Permission::UserAdmin, Permission::ProfileAdmin}) {
        auto result =
            f.profiles().setPermissions(f.admin(), AuthFixture::AdministradorProfile, without(adminSet, {right}));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::Conflict);
        CHECK_FALSE(result.error().userMessage.isEmpty());
    }
    CHECK(profilesSnapshot(f) == before);

    // Another full profile, and a user who administers profiles only (so the checks below are not about
    // whether the acting user keeps their own rights).
    auto super = f.profiles().createProfile(f.admin(), QStringLiteral("Superusuário"), QString(),
                                            {Permission::UserAdmin, Permission::ProfileAdmin});
    REQUIRE(super.ok());
    auto profilesOnly =
        f.profiles().createProfile(f.admin(), QStringLiteral("Perfis"), QString(), {Permission::ProfileAdmin});
    REQUIRE(profilesOnly.ok());
    const Actor editor = f.addUser(QStringLiteral("perfis"), *profilesOnly);
    const QStringList noAdministration = without(adminSet, {Permission::UserAdmin, Permission::ProfileAdmin});

    // Administrador is no longer the only full profile, but its user is the only active user administrator.
    auto lastUserAdmin = f.profiles().setPermissions(editor, AuthFixture::AdministradorProfile, noAdministration);
    REQUIRE_FALSE(lastUserAdmin.ok());
    CHECK(lastUserAdmin.error().code == Error::Code::Conflict);
    CHECK_FALSE(lastUserAdmin.error().userMessage.isEmpty());

    // Once that user has moved to the other full profile, it can.
    REQUIRE(f.users().setProfile(f.admin(), f.admin().userId(), *super).ok());
    REQUIRE(f.profiles().setPermissions(editor, AuthFixture::AdministradorProfile, noAdministration).ok());
    // Now Superusuário is the only full profile: it keeps both rights.
    CHECK(f.profiles().setPermissions(editor, *super, {Permission::UserAdmin}).error().code == Error::Code::Conflict);
    // And the administrator cannot move to a profile without user.admin.
    CHECK(f.users().setProfile(f.admin(), f.admin().userId(), AuthFixture::AdministradorProfile).error().code ==
          Error::Code::Conflict);

    // The only full profile cannot be deleted even when nobody uses it.
    REQUIRE(
        f.profiles()
            .setPermissions(editor, AuthFixture::AdministradorProfile, without(adminSet, {Permission::ProfileAdmin}))
            .ok());
    REQUIRE(f.users().setProfile(f.admin(), f.admin().userId(), AuthFixture::AdministradorProfile).ok());
    auto deleteLast = f.profiles().deleteProfile(editor, *super);
    REQUIRE_FALSE(deleteLast.ok());
    CHECK(deleteLast.error().code == Error::Code::Conflict);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM access_profiles WHERE id = ?"), {*super}) == 1);
}

TEST_CASE(
    "AccessProfileService: Only an unused profile can be deleted, with its permissions and an audit of what it was",
    "[auth][profiles]") {
    AuthFixture f;
    f.addUser(QStringLiteral("captador1"), AuthFixture::CaptadorProfile);

    auto inUse = f.profiles().deleteProfile(f.admin(), AuthFixture::CaptadorProfile);
    REQUIRE_FALSE(inUse.ok());
    CHECK(inUse.error().code == Error::Code::Conflict);
    CHECK_FALSE(inUse.error().userMessage.isEmpty());

    REQUIRE(f.profiles().deleteProfile(f.admin(), AuthFixture::LiderProfile).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM access_profiles WHERE id = ?"), {AuthFixture::LiderProfile}) ==
          0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM profile_permissions WHERE profile_id = ?"),
                  {AuthFixture::LiderProfile}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'profile' AND entity_id = ? AND "
                                 "action = 'delete' AND field = 'name' AND old_value = 'Líder'"),
                  {AuthFixture::LiderProfile}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'delete' AND "
                                 "field = 'permission' AND new_value IS NULL"),
                  {AuthFixture::LiderProfile}) == 17);
    CHECK(f.profiles().deleteProfile(f.admin(), AuthFixture::LiderProfile).error().code == Error::Code::NotFound);
}

TEST_CASE("AccessProfileService: A profile change whose audit row cannot be written is not saved either",
          "[auth][profiles]") {
    AuthFixture f;
    const QString before = profilesSnapshot(f);
    f.breakAuditLog();

    CHECK(f.profiles()
              .createProfile(f.admin(), QStringLiteral("Novo"), QString(), {Permission::TicketView})
              .error()
              .code == Error::Code::Storage);
    CHECK(f.profiles().renameProfile(f.admin(), AuthFixture::AgenteProfile, QStringLiteral("Atendente")).error().code ==
          Error::Code::Storage);
    CHECK(f.profiles().setPermissions(f.admin(), AuthFixture::AgenteProfile, {Permission::TicketView}).error().code ==
          Error::Code::Storage);
    CHECK(f.profiles().deleteProfile(f.admin(), AuthFixture::LiderProfile).error().code == Error::Code::Storage);
    CHECK(profilesSnapshot(f) == before);
}
