#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Bandwatch {

// One billing cycle: [start, end) as UTC instants.
struct CycleInterval
{
    QDateTime start; // UTC
    QDateTime end; // UTC, exclusive

    bool contains(const QDateTime &instant) const { return instant >= start && instant < end; }
    qint64 lengthMs() const { return start.msecsTo(end); }
    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    friend bool operator==(const CycleInterval &, const CycleInterval &) = default;
};

// A recurring billing period anchored to local midnight in an IANA time zone.
// Monthly cycles start on a day 1..31, clamped to the month's length (start day
// 31 begins on Feb 28, or 29 in a leap year, and on Apr 30). Where local
// midnight does not exist (a DST change at midnight), a cycle starts at the
// first instant of that local day.
class BillingCycle
{
public:
    enum class Period { Daily, Weekly, Monthly };

    BillingCycle(); // monthly, day 1, UTC
    static BillingCycle daily(const QTimeZone &zone);
    static BillingCycle weekly(Qt::DayOfWeek startDay, const QTimeZone &zone);
    static BillingCycle monthly(int startDay, const QTimeZone &zone); // startDay clamped into 1..31

    Period period() const { return m_period; }
    int startDay() const { return m_startDay; } // day of month, or Qt::DayOfWeek for weekly
    QTimeZone timeZone() const { return m_zone; }

    CycleInterval cycleContaining(const QDateTime &instant) const;
    CycleInterval next(const CycleInterval &cycle) const;
    CycleInterval previous(const CycleInterval &cycle) const;

    // Parses the YAML `cycle:` shape's values: period "monthly|weekly|daily",
    // start_day (1..31, or a weekday name/number 1=Monday for weekly), timezone (IANA id).
    static std::optional<BillingCycle> fromSpec(const QString &period, const QString &startDay,
                                                const QString &timezone, QString *error);

private:
    QDateTime startOfLocalDay(QDate date) const;
    QDate cycleStartDate(QDate localDate) const; // the start date of the cycle holding localDate
    QDate nextStartDate(QDate startDate) const;
    QDate previousStartDate(QDate startDate) const;

    Period m_period = Period::Monthly;
    int m_startDay = 1;
    QTimeZone m_zone;
};

} // namespace Bandwatch
