#include "alerts/quotaevaluator.h"

#include "alerts/ratestatistics.h"

#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace Bandwatch {

namespace {

qint64 alignDown(qint64 ms, qint64 step)
{
    return ms - ((ms % step) + step) % step;
}

void sortBreakdown(QList<SeriesUsage> &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const SeriesUsage &a, const SeriesUsage &b) { return a.value > b.value; });
}

} // namespace

QuotaEvaluator::QuotaEvaluator(const UsageProvider *provider)
    : m_provider(provider)
{ }

QList<SeriesKey> QuotaEvaluator::matchingSeries(const Quota &quota, const QList<SeriesKey> &all)
{
    QList<SeriesKey> out;
    for (const SeriesKey &k : all)
        if (quota.covers(k.direction) && quota.selector.matches(k))
            out << k;
    return out;
}

QuotaSnapshot QuotaEvaluator::evaluate(const Quota &quota, const QDateTime &now,
                                       const std::optional<CycleInterval> &cycle) const
{
    QuotaSnapshot status;
    status.quotaId = quota.id;
    status.quotaName = quota.displayName();
    status.kind = quota.kind;
    status.evaluatedAt = now;
    status.limit = quota.limit;
    status.cycle = cycle ? *cycle : quota.cycle.cycleContaining(now);
    if (!m_provider)
        return status;
    const QList<SeriesKey> keys = matchingSeries(quota, m_provider->seriesKeys());
    status.seriesCount = int(keys.size());
    if (quota.kind == QuotaKind::Volume)
        evaluateVolume(quota, keys, now, status);
    else
        evaluateRate(quota, keys, now, status);
    return status;
}

void QuotaEvaluator::evaluateVolume(const Quota &quota, const QList<SeriesKey> &keys, const QDateTime &now,
                                    QuotaSnapshot &status) const
{
    const qint64 from = status.cycle.start.toMSecsSinceEpoch();
    const qint64 to = std::min(now, status.cycle.end).toMSecsSinceEpoch();
    double total = 0.0;
    for (const SeriesKey &k : keys) {
        const double b = m_provider->bytes({ k }, from, to);
        total += b;
        status.breakdown << SeriesUsage { k, b };
    }
    status.hasData = total > 0;
    sortBreakdown(status.breakdown);
    status.value = total;
    status.projection = Projection::compute(total, quota.limit, quota.thresholds, status.cycle, now,
                                            quota.cycle.timeZone(), weekdayWeights(quota, keys, now));
}

double QuotaEvaluator::statistic(const Quota &quota, const QList<double> &rates) const
{
    double v = std::nan("");
    if (quota.kind == QuotaKind::Percentile95)
        v = RateStatistics::percentile(rates, 95.0);
    else if (quota.statistic == BandwidthStatistic::Peak)
        v = RateStatistics::peakWindowMean(rates, int(quota.windowMs / UsageProvider::bucketMs));
    else
        v = RateStatistics::latestWindowMean(rates, int(quota.windowMs / UsageProvider::bucketMs));
    return std::isnan(v) ? 0.0 : v;
}

void QuotaEvaluator::evaluateRate(const Quota &quota, const QList<SeriesKey> &keys, const QDateTime &now,
                                  QuotaSnapshot &status) const
{
    const qint64 bucket = UsageProvider::bucketMs;
    const qint64 from = alignDown(status.cycle.start.toMSecsSinceEpoch(), bucket);
    // Only complete buckets: the one in progress would read as a dip.
    const qint64 to = alignDown(std::min(now, status.cycle.end).toMSecsSinceEpoch(), bucket);
    if (to <= from || keys.isEmpty())
        return;
    const QHash<QString, QList<double>> rates = m_provider->fiveMinuteRates(keys, from, to);
    QList<double> sumIn, sumOut;
    QList<SeriesKey> keysIn, keysOut;
    for (const SeriesKey &k : keys) {
        const QList<double> r = rates.value(k.canonical());
        if (RateStatistics::countAbove(r, -1.0) > 0)
            status.hasData = true;
        RateStatistics::accumulate(k.direction == Direction::In ? sumIn : sumOut, r);
        (k.direction == Direction::In ? keysIn : keysOut) << k;
        status.breakdown << SeriesUsage { k, statistic(quota, r) };
    }
    sortBreakdown(status.breakdown);
    // With direction "both", in and out are billed separately and the larger
    // one counts, as burstable transit is billed.
    double value = 0.0;
    int above = 0;
    const auto consider = [&](const QList<SeriesKey> &dirKeys, const QList<double> &sum) {
        if (dirKeys.isEmpty())
            return;
        double v = 0.0;
        if (quota.kind == QuotaKind::Percentile95)
            v = m_provider->percentile95(dirKeys, from, to).value_or(0.0);
        else
            v = statistic(quota, sum);
        value = std::max(value, v);
        above = std::max(above, RateStatistics::countAbove(sum, quota.limit));
    };
    consider(keysIn, sumIn);
    consider(keysOut, sumOut);
    status.value = value;
    if (quota.kind == QuotaKind::Percentile95) {
        // The percentile of the whole cycle stays at or under the limit while
        // at most n - ceil(0.95 n) of its n intervals are above it.
        const qint64 n = status.cycle.lengthMs() / bucket;
        const qint64 allowed = n - qint64(std::ceil(0.95 * double(n) - 1e-9));
        status.burstIntervalsLeft = int(allowed - above);
    }
}

std::optional<WeekdayWeights> QuotaEvaluator::weekdayWeights(const Quota &quota, const QList<SeriesKey> &keys,
                                                             const QDateTime &now) const
{
    const QTimeZone zone = quota.cycle.timeZone();
    const QDate today = now.toTimeZone(zone).date();
    const auto cached = m_weightCache.constFind(quota.id);
    if (cached != m_weightCache.cend() && cached->day == today)
        return cached->weights;

    QList<std::pair<QDate, double>> days;
    for (int i = profileDays; i >= 1; --i) {
        const QDate d = today.addDays(-i);
        const qint64 from = QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 to = QDateTime(d.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        days.append({ d, keys.isEmpty() ? 0.0 : m_provider->bytes(keys, from, to) });
    }
    const std::optional<WeekdayWeights> weights = Projection::weekdayWeights(days);
    m_weightCache.insert(quota.id, CachedWeights { today, weights });
    return weights;
}

} // namespace Bandwatch
