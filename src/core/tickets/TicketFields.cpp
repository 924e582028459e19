#include "tickets/TicketFields.h"

namespace atende {

QStringList TicketFields::known() {
    return {QStringLiteral("customer_id"),    QStringLiteral("contact_id"),     QStringLiteral("sector_id"),
            QStringLiteral("subject_id"),     QStringLiteral("sub_subject_id"), QStringLiteral("attendance_type_id"),
            QStringLiteral("responsible_id"), QStringLiteral("next_action_at"), QStringLiteral("service_order_id"),
            QStringLiteral("title"),          QStringLiteral("description"),    QStringLiteral("solution")};
}

bool TicketFields::isKnown(const QString& field) {
    return known().contains(field);
}

QString TicketFields::label(const QString& field) {
    if (field == QLatin1String("customer_id"))
        return tr("Customer");
    if (field == QLatin1String("contact_id"))
        return tr("Contact");
    if (field == QLatin1String("sector_id"))
        return tr("Sector");
    if (field == QLatin1String("subject_id"))
        return tr("Subject");
    if (field == QLatin1String("sub_subject_id"))
        return tr("Sub-subject");
    if (field == QLatin1String("attendance_type_id"))
        return tr("Attendance type");
    if (field == QLatin1String("responsible_id"))
        return tr("Responsible");
    if (field == QLatin1String("next_action_at"))
        return tr("Next action");
    if (field == QLatin1String("service_order_id"))
        return tr("Service order");
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("solution"))
        return tr("Solution");
    return field;
}

bool TicketFields::isFilled(const Ticket& t, const QString& field) {
    if (field == QLatin1String("customer_id"))
        return t.customerId.has_value();
    if (field == QLatin1String("contact_id"))
        return t.contactId.has_value();
    if (field == QLatin1String("sector_id"))
        return t.sectorId.has_value();
    if (field == QLatin1String("subject_id"))
        return t.subjectId.has_value();
    if (field == QLatin1String("sub_subject_id"))
        return t.subSubjectId.has_value();
    if (field == QLatin1String("attendance_type_id"))
        return t.attendanceTypeId.has_value();
    if (field == QLatin1String("responsible_id"))
        return t.responsibleId.has_value();
    if (field == QLatin1String("next_action_at"))
        return t.nextActionAt.has_value();
    if (field == QLatin1String("service_order_id"))
        return t.serviceOrderId.has_value();
    if (field == QLatin1String("title"))
        return !t.title.trimmed().isEmpty();
    if (field == QLatin1String("description"))
        return !t.description.trimmed().isEmpty();
    if (field == QLatin1String("solution"))
        return !t.solution.trimmed().isEmpty();
    return true; // an unknown name (old configuration) never blocks work; the validator reports it to the admin
}

QStringList TicketFields::missing(const Ticket& ticket, const QStringList& required) {
    QStringList out;
    for (const QString& field : required) {
        if (!out.contains(field) && !isFilled(ticket, field))
            out.append(field);
    }
    return out;
}

Error TicketFields::missingFieldsError(const QStringList& missingFields) {
    QStringList labels;
    for (const QString& f : missingFields)
        labels.append(label(f));
    Error e = Error::make(Error::Code::InvalidInput,
                          tr("Fill in the mandatory fields before saving: %1.").arg(labels.join(QStringLiteral(", "))),
                          QStringLiteral("missing mandatory fields: %1").arg(missingFields.join(QLatin1Char(','))));
    e.fields = missingFields;
    return e;
}

} // namespace atende
