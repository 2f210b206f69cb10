#include "storage/historychart.h"

#include "storage/historyreader.h"
#include "storage/retentionstate.h"
#include "storage/rollupbucket.h"
#include "storage/rolluplevel.h"
#include "storage/sqlitestatement.h"

#include <sqlite3.h>
#include <unordered_map>
#include <vector>

namespace Bandwatch {

QList<QList<QPointF>> ChartSeries::segments() const
{
    QList<QList<QPointF>> out;
    qint64 previousEnd = std::numeric_limits<qint64>::min();
    for (const ChartBucket &b : buckets) {
        if (out.isEmpty() || b.startMs > previousEnd)
            out.append(QList<QPointF>());
        const double mid = double(b.startMs) + double(b.endMs - b.startMs) / 2.0;
        out.last() << QPointF(double(b.startMs), b.minBps) << QPointF(mid, b.maxBps);
        previousEnd = b.endMs;
    }
    return out;
}

// A chart's buckets over [from, to) of one grid: `width` wide, aligned to
// `origin`.
struct HistoryChart::Grid
{
    qint64 origin;
    qint64 width;
    qint64 from;
    qint64 to;
    std::vector<RollupBucket> cells;

    Grid(qint64 o, qint64 w, qint64 f, qint64 t)
        : origin(o)
        , width(w)
        , from(f)
        , to(t)
    {
        const qint64 first = floorDiv(from - origin, width);
        const qint64 last = floorDiv(to - 1 - origin, width);
        cells.resize(size_t(std::max<qint64>(0, last - first + 1)));
        firstIndex = first;
    }
    qint64 firstIndex = 0;

    // Adds a row covering [start, end) with the given stats; a row wider
    // than a cell goes into every cell it overlaps.
    void add(qint64 start, qint64 end, qint64 bytes, double minBps, double maxBps, double meanBps)
    {
        const qint64 s = std::max(start, from);
        const qint64 e = std::min(end, to);
        if (e <= s)
            return;
        splitSample(start - origin, end - origin, bytes, width,
                    [&](qint64 b, qint64 part, qint64 overlap, bool) {
                        const qint64 idx = b / width - firstIndex;
                        if (idx < 0 || idx >= qint64(cells.size()))
                            return;
                        RollupBucket &c = cells[size_t(idx)];
                        c.bytes += part;
                        c.minBps = std::min(c.minBps, minBps);
                        c.maxBps = std::max(c.maxBps, maxBps);
                        c.bpsMs += meanBps * double(overlap);
                        c.coveredMs += overlap;
                    });
    }

