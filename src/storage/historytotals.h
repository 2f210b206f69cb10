#pragma once

#include "core/billingcycle.h"
#include "core/sample.h"
#include "storage/historyoptions.h"

#include <QList>
#include <QTimeZone>
#include <array>
#include <memory>
#include <optional>

struct sqlite3;

namespace Bandwatch {

class RollupLevel;

struct PeriodTotal
{
    qint64 startMs = 0; // UTC
    qint64 endMs = 0;
    qint64 bytes = 0;
};

struct Percentile
{
    double bps = 0.0; // the 95th percentile of 5-minute bit/s (bytes x 8 / 300 s)
    int buckets = 0; // 5-minute buckets with data in the interval
    int expectedBuckets = 0; // 5-minute buckets the interval spans
    bool complete = true; // false if retention already removed part of the interval
};

// Byte totals and the 95th percentile, from the rollups. A range is split
// into whole days, hours, 5- and 1-minute buckets and raw samples at its
// edges, so a cycle costs a handful of index range sums whatever its length.
// Where retention removed the finer levels, edge buckets are prorated.
class HistoryTotals
{
public:
    enum class Period { Hour, Day, Month };

    explicit HistoryTotals(sqlite3 *db);
    ~HistoryTotals();

    // Bytes of the series (summed) in [fromMs, toMs).
    qint64 bytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs) const;
    qint64 bytes(const QList<SeriesKey> &keys, const CycleInterval &cycle) const;
    // One total per period in [fromMs, toMs), periods starting at local
    // midnight / the hour in `zone`; the first and last are clipped to the range.
    QList<PeriodTotal> totals(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs, Period period,
                              const QTimeZone &zone = QTimeZone::utc()) const;
    // The 95th percentile (as CDNs bill): per 5-minute bucket, the bytes of the
    // series (summed) x 8 / 300 s, also where samples cover only part of the
    // bucket; sorted, the top 5 % discarded. Buckets without any data are not
    // counted. nullopt if there is no 5-minute data in the interval.
    std::optional<Percentile> percentile95(const QList<SeriesKey> &keys, const CycleInterval &cycle) const;
    std::optional<Percentile> percentile(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                         double fraction) const;

private:
    struct Series
    {
        qint64 id;
        qint64 maxDurationMs;
    };
    QList<Series> resolve(const QList<SeriesKey> &keys) const;
    qint64 sum(const Series &s, qint64 a, qint64 b) const;
    qint64 edgeSum(const Series &s, qint64 a, qint64 b) const;

    const RollupLevel &level(Resolution r) const;

    sqlite3 *m_db;
    std::array<qint64, 5> m_horizon {};
    mutable std::array<std::unique_ptr<RollupLevel>, 4> m_levels; // prepared on first use
};

} // namespace Bandwatch
