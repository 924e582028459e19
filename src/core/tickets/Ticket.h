#pragma once

#include <QString>

#include <optional>

namespace atende {

// One ticket (Atendimento) as stored in the tickets table. Times are ms since the epoch, UTC.
// For an update, read it with TicketService::get(), change the fields and pass it back with its rowVersion.
struct Ticket {
    qint64 id = 0;
    QString protocol;
    std::optional<qint64> customerId;
    std::optional<qint64> contactId;
    std::optional<qint64> sectorId;
    std::optional<qint64> subjectId;
    std::optional<qint64> subSubjectId;
    std::optional<qint64> attendanceTypeId;
    QString kind = QStringLiteral("request"); // incident, problem, request, question
    int urgency = 2;                          // 1 high .. 3 low
    int impact = 2;                           // 1 high .. 3 low
    int priority = 3;                         // 1 highest .. 5; from the urgency x impact matrix
    qint64 statusId = 0;
    std::optional<qint64> responsibleId;
    std::optional<qint64> openedBy;
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> nextActionAt;
    std::optional<qint64> deadlineAt;
    std::optional<qint64> deadlinePausedAt; // set while the status pauses the deadline
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    bool portalVisible = true;
    std::optional<qint64> parentProblemId; // an incident points at its problem ticket
    std::optional<qint64> serviceOrderId;
    QString title;
    QString description;
    QString solution;
    QString formAnswers = QStringLiteral("{}");
    qint64 rowVersion = 1;
};

} // namespace atende
