#include "core/billingcycle.h"

#include <QCoreApplication>
#include <array>

namespace Bandwatch {

namespace {

// BillingCycle has no QObject base; this gives its messages a translation context.
class BillingCycleText
{
    Q_DECLARE_TR_FUNCTIONS(Bandwatch::BillingCycle)
};

QTimeZone validOrUtc(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDate clampedDate(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, qMin(day, first.daysInMonth()));
}

// Enough to step over any day a zone ever skipped (Samoa dropped 2011-12-30,
// Kwajalein 1993-08-21); beyond that the zone data is broken.
constexpr int kMaxSkippedDays = 3;

// A cycle boundary search never needs more than a couple of steps; the bound
// only guards against a zone database that contradicts itself.
constexpr int kMaxAdjustSteps = 4;

} // namespace

BillingCycle::BillingCycle()
    : m_zone(QTimeZone::utc())
{ }

BillingCycle BillingCycle::daily(const QTimeZone &zone)
{
    BillingCycle cycle;
    cycle.m_period = Period::Daily;
    cycle.m_startDay = 1;
    cycle.m_zone = validOrUtc(zone);
    return cycle;
}

BillingCycle BillingCycle::weekly(Qt::DayOfWeek startDay, const QTimeZone &zone)
{
    BillingCycle cycle;
    cycle.m_period = Period::Weekly;
    cycle.m_startDay = qBound(int(Qt::Monday), int(startDay), int(Qt::Sunday));
    cycle.m_zone = validOrUtc(zone);
    return cycle;
}

BillingCycle BillingCycle::monthly(int startDay, const QTimeZone &zone)
{
    BillingCycle cycle;
    cycle.m_period = Period::Monthly;
    cycle.m_startDay = qBound(1, startDay, 31);
    cycle.m_zone = validOrUtc(zone);
    return cycle;
}

QDateTime BillingCycle::startOfLocalDay(QDate date) const
{
    // A day the zone skipped entirely has no first instant; the cycle then
    // starts with the next day that exists.
    QDateTime start;
    for (int i = 0; i <= kMaxSkippedDays && !start.isValid(); ++i) {
        start = date.addDays(i).startOfDay(m_zone);
        if (start.isValid())
            date = date.addDays(i);
    }
    if (!start.isValid())
        return {};
    start = start.toUTC();

    // Where clocks fall back onto midnight (01:00 -> 00:00, as in Cuba), local
    // midnight happens twice and Qt returns the later one; the day begins at
    // the earlier.
    const QTimeZone::OffsetData transition = m_zone.previousTransition(start.addMSecs(1));
    if (transition.atUtc.isValid()) {
        const int before = m_zone.offsetFromUtc(transition.atUtc.addMSecs(-1));
        const int after = transition.offsetFromUtc;
        if (before > after) {
            const QDateTime earlier = start.addSecs(-(before - after));
            if (earlier < transition.atUtc && earlier.toTimeZone(m_zone).date() == date)
                start = earlier;
        }
    }
    return start;
}

QDate BillingCycle::cycleStartDate(QDate localDate) const
{
    switch (m_period) {
    case Period::Daily:
        return localDate;
    case Period::Weekly:
        return localDate.addDays(-((localDate.dayOfWeek() - m_startDay + 7) % 7));
    case Period::Monthly: {
        const QDate thisMonth = clampedDate(localDate.year(), localDate.month(), m_startDay);
        if (localDate >= thisMonth)
            return thisMonth;
        const QDate prev = localDate.addMonths(-1);
        return clampedDate(prev.year(), prev.month(), m_startDay);
    }
    }
    return localDate;
}

QDate BillingCycle::nextStartDate(QDate startDate) const
{
    switch (m_period) {
    case Period::Daily:
        return startDate.addDays(1);
    case Period::Weekly:
        return startDate.addDays(7);
    case Period::Monthly: {
        // From the month, not the (possibly clamped) day: Feb 28 -> Mar 31 for day 31.
        const QDate first = QDate(startDate.year(), startDate.month(), 1).addMonths(1);
        return clampedDate(first.year(), first.month(), m_startDay);
    }
    }
    return startDate.addDays(1);
}

QDate BillingCycle::previousStartDate(QDate startDate) const
{
    switch (m_period) {
    case Period::Daily:
        return startDate.addDays(-1);
    case Period::Weekly:
        return startDate.addDays(-7);
    case Period::Monthly: {
        const QDate first = QDate(startDate.year(), startDate.month(), 1).addMonths(-1);
        return clampedDate(first.year(), first.month(), m_startDay);
    }
    }
    return startDate.addDays(-1);
}

CycleInterval BillingCycle::cycleContaining(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    QDate startDate = cycleStartDate(instant.toTimeZone(m_zone).date());
    if (!startDate.isValid())
        return {};
    CycleInterval cycle { startOfLocalDay(startDate), startOfLocalDay(nextStartDate(startDate)) };

    // The local date of an instant and the first instant of that date agree
    // except around skipped days; step to the neighbour cycle if they do not.
    for (int i = 0; i < kMaxAdjustSteps && cycle.isValid() && instant < cycle.start; ++i) {
        startDate = previousStartDate(startDate);
        cycle = { startOfLocalDay(startDate), cycle.start };
    }
    for (int i = 0; i < kMaxAdjustSteps && cycle.isValid() && instant >= cycle.end; ++i) {
        startDate = nextStartDate(startDate);
        cycle = { cycle.end, startOfLocalDay(nextStartDate(startDate)) };
    }
    if (!cycle.isValid() || !cycle.contains(instant))
        return {};
    return cycle;
}

CycleInterval BillingCycle::next(const CycleInterval &cycle) const
{
    if (!cycle.end.isValid())
        return {};
    return cycleContaining(cycle.end);
}

CycleInterval BillingCycle::previous(const CycleInterval &cycle) const
{
    if (!cycle.start.isValid())
        return {};
    return cycleContaining(cycle.start.addMSecs(-1));
}

std::optional<BillingCycle> BillingCycle::fromSpec(const QString &period, const QString &startDay,
                                                   const QString &timezone, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<BillingCycle> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QTimeZone zone;
    const QString zoneId = timezone.trimmed();
    if (zoneId.isEmpty() || zoneId.compare(u"UTC", Qt::CaseInsensitive) == 0) {
        zone = QTimeZone::utc();
    } else if (zoneId.compare(u"local", Qt::CaseInsensitive) == 0) {
        zone = QTimeZone::systemTimeZone();
    } else {
        zone = QTimeZone(zoneId.toUtf8());
        if (!zone.isValid()) {
            return fail(BillingCycleText::tr("unknown time zone \"%1\": use an IANA zone id such as "
                                             "\"Europe/Berlin\", \"UTC\" or \"local\"")
                            .arg(zoneId));
        }
    }

    const QString periodName = period.trimmed().toLower();
    const QString day = startDay.trimmed();
    if (periodName == u"daily") {
        // Every day starts at midnight: a start_day (often written out of habit) says nothing here.
        return daily(zone);
    }
    if (periodName == u"monthly") {
        if (day.isEmpty())
            return monthly(1, zone);
        bool ok = false;
        const int value = day.toInt(&ok);
        if (!ok || value < 1 || value > 31) {
            return fail(BillingCycleText::tr("invalid start_day \"%1\" for a monthly cycle: expected a day "
                                             "of the month from 1 to 31")
                            .arg(day));
        }
        return monthly(value, zone);
    }
    if (periodName == u"weekly") {
        if (day.isEmpty())
            return weekly(Qt::Monday, zone);
        static const std::array<const char16_t *, 7> names { u"monday",   u"tuesday", u"wednesday",
                                                             u"thursday", u"friday",  u"saturday",
                                                             u"sunday" };
        const QString lower = day.toLower();
        int weekday = 0;
        bool ok = false;
        const int number = day.toInt(&ok);
        if (ok && number >= 1 && number <= 7)
            weekday = number;
        for (int i = 0; i < 7 && weekday == 0; ++i) {
            const QStringView name(names[size_t(i)]);
            if (lower == name || lower == name.first(3))
                weekday = i + 1;
        }
        if (weekday == 0) {
            return fail(
                BillingCycleText::tr("invalid start_day \"%1\" for a weekly cycle: expected a weekday "
                                     "(monday..sunday, mon..sun, or 1..7 with 1 = Monday)")
                    .arg(day));
        }
        return weekly(static_cast<Qt::DayOfWeek>(weekday), zone);
    }
    return fail(
        BillingCycleText::tr("unknown cycle period \"%1\": expected monthly, weekly or daily").arg(period));
}

} // namespace Bandwatch
