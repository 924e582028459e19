#include "ReferenceTicketOrder.h"

namespace atende::test {

QString ReferenceTicketOrder::sql(TicketSortKey key, Qt::SortOrder order, const QString& alias) {
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString nulls = order == Qt::AscendingOrder ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    const QString ticket = alias + QLatin1Char('.');
    const auto own = [&](const QString& column) { return column.arg(ticket) + dir; };
    const auto joined = [&](const char* name, const char* table, const char* ref) {
        return QStringLiteral("(SELECT %1 FROM %2 WHERE id = %3%4)%5%6, %3%4%5%6")
            .arg(QLatin1String(name), QLatin1String(table), ticket, QLatin1String(ref), dir, nulls);
    };
    QString terms;
    switch (key) {
    case TicketSortKey::UpdatedAt:
        terms = own(QStringLiteral("%1updated_at"));
        break;
    case TicketSortKey::OpenedAt:
        terms = own(QStringLiteral("%1opened_at"));
        break;
    case TicketSortKey::Protocol:
        terms = own(QStringLiteral("%1protocol"));
        break;
    case TicketSortKey::Priority:
        terms = own(QStringLiteral("%1priority"));
        break;
    case TicketSortKey::Title:
        terms = own(QStringLiteral("atende_fold(%1title)"));
        break;
    case TicketSortKey::CustomerName:
        terms = joined("name_key", "customers", "customer_id");
        break;
    case TicketSortKey::StatusName:
        terms = joined("atende_fold(name)", "workflow_statuses", "status_id");
        break;
    case TicketSortKey::SectorName:
        terms = joined("atende_fold(name)", "sectors", "sector_id");
        break;
    case TicketSortKey::ResponsibleName:
        terms = joined("atende_fold(name)", "users", "responsible_id");
        break;
    case TicketSortKey::SubjectName:
        terms = joined("atende_fold(name)", "subjects", "subject_id");
        break;
    }
    return QStringLiteral(" ORDER BY ") + terms + QStringLiteral(", ") + ticket + QStringLiteral("id") + dir;
}

} // namespace atende::test
