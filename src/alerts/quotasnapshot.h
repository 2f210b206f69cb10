#pragma once

#include "alerts/projection.h"
#include "alerts/quota.h"
#include "core/billingcycle.h"
#include "core/sample.h"

#include <QList>
#include <QString>
#include <optional>

namespace Bandwatch {

// One series' share of a quota, in the quota's unit (bytes, or bit/s for the
// series' own statistic).
struct SeriesUsage
{
    SeriesKey key;
    double value = 0.0;
    QString label() const; // "kong api out", "eth0 in"
};

// Where a quota stands now.
struct QuotaSnapshot
{
    QString quotaId;
    QString quotaName; // Quota::displayName()
    QuotaKind kind = QuotaKind::Volume; // so readers on other threads need not look at the configuration
    CycleInterval cycle;
    QDateTime evaluatedAt;
    double value = 0.0; // bytes used, or bit/s
    double limit = 0.0;
    int seriesCount = 0; // series the selector matched
    QList<SeriesUsage> breakdown; // largest first
    std::optional<Projection> projection; // volume quotas
    // p95 quotas: how many more 5-minute intervals of this cycle may exceed
    // the limit before the 95th percentile does; negative once it certainly will.
    std::optional<int> burstIntervalsLeft;
    bool hasData = false;

    double percent() const { return limit > 0 ? 100.0 * value / limit : 0.0; }
    bool projectedToExceed() const
    {
        return (projection && projection->projectedToExceed)
            || (burstIntervalsLeft && *burstIntervalsLeft < 0);
    }
};

} // namespace Bandwatch
