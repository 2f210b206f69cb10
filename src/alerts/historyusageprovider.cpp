#include "alerts/historyusageprovider.h"

#include "alerts/ratestatistics.h"
#include "storage/historystore.h"

#include <QTimeZone>
#include <cmath>

namespace Bandwatch {

HistoryUsageProvider::HistoryUsageProvider(const HistoryStore *store)
    : m_store(store)
{ }

QList<SeriesKey> HistoryUsageProvider::seriesKeys() const
{
    return m_store && m_store->isOpen() ? m_store->seriesKeys() : QList<SeriesKey> {};
}

double HistoryUsageProvider::bytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs) const
{
    if (!m_store || !m_store->isOpen() || keys.isEmpty() || toMs <= fromMs)
        return 0.0;
    return double(m_store->bytes(keys, fromMs, toMs));
}

QHash<QString, QList<double>> HistoryUsageProvider::fiveMinuteRates(const QList<SeriesKey> &keys,
                                                                    qint64 fromMs, qint64 toMs) const
{
    QHash<QString, QList<double>> out;
    if (!m_store || !m_store->isOpen() || keys.isEmpty() || toMs <= fromMs)
        return out;
    const int width = int((toMs - fromMs) / bucketMs);
    // One chart column per 5-minute bucket. The chart may answer from a finer
    // or a coarser level; its buckets are spread over ours by their bytes.
    for (const ChartSeries &series : m_store->chart(keys, fromMs, toMs, std::max(1, width))) {
        SampleList asSamples;
        for (const ChartBucket &b : series.buckets) {
            Sample s;
            s.startMs = b.startMs;
            s.endMs = b.endMs;
            s.bytes = quint64(std::max<qint64>(0, b.bytes));
            asSamples << s;
        }
        out.insert(series.key.canonical(),
                   RateStatistics::toBitRates(RateStatistics::bucketBytes(asSamples, fromMs, toMs, bucketMs),
                                              bucketMs));
    }
    return out;
}

std::optional<double> HistoryUsageProvider::percentile95(const QList<SeriesKey> &keys, qint64 fromMs,
                                                         qint64 toMs) const
{
    if (!m_store || !m_store->isOpen() || keys.isEmpty() || toMs <= fromMs)
        return std::nullopt;
    const CycleInterval range { QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()),
                                QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()) };
    const std::optional<Percentile> p = m_store->percentile95(keys, range);
    if (!p)
        return std::nullopt;
    return p->bps;
}

} // namespace Bandwatch
