#pragma once

#include "tickets/TicketStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atende {

class Database;

// What the ticket screen's choices offer: subjects with their sub-subjects and rules, sectors, the users a ticket
// can be given to. Reference data every agent sees, so no permission is checked (the ticket itself is guarded by
// TicketService).
class TicketCatalog {
    Q_DECLARE_TR_FUNCTIONS(TicketCatalog)

public:
    struct Option {
        qint64 id = 0;
        QString name;
        std::optional<qint64> sectorId; // users: their sector
    };

    explicit TicketCatalog(Database& db);

    // Active subjects and sub-subjects, subjects first, each in name order (parentId tells them apart).
    Result<QList<SubjectRules>> subjects();
    Result<QList<Option>> sectors();
    // Active users, in name order.
    Result<QList<Option>> responsibles();
    // The fields a ticket with this subject / sub-subject must have (title always): what a screen marks as
    // mandatory before the agent saves.
    Result<QStringList> mandatoryFields(std::optional<qint64> subjectId, std::optional<qint64> subSubjectId);

private:
    Database& m_db;
    TicketStore m_store;
};

} // namespace atende
