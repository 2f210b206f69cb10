#pragma once

#include "core/sample.h"
#include "gui/chartselection.h"
#include "gui/rateseries.h"
#include "gui/ratesummary.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <optional>
#include <vector>

namespace Bandwatch {

class HistoryStore;

// The recent samples of every series, in memory, for the live chart, the
// source tree and the tray: fed by Collector::samplesReady and preloaded from
// the history store at start. Points are kept compact (no key per point) and
// trimmed to the retention window. Older history is the store's job.
class LiveTraffic : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultRetention = std::chrono::hours(24);

    explicit LiveTraffic(QObject *parent = nullptr);
    ~LiveTraffic() override;

    void setRetention(std::chrono::milliseconds retention);
    std::chrono::milliseconds retention() const { return m_retention; }

    // Samples may arrive in any order and more than once (preload overlapping
    // live data): a sample with the same end as a kept one replaces it.
    void append(const SampleList &samples);
    // Loads [fromMs, toMs) of every stored series whose source is in
    // `sourceIds` (all when empty). Returns the number of samples loaded.
    int preload(const HistoryStore &store, qint64 fromMs, qint64 toMs, const QStringList &sourceIds = {});
    void clear();

    QList<SeriesKey> keys() const; // sorted by source, series, direction
    QList<SeriesKey> keys(const ChartSelection &selection, Direction direction) const;
    int pointCount(const SeriesKey &key) const;
    std::optional<Sample> latest(const SeriesKey &key) const;
    qint64 newestEndMs() const { return m_newestEndMs; }

    // The selection's rate in [fromMs, toMs] (by interval end), summed over
    // its series, with at most maxPoints points (time-weighted averages of
    // neighbouring intervals when there are more).
    RateSeries rates(const ChartSelection &selection, Direction direction, qint64 fromMs, qint64 toMs,
                     int maxPoints) const;
    RateSummary summary(const ChartSelection &selection, Direction direction, qint64 fromMs,
                        qint64 toMs) const;

Q_SIGNALS:
    // New data arrived (once per append/preload, not per sample).
    void updated();
    void seriesAdded(const Bandwatch::SeriesKey &key);

private:
    struct Point
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        quint64 bytes = 0;
        double bps = 0.0;
    };
    struct Buffer
    {
        SeriesKey key;
        std::vector<Point> points; // sorted by endMs, unique ends
    };
    struct Row
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        double bps = 0.0;
    };

    bool insert(const Sample &sample); // true if the series is new
    void trim();
    QList<const Buffer *> matching(const ChartSelection &selection, Direction direction) const;
    std::vector<Row> rows(const QList<const Buffer *> &buffers, qint64 fromMs, qint64 toMs) const;
    static std::vector<Row> decimate(const std::vector<Row> &rows, qint64 fromMs, qint64 toMs, int maxPoints);

    QHash<QString, Buffer> m_buffers; // by SeriesKey::canonical()
    std::chrono::milliseconds m_retention = kDefaultRetention;
    qint64 m_newestEndMs = 0;
};

} // namespace Bandwatch
