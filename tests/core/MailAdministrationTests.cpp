// Mail administration in core: mail.admin required, refusals and changes on record.
#include <catch2/catch.hpp>

#include "AuthFixture.h"

#include "mail/MailAdministration.h"
#include "mail/MailSettingsStore.h"
#include "mail/MailTemplateStore.h"
#include "mail/OutboxStore.h"

#include <QSqlQuery>

using namespace atende;
using test::AuthFixture;

namespace {
qint64 count(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("Only mail.admin changes mail settings, templates and the outbox, and every change is audited") {
    AuthFixture f;
    MailAdministration admin(f.db(), f.clock());
    const Actor agent = f.addUser(QStringLiteral("agente"), AuthFixture::AgenteProfile);

    const Status refused =
        admin.setSetting(agent, QStringLiteral("mail.smtp.host"), QStringLiteral("evil.example.com"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(MailSettingsStore(f.db()).value(QStringLiteral("mail.smtp.host")).value().isEmpty());
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND field = "
                                       "'mail.settings'")) == 1);

    REQUIRE(admin.setSetting(f.admin(), QStringLiteral("mail.smtp.host"), QStringLiteral("smtp.example.com")));
    CHECK(MailSettingsStore(f.db()).value(QStringLiteral("mail.smtp.host")).value() ==
          QStringLiteral("smtp.example.com"));
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'app_settings' AND action = "
                                       "'update' AND field = 'mail.smtp.host' AND new_value = 'smtp.example.com'")) ==
          1);

    CHECK_FALSE(admin.saveTemplate(agent, {MailTemplate::Kind::Reply, QStringLiteral("x"), QStringLiteral("y")}).ok());
    REQUIRE(admin.saveTemplate(
        f.admin(), {MailTemplate::Kind::Reply, QStringLiteral("Re: {protocolo}"), QStringLiteral("{resposta}")}));
    CHECK(MailTemplateStore(f.db()).load(MailTemplate::Kind::Reply)->subject == QStringLiteral("Re: {protocolo}"));

    OutboxStore store(f.db(), f.clock());
    OutboxDraft d;
    d.to = {QString(), QStringLiteral("cliente@example.com")};
    d.subject = QStringLiteral("Protocolo");
    const qint64 id = *store.enqueue(d, QStringLiteral("s@example.com"));
    CHECK_FALSE(admin.cancel(agent, id).ok());
    CHECK(store.find(id)->state == QStringLiteral("queued"));
    REQUIRE(admin.cancel(f.admin(), id));
    CHECK(store.find(id)->state == QStringLiteral("cancelled"));
    REQUIRE(admin.retry(f.admin(), id));
    CHECK(store.find(id)->state == QStringLiteral("queued"));
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'outbox' AND entity_id = %1 "
                                       "AND field = 'state'")
                            .arg(id)) == 2);
}
