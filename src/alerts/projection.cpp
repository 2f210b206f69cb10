#include "alerts/projection.h"

#include <QTimeZone>
#include <algorithm>

namespace Bandwatch {

namespace {

constexpr qint64 kDayMs = 86'400'000;

QDateTime localMidnight(QDate date, const QTimeZone &zone)
{
    QDateTime dt(date, QTime(0, 0), zone);
    if (!dt.isValid()) // midnight skipped by a DST change: the day starts an hour later
        dt = QDateTime(date, QTime(1, 0), zone);
    return dt;
}

double weightOf(QDate date, const std::optional<WeekdayWeights> &weights)
{
    return weights ? (*weights)[size_t(date.dayOfWeek() - 1)] : 1.0;
}

// Calls f(segmentStart, segmentEnd, dayUnitsPerMs * weight) for each piece of
// [from, to) that lies within one local day.
template<typename F>
void forEachDaySegment(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                       const std::optional<WeekdayWeights> &weights, F &&f)
{
    QDateTime cursor = from;
    // A cycle is at most a month; the bound only guards against a broken zone.
    for (int guard = 0; guard < 400 && cursor < to; ++guard) {
        const QDate day = cursor.toTimeZone(zone).date();
        const QDateTime dayStart = localMidnight(day, zone);
        QDateTime dayEnd = localMidnight(day.addDays(1), zone);
        if (!(dayEnd > cursor))
            dayEnd = cursor.addMSecs(kDayMs);
        const qint64 dayLength = std::max<qint64>(1, dayStart.msecsTo(dayEnd));
        const QDateTime segEnd = std::min(dayEnd, to);
        if (!f(cursor, segEnd, weightOf(day, weights) / double(dayLength)))
            return;
        cursor = segEnd;
    }
}

} // namespace

double Projection::weightedDays(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                const std::optional<WeekdayWeights> &weights)
{
    double total = 0.0;
    forEachDaySegment(from, to, zone, weights, [&](const QDateTime &a, const QDateTime &b, double perMs) {
        total += double(a.msecsTo(b)) * perMs;
        return true;
    });
    return total;
}

Projection Projection::compute(double used, double limit, const QList<double> &thresholdPercents,
                               const CycleInterval &cycle, const QDateTime &now, const QTimeZone &zone,
                               const std::optional<WeekdayWeights> &weights)
{
    Projection p;
    p.used = used;
    p.limit = limit;
    p.remaining = std::max(0.0, limit - used);
    const QDateTime clampedNow = std::clamp(now, cycle.start, cycle.end);
    const qint64 elapsedMs = cycle.start.msecsTo(clampedNow);
    const qint64 leftMs = clampedNow.msecsTo(cycle.end);
    p.daysLeft = double(leftMs) / double(kDayMs);
    p.dailyBudgetLeft = p.daysLeft > 0 ? p.remaining / std::max(p.daysLeft, 1.0 / 24.0) : 0.0;
    p.pacePerDay = elapsedMs > 0 ? used / (double(elapsedMs) / double(kDayMs)) : 0.0;
    p.valid = elapsedMs >= 3'600'000;
    p.weekdayProfile = weights.has_value();

    for (double t : thresholdPercents) {
        ThresholdForecast f;
        f.percent = t;
        f.reached = limit > 0 && used >= t / 100.0 * limit;
        p.thresholds << f;
    }
    p.projectedTotal = used;
    if (!p.valid || used <= 0 || leftMs <= 0)
        return p;

    const double elapsedUnits = weightedDays(cycle.start, clampedNow, zone, weights);
    if (elapsedUnits <= 0)
        return p;
    const double perUnit = used / elapsedUnits; // bytes per weighted day
    double cumulative = used;
    forEachDaySegment(clampedNow, cycle.end, zone, weights,
                      [&](const QDateTime &a, const QDateTime &b, double perMs) {
                          const double rate = perUnit * perMs; // bytes per ms in this segment
                          const double added = rate * double(a.msecsTo(b));
                          for (ThresholdForecast &f : p.thresholds) {
                              const double target = f.percent / 100.0 * limit;
                              if (f.reached || f.at.isValid() || cumulative + added < target || rate <= 0)
                                  continue;
                              f.at = a.addMSecs(qint64((target - cumulative) / rate));
                          }
                          cumulative += added;
                          return true;
                      });
    p.projectedTotal = cumulative;
    if (used < limit && cumulative > limit * (1.0 + 1e-9)) {
        p.projectedToExceed = true;
        for (const ThresholdForecast &f : std::as_const(p.thresholds))
            if (qRound(f.percent * 100.0) == 10000)
                p.exceedAt = f.at;
        if (!p.exceedAt.isValid()) {
            // 100 % is not among the thresholds: find the instant directly.
            Projection full = compute(used, limit, { 100.0 }, cycle, now, zone, weights);
            p.exceedAt = full.thresholds.value(0).at;
        }
    }
    return p;
}

std::optional<WeekdayWeights> Projection::weekdayWeights(const QList<std::pair<QDate, double>> &dailyTotals,
                                                         int minPerWeekday)
{
    std::array<double, 7> sum {};
    std::array<int, 7> count {};
    for (const auto &[date, bytes] : dailyTotals) {
        if (!date.isValid() || !(bytes > 0))
            continue;
        const size_t i = size_t(date.dayOfWeek() - 1);
        sum[i] += bytes;
        ++count[i];
    }
    WeekdayWeights w {};
    double meanOfMeans = 0.0;
    for (size_t i = 0; i < 7; ++i) {
        if (count[i] < std::max(1, minPerWeekday))
            return std::nullopt;
        w[i] = sum[i] / double(count[i]);
        meanOfMeans += w[i] / 7.0;
    }
    if (meanOfMeans <= 0)
        return std::nullopt;
    for (double &x : w)
        x = std::clamp(x / meanOfMeans, 0.05, 20.0);
    return w;
}

} // namespace Bandwatch
