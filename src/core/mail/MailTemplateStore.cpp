#include "mail/MailTemplateStore.h"

#include "mail/MailTemplateRenderer.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {
QString subjectKey(MailTemplate::Kind kind) {
    return QStringLiteral("mail.template.%1.subject").arg(MailTemplateStore::kindName(kind));
}
QString bodyKey(MailTemplate::Kind kind) {
    return QStringLiteral("mail.template.%1.body").arg(MailTemplateStore::kindName(kind));
}
} // namespace

MailTemplateStore::MailTemplateStore(Database& db)
    : m_db(db) {}

QString MailTemplateStore::kindName(MailTemplate::Kind kind) {
    switch (kind) {
    case MailTemplate::Kind::Protocol:
        return QStringLiteral("protocol");
    case MailTemplate::Kind::Reply:
        return QStringLiteral("reply");
    case MailTemplate::Kind::Copy:
        return QStringLiteral("copy");
    }
    return QStringLiteral("protocol");
}

bool MailTemplateStore::parseKind(const QString& name, MailTemplate::Kind* kind) {
    for (auto k : {MailTemplate::Kind::Protocol, MailTemplate::Kind::Reply, MailTemplate::Kind::Copy})
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    return false;
}

// Defaults are data in the users' language (like migrations/0002), not interface text: an administrator
// replaces them, and they are what customers read.
MailTemplate MailTemplateStore::defaultTemplate(MailTemplate::Kind kind) {
    switch (kind) {
    case MailTemplate::Kind::Protocol:
        return {kind, QStringLiteral("Protocolo de atendimento {protocolo} - {empresa}"),
                QStringLiteral("Olá, {cliente}.\n"
                               "\n"
                               "Obrigado por entrar em contato com a {empresa}.\n"
                               "\n"
                               "Seu atendimento foi registrado com o protocolo {protocolo} em {data} às {hora}, "
                               "pelo(a) atendente {atendente}.\n"
                               "{#os}\n"
                               "Ordem de serviço (O.S.): {os}\n"
                               "{/os}\n"
                               "Guarde este número: com ele qualquer atendente encontra o seu atendimento.\n"
                               "\n"
                               "Atenciosamente,\n"
                               "{atendente}\n"
                               "{empresa}\n")};
    case MailTemplate::Kind::Reply:
        return {kind, QStringLiteral("Re: Protocolo {protocolo} - {assunto}"),
                QStringLiteral("Olá, {cliente}.\n"
                               "\n"
                               "{resposta}\n"
                               "\n"
                               "Protocolo: {protocolo}\n"
                               "\n"
                               "Atenciosamente,\n"
                               "{atendente}\n"
                               "{empresa}\n")};
    case MailTemplate::Kind::Copy:
        return {kind, QStringLiteral("Cópia: Protocolo {protocolo} - {assunto}"),
                QStringLiteral("Esta é uma cópia da resposta enviada a {cliente} no atendimento {protocolo}.\n"
                               "\n"
                               "{resposta}\n"
                               "\n"
                               "{atendente}\n"
                               "{empresa}\n")};
    }
    return {};
}

Result<MailTemplate> MailTemplateStore::load(MailTemplate::Kind kind) const {
    MailTemplate result = defaultTemplate(kind);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM app_settings WHERE key IN (?, ?)"));
    q.addBindValue(subjectKey(kind));
    q.addBindValue(bodyKey(kind));
    if (!q.exec())
        return Error::make(Error::Code::Storage, tr("The e-mail template could not be read."), q.lastError().text());
    while (q.next()) {
        if (q.value(0).toString() == subjectKey(kind))
            result.subject = q.value(1).toString();
        else
            result.body = q.value(1).toString();
    }
    return result;
}

Status MailTemplateStore::save(const MailTemplate& mailTemplate) {
    if (mailTemplate.subject.trimmed().isEmpty() || mailTemplate.body.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("A template needs a subject and a text."),
                           QStringLiteral("empty template"));
    MailTemplateRenderer::Values sample;
    for (const QString& name : MailTemplateRenderer::variables())
        sample.insert(name, name);
    if (auto check = MailTemplateRenderer::render(mailTemplate, sample); !check)
        return check.error();
    return m_db.inTransaction(
        [&]() -> Status {
            for (const auto& [key, value] : {std::pair{subjectKey(mailTemplate.kind), mailTemplate.subject},
                                             std::pair{bodyKey(mailTemplate.kind), mailTemplate.body}}) {
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("INSERT INTO app_settings(key, value) VALUES (?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
                q.addBindValue(key);
                q.addBindValue(value);
                if (!q.exec())
                    return Error::make(Error::Code::Storage, tr("The e-mail template could not be saved."),
                                       q.lastError().text());
            }
            return {};
        },
        tr("The e-mail template could not be saved."));
}

} // namespace atende
