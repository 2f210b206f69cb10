#include "alerts/usageprovider.h"

#include "alerts/ratestatistics.h"

#include <cmath>

namespace Bandwatch {

std::optional<double> UsageProvider::percentile95(const QList<SeriesKey> &keys, qint64 fromMs,
                                                  qint64 toMs) const
{
    const QHash<QString, QList<double>> rates = fiveMinuteRates(keys, fromMs, toMs);
    QList<double> sum;
    for (const QList<double> &r : rates)
        RateStatistics::accumulate(sum, r);
    const double p = RateStatistics::percentile(sum, 95.0);
    if (std::isnan(p))
        return std::nullopt;
    return p;
}

} // namespace Bandwatch
