#pragma once

#include <QStringList>

namespace atende {

// The named permissions an access profile grants (profile_permissions.permission). Core services check these;
// the GUI only hides what a profile may not do. Keep this list and migrations/0002's defaults in step.
namespace Permission {
inline const QString TicketView = QStringLiteral("ticket.view");
inline const QString TicketCreate = QStringLiteral("ticket.create");
inline const QString TicketEdit = QStringLiteral("ticket.edit");
inline const QString TicketChangeStatus = QStringLiteral("ticket.change_status");
inline const QString TicketReply = QStringLiteral("ticket.reply");
inline const QString TicketClone = QStringLiteral("ticket.clone");
inline const QString TicketSupervise = QStringLiteral("ticket.supervise");
inline const QString TicketBulk = QStringLiteral("ticket.bulk");
inline const QString TicketCancel = QStringLiteral("ticket.cancel");
inline const QString CustomerView = QStringLiteral("customer.view");
inline const QString CustomerEdit = QStringLiteral("customer.edit");
inline const QString CustomerMerge = QStringLiteral("customer.merge");
inline const QString CustomerAnonymize = QStringLiteral("customer.anonymize");
inline const QString PersonalDataView = QStringLiteral("personal_data.view");
inline const QString CallRun = QStringLiteral("call.run");
inline const QString ReportView = QStringLiteral("report.view");
inline const QString AuditView = QStringLiteral("audit.view");
inline const QString RosterEdit = QStringLiteral("roster.edit");
inline const QString UserAdmin = QStringLiteral("user.admin");
inline const QString ProfileAdmin = QStringLiteral("profile.admin");
inline const QString WorkflowAdmin = QStringLiteral("workflow.admin");
inline const QString MailAdmin = QStringLiteral("mail.admin");
inline const QString SettingsAdmin = QStringLiteral("settings.admin");
inline const QString CaptureReceive = QStringLiteral("capture.receive");

// Every permission, in the order an admin screen lists them.
inline QStringList all() {
    return {TicketView,        TicketCreate,     TicketEdit,    TicketChangeStatus, TicketReply,   TicketClone,
            TicketSupervise,   TicketBulk,       TicketCancel,  CustomerView,       CustomerEdit,  CustomerMerge,
            CustomerAnonymize, PersonalDataView, CallRun,       ReportView,         AuditView,     RosterEdit,
            UserAdmin,         ProfileAdmin,     WorkflowAdmin, MailAdmin,          SettingsAdmin, CaptureReceive};
}
} // namespace Permission

} // namespace atende
