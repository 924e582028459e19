#include "CustomerFixture.h"

#include "auth/Permission.h"
#include "directory/DirectoryService.h"

#include <catch2/catch.hpp>

using namespace atende;
using atende::test::CustomerFixture;

namespace {

DirectoryEntry entry(DirectoryEntry::Kind kind, const QString& name, const QString& email) {
    DirectoryEntry e;
    e.kind = kind;
    e.name = name;
    e.email = email;
    return e;
}

} // namespace

TEST_CASE("DirectoryService: entries are added, listed, changed and deactivated - finance and receptionist come "
          "from them",
          "[directory]") {
    CustomerFixture f;
    DirectoryService directory(f.db(), f.clock());
    const Actor admin = f.actor(QStringLiteral("admin"), {Permission::SettingsAdmin});
    const Actor agent = f.actor(QStringLiteral("agente"), {Permission::CallRun});

    // Nothing configured yet: the call screen gets a message saying so, never a hard-coded name.
    auto none = directory.financeContactFor(agent, Customer::Kind::PF);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == Error::Code::NotFound);
    CHECK_FALSE(none.error().userMessage.isEmpty());
    CHECK(directory.receptionist(agent).error().code == Error::Code::NotFound);

    auto pf = directory.add(admin, entry(DirectoryEntry::Kind::FinancePf, QStringLiteral("Financeiro PF - Carla"),
                                         QStringLiteral("financeiro.pf@empresa.com.br")));
    auto pj = directory.add(admin, entry(DirectoryEntry::Kind::FinancePj, QStringLiteral("Financeiro PJ - Jorge"),
                                         QStringLiteral("financeiro.pj@empresa.com.br")));
    auto reception = directory.add(admin, entry(DirectoryEntry::Kind::Receptionist, QStringLiteral("Recepção"),
                                                QStringLiteral("recepcao@empresa.com.br")));
    DirectoryEntry partnerEntry = entry(DirectoryEntry::Kind::Partner, QStringLiteral("TecnoParceiros"), QString());
    partnerEntry.phone = QStringLiteral("(11) 4000-1234 ramal 20");
    auto partner = directory.add(admin, partnerEntry);
    REQUIRE(pf.ok());
    REQUIRE(pj.ok());
    REQUIRE(reception.ok());
    REQUIRE(partner.ok());

    auto financePf = directory.financeContactFor(agent, Customer::Kind::PF);
    REQUIRE(financePf.ok());
    CHECK(financePf->id == *pf);
    auto financePj = directory.financeContactFor(agent, Customer::Kind::PJ);
    REQUIRE(financePj.ok());
    CHECK(financePj->email == QLatin1String("financeiro.pj@empresa.com.br"));
    auto receptionist = directory.receptionist(agent);
    REQUIRE(receptionist.ok());
    CHECK(receptionist->id == *reception);

    auto partners = directory.list(agent, DirectoryEntry::Kind::Partner);
    REQUIRE(partners.ok());
    REQUIRE(partners->size() == 1);
    CHECK(partners->constFirst().phone == QStringLiteral("(11) 4000-1234 ramal 20"));
    auto all = directory.list(agent);
    REQUIRE(all.ok());
    CHECK(all->size() == 4);

    // A change is audited field by field.
    DirectoryEntry changed = *financePf;
    changed.name = QStringLiteral("Financeiro PF - Beatriz");
    changed.email = QStringLiteral("beatriz@empresa.com.br");
    REQUIRE(directory.update(admin, changed).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'directory_entry' AND entity_id = ? "
                                 "AND action = 'update'"),
                  {*pf}) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT old_value FROM audit_log WHERE entity = 'directory_entry' AND entity_id = ? "
                                  "AND field = 'email' AND action = 'update'"),
                   {*pf})
              .toString() == QLatin1String("financeiro.pf@empresa.com.br"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'directory_entry' AND "
                                 "action = 'create' AND user_id = ?"),
                  {admin.userId()}) > 4);

    // A second PF contact takes over when the first is deactivated.
    auto second = directory.add(admin, entry(DirectoryEntry::Kind::FinancePf, QStringLiteral("Financeiro PF - Zeca"),
                                             QStringLiteral("zeca@empresa.com.br")));
    REQUIRE(second.ok());
    REQUIRE(directory.deactivate(admin, *pf).ok());
    auto next = directory.financeContactFor(agent, Customer::Kind::PF);
    REQUIRE(next.ok());
    CHECK(next->id == *second);
    auto withInactive = directory.list(admin, DirectoryEntry::Kind::FinancePf, true);
    REQUIRE(withInactive.ok());
    CHECK(withInactive->size() == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'deactivate'"),
                  {*pf}) == 1);
    CHECK(directory.get(agent, 9999).error().code == Error::Code::NotFound);
}

