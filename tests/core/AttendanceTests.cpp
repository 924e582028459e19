// Attendance types and their forms (F-07/F-08): the form check names every missing or malformed answer at once;
// administration requests need an active rental contract; admin edits are validated and audited.
#include "CustomerFixture.h"

#include "attendance/AttendanceForm.h"
#include "attendance/AttendanceTypeService.h"
#include "auth/Permission.h"
#include "customers/CustomerService.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace atende;
using atende::test::CustomerFixture;

namespace {

AttendanceType byCode(const QList<AttendanceType>& types, const QString& code) {
    for (const AttendanceType& type : types) {
        if (type.code == code)
            return type;
    }
    FAIL("no attendance type " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("The shipped attendance types load with their forms, in both sets", "[attendance]") {
    CustomerFixture f;
    AttendanceTypeService service(f.db(), f.clock());
    const Actor agent = f.actor(QStringLiteral("ana"), {Permission::CallRun});
    auto realEstate = service.list(agent, QStringLiteral("realestate"));
    REQUIRE(realEstate.ok());
    CHECK(realEstate->size() == 5);
    auto support = service.list(agent, QStringLiteral("support"));
    REQUIRE(support.ok());
    CHECK(support->size() == 3);
    const AttendanceType error = byCode(*support, QStringLiteral("error"));
    CHECK(error.form.fields().size() == 4);
    CHECK(error.form.fields().at(3).kind == AttendanceFormField::Kind::Choice);
    CHECK(byCode(*realEstate, QStringLiteral("admin_refund")).requiresActiveContract);
}

TEST_CASE("A form lists every missing and malformed answer in one message and normalises the rest", "[attendance]") {
    CustomerFixture f;
    AttendanceTypeService service(f.db(), f.clock());
    const Actor agent = f.actor(QStringLiteral("ana"), {Permission::CallRun});
    auto types = service.list(agent);
    REQUIRE(types.ok());
    const AttendanceType capture = byCode(*types, QStringLiteral("capture"));

    auto refused = capture.form.validate(QJsonObject{{QStringLiteral("bedrooms"), QStringLiteral("três")},
                                                     {QStringLiteral("available_from"), QStringLiteral("31/02/2027")}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().userMessage.contains(QStringLiteral("Endereço do imóvel")));
    CHECK(refused.error().userMessage.contains(QStringLiteral("Cidade")));
    CHECK(refused.error().userMessage.contains(QStringLiteral("Dormitórios")));
    CHECK(refused.error().userMessage.contains(QStringLiteral("Disponível a partir de")));
    CHECK(refused.error().detail == QStringLiteral("missing: address,city; invalid: bedrooms,available_from"));

    auto accepted =
        capture.form.validate(QJsonObject{{QStringLiteral("address"), QStringLiteral("  Rua das Flores, 12 ")},
                                          {QStringLiteral("city"), QStringLiteral("Campinas")},
                                          {QStringLiteral("expected_rent"), QStringLiteral("2.350,50")},
                                          {QStringLiteral("available_from"), QStringLiteral("15/01/2027")},
                                          {QStringLiteral("unknown"), QStringLiteral("dropped")}});
    REQUIRE(accepted.ok());
    CHECK(accepted->value(QStringLiteral("address")) == QStringLiteral("Rua das Flores, 12"));
    CHECK(accepted->value(QStringLiteral("expected_rent")).toDouble() == Approx(2350.5));
    CHECK(accepted->value(QStringLiteral("available_from")) == QStringLiteral("2027-01-15"));
    CHECK_FALSE(accepted->contains(QStringLiteral("unknown")));

    const AttendanceType error = byCode(*types, QStringLiteral("error"));
    auto wrongChoice = error.form.validate(QJsonObject{{QStringLiteral("tool"), QStringLiteral("Boletos")},
                                                       {QStringLiteral("expected"), QStringLiteral("Emitir")},
                                                       {QStringLiteral("where"), QStringLiteral("Financeiro")},
                                                       {QStringLiteral("screenshot"), QStringLiteral("Talvez")}});
    REQUIRE_FALSE(wrongChoice.ok());
    CHECK(wrongChoice.error().detail == QStringLiteral("missing: ; invalid: screenshot"));
}

TEST_CASE("Administration requests are refused with the reason for a customer without an active contract",
          "[attendance]") {
    CustomerFixture f;
    AttendanceTypeService service(f.db(), f.clock());
    const Actor agent = f.actor(QStringLiteral("ana"), {Permission::CallRun, Permission::CustomerView,
                                                        Permission::CustomerEdit, Permission::PersonalDataView});
    CustomerService customers(f.db(), f.clock());
    const qint64 tenant = *customers.create(agent, CustomerFixture::person(1, QStringLiteral("Inquilina Teste")));
    const qint64 visitor = *customers.create(agent, CustomerFixture::person(2, QStringLiteral("Visitante Teste")));
    f.exec(QStringLiteral("INSERT INTO properties(id, code, address) VALUES (1, 'IM-1', 'Rua A, 1')"));
    f.exec(QStringLiteral("INSERT INTO rental_contracts(property_id, tenant_id, active, started_on) VALUES (1, ?, 1, "
                          "'2026-01-01')"),
           {tenant});
    auto types = service.list(agent);
    REQUIRE(types.ok());
    const AttendanceType maintenance = byCode(*types, QStringLiteral("admin_maintenance"));
    CHECK(service.checkEligible(agent, maintenance, tenant).ok());
    const Status refused = service.checkEligible(agent, maintenance, visitor);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().userMessage.contains(QStringLiteral("contrato de locação ativo")));
    CHECK_FALSE(service.checkEligible(agent, maintenance, std::nullopt).ok());
    CHECK(service.checkEligible(agent, byCode(*types, QStringLiteral("capture")), visitor).ok());
}

TEST_CASE("An administrator edits a type's form, validated and audited, and an agent may not", "[attendance]") {
    CustomerFixture f;
    AttendanceTypeService service(f.db(), f.clock());
    const Actor admin = f.admin();
    const Actor agent = f.actor(QStringLiteral("ana"), {Permission::CallRun});
    auto types = service.list(admin, QString(), true);
    REQUIRE(types.ok());
    AttendanceType question = byCode(*types, QStringLiteral("question"));

    auto form = AttendanceForm::fromJson(QStringLiteral(
        R"([{"key":"tool","label":"Ferramenta","kind":"text","required":true},
            {"key":"module","label":"Módulo","kind":"choice","required":true,"options":["Financeiro","Imóveis"]}])"));
    REQUIRE(form.ok());
    question.form = *form;
    REQUIRE(service.save(admin, question).ok());
    auto reread = service.get(agent, question.id);
    REQUIRE(reread.ok());
    REQUIRE(reread->form.fields().size() == 2);
    CHECK(reread->form.fields().at(1).options == QStringList{QStringLiteral("Financeiro"), QStringLiteral("Imóveis")});
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'attendance_type' AND entity_id = ? "
                                 "AND field = 'form_definition'"),
                  {question.id}) == 1);

    CHECK_FALSE(AttendanceForm::fromJson(QStringLiteral(R"([{"key":"a","label":"A","kind":"color"}])")).ok());
    CHECK_FALSE(AttendanceForm::fromJson(
                    QStringLiteral(R"([{"key":"a","label":"A","kind":"text"},{"key":"a","label":"B","kind":"text"}])"))
                    .ok());
    CHECK_FALSE(AttendanceForm::fromJson(QStringLiteral("{")).ok());

    const auto denied = service.save(agent, question);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == Error::Code::PermissionDenied);

    AttendanceType duplicate = question;
    duplicate.id = 0;
    const auto taken = service.save(admin, duplicate);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == Error::Code::Conflict);
}
