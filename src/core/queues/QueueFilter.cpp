#include "queues/QueueFilter.h"

namespace atende {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

QString sortKeyName(TicketSortKey key) {
    switch (key) {
    case TicketSortKey::UpdatedAt:
        return QStringLiteral("updated");
    case TicketSortKey::OpenedAt:
        return QStringLiteral("opened");
    case TicketSortKey::Protocol:
        return QStringLiteral("protocol");
    case TicketSortKey::Priority:
        return QStringLiteral("priority");
    case TicketSortKey::Title:
        return QStringLiteral("title");
    case TicketSortKey::CustomerName:
        return QStringLiteral("customer");
    case TicketSortKey::StatusName:
        return QStringLiteral("status");
    case TicketSortKey::SectorName:
        return QStringLiteral("sector");
    case TicketSortKey::ResponsibleName:
        return QStringLiteral("responsible");
    case TicketSortKey::SubjectName:
        return QStringLiteral("subject");
    }
    return QStringLiteral("updated");
}

TicketSortKey sortKeyFromName(const QString& name) {
    if (name == QLatin1String("opened"))
        return TicketSortKey::OpenedAt;
    if (name == QLatin1String("protocol"))
        return TicketSortKey::Protocol;
    if (name == QLatin1String("priority"))
        return TicketSortKey::Priority;
    if (name == QLatin1String("title"))
        return TicketSortKey::Title;
    if (name == QLatin1String("customer"))
        return TicketSortKey::CustomerName;
    if (name == QLatin1String("status"))
        return TicketSortKey::StatusName;
    if (name == QLatin1String("sector"))
        return TicketSortKey::SectorName;
    if (name == QLatin1String("responsible"))
        return TicketSortKey::ResponsibleName;
    if (name == QLatin1String("subject"))
        return TicketSortKey::SubjectName;
    return TicketSortKey::UpdatedAt;
}

template <typename T> void putIf(QJsonObject& json, const char* key, const std::optional<T>& value) {
    if (value)
        json.insert(QLatin1String(key), qint64(*value));
}

template <typename T> std::optional<T> readOptional(const QJsonObject& json, const char* key) {
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return T(value.toInteger());
}

} // namespace

TicketListFilter QueueFilter::toListFilter(qint64 nowMs) const {
    TicketListFilter f;
    f.statusId = statusId;
    f.sectorId = sectorId;
    f.responsibleId = responsibleId;
    f.subjectId = subjectId;
    f.priority = priority;
    f.openOnly = openOnly || deadlineBreached || deadlineWithinHours.has_value();
    if (minAgeHours)
        f.openedBeforeMs = nowMs - qint64(*minAgeHours) * HourMs;
    if (nextActionOverdue)
        f.nextActionBeforeMs = nowMs;
    if (deadlineWithinHours) {
        // "About to breach": from now on; with deadlineBreached as well, everything due before now + N.
        if (!deadlineBreached)
            f.deadlineFromMs = nowMs;
        f.deadlineBeforeMs = nowMs + qint64(*deadlineWithinHours) * HourMs;
    } else if (deadlineBreached) {
        f.deadlineBeforeMs = nowMs;
    }
    return f;
}

TicketPageRequest QueueFilter::toPageRequest(qint64 nowMs, int limit) const {
    TicketPageRequest request;
    request.filter = toListFilter(nowMs);
    request.sortKey = sortKey;
    request.order = order;
    request.limit = limit;
    return request;
}

QJsonObject QueueFilter::toJson() const {
    QJsonObject json;
    putIf(json, "status", statusId);
    putIf(json, "sector", sectorId);
    putIf(json, "responsible", responsibleId);
    putIf(json, "subject", subjectId);
    putIf(json, "priority", priority);
    if (openOnly)
        json.insert(QLatin1String("openOnly"), true);
    putIf(json, "minAgeHours", minAgeHours);
    if (nextActionOverdue)
        json.insert(QLatin1String("nextActionOverdue"), true);
    if (deadlineBreached)
        json.insert(QLatin1String("deadlineBreached"), true);
    putIf(json, "deadlineWithinHours", deadlineWithinHours);
    json.insert(QLatin1String("sort"), sortKeyName(sortKey));
    json.insert(QLatin1String("order"), order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
    return json;
}

QueueFilter QueueFilter::fromJson(const QJsonObject& json) {
    QueueFilter f;
    f.statusId = readOptional<qint64>(json, "status");
    f.sectorId = readOptional<qint64>(json, "sector");
    f.responsibleId = readOptional<qint64>(json, "responsible");
    f.subjectId = readOptional<qint64>(json, "subject");
    f.priority = readOptional<int>(json, "priority");
    f.openOnly = json.value(QLatin1String("openOnly")).toBool();
    f.minAgeHours = readOptional<int>(json, "minAgeHours");
    f.nextActionOverdue = json.value(QLatin1String("nextActionOverdue")).toBool();
    f.deadlineBreached = json.value(QLatin1String("deadlineBreached")).toBool();
    f.deadlineWithinHours = readOptional<int>(json, "deadlineWithinHours");
    f.sortKey = sortKeyFromName(json.value(QLatin1String("sort")).toString());
    f.order = json.value(QLatin1String("order")).toString() == QLatin1String("asc") ? Qt::AscendingOrder
                                                                                    : Qt::DescendingOrder;
    return f;
}

} // namespace atende