TEST_CASE("DirectoryService: editing needs settings.admin - reading needs a customer or call right - refusals are "
          "audited",
          "[directory][access]") {
    CustomerFixture f;
    DirectoryService directory(f.db(), f.clock());
    const Actor admin = f.actor(QStringLiteral("admin"), {Permission::SettingsAdmin});
    const Actor agent = f.agent();
    const Actor nobody = f.actor(QStringLiteral("nobody"), {});
    auto id = directory.add(admin, entry(DirectoryEntry::Kind::Receptionist, QStringLiteral("Recepção"),
                                         QStringLiteral("recepcao@empresa.com.br")));
    REQUIRE(id.ok());

    auto check = [&](const Actor& actor, const QString& operation, const Error& error) {
        INFO(operation.toStdString());
        CHECK(error.code == Error::Code::PermissionDenied);
        CHECK_FALSE(error.userMessage.isEmpty());
        CHECK(f.deniedRows(actor, operation) == 1);
    };
    check(agent, QStringLiteral("create"),
          directory.add(agent, entry(DirectoryEntry::Kind::Other, QStringLiteral("X"), QString())).error());
    auto loaded = directory.get(agent, *id);
    REQUIRE(loaded.ok());
    DirectoryEntry changed = *loaded;
    changed.email = QStringLiteral("outro@empresa.com.br");
    check(agent, QStringLiteral("update"), directory.update(agent, changed).error());
    check(agent, QStringLiteral("deactivate"), directory.deactivate(agent, *id).error());
    check(nobody, QStringLiteral("list"), directory.list(nobody).error());
    check(nobody, QStringLiteral("receptionist"), directory.receptionist(nobody).error());
    check(nobody, QStringLiteral("finance_contact"), directory.financeContactFor(nobody, Customer::Kind::PJ).error());
    CHECK(f.scalar(QStringLiteral("SELECT email FROM directory_entries WHERE id = ?"), {*id}).toString() ==
          QLatin1String("recepcao@empresa.com.br"));
    CHECK(f.count(QStringLiteral("SELECT active FROM directory_entries WHERE id = ?"), {*id}) == 1);
}

TEST_CASE("DirectoryService: names and e-mail addresses are validated", "[directory]") {
    CustomerFixture f;
    DirectoryService directory(f.db(), f.clock());
    const Actor admin = f.actor(QStringLiteral("admin"), {Permission::SettingsAdmin});

    auto expectInvalid = [&](const DirectoryEntry& e, const char* field) {
        auto result = directory.add(admin, e);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::InvalidInput);
        CHECK(result.error().detail.contains(QString::fromLatin1(field)));
        CHECK_FALSE(result.error().userMessage.isEmpty());
    };
    expectInvalid(entry(DirectoryEntry::Kind::Partner, QStringLiteral("  "), QString()), "name");
    expectInvalid(entry(DirectoryEntry::Kind::FinancePf, QStringLiteral("Financeiro"),
                        QStringLiteral("fin@empresa.com.br\r\nBcc: todos@empresa.com.br")),
                  "email");
    expectInvalid(entry(DirectoryEntry::Kind::Receptionist, QStringLiteral("Recepção"), QString()), "email");
    expectInvalid(entry(DirectoryEntry::Kind::Other, QStringLiteral("Linha\nquebrada"), QString()), "name");
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM directory_entries")) == 0);
}
