#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "util/Result.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/CalendarSettings.h"
#include "workflow/DeadlinePolicy.h"
#include "workflow/WorkflowDefinition.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Clock;
class Database;

// Reads and saves the workflow configuration: statuses and transitions, the business calendar and the deadline
// policy. Reading needs no permission (every screen needs the workflow); saving needs workflow.admin, is validated
// by WorkflowValidator first and runs in one transaction with its audit row.
class WorkflowStore {
    Q_DECLARE_TR_FUNCTIONS(WorkflowStore)

public:
    WorkflowStore(Database& db, const Clock& clock);

    Result<WorkflowDefinition> load();
    // Replaces the stored workflow by `definition`. Statuses are matched by id (id 0 is added); a status that
    // tickets still use cannot be removed (Conflict naming it).
    Status save(const Actor& actor, const WorkflowDefinition& definition);

    // business_hours + holidays + app_settings calendar.time_zone (America/Sao_Paulo by default).
    Result<BusinessCalendar> loadCalendar();
    Result<DeadlinePolicy> loadPolicy();

    // The business hours and holidays for the admin editor, and saving them (workflow.admin, one transaction with
    // its audit row). Refused with InvalidInput when a day closes before it opens or a holiday is repeated.
    Result<CalendarSettings> loadCalendarSettings();
    Status saveCalendarSettings(const Actor& actor, const CalendarSettings& settings);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
