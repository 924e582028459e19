#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace atende {

// The business calendar as the admin edits it (business_hours and holidays): opening hours per weekday and the
// holidays with their names. WorkflowStore::loadCalendar() turns the stored rows into a BusinessCalendar.
struct CalendarSettings {
    struct Day {
        bool open = false;
        int opensMinute = 8 * 60; // minutes after midnight
        int closesMinute = 18 * 60;
    };
    struct Holiday {
        QDate day;
        QString name;
    };
    std::array<Day, 7> week{}; // [0] = Monday ... [6] = Sunday (Qt's weekday - 1)
    QList<Holiday> holidays;   // in date order
};

} // namespace atende
