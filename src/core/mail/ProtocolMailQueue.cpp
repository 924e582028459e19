#include "mail/ProtocolMailQueue.h"

#include "mail/MailSettingsStore.h"
#include "mail/MailTemplateRenderer.h"
#include "mail/MailTemplateStore.h"
#include "mail/OutboxStore.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace atende {

namespace {
QString companyName(Database& db) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = 'company.name'"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

MailTemplateRenderer::Values values(Database& db, const ProtocolMailRequest& r, const QString& reply) {
    const QDateTime local = r.at.toLocalTime();
    return {{QStringLiteral("cliente"), r.customer.name},
            {QStringLiteral("protocolo"), r.protocol},
            {QStringLiteral("atendente"), r.agentName},
            {QStringLiteral("data"), local.toString(QStringLiteral("dd/MM/yyyy"))},
            {QStringLiteral("hora"), local.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("empresa"), companyName(db)},
            {QStringLiteral("os"), r.serviceOrder},
            {QStringLiteral("assunto"), r.subject},
            {QStringLiteral("resposta"), reply}};
}
} // namespace

ProtocolMailQueue::ProtocolMailQueue(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Result<qint64> ProtocolMailQueue::enqueueProtocol(const ProtocolMailRequest& request) {
    MailSettingsStore settings(m_db);
    auto loaded = settings.load();
    if (!loaded)
        return loaded.error();
    auto receptionist = settings.receptionistAddress();
    if (!receptionist)
        return receptionist.error();
    auto tpl = MailTemplateStore(m_db).load(MailTemplate::Kind::Protocol);
    if (!tpl)
        return tpl.error();
    auto rendered = MailTemplateRenderer::render(*tpl, values(m_db, request, {}));
    if (!rendered)
        return rendered.error();

    OutboxDraft draft;
    draft.subject = rendered->subject;
    draft.bodyText = rendered->body;
    draft.ticketId = request.ticketId;
    const bool hasCustomerAddress = !request.customer.address.trimmed().isEmpty();
    const bool toReceptionist = request.viaReceptionist && !receptionist->isEmpty();
    if (hasCustomerAddress) {
        draft.to = request.customer;
        if (toReceptionist)
            draft.cc = {{QString(), *receptionist}};
    } else if (toReceptionist) {
        draft.to = {QString(), *receptionist};
    } else {
        return Error::make(Error::Code::InvalidInput,
                           tr("The customer has no e-mail address and no receptionist address is set, so the "
                              "protocol e-mail cannot be sent."),
                           QStringLiteral("no recipient for the protocol e-mail"));
    }
    return OutboxStore(m_db, m_clock).enqueue(draft, loaded->fromAddress);
}

Result<QList<qint64>> ProtocolMailQueue::enqueueReply(const ProtocolMailRequest& request, const QString& replyText,
                                                      const std::optional<MailAddress>& copyTo) {
    auto loaded = MailSettingsStore(m_db).load();
    if (!loaded)
        return loaded.error();
    MailTemplateStore templates(m_db);
    QList<qint64> ids;
    const auto vals = values(m_db, request, replyText);
    const QList<std::pair<MailTemplate::Kind, MailAddress>> messages =
        copyTo ? QList<std::pair<MailTemplate::Kind, MailAddress>>{{MailTemplate::Kind::Reply, request.customer},
                                                                   {MailTemplate::Kind::Copy, *copyTo}}
               : QList<std::pair<MailTemplate::Kind, MailAddress>>{{MailTemplate::Kind::Reply, request.customer}};
    for (const auto& [kind, to] : messages) {
        auto tpl = templates.load(kind);
        if (!tpl)
            return tpl.error();
        auto rendered = MailTemplateRenderer::render(*tpl, vals);
        if (!rendered)
            return rendered.error();
        OutboxDraft draft;
        draft.to = to;
        draft.subject = rendered->subject;
        draft.bodyText = rendered->body;
        draft.ticketId = request.ticketId;
        auto id = OutboxStore(m_db, m_clock).enqueue(draft, loaded->fromAddress);
        if (!id)
            return id.error();
        ids << *id;
    }
    return ids;
}

} // namespace atende
