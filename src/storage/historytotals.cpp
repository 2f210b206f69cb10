#include "storage/historytotals.h"

#include "storage/historyreader.h"
#include "storage/retentionstate.h"
#include "storage/rollupbucket.h"
#include "storage/rolluplevel.h"
#include "storage/sqlitestatement.h"

#include <algorithm>
#include <sqlite3.h>

namespace Bandwatch {

namespace {

qint64 alignUp(qint64 t, qint64 w)
{
    return alignDown(t + w - 1, w);
}

} // namespace

HistoryTotals::~HistoryTotals() = default;

const RollupLevel &HistoryTotals::level(Resolution r) const
{
    auto &slot = m_levels[size_t(r) - 1];
    if (!slot) {
        slot = std::make_unique<RollupLevel>(m_db, r);
        slot->prepare(nullptr);
    }
    return *slot;
}

HistoryTotals::HistoryTotals(sqlite3 *db)
    : m_db(db)
{
    RetentionState state;
    if (m_db)
        state.load(m_db);
    m_horizon = state.purgedBefore;
}

QList<HistoryTotals::Series> HistoryTotals::resolve(const QList<SeriesKey> &keys) const
{
    QList<Series> out;
    HistoryReader reader(m_db);
    for (const SeriesKey &k : keys) {
        if (const auto info = reader.series(k))
            out << Series { info->id, info->maxDurationMs };
    }
    return out;
}

qint64 HistoryTotals::bytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs) const
{
    qint64 total = 0;
    fromMs = clampTime(fromMs);
    toMs = clampTime(toMs);
    if (!m_db || toMs <= fromMs)
        return 0;
    for (const Series &s : resolve(keys))
        total += sum(s, fromMs, toMs);
    return total;
}

qint64 HistoryTotals::bytes(const QList<SeriesKey> &keys, const CycleInterval &cycle) const
{
    if (!cycle.isValid())
        return 0;
    return bytes(keys, cycle.start.toMSecsSinceEpoch(), cycle.end.toMSecsSinceEpoch());
}

qint64 HistoryTotals::sum(const Series &s, qint64 a, qint64 b) const
{
    if (a >= b)
        return 0;
    for (int r = int(Resolution::Day); r >= int(Resolution::Minute); --r) {
        const auto res = static_cast<Resolution>(r);
        const qint64 w = bucketWidth(res);
        const qint64 a2 = alignUp(a, w);
        const qint64 b2 = alignDown(b, w);
        if (a2 >= b2 || a2 < m_horizon[size_t(r)])
            continue;
        RollupBucket middle;
        level(res).sum(s.id, a2, b2, &middle);
        return middle.bytes + sum(s, a, a2) + sum(s, b2, b);
    }
    return edgeSum(s, a, b);
}

qint64 HistoryTotals::edgeSum(const Series &s, qint64 a, qint64 b) const
{
    // Less than a whole bucket of any level that holds it: raw samples' exact
    // shares if raw still holds the time, else the finest level's buckets,
    // prorated by overlap.
    if (a - s.maxDurationMs >= m_horizon[size_t(Resolution::Raw)]) {
        SqliteStatement q(m_db,
                          "SELECT start_ms, end_ms, bytes FROM raw "
                          "WHERE start_ms >= ?1 AND start_ms < ?2 AND series_id = ?3");
        q.bind(1, a - s.maxDurationMs);
        q.bind(2, b);
        q.bind(3, s.id);
        qint64 total = 0;
        while (q.step() == SQLITE_ROW) {
            const qint64 start = q.int64(0), end = q.int64(1), bytes = q.int64(2);
            if (end <= a)
                continue;
            // Share of [a, b): the same cumulative rounding as the rollups.
            auto upTo = [&](qint64 t) {
                if (t >= end)
                    return bytes;
                if (t <= start)
                    return qint64(0);
                return proportion(bytes, t - start, end - start);
            };
            total += upTo(b) - upTo(a);
        }
        return total;
    }
    for (int r = int(Resolution::Minute); r <= int(Resolution::Day); ++r) {
        const auto res = static_cast<Resolution>(r);
        const qint64 w = bucketWidth(res);
        if (alignDown(a, w) < m_horizon[size_t(r)])
            continue;
        qint64 total = 0;
        level(res).scan(s.id, alignDown(a, w), b, [&](qint64 bucket, const RollupBucket &rollup) {
            const qint64 overlap = std::min(b, bucket + w) - std::max(a, bucket);
            if (overlap > 0)
                total += proportion(rollup.bytes, overlap, w);
        });
        return total;
    }
    return 0;
}

