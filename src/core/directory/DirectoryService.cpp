#include "directory/DirectoryService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/ChannelFormat.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace atende {

namespace {

const QString Entity = QStringLiteral("directory_entry");

QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

Error storageError(const QString& detail) {
    return Error::make(Error::Code::Storage,
                       DirectoryService::tr("Could not read or save the directory. Try again; if it keeps failing, "
                                            "ask an administrator to check the database."),
                       detail);
}

Error queryError(const QSqlQuery& q) {
    return storageError(q.lastError().text());
}

Error notFound() {
    return Error::make(Error::Code::NotFound,
                       DirectoryService::tr("This directory entry no longer exists. Refresh the list."),
                       QStringLiteral("directory entry not found"));
}

Error invalid(const QString& field, const QString& message) {
    return Error::make(Error::Code::InvalidInput, message, QStringLiteral("invalid fields: %1").arg(field));
}

Status inTransaction(Database& db, const std::function<Status()>& work) {
    if (Status s = db.begin(); !s)
        return storageError(s.error().detail);
    Status result = work();
    if (result) {
        result = db.commit();
        if (!result)
            result = storageError(result.error().detail);
    }
    if (!result)
        db.rollback();
    return result;
}

QList<QPair<QString, QVariant>> values(const DirectoryEntry& e) {
    return {{QStringLiteral("kind"), DirectoryEntry::kindCode(e.kind)},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("email"), e.email},
            {QStringLiteral("phone"), e.phone},
            {QStringLiteral("notes"), e.notes},
            {QStringLiteral("active"), e.active ? 1 : 0}};
}

DirectoryEntry entryFrom(const QSqlQuery& q) {
    DirectoryEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = DirectoryEntry::kindFromCode(q.value(1).toString()).value_or(DirectoryEntry::Kind::Other);
    e.name = q.value(2).toString();
    e.email = q.value(3).toString();
    e.phone = q.value(4).toString();
    e.notes = q.value(5).toString();
    e.active = q.value(6).toInt() != 0;
    return e;
}

const QString SelectEntry = QStringLiteral("SELECT id, kind, name, email, phone, notes, active FROM directory_entries");

} // namespace

DirectoryService::DirectoryService(Database& db, const Clock& clock)
    : m_db(db)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

Status DirectoryService::requireReader(const Actor& actor, std::optional<qint64> id, const QString& operation) {
    return m_guard.requireAny(actor, {Permission::CustomerView, Permission::CallRun, Permission::SettingsAdmin}, Entity,
                              id, operation);
}

Status DirectoryService::normalize(DirectoryEntry& e) {
    e.name = e.name.trimmed();
    e.email = e.email.trimmed();
    e.phone = e.phone.trimmed();
    e.notes = e.notes.trimmed();
    if (e.name.isEmpty())
        return invalid(QStringLiteral("name"), tr("Enter the name of the person or company."));
    if (e.name.size() > MaxNameLength || ChannelFormat::hasControlCharacters(e.name)) {
        return invalid(QStringLiteral("name"),
                       tr("The name must be a single line of at most %n characters.", nullptr, MaxNameLength));
    }
    if (!e.email.isEmpty() && !ChannelFormat::isValidEmail(e.email)) {
        return invalid(QStringLiteral("email"),
                       tr("The e-mail address is not valid. Use the form name@company.com.br, on one line."));
    }
    if (e.kind == DirectoryEntry::Kind::Receptionist && e.email.isEmpty()) {
        return invalid(QStringLiteral("email"),
                       tr("The receptionist needs an e-mail address: protocols of customers without portal access "
                          "are forwarded to it."));
    }
    if (e.phone.size() > MaxPhoneLength || ChannelFormat::hasControlCharacters(e.phone)) {
        return invalid(QStringLiteral("phone"),
                       tr("The phone must be a single line of at most %n characters.", nullptr, MaxPhoneLength));
    }
    if (e.notes.size() > MaxNotesLength) {
        return invalid(QStringLiteral("notes"),
                       tr("The notes are too long: use at most %n characters.", nullptr, MaxNotesLength));
    }
    return {};
}

