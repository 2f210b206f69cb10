#pragma once

#include "core/billingcycle.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <array>
#include <optional>
#include <utility>

namespace Bandwatch {

// When a threshold is expected to be reached; `at` is invalid if not within the cycle.
struct ThresholdForecast
{
    double percent = 0.0;
    bool reached = false;
    QDateTime at;
};

// Relative traffic of each weekday (index 0 = Monday), mean 1.0.
using WeekdayWeights = std::array<double, 7>;

// A volume quota's forecast for the rest of its cycle: the pace so far
// continued to the cycle's end, shaped by the weekday profile of recent
// history when there is enough of it (a quiet weekend ahead is not billed at
// a Tuesday's rate).
struct Projection
{
    bool valid = false; // at least an hour of the cycle has passed
    bool weekdayProfile = false; // the forecast used the weekday weights
    double used = 0.0;
    double limit = 0.0;
    double pacePerDay = 0.0; // mean bytes per day so far
    double projectedTotal = 0.0; // expected at the end of the cycle
    bool projectedToExceed = false; // 100 % expected before the cycle ends (not reached yet)
    QDateTime exceedAt; // when 100 % is expected, if it is
    QList<ThresholdForecast> thresholds;
    double remaining = 0.0; // limit - used, at least 0
    double daysLeft = 0.0;
    double dailyBudgetLeft = 0.0; // remaining / daysLeft

    static Projection compute(double used, double limit, const QList<double> &thresholdPercents,
                              const CycleInterval &cycle, const QDateTime &now, const QTimeZone &zone,
                              const std::optional<WeekdayWeights> &weights = std::nullopt);

    // Weights from daily totals (local dates), if every weekday has at least
    // `minPerWeekday` days with traffic; otherwise none.
    static std::optional<WeekdayWeights> weekdayWeights(const QList<std::pair<QDate, double>> &dailyTotals,
                                                        int minPerWeekday = 2);
    // ∫ weight dt over [from, to) in days of the local calendar (each local
    // day counts 1.0 × its weight, whether it has 23, 24 or 25 hours).
    static double weightedDays(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                               const std::optional<WeekdayWeights> &weights);
};

} // namespace Bandwatch
