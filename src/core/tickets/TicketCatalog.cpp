#include "tickets/TicketCatalog.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

TicketCatalog::TicketCatalog(Database& db)
    : m_db(db)
    , m_store(db) {}

Result<QList<SubjectRules>> TicketCatalog::subjects() {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, parent_id, name, default_sector_id, needs_technical_assistance, "
                               "requires_phone_record, active, mandatory_fields FROM subjects WHERE active = 1 "
                               "ORDER BY parent_id IS NOT NULL, atende_fold(name), id")))
        return TicketStore::storageError(q.lastError().text());
    QList<SubjectRules> out;
    while (q.next()) {
        SubjectRules s;
        s.id = q.value(0).toLongLong();
        s.parentId = TicketStore::optionalId(q.value(1));
        s.name = q.value(2).toString();
        s.defaultSectorId = TicketStore::optionalId(q.value(3));
        s.needsTechnicalAssistance = q.value(4).toInt() != 0;
        s.requiresPhoneRecord = q.value(5).toInt() != 0;
        s.active = q.value(6).toInt() != 0;
        for (const auto& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
            s.mandatoryFields.append(v.toString());
        out.append(s);
    }
    return out;
}

Result<QList<TicketCatalog::Option>> TicketCatalog::sectors() {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM sectors WHERE active = 1 ORDER BY atende_fold(name), id")))
        return TicketStore::storageError(q.lastError().text());
    QList<Option> out;
    while (q.next())
        out.append(Option{q.value(0).toLongLong(), q.value(1).toString(), std::nullopt});
    return out;
}

Result<QList<TicketCatalog::Option>> TicketCatalog::responsibles() {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, sector_id FROM users WHERE active = 1 ORDER BY atende_fold(name), id")))
        return TicketStore::storageError(q.lastError().text());
    QList<Option> out;
    while (q.next())
        out.append(Option{q.value(0).toLongLong(), q.value(1).toString(), TicketStore::optionalId(q.value(2))});
    return out;
}

Result<QStringList> TicketCatalog::mandatoryFields(std::optional<qint64> subjectId,
                                                   std::optional<qint64> subSubjectId) {
    QStringList fields{QStringLiteral("title")};
    for (const auto& id : {subjectId, subSubjectId}) {
        if (!id)
            continue;
        auto s = m_store.subject(*id);
        if (!s)
            return s.error();
        if (*s)
            for (const QString& f : (*s)->mandatoryFields)
                if (!fields.contains(f))
                    fields.append(f);
    }
    return fields;
}

} // namespace atende
