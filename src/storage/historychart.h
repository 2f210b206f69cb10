#pragma once

#include "core/sample.h"
#include "storage/historyoptions.h"

#include <QList>
#include <QPointF>

struct sqlite3;

namespace Bandwatch {

// One pixel column of a chart: the extremes and mean of bit/s in it.
struct ChartBucket
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    double minBps = 0.0;
    double maxBps = 0.0;
    double meanBps = 0.0;
    qint64 bytes = 0;
};

struct ChartSeries
{
    SeriesKey key;
    bool found = false; // the series exists in the database
    Resolution resolution = Resolution::Raw; // the finest level read
    qint64 bucketMs = 0; // width of one chart bucket
    QList<ChartBucket> buckets; // only buckets with data, oldest first

    // Polylines through min and max of each bucket (two points per bucket,
    // x = UTC ms, y = bit/s), one per run of adjacent buckets: a gap in the
    // data is a break between polylines, never a line drawn across it.
    QList<QList<QPointF>> segments() const;
};

// Range queries for charts. For a time range and a pixel width it reads the
// coarsest resolution that still has at least one bucket per pixel (raw when
// no rollup is that fine), and returns at most about two points per pixel:
// min and max per chart bucket, so a one-minute peak survives in a one-year
// view. Parts of the range that a level no longer holds (retention) are read
// from the next coarser level that does.
class HistoryChart
{
public:
    explicit HistoryChart(sqlite3 *db)
        : m_db(db)
    { }

    QList<ChartSeries> query(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs, int widthPx) const;

    // The resolution query() starts from for this range and width.
    static Resolution chooseResolution(qint64 fromMs, qint64 toMs, int widthPx);

private:
    struct Grid;
    // Up to this many series, raw is read series by series (readChain), not
    // by one scan of every series' rows in the range.
    static constexpr size_t chainedSeriesMax = 16;
    void readChain(qint64 seriesId, qint64 fromMs, qint64 toMs, Grid *grid) const;

    sqlite3 *m_db;
};

} // namespace Bandwatch
