#pragma once

#include "core/sample.h"

#include <QList>

namespace Bandwatch {

// Arithmetic on bucketed traffic. Buckets hold bytes or bit/s; NaN marks a
// bucket without data, which is left out of percentiles and means.
class RateStatistics
{
public:
    // Bytes of `s` that fall into [fromMs, toMs), in proportion to the overlap.
    static double overlapBytes(const Sample &s, qint64 fromMs, qint64 toMs);
    // Bytes per bucket of [fromMs, toMs); NaN where no sample overlaps.
    static QList<double> bucketBytes(const SampleList &samples, qint64 fromMs, qint64 toMs, qint64 bucketMs);
    // sum[i] += add[i]; a bucket is NaN only if it is NaN in both.
    static void accumulate(QList<double> &sum, const QList<double> &add);
    // Bytes per bucket -> bit/s.
    static QList<double> toBitRates(const QList<double> &bytes, qint64 bucketMs);

    // Nearest-rank percentile (p in 0..100) of the values that are not NaN,
    // as burstable billing defines it: sort ascending, take the value at rank
    // ceil(p/100 * n). NaN if there is none.
    static double percentile(QList<double> values, double p);
    // How many values (not NaN) exceed `limit`.
    static int countAbove(const QList<double> &values, double limit);
    // The highest mean of `window` consecutive buckets (NaN counts as 0 inside
    // a window that has data). NaN if there is no data at all.
    static double peakWindowMean(const QList<double> &values, int window);
    // The mean of the last `window` buckets that end at or before the last
    // bucket with data.
    static double latestWindowMean(const QList<double> &values, int window);
};

} // namespace Bandwatch
