#include "gui/livetraffic.h"

#include "storage/historystore.h"

#include <algorithm>
#include <cmath>

namespace Bandwatch {

namespace {

bool keyLess(const SeriesKey &a, const SeriesKey &b)
{
    if (a.source != b.source)
        return a.source < b.source;
    if (a.series != b.series)
        return a.series < b.series;
    if (a.labels != b.labels)
        return a.canonical() < b.canonical();
    return a.direction == Direction::In && b.direction == Direction::Out;
}

// Neighbouring intervals of one series share their boundary; anything more
// than this apart was not measured (a failed poll, a counter gap, a restart).
qint64 gapTolerance(qint64 startMs, qint64 endMs)
{
    return std::max<qint64>(1000, (endMs - startMs) / 2);
}

} // namespace

LiveTraffic::LiveTraffic(QObject *parent)
    : QObject(parent)
{ }

LiveTraffic::~LiveTraffic() = default;

void LiveTraffic::setRetention(std::chrono::milliseconds retention)
{
    m_retention = retention;
    trim();
}

void LiveTraffic::append(const SampleList &samples)
{
    if (samples.isEmpty())
        return;
    QList<SeriesKey> added;
    for (const Sample &s : samples) {
        if (insert(s))
            added << s.key;
    }
    trim();
    for (const SeriesKey &key : std::as_const(added))
        Q_EMIT seriesAdded(key);
    Q_EMIT updated();
}

int LiveTraffic::preload(const HistoryStore &store, qint64 fromMs, qint64 toMs, const QStringList &sourceIds)
{
    SampleList all;
    const QList<SeriesKey> stored = store.seriesKeys();
    for (const SeriesKey &key : stored) {
        if (!sourceIds.isEmpty() && !sourceIds.contains(key.source))
            continue;
        all += store.samples(key, fromMs, toMs);
    }
    append(all);
    return int(all.size());
}

void LiveTraffic::clear()
{
    m_buffers.clear();
    m_newestEndMs = 0;
    Q_EMIT updated();
}

bool LiveTraffic::insert(const Sample &sample)
{
    const QString id = sample.key.canonical();
    auto it = m_buffers.find(id);
    const bool isNew = it == m_buffers.end();
    if (isNew) {
        it = m_buffers.insert(id, Buffer {});
        it->key = sample.key;
    }
    std::vector<Point> &points = it->points;
    const Point p { sample.startMs, sample.endMs, sample.bytes, sample.bps };
    if (points.empty() || points.back().endMs < p.endMs) {
        points.push_back(p); // the usual case: live data in order
    } else {
        auto pos = std::lower_bound(points.begin(), points.end(), p.endMs,
                                    [](const Point &a, qint64 end) { return a.endMs < end; });
        if (pos != points.end() && pos->endMs == p.endMs)
            *pos = p;
        else
            points.insert(pos, p);
    }
    m_newestEndMs = std::max(m_newestEndMs, sample.endMs);
    return isNew;
}

void LiveTraffic::trim()
{
    const qint64 cutoff = m_newestEndMs - m_retention.count();
    for (auto it = m_buffers.begin(); it != m_buffers.end();) {
        std::vector<Point> &points = it->points;
        auto keep = std::lower_bound(points.begin(), points.end(), cutoff,
                                     [](const Point &a, qint64 end) { return a.endMs < end; });
        points.erase(points.begin(), keep);
        if (points.empty())
            it = m_buffers.erase(it);
        else
            ++it;
    }
}

QList<SeriesKey> LiveTraffic::keys() const
{
    QList<SeriesKey> out;
    out.reserve(m_buffers.size());
    for (const Buffer &b : m_buffers)
        out << b.key;
    std::sort(out.begin(), out.end(), keyLess);
    return out;
}

QList<SeriesKey> LiveTraffic::keys(const ChartSelection &selection, Direction direction) const
{
    QList<SeriesKey> out;
    for (const Buffer *b : matching(selection, direction))
        out << b->key;
    std::sort(out.begin(), out.end(), keyLess);
    return out;
}

int LiveTraffic::pointCount(const SeriesKey &key) const
{
    const auto it = m_buffers.constFind(key.canonical());
    return it == m_buffers.cend() ? 0 : int(it->points.size());
}

std::optional<Sample> LiveTraffic::latest(const SeriesKey &key) const
{
    const auto it = m_buffers.constFind(key.canonical());
    if (it == m_buffers.cend() || it->points.empty())
        return std::nullopt;
    const Point &p = it->points.back();
    Sample s;
    s.key = it->key;
    s.startMs = p.startMs;
    s.endMs = p.endMs;
    s.bytes = p.bytes;
    s.bps = p.bps;
    return s;
}

QList<const LiveTraffic::Buffer *> LiveTraffic::matching(const ChartSelection &selection,
                                                         Direction direction) const
{
    QList<const Buffer *> out;
    for (const Buffer &b : m_buffers) {
        if (b.key.direction == direction && selection.matches(b.key))
            out << &b;
    }
    return out;
}

std::vector<LiveTraffic::Row> LiveTraffic::rows(const QList<const Buffer *> &buffers, qint64 fromMs,
                                                qint64 toMs) const
{
    // The sum of several series is evaluated at every interval end of any of
    // them, adding the interval of each series that covers that instant. The
    // series of one source share their interval ends, so this is exact there
    // and still right for series polled on different clocks.
    const auto firstFrom = [fromMs](const std::vector<Point> &points) {
        return std::lower_bound(points.begin(), points.end(), fromMs,
                                [](const Point &a, qint64 end) { return a.endMs < end; });
    };
    std::vector<qint64> ends;
    for (const Buffer *b : buffers) {
        for (auto it = firstFrom(b->points); it != b->points.end() && it->endMs <= toMs; ++it)
            ends.push_back(it->endMs);
    }
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());

