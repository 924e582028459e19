#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <array>

namespace atende {

// When the team works: opening hours per weekday and holidays, in the team's time zone. Deadlines count only
// business time (a ticket opened on Friday at 17:00 with 2 business hours is due on Monday at 09:00).
class BusinessCalendar {
public:
    struct Hours {
        int opensMinute = 0;  // minutes after midnight
        int closesMinute = 0; // exclusive; opensMinute == closesMinute means closed all day
        bool isOpen() const { return closesMinute > opensMinute; }
    };

    // Closed every day, in UTC, until configured.
    BusinessCalendar() = default;
    explicit BusinessCalendar(QTimeZone zone)
        : m_zone(std::move(zone)) {}

    // weekday 1 = Monday ... 7 = Sunday (Qt's numbering).
    void setHours(int weekday, int opensMinute, int closesMinute) {
        m_hours[size_t(weekday - 1)] = Hours{opensMinute, closesMinute};
    }
    Hours hours(int weekday) const { return m_hours[size_t(weekday - 1)]; }
    void addHoliday(const QDate& day) { m_holidays.insert(day); }
    bool isHoliday(const QDate& day) const { return m_holidays.contains(day); }
    const QTimeZone& zone() const { return m_zone; }

    bool isWorkingDay(const QDate& day) const { return !isHoliday(day) && hours(day.dayOfWeek()).isOpen(); }

    // The instant `businessMs` of business time after `startMs` (a start outside hours counts from the next
    // opening). Gives up after ten years without working time (a calendar closed every day) and returns the start.
    qint64 addBusinessTime(qint64 startMs, qint64 businessMs) const;
    // Business time between two instants (0 when `toMs` <= `fromMs`).
    qint64 businessTimeBetween(qint64 fromMs, qint64 toMs) const;

private:
    // The business interval of `day` in ms since the epoch; empty (first >= second) when closed.
    std::pair<qint64, qint64> interval(const QDate& day) const;

    QTimeZone m_zone = QTimeZone::utc();
    std::array<Hours, 7> m_hours{};
    QSet<QDate> m_holidays;
};

} // namespace atende
