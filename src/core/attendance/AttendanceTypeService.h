#pragma once

#include "attendance/AttendanceType.h"
#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace atende {

class Actor;
class Clock;
class Database;

// Attendance types and their forms (F-07/F-08): the call screen lists the active ones of a set and checks whether
// one may be used for a customer; the admin screen edits them. Reading needs call.run or settings.admin; changing
// needs settings.admin, validated (unique code, valid form) and audited (entity 'attendance_type') in one
// transaction.
class AttendanceTypeService {
    Q_DECLARE_TR_FUNCTIONS(AttendanceTypeService)

public:
    AttendanceTypeService(Database& db, const Clock& clock);

    // Active types in sort order; `typeSet` empty: every set. `includeInactive` for the admin screen.
    Result<QList<AttendanceType>> list(const Actor& actor, const QString& typeSet = {}, bool includeInactive = false);
    Result<AttendanceType> get(const Actor& actor, qint64 id);
    // Creates (id 0) or updates; returns the id.
    Result<qint64> save(const Actor& actor, const AttendanceType& type);

    // Whether `type` may be used for `customerId` now: an administration request needs an active rental contract
    // (as tenant or owner). Conflict with the reason the agent reads to the customer otherwise.
    Status checkEligible(const Actor& actor, const AttendanceType& type, std::optional<qint64> customerId);

private:
    Result<QList<AttendanceType>> load(const QString& where, const QVariantList& values);

    Database& m_db;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
