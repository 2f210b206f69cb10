#include "benchparts.h"
#include "storage/historystore.h"
#include "storage/sqlitestatement.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <cstdio>
#include <sqlite3.h>

namespace Bandwatch::Bench {

// One series' chart at the zooms the app offers, on a database of many
// series polled every minute (raw clustered by time holds them all).
void zoomCharts(const QString &dir, int seriesCount, bool fullSync)
{
    constexpr qint64 minuteMs = 60'000;
    constexpr qint64 hourMs = 60 * minuteMs;
    constexpr qint64 dayMs = 24 * hourMs;
    constexpr qint64 t0 = 1'704'067'200'000 + 7'000;
    constexpr qint64 days = 2;
    std::printf("== chart zooms: %d series, %lld days of 60 s samples; one series at 1,920 px\n", seriesCount,
                static_cast<long long>(days));
    HistoryOptions o;
    o.synchronous = fullSync ? HistoryOptions::Synchronous::Full : HistoryOptions::Synchronous::Normal;
    o.retention.keepMs.fill(0);
    HistoryStore store;
    store.setOptions(o);
    QString e;
    if (!store.open(dir + QStringLiteral("/zoom.db"), &e)) {
        std::printf("open failed: %s\n", qPrintable(e));
        return;
    }
    QList<SeriesKey> keys;
    for (int s = 0; s < seriesCount; ++s) {
        SeriesKey k;
        k.source = QStringLiteral("zoom");
        k.series = QStringLiteral("if%1").arg(s);
        keys << k;
    }
    const qint64 end = t0 + days * dayMs;
    for (qint64 t = t0; t < end; t += minuteMs) {
        SampleList poll;
        for (const SeriesKey &k : keys) {
            Sample x;
            x.key = k;
            x.startMs = t;
            x.endMs = t + minuteMs;
            x.bytes = quint64(1'000'000 + (t / minuteMs) % 1000);
            x.bps = double(x.bytes) * 8000.0 / double(minuteMs);
            poll << x;
        }
        store.append(poll);
    }
    if (!store.flush(&e)) {
        std::printf("flush failed: %s\n", qPrintable(e));
        return;
    }
    const SeriesKey &k = keys[seriesCount / 2];
    sqlite3 *h = sqliteHandle(store.readConnection());
    qint64 id = 0;
    {
        SqliteStatement q(h, "SELECT id FROM series WHERE name = ?1");
        q.bind(1, k.series);
        if (q.step() == SQLITE_ROW)
            id = q.int64(0);
    }
    struct Zoom
    {
        const char *name;
        qint64 ms;
    };
    const Zoom zooms[] = { { "15 min", 15 * minuteMs },
                           { "1 h", hourMs },
                           { "24 h", dayMs },
                           { "7 d", 7 * dayMs },
                           { "30 d", 30 * dayMs } };
    // Before: raw was read by one scan of the range for any number of series;
    // chart() still does that for more than 16 series (17 here, the figure
    // is for all of them).
    QList<SeriesKey> seventeen = keys.mid(0, 17);
    std::printf("| view | level read | buckets | chart() median | scan path, 17 series (as before) | "
                "raw rows of the series in range | selecting them (median) |\n");
    for (const Zoom &z : zooms) {
        const qint64 from = end - z.ms;
        std::vector<double> chart, raw;
        qsizetype buckets = 0;
        Resolution level = Resolution::Raw;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer t;
            t.start();
            const QList<ChartSeries> r = store.chart({ k }, from, end, 1920);
            chart.push_back(double(t.nsecsElapsed()) / 1e6);
            buckets = r.first().buckets.size();
            level = r.first().resolution;
        }
        std::vector<double> scan;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            store.chart(seventeen, from, end, 1920);
            scan.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        qint64 rows = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            SqliteStatement q(h,
                              "SELECT start_ms, end_ms, bytes, bps FROM raw "
                              "WHERE series_id = ?1 AND start_ms >= ?2 AND start_ms < ?3 ORDER BY start_ms");
            q.bind(1, id);
            q.bind(2, from);
            q.bind(3, end);
            rows = 0;
            double sink = 0;
            while (q.step() == SQLITE_ROW) {
                sink += double(q.int64(0) + q.int64(2)) + q.real(3);
                ++rows;
            }
            raw.push_back(double(t.nsecsElapsed()) / 1e6);
            if (sink < 0)
                std::printf(" ");
        }
        static const char *const levelNames[] = { "raw", "1 min", "5 min", "1 h", "1 d" };
        std::printf("| %s | %s | %lld | %.2f ms | %.1f ms | %lld | %.1f ms |\n", z.name,
                    levelNames[int(level)], static_cast<long long>(buckets), median(chart), median(scan),
                    static_cast<long long>(rows), median(raw));
    }
}

} // namespace Bandwatch::Bench
