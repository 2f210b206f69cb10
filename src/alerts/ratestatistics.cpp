#include "alerts/ratestatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Bandwatch {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double RateStatistics::overlapBytes(const Sample &s, qint64 fromMs, qint64 toMs)
{
    if (s.endMs <= s.startMs) // an instant: all of it where it happened
        return s.startMs >= fromMs && s.startMs < toMs ? double(s.bytes) : 0.0;
    const qint64 a = std::max(s.startMs, fromMs);
    const qint64 b = std::min(s.endMs, toMs);
    if (b <= a)
        return 0.0;
    if (a == s.startMs && b == s.endMs)
        return double(s.bytes);
    return double(s.bytes) * double(b - a) / double(s.endMs - s.startMs);
}

QList<double> RateStatistics::bucketBytes(const SampleList &samples, qint64 fromMs, qint64 toMs,
                                          qint64 bucketMs)
{
    QList<double> out;
    if (toMs <= fromMs || bucketMs <= 0)
        return out;
    const qsizetype n = qsizetype((toMs - fromMs + bucketMs - 1) / bucketMs);
    out.fill(kNaN, n);
    for (const Sample &s : samples) {
        if (s.endMs <= s.startMs) {
            if (s.startMs >= fromMs && s.startMs < toMs) {
                const qsizetype i = qsizetype((s.startMs - fromMs) / bucketMs);
                out[i] = std::isnan(out[i]) ? double(s.bytes) : out[i] + double(s.bytes);
            }
            continue;
        }
        const qint64 a = std::max(s.startMs, fromMs);
        const qint64 b = std::min(s.endMs, toMs);
        if (b <= a)
            continue;
        const qsizetype first = qsizetype((a - fromMs) / bucketMs);
        const qsizetype last = std::min(n - 1, qsizetype((b - 1 - fromMs) / bucketMs));
        for (qsizetype i = first; i <= last; ++i) {
            const qint64 bStart = fromMs + i * bucketMs;
            const double part = overlapBytes(s, bStart, bStart + bucketMs);
            out[i] = std::isnan(out[i]) ? part : out[i] + part;
        }
    }
    return out;
}

void RateStatistics::accumulate(QList<double> &sum, const QList<double> &add)
{
    if (sum.size() < add.size())
        sum.resize(add.size(), kNaN);
    for (qsizetype i = 0; i < add.size(); ++i) {
        if (std::isnan(add[i]))
            continue;
        sum[i] = std::isnan(sum[i]) ? add[i] : sum[i] + add[i];
    }
}

QList<double> RateStatistics::toBitRates(const QList<double> &bytes, qint64 bucketMs)
{
    QList<double> out;
    out.reserve(bytes.size());
    const double seconds = double(bucketMs) / 1000.0;
    for (double b : bytes)
        out << (std::isnan(b) ? kNaN : b * 8.0 / seconds);
    return out;
}

double RateStatistics::percentile(QList<double> values, double p)
{
    values.removeIf([](double v) { return std::isnan(v); });
    if (values.isEmpty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const double exactRank = p / 100.0 * double(values.size());
    // The small tolerance keeps 0.95 * 20 from becoming rank 20.000000000000004 -> 21.
    qsizetype rank = qsizetype(std::ceil(exactRank - 1e-9));
    rank = std::clamp<qsizetype>(rank, 1, values.size());
    return values.at(rank - 1);
}

int RateStatistics::countAbove(const QList<double> &values, double limit)
{
    return int(std::count_if(values.cbegin(), values.cend(),
                             [limit](double v) { return !std::isnan(v) && v > limit; }));
}

double RateStatistics::peakWindowMean(const QList<double> &values, int window)
{
    if (window <= 0 || values.isEmpty())
        return kNaN;
    double best = kNaN;
    double sum = 0.0;
    int withData = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i])) {
            sum += values[i];
            ++withData;
        }
        if (i >= window) {
            const double old = values[i - window];
            if (!std::isnan(old)) {
                sum -= old;
                --withData;
            }
        }
        // Windows shorter than `window` at the start of the range count as
        // partial windows of a full length: an early burst is not inflated.
        if (withData > 0) {
            const double mean = sum / double(window);
            if (std::isnan(best) || mean > best)
                best = mean;
        }
    }
    return best;
}

double RateStatistics::latestWindowMean(const QList<double> &values, int window)
{
    qsizetype last = values.size() - 1;
    while (last >= 0 && std::isnan(values[last]))
        --last;
    if (last < 0 || window <= 0)
        return kNaN;
    double sum = 0.0;
    for (qsizetype i = std::max<qsizetype>(0, last - window + 1); i <= last; ++i)
        if (!std::isnan(values[i]))
            sum += values[i];
    return sum / double(window);
}

} // namespace Bandwatch
