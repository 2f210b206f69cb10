#include "exporter/trafficmetrics.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace Bandwatch {

namespace {
// Re-reported intervals (a CDN bucket whose value settles later) are
// recognised among this many recent samples of a series.
constexpr int kRecentSamples = 32;
// The rate gauge is "current" only while new samples keep arriving.
constexpr qint64 kMinRateFreshMs = 60'000;
} // namespace

ExpositionWriter::LabelPairs TrafficMetrics::labelPairs(const SeriesKey &key)
{
    ExpositionWriter::LabelPairs pairs { { QByteArrayLiteral("source"), key.source },
                                         { QByteArrayLiteral("series"), key.series },
                                         { QByteArrayLiteral("direction"), directionName(key.direction) } };
    QSet<QByteArray> used { QByteArrayLiteral("source"), QByteArrayLiteral("series"),
                            QByteArrayLiteral("direction") };
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it) {
        QByteArray name = ExpositionWriter::sanitizeLabelName(it.key());
        if (used.contains(name))
            name.prepend("label_");
        if (used.contains(name))
            continue; // two labels that only differ in characters a label name cannot hold
        used.insert(name);
        pairs.append({ name, it.value() });
    }
    return pairs;
}

size_t TrafficMetrics::KeyHash::operator()(const SeriesKey &k) const noexcept
{
    size_t h = qHashMulti(0, k.source, k.series, int(k.direction));
    for (auto it = k.labels.cbegin(); it != k.labels.cend(); ++it)
        h = qHashMulti(h, it.key(), it.value());
    return h;
}

TrafficMetrics::Series &TrafficMetrics::series(const SeriesKey &key)
{
    const auto it = m_index.find(key);
    if (it != m_index.end())
        return m_series[size_t(it->second)];
    Series s;
    s.key = key;
    s.canonical = key.canonical();
    s.labels = ExpositionWriter::renderLabels(labelPairs(key));
    s.intervalMs = m_sourceIntervals.value(key.source, -1);
    m_index.emplace(key, qsizetype(m_series.size()));
    m_series.push_back(std::move(s));
    m_orderValid = false;
    return m_series.back();
}

void TrafficMetrics::resume(const QList<SeriesTotal> &totals)
{
    for (const SeriesTotal &t : totals) {
        Series &s = series(t.key);
        // A counter never goes back: if samples already arrived, keep the larger.
        s.total = std::max(s.total, t.bytes);
        s.lastEndMs = std::max(s.lastEndMs, t.lastEndMs);
    }
    ++m_generation;
}

void TrafficMetrics::add(const SampleList &samples)
{
    for (const Sample &sample : samples) {
        Series &s = series(sample.key);
        const auto old = s.recent.constFind(sample.startMs);
        if (old != s.recent.cend()) {
            // The same interval again (a corrected value): only growth is
            // added, a counter must not decrease.
            if (sample.bytes > *old)
                s.total += sample.bytes - *old;
            s.recent[sample.startMs] = std::max(*old, sample.bytes);
        } else {
            s.total += sample.bytes;
            s.recent.insert(sample.startMs, sample.bytes);
            while (s.recent.size() > kRecentSamples)
                s.recent.erase(s.recent.begin());
        }
        if (sample.endMs >= s.lastEndMs) {
            s.lastEndMs = sample.endMs;
            s.bps = sample.bps;
            s.hasRate = true;
        }
    }
    ++m_generation;
}

void TrafficMetrics::setSources(const QList<ExportedSource> &sources)
{
    m_sourceIntervals.clear();
    for (const ExportedSource &s : sources)
        m_sourceIntervals.insert(s.id, s.intervalMs);
    for (Series &s : m_series)
        s.intervalMs = m_sourceIntervals.value(s.key.source, -1);
    ++m_generation;
}

void TrafficMetrics::clear()
{
    m_series.clear();
    m_index.clear();
    m_order.clear();
    m_orderValid = false;
    ++m_generation;
}

qint64 TrafficMetrics::servedUntil(const Series &s) const
{
    if (s.intervalMs < 0)
        return std::numeric_limits<qint64>::min();
    return s.lastEndMs + std::max(m_staleAfterMs, 3 * s.intervalMs);
}

qint64 TrafficMetrics::rateFreshUntil(const Series &s) const
{
    if (!s.hasRate || s.intervalMs < 0)
        return std::numeric_limits<qint64>::min();
    const qint64 fresh =
        std::min(std::max(m_staleAfterMs, 3 * s.intervalMs), std::max(kMinRateFreshMs, 3 * s.intervalMs));
    return s.lastEndMs + fresh;
}

void TrafficMetrics::sortIfNeeded() const
{
    if (m_orderValid)
        return;
    m_order.resize(m_series.size());
    for (size_t i = 0; i < m_series.size(); ++i)
        m_order[i] = qsizetype(i);
    std::sort(m_order.begin(), m_order.end(), [this](qsizetype a, qsizetype b) {
        return m_series[size_t(a)].canonical < m_series[size_t(b)].canonical;
    });
    m_orderValid = true;
}

qint64 TrafficMetrics::render(ExpositionWriter &writer, qint64 nowMs) const
{
    sortIfNeeded();
    qint64 nextChange = std::numeric_limits<qint64>::max();
    writer.family(QByteArrayLiteral("bandwatch_traffic_bytes_total"), ExpositionWriter::Type::Counter,
                  u"Bytes transferred per series since it was first recorded (continues across restarts).",
                  QByteArrayLiteral("bytes"));
    for (qsizetype i : m_order) {
        const Series &s = m_series[size_t(i)];
        const qint64 until = servedUntil(s);
        if (nowMs <= until) {
            writer.sample(s.labels, s.total);
            nextChange = std::min(nextChange, until + 1);
        }
    }
    // Bytes, not bits, per second: promtool's linter asks for the base unit
    // ("use base unit bytes instead of bits"); multiply by 8 for bit/s.
    writer.family(QByteArrayLiteral("bandwatch_bandwidth_bytes_per_second"), ExpositionWriter::Type::Gauge,
                  u"Mean rate of the most recent sample of each series, in bytes per second (x8 for bit/s).");
    for (qsizetype i : m_order) {
        const Series &s = m_series[size_t(i)];
        const qint64 until = std::min(servedUntil(s), rateFreshUntil(s));
        if (nowMs <= until) {
            writer.sample(s.labels, s.bps / 8.0);
            nextChange = std::min(nextChange, until + 1);
        }
    }
    return nextChange;
}

QList<TrafficMetrics::Snapshot> TrafficMetrics::snapshot(qint64 nowMs) const
{
    sortIfNeeded();
    QList<Snapshot> out;
    for (qsizetype i : m_order) {
        const Series &s = m_series[size_t(i)];
        if (nowMs > servedUntil(s))
            continue;
        out.append({ s.key, s.total, s.bps, nowMs <= rateFreshUntil(s), s.lastEndMs });
    }
    return out;
}

} // namespace Bandwatch
