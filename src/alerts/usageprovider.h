#pragma once

#include "core/billingcycle.h"
#include "core/sample.h"

#include <QHash>
#include <QList>
#include <optional>

namespace Bandwatch {

// What the quota evaluator needs from the history: the known series, byte
// totals, 5-minute rates and the 95th percentile. An interface so that the
// evaluator does not depend on how the store keeps its totals, and tests can
// feed it directly.
class UsageProvider
{
public:
    static constexpr qint64 bucketMs = 300'000; // 5 minutes, aligned to the UTC epoch

    virtual ~UsageProvider() = default;

    virtual QList<SeriesKey> seriesKeys() const = 0;
    // Bytes of the series (summed) in [fromMs, toMs).
    virtual double bytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs) const = 0;
    // Mean bit/s per 5-minute bucket of [fromMs, toMs) (multiples of
    // bucketMs) for each series, keyed by SeriesKey::canonical(); NaN for a
    // bucket without data (unknown, not zero).
    virtual QHash<QString, QList<double>> fiveMinuteRates(const QList<SeriesKey> &keys, qint64 fromMs,
                                                          qint64 toMs) const = 0;
    // The 95th percentile of the 5-minute bit/s of the series summed per
    // bucket, over the whole buckets of [fromMs, toMs) that have data
    // (nearest rank). The default computes it from fiveMinuteRates().
    virtual std::optional<double> percentile95(const QList<SeriesKey> &keys, qint64 fromMs,
                                               qint64 toMs) const;
};

} // namespace Bandwatch
