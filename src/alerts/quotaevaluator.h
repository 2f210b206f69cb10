#pragma once

#include "alerts/quota.h"
#include "alerts/quotasnapshot.h"
#include "alerts/usageprovider.h"

#include <QHash>

namespace Bandwatch {

// Computes a quota's current value, per-series breakdown and forecast from
// the usage history. Reads only; decides nothing about alerts.
class QuotaEvaluator
{
public:
    explicit QuotaEvaluator(const UsageProvider *provider);

    // The cycle holding `now`, or `cycle` (e.g. the one that just ended) up to `now`.
    QuotaSnapshot evaluate(const Quota &quota, const QDateTime &now,
                           const std::optional<CycleInterval> &cycle = std::nullopt) const;
    // The series a quota covers, directions included.
    static QList<SeriesKey> matchingSeries(const Quota &quota, const QList<SeriesKey> &all);

    // Days of history before today that shape the weekday profile.
    static constexpr int profileDays = 28;

private:
    void evaluateVolume(const Quota &quota, const QList<SeriesKey> &keys, const QDateTime &now,
                        QuotaSnapshot &status) const;
    void evaluateRate(const Quota &quota, const QList<SeriesKey> &keys, const QDateTime &now,
                      QuotaSnapshot &status) const;
    double statistic(const Quota &quota, const QList<double> &rates) const;
    std::optional<WeekdayWeights> weekdayWeights(const Quota &quota, const QList<SeriesKey> &keys,
                                                 const QDateTime &now) const;

    const UsageProvider *m_provider;
    // The profile changes once a day; computing it reads four weeks of history.
    struct CachedWeights
    {
        QDate day;
        std::optional<WeekdayWeights> weights;
    };
    mutable QHash<QString, CachedWeights> m_weightCache;
};

} // namespace Bandwatch
