#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace atende {

// What the dashboard (F-41) shows for a period, as DashboardReport computes it. Times are milliseconds.
struct DashboardFigures {
    // Contacts started per local day and channel (contact_records.channel: phone, email, chatbot, portal, internal).
    struct DayVolume {
        QDate day;
        QString channel;
        qint64 count = 0;
    };
    // Open tickets now, per status and sector (backlog).
    struct Backlog {
        qint64 statusId = 0;
        QString statusName;
        qint64 sectorId = 0; // 0: no sector
        QString sectorName;
        qint64 count = 0;
    };
    // Tickets whose deadline fell in the period and was missed (resolved after it, or still unresolved now).
    struct Breaches {
        qint64 sectorId = 0;
        QString sectorName;
        qint64 count = 0;
    };
    // Tickets opened in the period, grouped by responsible agent or by sector: averages of the time to the first
    // response and to resolution, over the tickets that have one.
    struct ResponseTimes {
        qint64 id = 0; // users.id or sectors.id; 0: none
        QString name;
        qint64 tickets = 0;
        qint64 responded = 0;
        qint64 avgFirstResponseMs = 0;
        qint64 resolved = 0;
        qint64 avgResolutionMs = 0;
    };
    // Phone calls in the period shorter than five minutes that did not become a ticket, per agent.
    struct ShortCalls {
        qint64 agentId = 0;
        QString agentName;
        qint64 count = 0;
    };

    QList<DayVolume> volume;
    QList<Backlog> backlog;
    QList<Breaches> breaches;
    QList<ResponseTimes> byAgent;
    QList<ResponseTimes> bySector;
    QList<ShortCalls> shortCalls;

    qint64 totalVolume() const;
    qint64 totalBacklog() const;
    qint64 totalBreaches() const;
    qint64 totalShortCalls() const;
};

} // namespace atende
