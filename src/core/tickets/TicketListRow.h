#pragma once

#include <QString>

namespace atende {

// One line of the ticket list: what the browse view shows, read with the page (names joined by primary key).
struct TicketListRow {
    qint64 id = 0;
    QString protocol;
    QString title;
    QString customerName;
    QString statusName;
    QString sectorName;
    QString subjectName;
    QString subSubjectName;
    QString responsibleName;
    int priority = 0;          // 1 = highest
    qint64 openedAtMs = 0;     // UTC
    qint64 updatedAtMs = 0;    // UTC
    qint64 nextActionAtMs = 0; // UTC, 0: none
    qint64 deadlineAtMs = 0;   // UTC, 0: none
    bool isOpen = true;        // its status is not a closed one
    // Where the row sits in a text order (TicketPageQuery fills them, the next page starts after them): the sort
    // value exactly as SQL computed it (atende_fold() or name_key) and the id of the
    // joined row the order goes through, 0 when the ticket has none.
    QString sortText;
    qint64 sortRefId = 0;
};

} // namespace atende
