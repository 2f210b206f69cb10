#include "gui/chartdataprovider.h"

#include "gui/livetraffic.h"
#include "storage/historystore.h"

#include <limits>
#include <map>

namespace Bandwatch {

namespace {

// Buckets of several series summed per bucket. The store aligns every
// series of one query to the same grid, so equal starts are the same column.
// Summing the minima and maxima bounds the sum's range; for one series
// (the common case) they are exact.
ChartSeries sumSeries(const QList<ChartSeries> &parts)
{
    std::map<qint64, ChartBucket> byStart;
    for (const ChartSeries &cs : parts) {
        for (const ChartBucket &b : cs.buckets) {
            auto [it, fresh] = byStart.try_emplace(b.startMs, b);
            if (fresh)
                continue;
            ChartBucket &sum = it->second;
            sum.endMs = std::max(sum.endMs, b.endMs);
            sum.minBps += b.minBps;
            sum.maxBps += b.maxBps;
            sum.meanBps += b.meanBps;
            sum.bytes += b.bytes;
        }
    }
    ChartSeries out;
    for (const auto &[start, bucket] : byStart)
        out.buckets << bucket;
    return out;
}

} // namespace

ChartDataProvider::Origin ChartDataProvider::originFor(qint64 fromMs, qint64 nowMs) const
{
    const bool history = m_store && m_store->isOpen();
    if (!m_traffic)
        return history ? Origin::History : Origin::None;
    // LiveTraffic keeps its retention back from the newest sample and is
    // preloaded that far back at start: anything older is only in the store.
    const bool inMemory = fromMs >= nowMs - m_traffic->retention().count();
    return inMemory || !history ? Origin::Live : Origin::History;
}

RateSeries ChartDataProvider::rates(const ChartSelection &selection, const QList<SeriesKey> &keys,
                                    Direction direction, qint64 fromMs, qint64 toMs, int widthPx,
                                    qint64 nowMs) const
{
    if (selection.isEmpty() || toMs <= fromMs)
        return {};
    switch (originFor(fromMs, nowMs)) {
    case Origin::None:
        return {};
    case Origin::Live:
        // About two points per pixel of plot is all a line can show.
        return m_traffic->rates(selection, direction, fromMs, toMs, std::max(600, 2 * widthPx));
    case Origin::History:
        break;
    }
    QList<SeriesKey> selected;
    for (const SeriesKey &k : keys) {
        if (k.direction == direction && selection.matches(k))
            selected << k;
    }
    return historyRates(selected, fromMs, toMs, widthPx);
}

RateSeries ChartDataProvider::historyRates(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                           int widthPx) const
{
    RateSeries out;
    if (keys.isEmpty())
        return out;
    // One point per bucket at its middle: the mean as the line, min and max
    // as an envelope. (A line zig-zagging through min and max would draw the
    // same peaks but costs Qt's rasteriser a hundred times more to fill.)
    const ChartSeries sum = sumSeries(m_store->chart(keys, fromMs, toMs, std::max(1, widthPx)));
    qint64 previousEnd = std::numeric_limits<qint64>::min();
    for (const ChartBucket &b : sum.buckets) {
        if (out.segments.isEmpty() || b.startMs > previousEnd) {
            out.segments.append(QList<QPointF>());
            out.lows.append(QList<QPointF>());
            out.highs.append(QList<QPointF>());
        }
        const double x = double(b.startMs) + double(b.endMs - b.startMs) / 2.0;
        out.segments.last() << QPointF(x, b.meanBps);
        out.lows.last() << QPointF(x, b.minBps);
        out.highs.last() << QPointF(x, b.maxBps);
        out.maxValue = std::max(out.maxValue, b.maxBps);
        previousEnd = b.endMs;
    }
    return out;
}

QList<SeriesKey> ChartDataProvider::knownKeys() const
{
    QList<SeriesKey> keys;
    if (m_store && m_store->isOpen())
        keys = m_store->seriesKeys();
    if (m_traffic) {
        for (const SeriesKey &k : m_traffic->keys()) {
            if (!keys.contains(k))
                keys << k;
        }
    }
    return keys;
}

QList<QPointF> ChartDataProvider::cumulativeBytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                                  int widthPx) const
{
    QList<QPointF> out;
    if (!m_store || !m_store->isOpen() || keys.isEmpty() || toMs <= fromMs)
        return out;
    const ChartSeries sum = sumSeries(m_store->chart(keys, fromMs, toMs, std::max(1, widthPx)));
    double total = 0.0;
    out << QPointF(double(fromMs), 0.0);
    for (const ChartBucket &b : sum.buckets) {
        total += double(b.bytes);
        out << QPointF(double(b.endMs), total);
    }
    return out;
}

} // namespace Bandwatch
