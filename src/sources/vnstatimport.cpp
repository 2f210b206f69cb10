#include "sources/vnstatimport.h"

namespace Bandwatch {

VnstatSelection VnstatImport::select(const VnstatInterface &iface, qint64 fromMs)
{
    constexpr qint64 uncovered = std::numeric_limits<qint64>::max();
    VnstatSelection sel;
    qint64 coverStart = uncovered; // from here on, finer tables already account for everything
    bool finestSeen = false;

    for (VnstatTable table :
         { VnstatTable::FiveMinute, VnstatTable::Hour, VnstatTable::Day, VnstatTable::Month }) {
        // Months only before the days begin: one replacing a month's worth of
        // daily entries would cost the chart its days for little gain.
        const bool onlyOlder = table == VnstatTable::Month;
        VnstatBuckets list;
        for (const VnstatBucket &b : iface.tables.value(table))
            if (b.startMs >= fromMs)
                list << b;
        if (list.isEmpty())
            continue;

        if (!finestSeen) {
            finestSeen = true;
            sel.buckets = list;
            coverStart = list.first().startMs;
            continue;
        }

        VnstatBuckets older;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const VnstatBucket &b = list.at(i);
            if (b.endMs <= coverStart) {
                older << b;
            } else if (!onlyOlder && b.startMs < coverStart && i + 1 < list.size()) {
                // A complete coarse bucket that the finer table covers only in
                // part (vnstat pruned its beginning): it replaces the finer
                // entries inside it, unless they hold all of its traffic (a
                // database created in the middle of it). The newest bucket
                // of a table is still growing and never replaces: the finer
                // table always holds all of it.
                quint64 rx = 0, tx = 0;
                qsizetype inside = 0;
                for (; inside < sel.buckets.size() && sel.buckets.at(inside).startMs < b.endMs; ++inside) {
                    rx += sel.buckets.at(inside).rx;
                    tx += sel.buckets.at(inside).tx;
                }
                if (rx == b.rx && tx == b.tx)
                    continue;
                sel.buckets.remove(0, inside);
                older << b;
            }
        }
        if (!older.isEmpty()) {
            coverStart = older.first().startMs;
            sel.buckets = older + sel.buckets;
        }
    }

    if (!sel.buckets.isEmpty()) {
        sel.newestStartMs = sel.buckets.last().startMs;
        sel.reachesFrom =
            fromMs == std::numeric_limits<qint64>::min() || sel.buckets.first().startMs <= fromMs;
    }
    return sel;
}

} // namespace Bandwatch