Result<std::optional<DirectoryEntry>> DirectoryService::load(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(SelectEntry + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<DirectoryEntry>();
    return std::optional<DirectoryEntry>(entryFrom(q));
}

Result<QList<DirectoryEntry>> DirectoryService::list(const Actor& actor, std::optional<DirectoryEntry::Kind> kind,
                                                     bool includeInactive) {
    if (Status s = requireReader(actor, std::nullopt, QStringLiteral("list")); !s)
        return s.error();
    QString sql = SelectEntry + QStringLiteral(" WHERE 1 = 1");
    if (kind)
        sql += QStringLiteral(" AND kind = ?");
    if (!includeInactive)
        sql += QStringLiteral(" AND active = 1");
    sql += QStringLiteral(" ORDER BY kind, atende_fold(name), id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (kind)
        q.addBindValue(DirectoryEntry::kindCode(*kind));
    if (!q.exec())
        return queryError(q);
    QList<DirectoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<DirectoryEntry> DirectoryService::get(const Actor& actor, qint64 id) {
    if (Status s = requireReader(actor, id, QStringLiteral("view")); !s)
        return s.error();
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound();
    return **loaded;
}

Result<qint64> DirectoryService::add(const Actor& actor, const DirectoryEntry& entry) {
    if (Status s = m_guard.require(actor, Permission::SettingsAdmin, Entity, std::nullopt, QStringLiteral("create"));
        !s)
        return s.error();
    DirectoryEntry e = entry;
    if (Status s = normalize(e); !s)
        return s.error();
    Status done = inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO directory_entries(kind, name, email, phone, notes, active) VALUES "
                                 "(?,?,?,?,?,?) RETURNING id"));
        q.addBindValue(DirectoryEntry::kindCode(e.kind));
        q.addBindValue(text(e.name));
        q.addBindValue(text(e.email));
        q.addBindValue(text(e.phone));
        q.addBindValue(text(e.notes));
        q.addBindValue(e.active ? 1 : 0);
        if (!q.exec())
            return queryError(q);
        e.id = Database::returnedId(q);
        QList<FieldChange> changes;
        for (const auto& [field, value] : values(e)) {
            if (!(value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                changes.append(FieldChange{field, QVariant(), value});
        }
        return m_audit.record(actor, Entity, e.id, QStringLiteral("create"), changes);
    });
    if (!done)
        return done.error();
    return e.id;
}

Status DirectoryService::update(const Actor& actor, const DirectoryEntry& entry) {
    if (Status s = m_guard.require(actor, Permission::SettingsAdmin, Entity, entry.id, QStringLiteral("update")); !s)
        return s;
    DirectoryEntry e = entry;
    if (Status s = normalize(e); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        auto loaded = load(e.id);
        if (!loaded)
            return loaded.error();
        if (!*loaded)
            return notFound();
        const auto before = values(**loaded);
        const auto after = values(e);
        QList<FieldChange> changes;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before[i].second != after[i].second)
                changes.append(FieldChange{before[i].first, before[i].second, after[i].second});
        }
        if (changes.isEmpty())
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE directory_entries SET kind = ?, name = ?, email = ?, phone = ?, notes = ?, "
                                 "active = ? WHERE id = ?"));
        q.addBindValue(DirectoryEntry::kindCode(e.kind));
        q.addBindValue(text(e.name));
        q.addBindValue(text(e.email));
        q.addBindValue(text(e.phone));
        q.addBindValue(text(e.notes));
        q.addBindValue(e.active ? 1 : 0);
        q.addBindValue(e.id);
        if (!q.exec())
            return queryError(q);
        return m_audit.record(actor, Entity, e.id, QStringLiteral("update"), changes);
    });
}

Status DirectoryService::deactivate(const Actor& actor, qint64 id) {
    if (Status s = m_guard.require(actor, Permission::SettingsAdmin, Entity, id, QStringLiteral("deactivate")); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        auto loaded = load(id);
        if (!loaded)
            return loaded.error();
        if (!*loaded)
            return notFound();
        if (!(*loaded)->active)
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE directory_entries SET active = 0 WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q);
        return m_audit.record(actor, Entity, id, QStringLiteral("deactivate"),
                              {FieldChange{QStringLiteral("active"), 1, 0}});
    });
}

Result<DirectoryEntry> DirectoryService::firstActive(DirectoryEntry::Kind kind, const QString& missingMessage) {
    QSqlQuery q(m_db.connection());
    q.prepare(SelectEntry + QStringLiteral(" WHERE kind = ? AND active = 1 ORDER BY atende_fold(name), id LIMIT 1"));
    q.addBindValue(DirectoryEntry::kindCode(kind));
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        return Error::make(Error::Code::NotFound, missingMessage,
                           QStringLiteral("no active directory entry of kind %1").arg(DirectoryEntry::kindCode(kind)));
    }
    return entryFrom(q);
}

Result<DirectoryEntry> DirectoryService::financeContactFor(const Actor& actor, Customer::Kind kind) {
    if (Status s = requireReader(actor, std::nullopt, QStringLiteral("finance_contact")); !s)
        return s.error();
    if (kind == Customer::Kind::PJ) {
        return firstActive(DirectoryEntry::Kind::FinancePj,
                           tr("No finance contact for companies (PJ) is configured. Ask an administrator to add one "
                              "to the directory."));
    }
    return firstActive(DirectoryEntry::Kind::FinancePf,
                       tr("No finance contact for individuals (PF) is configured. Ask an administrator to add one to "
                          "the directory."));
}

Result<DirectoryEntry> DirectoryService::receptionist(const Actor& actor) {
    if (Status s = requireReader(actor, std::nullopt, QStringLiteral("receptionist")); !s)
        return s.error();
    return firstActive(DirectoryEntry::Kind::Receptionist,
                       tr("No receptionist address is configured. Ask an administrator to add it to the directory."));
}

} // namespace atende
