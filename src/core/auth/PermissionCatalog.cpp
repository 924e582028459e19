#include "auth/PermissionCatalog.h"

#include "auth/Permission.h"

namespace atende {

bool PermissionCatalog::isKnown(const QString& permission) {
    return Permission::all().contains(permission);
}

QString PermissionCatalog::label(const QString& permission) {
    // A chain of comparisons rather than a static table: tr() must run at call time, in the current language.
    using namespace Permission;
    if (permission == TicketView)
        return tr("View tickets");
    if (permission == TicketCreate)
        return tr("Create tickets");
    if (permission == TicketEdit)
        return tr("Edit tickets");
    if (permission == TicketChangeStatus)
        return tr("Change ticket status");
    if (permission == TicketReply)
        return tr("Reply to tickets");
    if (permission == TicketClone)
        return tr("Clone tickets");
    if (permission == TicketSupervise)
        return tr("Supervise tickets (supervisor analysis)");
    if (permission == TicketBulk)
        return tr("Change tickets in bulk");
    if (permission == TicketCancel)
        return tr("Cancel tickets");
    if (permission == CustomerView)
        return tr("View customers");
    if (permission == CustomerEdit)
        return tr("Edit customers");
    if (permission == CustomerMerge)
        return tr("Merge customers");
    if (permission == CustomerAnonymize)
        return tr("Anonymise customers (LGPD)");
    if (permission == PersonalDataView)
        return tr("See personal data (CPF/CNPJ, phones, e-mails)");
    if (permission == CallRun)
        return tr("Handle calls");
    if (permission == ReportView)
        return tr("View reports and the dashboard");
    if (permission == AuditView)
        return tr("View the change history");
    if (permission == RosterEdit)
        return tr("Edit the on-call roster");
    if (permission == UserAdmin)
        return tr("Administer users");
    if (permission == ProfileAdmin)
        return tr("Administer access profiles");
    if (permission == WorkflowAdmin)
        return tr("Configure the workflow");
    if (permission == MailAdmin)
        return tr("Configure e-mail");
    if (permission == SettingsAdmin)
        return tr("Change system settings");
    if (permission == CaptureReceive)
        return tr("Receive property captures");
    return permission;
}

} // namespace atende