    void appendTo(QList<ChartBucket> *out) const
    {
        for (size_t i = 0; i < cells.size(); ++i) {
            const RollupBucket &c = cells[i];
            if (c.coveredMs <= 0)
                continue;
            ChartBucket b;
            b.startMs = std::max(from, origin + (firstIndex + qint64(i)) * width);
            b.endMs = std::min(to, origin + (firstIndex + qint64(i) + 1) * width);
            b.minBps = c.minBps;
            b.maxBps = c.maxBps;
            b.meanBps = c.meanBps();
            b.bytes = c.bytes;
            out->append(b);
        }
    }
};

namespace {

qint64 cellWidth(Resolution r, double pixelMs)
{
    if (r == Resolution::Raw)
        return std::max<qint64>(1, qint64(std::ceil(pixelMs)));
    const qint64 w = bucketWidth(r);
    return std::max<qint64>(1, qint64(std::ceil(pixelMs / double(w)))) * w;
}

} // namespace

// raw is clustered by (start_ms, series_id): a range scan for one series
// reads every series' rows in the range (1.44 M rows for 24 h of 1,000
// series). A series' samples are usually contiguous (a counter source's
// sample ends where the next begins), so each next one is a point lookup at
// (end, series); only where that chain breaks (a gap, a jittered start) is the
// range scanned, up to the series' next row.
void HistoryChart::readChain(qint64 seriesId, qint64 fromMs, qint64 toMs, Grid *grid) const
{
    SqliteStatement at(m_db, "SELECT end_ms, bytes, bps FROM raw WHERE start_ms = ?1 AND series_id = ?2");
    SqliteStatement next(
        m_db,
        "SELECT start_ms, end_ms, bytes, bps FROM raw WHERE start_ms >= ?1 AND start_ms < ?2 "
        "AND series_id = ?3 ORDER BY start_ms LIMIT 1");
    qint64 t = fromMs;
    bool chained = false; // a row may start exactly at t
    while (t < toMs) {
        qint64 start = t, end = 0, bytes = 0;
        double bps = 0;
        bool found = false;
        if (chained) {
            at.bind(1, t);
            at.bind(2, seriesId);
            if (at.step() == SQLITE_ROW) {
                end = at.int64(0);
                bytes = at.int64(1);
                bps = at.real(2);
                found = true;
            }
            at.reset();
        }
        if (!found) {
            next.bind(1, t);
            next.bind(2, toMs);
            next.bind(3, seriesId);
            if (next.step() == SQLITE_ROW) {
                start = next.int64(0);
                end = next.int64(1);
                bytes = next.int64(2);
                bps = next.real(3);
                found = true;
            }
            next.reset();
        }
        if (!found || end <= start)
            return;
        grid->add(start, end, bytes, bps, bps, bps);
        t = end;
        chained = true;
    }
}

Resolution HistoryChart::chooseResolution(qint64 fromMs, qint64 toMs, int widthPx)
{
    const double pixelMs = double(toMs - fromMs) / double(std::max(1, widthPx));
    for (int r = int(Resolution::Day); r >= int(Resolution::Minute); --r) {
        if (double(bucketWidth(static_cast<Resolution>(r))) <= pixelMs)
            return static_cast<Resolution>(r);
    }
    return Resolution::Raw;
}

QList<ChartSeries> HistoryChart::query(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                       int widthPx) const
{
    fromMs = clampTime(fromMs);
    toMs = clampTime(toMs);
    QList<ChartSeries> out;
    HistoryReader reader(m_db);
    RetentionState state;
    if (m_db)
        state.load(m_db);
    const Resolution start = chooseResolution(fromMs, toMs, widthPx);
    const double pixelMs = double(toMs - fromMs) / double(std::max(1, widthPx));

    std::vector<SeriesInfo> infos;
    for (const SeriesKey &key : keys) {
        ChartSeries cs;
        cs.key = key;
        cs.resolution = start;
        cs.bucketMs = cellWidth(start, pixelMs);
        const std::optional<SeriesInfo> info = m_db && toMs > fromMs ? reader.series(key) : std::nullopt;
        cs.found = info.has_value();
        infos.push_back(info.value_or(SeriesInfo {}));
        out << cs;
    }

    // Walk from the chosen level to coarser ones; each level serves the part
    // of the remaining range it still holds, newest part first.
    qint64 remainingTo = toMs;
    std::vector<std::pair<Resolution, std::pair<qint64, qint64>>> pieces;
    for (int r = int(start); r < resolutionCount && remainingTo > fromMs; ++r) {
        const auto res = static_cast<Resolution>(r);
        qint64 held = state.horizon(res);
        if (res == Resolution::Raw) {
            qint64 maxDuration = 0;
            for (const SeriesInfo &i : infos)
                maxDuration = std::max(maxDuration, i.maxDurationMs);
            held = held == RetentionState::none ? held : held + maxDuration;
        } else if (held != RetentionState::none) {
            held = std::max(held, alignDown(held + bucketWidth(res) - 1, bucketWidth(res)));
        }
        const qint64 pieceFrom = std::max(fromMs, std::min(held, remainingTo));
        if (pieceFrom < remainingTo)
            pieces.push_back({ res, { pieceFrom, remainingTo } });
        remainingTo = pieceFrom;
    }

    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) {
        const Resolution res = it->first;
        const qint64 from = it->second.first;
        const qint64 to = it->second.second;
        const qint64 width = cellWidth(res, pixelMs);
        if (res == Resolution::Raw) {
            // One scan of the time range serves every requested series.
            std::unordered_map<qint64, size_t> index;
            qint64 maxDuration = 0;
            for (size_t i = 0; i < infos.size(); ++i) {
                if (out[qsizetype(i)].found) {
                    index.emplace(infos[i].id, i);
                    maxDuration = std::max(maxDuration, infos[i].maxDurationMs);
                }
            }
            std::vector<Grid> grids(infos.size(), Grid(from, width, from, to));
            if (index.size() <= chainedSeriesMax) {
                for (const auto &[id, i] : index)
                    readChain(id, from - infos[i].maxDurationMs, to, &grids[i]);
                for (size_t i = 0; i < infos.size(); ++i)
                    grids[i].appendTo(&out[qsizetype(i)].buckets);
                continue;
            }
            SqliteStatement q(m_db,
                              "SELECT series_id, start_ms, end_ms, bytes, bps FROM raw "
                              "WHERE start_ms >= ?1 AND start_ms < ?2");
            q.bind(1, from - maxDuration);
            q.bind(2, to);
            while (q.step() == SQLITE_ROW) {
                const auto found = index.find(q.int64(0));
                if (found == index.end())
                    continue;
                const double bps = q.real(4);
                grids[found->second].add(q.int64(1), q.int64(2), q.int64(3), bps, bps, bps);
            }
            for (size_t i = 0; i < infos.size(); ++i)
                grids[i].appendTo(&out[qsizetype(i)].buckets);
            continue;
        }
        RollupLevel level(m_db, res);
        if (!level.prepare(nullptr))
            continue;
        const qint64 bw = bucketWidth(res);
        for (size_t i = 0; i < infos.size(); ++i) {
            if (!out[qsizetype(i)].found)
                continue;
            Grid grid(0, width, from, to);
            level.scan(infos[i].id, alignDown(from, bw), to, [&](qint64 b, const RollupBucket &r) {
                grid.add(b, b + bw, r.bytes, r.minBps, r.maxBps, r.meanBps());
            });
            grid.appendTo(&out[qsizetype(i)].buckets);
        }
    }
    return out;
}

} // namespace Bandwatch
