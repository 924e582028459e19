#pragma once

#include <QDate>
#include <QString>

namespace atende {

// A weekly on-call slot (plantão): `weekday` 1 = Monday .. 7 = Sunday, minutes from local midnight, end exclusive.
// An end at or before the start runs past midnight into the next day (18:00-02:00).
struct RosterSlot {
    qint64 id = 0;
    qint64 userId = 0;
    QString userName; // filled when read
    int weekday = 1;
    int startMinute = 0;
    int endMinute = 0;
    bool isLeader = false; // escalations go to the leader on duty
};

// A dated exception (a holiday): while a day has any, they replace that day's weekly slots. A row without a user
// means "nobody on duty" that day. Exceptions stay within their day (end after start, at most 24:00).
struct RosterException {
    qint64 id = 0;
    QDate day; // local date
    QString description;
    qint64 userId = 0; // 0: nobody
    QString userName;
    int startMinute = 0;
    int endMinute = 1440;
    bool isLeader = false;
};

// Someone on duty at an instant.
struct OnDuty {
    qint64 userId = 0;
    QString name;
    bool isLeader = false;
};

} // namespace atende
