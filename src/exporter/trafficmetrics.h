#pragma once

#include "core/sample.h"
#include "exporter/exportedsource.h"
#include "exporter/expositionwriter.h"

#include <QHash>
#include <QMap>
#include <unordered_map>
#include <vector>

namespace Bandwatch {

// All-time bytes of one stored series, the starting point of its counter.
struct SeriesTotal
{
    SeriesKey key;
    quint64 bytes = 0;
    qint64 lastEndMs = 0;
};

// The traffic families of /metrics: bandwatch_traffic_bytes_total per series,
// continuing from the store's totals so that counters never go back across
// restarts, and bandwatch_bandwidth_bytes_per_second while a series is fresh.
// Only series of configured sources are served, and only while they keep
// reporting: a removed source disappears at once, a vanished series (a CDN
// domain gone) after staleAfterMs.
class TrafficMetrics
{
public:
    struct Snapshot
    {
        SeriesKey key;
        quint64 totalBytes = 0;
        double bps = 0.0;
        bool hasRate = false;
        qint64 lastEndMs = 0;
    };

    void resume(const QList<SeriesTotal> &totals);
    void add(const SampleList &samples);
    void setSources(const QList<ExportedSource> &sources);
    void setStaleAfter(qint64 ms) { m_staleAfterMs = ms; }
    void clear();

    // Returns when the output would next change by time alone (a series
    // going stale): until then, and while generation() stays, it can be reused.
    qint64 render(ExpositionWriter &writer, qint64 nowMs) const;
    quint64 generation() const { return m_generation; }
    // Served series (configured source, not stale), in output order.
    QList<Snapshot> snapshot(qint64 nowMs) const;
    qsizetype size() const { return qsizetype(m_series.size()); }

    // Label set of a series as written: source, series, direction, then the
    // series' own labels (renamed "label_<name>" where they would clash).
    static ExpositionWriter::LabelPairs labelPairs(const SeriesKey &key);

private:
    struct Series
    {
        SeriesKey key;
        QString canonical;
        QByteArray labels;
        quint64 total = 0;
        double bps = 0.0;
        bool hasRate = false;
        qint64 lastEndMs = 0;
        qint64 intervalMs = -1; // of its source; -1 while the source is not configured
        QMap<qint64, quint64> recent; // start -> bytes of the last samples, for re-reported intervals
    };

    // Hashes the key's fields directly: building SeriesKey::canonical() for
    // every sample of every poll showed up in profiles with 10,000 series.
    struct KeyHash
    {
        size_t operator()(const SeriesKey &k) const noexcept;
    };

    Series &series(const SeriesKey &key);
    // Until when a series is served / its rate is current; < now: not.
    qint64 servedUntil(const Series &s) const;
    qint64 rateFreshUntil(const Series &s) const;
    void sortIfNeeded() const;

    std::vector<Series> m_series;
    std::unordered_map<SeriesKey, qsizetype, KeyHash> m_index;
    QHash<QString, qint64> m_sourceIntervals; // configured sources
    qint64 m_staleAfterMs = 3'600'000;
    mutable std::vector<qsizetype> m_order;
    mutable bool m_orderValid = false;
    quint64 m_generation = 0;
};

} // namespace Bandwatch