    std::vector<std::vector<Point>::const_iterator> cursors;
    for (const Buffer *b : buffers)
        cursors.push_back(firstFrom(b->points));

    std::vector<Row> out;
    out.reserve(ends.size());
    for (qint64 end : ends) {
        Row row { end, end, 0.0 };
        bool covered = false;
        for (qsizetype i = 0; i < buffers.size(); ++i) {
            auto &c = cursors[size_t(i)];
            const auto stop = buffers.at(i)->points.end();
            while (c != stop && c->endMs < end)
                ++c;
            if (c != stop && c->startMs < end) {
                row.bps += c->bps;
                row.startMs = std::min(row.startMs, c->startMs);
                covered = true;
            }
        }
        if (covered)
            out.push_back(row);
    }
    return out;
}

std::vector<LiveTraffic::Row> LiveTraffic::decimate(const std::vector<Row> &rows, qint64 fromMs, qint64 toMs,
                                                    int maxPoints)
{
    if (maxPoints <= 0 || rows.size() <= size_t(maxPoints))
        return rows;
    const qint64 bucketMs = std::max<qint64>(1, (toMs - fromMs + maxPoints - 1) / maxPoints);
    std::vector<Row> out;
    out.reserve(size_t(maxPoints) + 1);
    qint64 bucket = -1;
    double weighted = 0.0;
    double weight = 0.0;
    for (const Row &r : rows) {
        const qint64 b = (r.endMs - fromMs) / bucketMs;
        if (b != bucket) {
            if (!out.empty() && weight > 0)
                out.back().bps = weighted / weight;
            out.push_back(Row { r.startMs, r.endMs, 0.0 });
            bucket = b;
            weighted = weight = 0.0;
        }
        const double w = double(std::max<qint64>(1, r.endMs - r.startMs));
        weighted += r.bps * w;
        weight += w;
        out.back().endMs = r.endMs;
    }
    if (!out.empty() && weight > 0)
        out.back().bps = weighted / weight;
    return out;
}

RateSeries LiveTraffic::rates(const ChartSelection &selection, Direction direction, qint64 fromMs,
                              qint64 toMs, int maxPoints) const
{
    RateSeries result;
    const std::vector<Row> all =
        decimate(rows(matching(selection, direction), fromMs, toMs), fromMs, toMs, maxPoints);
    const Row *previous = nullptr;
    for (const Row &r : all) {
        if (!previous || r.startMs > previous->endMs + gapTolerance(r.startMs, r.endMs))
            result.segments.append(QList<QPointF> {});
        result.segments.last().append(QPointF(double(r.endMs), r.bps));
        result.maxValue = std::max(result.maxValue, r.bps);
        previous = &r;
    }
    return result;
}

RateSummary LiveTraffic::summary(const ChartSelection &selection, Direction direction, qint64 fromMs,
                                 qint64 toMs) const
{
    RateSummary s;
    const QList<const Buffer *> buffers = matching(selection, direction);
    const std::vector<Row> all = rows(buffers, fromMs, toMs);
    if (all.empty())
        return s;
    s.hasData = true;
    s.latestBps = all.back().bps;
    s.latestEndMs = all.back().endMs;
    double weighted = 0.0;
    for (const Row &r : all) {
        const qint64 d = std::max<qint64>(0, r.endMs - r.startMs);
        weighted += r.bps * double(d);
        s.measuredMs += d;
        s.peakBps = std::max(s.peakBps, r.bps);
    }
    s.averageBps = s.measuredMs > 0 ? weighted / double(s.measuredMs) : s.latestBps;
    for (const Buffer *b : buffers) {
        for (const Point &p : b->points) {
            if (p.endMs >= fromMs && p.endMs <= toMs)
                s.bytes += p.bytes;
        }
    }
    return s;
}

} // namespace Bandwatch
