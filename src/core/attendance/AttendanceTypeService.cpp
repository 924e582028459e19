#include "attendance/AttendanceTypeService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Entity = QStringLiteral("attendance_type");

Error queryError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage,
                       AttendanceTypeService::tr("The attendance types could not be read or saved. Try again."),
                       q.lastError().text());
}

} // namespace

AttendanceTypeService::AttendanceTypeService(Database& db, const Clock& clock)
    : m_db(db)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

Result<QList<AttendanceType>> AttendanceTypeService::load(const QString& where, const QVariantList& values) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, name, type_set, form_definition, creates, requires_active_contract, "
                             "sort_order, active FROM attendance_types %1 ORDER BY sort_order, id")
                  .arg(where));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return queryError(q);
    QList<AttendanceType> out;
    while (q.next()) {
        AttendanceType type;
        type.id = q.value(0).toLongLong();
        type.code = q.value(1).toString();
        type.name = q.value(2).toString();
        type.typeSet = q.value(3).toString();
        auto form = AttendanceForm::fromJson(q.value(4).toString());
        // A form broken by hand in the database still lets the call go on, without its questions.
        type.form = form ? *form : AttendanceForm();
        type.creates = q.value(5).toString();
        type.requiresActiveContract = q.value(6).toInt() != 0;
        type.sortOrder = q.value(7).toInt();
        type.active = q.value(8).toInt() != 0;
        out << type;
    }
    return out;
}

Result<QList<AttendanceType>> AttendanceTypeService::list(const Actor& actor, const QString& typeSet,
                                                          bool includeInactive) {
    if (Status s = m_guard.requireAny(actor, {Permission::CallRun, Permission::SettingsAdmin}, Entity, std::nullopt,
                                      QStringLiteral("list"));
        !s)
        return s.error();
    QStringList conditions;
    QVariantList values;
    if (!includeInactive)
        conditions << QStringLiteral("active = 1");
    if (!typeSet.isEmpty()) {
        conditions << QStringLiteral("type_set = ?");
        values << typeSet;
    }
    return load(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                values);
}

Result<AttendanceType> AttendanceTypeService::get(const Actor& actor, qint64 id) {
    if (Status s = m_guard.requireAny(actor, {Permission::CallRun, Permission::SettingsAdmin}, Entity, id,
                                      QStringLiteral("get"));
        !s)
        return s.error();
    auto found = load(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Code::NotFound, tr("This attendance type no longer exists."));
    return found->first();
}

Result<qint64> AttendanceTypeService::save(const Actor& actor, const AttendanceType& type) {
    if (Status s = m_guard.require(actor, Permission::SettingsAdmin, Entity,
                                   type.id ? std::optional(type.id) : std::nullopt, QStringLiteral("save"));
        !s)
        return s.error();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!codePattern.match(type.code).hasMatch()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The code must start with a letter and use only lower-case letters, digits and _."));
    }
    if (type.name.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("Give the attendance type a name."));
    static const QStringList sets{QStringLiteral("support"), QStringLiteral("realestate")};
    static const QStringList creates{QString(), QStringLiteral("rental_process"), QStringLiteral("capture_process"),
                                     QStringLiteral("admin_request")};
    if (!sets.contains(type.typeSet) || !creates.contains(type.creates))
        return Error::make(Error::Code::InvalidInput, tr("Choose the set and what the call starts from the lists."));
    // The form as stored must read back: validate the round trip, not only the object given.
    if (auto form = AttendanceForm::fromJson(type.form.toJson()); !form)
        return form.error();

    std::optional<AttendanceType> before;
    if (type.id) {
        auto found = load(QStringLiteral("WHERE id = ?"), {type.id});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error::make(Error::Code::NotFound, tr("This attendance type no longer exists."));
        before = found->first();
    }
    qint64 id = type.id;
    const Status done = m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM attendance_types WHERE code = ? AND id <> ?"));
            q.addBindValue(type.code);
            q.addBindValue(type.id);
            if (!q.exec() || !q.next())
                return queryError(q);
            if (q.value(0).toInt() > 0) {
                return Error::make(Error::Code::Conflict,
                                   tr("There is already an attendance type with the code \"%1\".").arg(type.code));
            }
            q.finish();
            q.prepare(type.id ? QStringLiteral("UPDATE attendance_types SET code = ?, name = ?, type_set = ?, "
                                               "form_definition = ?, creates = ?, requires_active_contract = ?, "
                                               "sort_order = ?, active = ? WHERE id = ?")
                              : QStringLiteral("INSERT INTO attendance_types(code, name, type_set, form_definition, "
                                               "creates, requires_active_contract, sort_order, active) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            q.addBindValue(type.code);
            q.addBindValue(type.name.trimmed());
            q.addBindValue(type.typeSet);
            q.addBindValue(type.form.toJson());
            q.addBindValue(type.creates.isNull() ? QString(QLatin1String("")) : type.creates);
            q.addBindValue(type.requiresActiveContract ? 1 : 0);
            q.addBindValue(type.sortOrder);
            q.addBindValue(type.active ? 1 : 0);
            if (type.id)
                q.addBindValue(type.id);
            if (!q.exec())
                return queryError(q);
            if (!type.id)
                id = Database::returnedId(q);
            QList<FieldChange> changes;
            auto change = [&](const char* field, const QVariant& old, const QVariant& now) {
                if (!before || old != now)
                    changes << FieldChange{QString::fromLatin1(field), before ? old : QVariant(), now};
            };
            change("code", before ? before->code : QVariant(), type.code);
            change("name", before ? before->name : QVariant(), type.name.trimmed());
            change("type_set", before ? before->typeSet : QVariant(), type.typeSet);
            change("form_definition", before ? before->form.toJson() : QVariant(), type.form.toJson());
            change("creates", before ? before->creates : QVariant(), type.creates);
            change("requires_active_contract", before ? before->requiresActiveContract : QVariant(),
                   type.requiresActiveContract);
            change("active", before ? before->active : QVariant(), type.active);
            return m_audit.record(actor, Entity, id, type.id ? QStringLiteral("update") : QStringLiteral("create"),
                                  changes);
        },
        tr("The attendance type could not be saved. Try again."));
    if (!done)
        return done.error();
    return id;
}

Status AttendanceTypeService::checkEligible(const Actor& actor, const AttendanceType& type,
                                            std::optional<qint64> customerId) {
    if (Status s = m_guard.requireAny(actor, {Permission::CallRun, Permission::SettingsAdmin}, Entity, type.id,
                                      QStringLiteral("check"));
        !s)
        return s;
    if (!type.requiresActiveContract)
        return {};
    if (!customerId) {
        return Error::make(Error::Code::Conflict,
                           tr("\"%1\" is only for a customer with an active rental contract: identify the customer "
                              "first.")
                               .arg(type.name));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM rental_contracts WHERE active = 1 AND "
                             "(tenant_id = ? OR owner_id = ?))"));
    q.addBindValue(*customerId);
    q.addBindValue(*customerId);
    if (!q.exec() || !q.next())
        return queryError(q);
    if (!q.value(0).toBool()) {
        return Error::make(Error::Code::Conflict,
                           tr("\"%1\" is only for a customer with an active rental contract, and this customer has "
                              "none. Offer \"Informação sobre imóvel\" or \"Captação\" instead.")
                               .arg(type.name));
    }
    return {};
}

} // namespace atende