QList<PeriodTotal> HistoryTotals::totals(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                         Period period, const QTimeZone &zone) const
{
    QList<PeriodTotal> out;
    fromMs = clampTime(fromMs);
    toMs = clampTime(toMs);
    if (!m_db || toMs <= fromMs)
        return out;
    const QList<Series> series = resolve(keys);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, zone);
    QDateTime start;
    switch (period) {
    case Period::Hour:
        // Hours of the zone; for whole-hour offsets these are UTC hours.
        start = QDateTime::fromMSecsSinceEpoch(alignDown(fromMs, 3'600'000), zone);
        if (zone.offsetFromUtc(from) % 3600 != 0)
            start = QDateTime(from.date(), QTime(from.time().hour(), 0), zone);
        break;
    case Period::Day:
        start = QDateTime(from.date(), QTime(0, 0), zone);
        break;
    case Period::Month:
        start = QDateTime(QDate(from.date().year(), from.date().month(), 1), QTime(0, 0), zone);
        break;
    }
    while (start.toMSecsSinceEpoch() < toMs) {
        QDateTime next;
        switch (period) {
        case Period::Hour:
            next = start.addSecs(3600);
            break;
        case Period::Day:
            next = QDateTime(start.date().addDays(1), QTime(0, 0), zone);
            break;
        case Period::Month:
            next = QDateTime(start.date().addMonths(1), QTime(0, 0), zone);
            break;
        }
        if (next.toMSecsSinceEpoch() <= start.toMSecsSinceEpoch()) // a DST gap swallowed midnight
            next = start.addSecs(period == Period::Hour ? 3600 : 86'400);
        PeriodTotal t;
        t.startMs = std::max(fromMs, start.toMSecsSinceEpoch());
        t.endMs = std::min(toMs, next.toMSecsSinceEpoch());
        for (const Series &s : series)
            t.bytes += sum(s, t.startMs, t.endMs);
        out << t;
        start = next;
    }
    return out;
}

std::optional<Percentile> HistoryTotals::percentile95(const QList<SeriesKey> &keys,
                                                      const CycleInterval &cycle) const
{
    if (!cycle.isValid())
        return std::nullopt;
    return percentile(keys, cycle.start.toMSecsSinceEpoch(), cycle.end.toMSecsSinceEpoch(), 0.95);
}

std::optional<Percentile> HistoryTotals::percentile(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                                    double fraction) const
{
    const qint64 w = bucketWidth(Resolution::FiveMinutes);
    fromMs = clampTime(fromMs);
    toMs = clampTime(toMs);
    const qint64 first = alignUp(fromMs, w);
    const qint64 last = alignDown(toMs, w); // whole buckets inside the interval only
    if (!m_db || last <= first)
        return std::nullopt;
    std::vector<std::pair<qint64, double>> rows;
    const QList<Series> series = resolve(keys);
    for (const Series &s : series) {
        // CDN billing: the bytes of the interval over all of its 300 s. A bucket
        // with one minute of data counts that minute's bytes spread over five,
        // not the minute's rate (the mean over covered time would).
        level(Resolution::FiveMinutes)
            .scan(s.id, first, last, [&rows, w](qint64 bucket, const RollupBucket &r) {
                rows.emplace_back(bucket, double(r.bytes) * 8000.0 / double(w));
            });
    }
    if (rows.empty())
        return std::nullopt;
    // Sum the series per bucket (rows of one series come in bucket order).
    std::vector<double> values;
    if (series.size() == 1) {
        values.reserve(rows.size());
        for (const auto &r : rows)
            values.push_back(r.second);
    } else {
        std::sort(rows.begin(), rows.end());
        for (size_t i = 0; i < rows.size(); ++i) {
            if (i > 0 && rows[i].first == rows[i - 1].first)
                values.back() += rows[i].second;
            else
                values.push_back(rows[i].second);
        }
    }
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least `fraction` of the values at or below it.
    const auto rank = size_t(std::ceil(fraction * double(values.size()) - 1e-9));
    Percentile p;
    p.bps = values[std::clamp<size_t>(rank, 1, values.size()) - 1];
    p.buckets = int(values.size());
    p.expectedBuckets = int((last - first) / w);
    p.complete = first >= m_horizon[size_t(Resolution::FiveMinutes)];
    return p;
}

} // namespace Bandwatch
