// History store benchmark (issue 3). Run by hand; results go to
// docs/performance.md, section "History store (issue 3)".
//
//   bench_historystore [--series 1000] [--samples 2000000] [--interval 10]
//                      [--sync full|normal] [--dir /tmp]
//                      [--only ingest,live,chart,writelatency,zoom]

#include "benchparts.h"
#include "storage/historyconnection.h"
#include "storage/historyschema.h"
#include "storage/historystore.h"
#include "storage/sqlitestatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace Bandwatch;

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 dayMs = 86'400'000;
constexpr qint64 yearStartMs = 1'704'067'200'000; // 2024-01-01, 366 days

using Bench::median;

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

qint64 livePages(const QSqlDatabase &db, qint64 *pageSize)
{
    sqlite3 *h = sqliteHandle(db);
    SqliteStatement a(h, "PRAGMA page_count"), b(h, "PRAGMA freelist_count"), c(h, "PRAGMA page_size");
    a.step();
    b.step();
    c.step();
    *pageSize = c.int64(0);
    return a.int64(0) - b.int64(0);
}

HistoryOptions options(bool fullSync, bool keepAll)
{
    HistoryOptions o;
    o.synchronous = fullSync ? HistoryOptions::Synchronous::Full : HistoryOptions::Synchronous::Normal;
    if (keepAll)
        o.retention.keepMs.fill(0);
    return o;
}

void ingest(const QString &dir, int seriesCount, qint64 total, qint64 intervalMs, bool fullSync)
{
    const qint64 steps = total / seriesCount;
    std::printf("== ingest: %d series x %lld samples of %lld s (%lld samples), synchronous=%s\n", seriesCount,
                static_cast<long long>(steps), static_cast<long long>(intervalMs / 1000),
                static_cast<long long>(steps * seriesCount), fullSync ? "FULL" : "NORMAL");
    QList<SeriesKey> keys;
    for (int s = 0; s < seriesCount; ++s) {
        SeriesKey k;
        k.source = QStringLiteral("bench%1").arg(s % 10);
        k.series = QStringLiteral("if%1").arg(s);
        k.labels.insert(QStringLiteral("site"), QStringLiteral("fra"));
        k.direction = s % 2 ? Direction::Out : Direction::In;
        keys << k;
    }
    // The same rows for both contestants, built before any clock runs. One
    // list per poll of all series, as the collector appends them.
    QRandomGenerator rng(1);
    std::vector<SampleList> polls;
    polls.reserve(size_t(steps));
    const qint64 t0 = yearStartMs + 7'000; // polls do not fall on minute boundaries
    for (qint64 t = 0; t < steps; ++t) {
        SampleList poll;
        poll.reserve(seriesCount);
        for (int s = 0; s < seriesCount; ++s) {
            Sample x;
            x.key = keys[s];
            x.startMs = t0 + t * intervalMs;
            x.endMs = x.startMs + intervalMs;
            x.bytes = rng.bounded(10'000'000);
            x.bps = double(x.bytes) * 8000.0 / double(intervalMs);
            poll << x;
        }
        polls.push_back(std::move(poll));
    }
    const HistoryOptions o = options(fullSync, true);

    // 1. A plain loop of prepared sqlite3 inserts into the same raw table,
    //    same pragmas, same rows per transaction as the store's batches.
    double cRate = 0;
    {
        const QString path = dir + QStringLiteral("/plain.db");
        QDir().remove(path);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        QString e;
        const QByteArray pragmas = QByteArray("PRAGMA journal_mode=WAL; PRAGMA synchronous=")
            + (fullSync ? "FULL" : "NORMAL") + "; PRAGMA cache_size=-" + QByteArray::number(o.writerCacheKiB);
        sqliteExec(db, pragmas.constData(), &e);
        HistorySchema::migrate(db, &e);
        sqliteExec(db, "INSERT INTO sources(id, name) VALUES(1, 'x')", &e);
        SqliteStatement series(db,
                               "INSERT INTO series(id, source_id, name, labels, direction, canonical) "
                               "VALUES(?1, 1, ?1, '{}', 0, ?1)");
        for (int s = 0; s < seriesCount; ++s) {
            series.bind(1, qint64(s + 1));
            series.exec();
            series.reset();
        }
        SqliteStatement ins(
            db, "INSERT INTO raw(start_ms, series_id, end_ms, bytes, bps) VALUES(?1, ?2, ?3, ?4, ?5)");
        QElapsedTimer timer;
        timer.start();
        qint64 inTransaction = 0;
        sqliteExec(db, "BEGIN", &e);
        for (const SampleList &poll : polls) {
            for (int s = 0; s < poll.size(); ++s) {
                const Sample &x = poll[s];
                ins.bind(1, x.startMs);
                ins.bind(2, qint64(s + 1));
                ins.bind(3, x.endMs);
                ins.bind(4, qint64(x.bytes));
                ins.bind(5, x.bps);
                ins.step();
                ins.reset();
            }
            inTransaction += poll.size();
            if (inTransaction >= o.maxBatchSamples) {
                sqliteExec(db, "COMMIT; BEGIN", &e);
                inTransaction = 0;
            }
        }
        sqliteExec(db, "COMMIT", &e);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        cRate = double(steps * seriesCount) / seconds;
        ins.finalize();
        series.finalize();
        sqlite3_close(db);
        std::printf("plain sqlite3 loop (raw table only): %.2f s, %.0f samples/s, %.1f MB\n", seconds, cRate,
                    double(fileSize(path)) / 1e6);
    }

    // 2. The store: append per poll from this thread, writer thread commits;
    //    the clock stops when flush() confirms everything is committed.
    {
        const QString path = dir + QStringLiteral("/store.db");
        QDir().remove(path);
        HistoryStore store;
        store.setOptions(o);
        QString e;
        if (!store.open(path, &e)) {
            std::printf("open failed: %s\n", qPrintable(e));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        for (const SampleList &poll : polls)
            store.append(poll);
        const double appendSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!store.flush(&e))
            std::printf("flush failed: %s\n", qPrintable(e));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double rate = double(steps * seriesCount) / seconds;
        std::printf(
            "HistoryStore (raw + 4 rollup levels): %.2f s, %.0f samples/s (%.2fx the plain loop's time); "
            "append() calls took %.3f s in total\n",
            seconds, rate, cRate / rate, appendSeconds);
        qint64 pageSize = 0;
        const double live = double(livePages(store.readConnection(), &pageSize) * pageSize);
        std::printf("  database: %.1f MB in use", live / 1e6);
        {
            SqliteStatement q(sqliteHandle(store.readConnection()),
                              "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6");
            while (q.step() == SQLITE_ROW)
                std::printf(", %s %.1f", qPrintable(q.text(0)), q.real(1) / 1e6);
        }
        std::printf("\n");
        store.close();
    }
}

qint64 bytesWrittenByProcess()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return 0;
}

// Live collection: one poll of every series a minute, each its own transaction.
void live(const QString &dir, int seriesCount, bool fullSync)
{
    std::printf("== live: %d series, one 60 s poll per transaction, synchronous=%s\n", seriesCount,
                fullSync ? "FULL" : "NORMAL");
    const QString path = dir + QStringLiteral("/live.db");
    HistoryStore store;
    store.setOptions(options(fullSync, true));
    QString e;
    if (!store.open(path, &e))
        return;
    auto poll = [&](int minute) {
        SampleList list;
        for (int s = 0; s < seriesCount; ++s) {
            Sample x;
            x.key.source = QStringLiteral("live");
            x.key.series = QStringLiteral("if%1").arg(s);
            x.startMs = yearStartMs + minute * minuteMs + 7'000;
            x.endMs = x.startMs + minuteMs;
            x.bytes = 1'000'000 + quint64(s);
            x.bps = double(x.bytes) * 8000.0 / double(minuteMs);
            list << x;
        }
        return list;
    };
    for (int m = 0; m < 120; ++m) { // two hours of history first
        store.append(poll(m));
        store.flush(&e);
    }
    const int polls = 60;
    std::vector<SampleList> lists;
    for (int m = 120; m < 120 + polls; ++m)
        lists.push_back(poll(m));
    const qint64 before = bytesWrittenByProcess();
    std::vector<double> ms;
    for (const SampleList &l : lists) {
        QElapsedTimer t;
        t.start();
        store.append(l);
        store.flush(&e);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double written = double(bytesWrittenByProcess() - before) / polls;
    std::printf(
        "per poll: median %.1f ms from append to committed, %.1f MB written to disk (WAL + checkpoints)\n",
        median(ms), written / 1e6);
}

void chartAndTotals(const QString &dir, bool fullSync)
{
    std::printf("== one series, one year of 1-minute samples\n");
    const QString path = dir + QStringLiteral("/year.db");
    QDir().remove(path);
    HistoryStore store;
    store.setOptions(options(fullSync, true));
    QString e;
    if (!store.open(path, &e)) {
        std::printf("open failed: %s\n", qPrintable(e));
        return;
    }
    SeriesKey k;
    k.source = QStringLiteral("bench");
    k.series = QStringLiteral("eth0");
    QRandomGenerator rng(2);
    SampleList chunk;
    const qint64 yearEnd = yearStartMs + 366 * dayMs;
    for (qint64 t = yearStartMs; t < yearEnd; t += minuteMs) {
        Sample x;
        x.key = k;
        x.startMs = t;
        x.endMs = t + minuteMs;
        x.bytes = rng.bounded(100'000'000);
        x.bps = double(x.bytes) * 8000.0 / double(minuteMs);
        chunk << x;
        if (chunk.size() == 10'000) {
            store.append(chunk);
            chunk.clear();
        }
    }
    store.append(chunk);
    store.flush(&e);

    std::vector<double> chart, raw;
    qsizetype points = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<ChartSeries> r = store.chart({ k }, yearStartMs, yearEnd, 1920);
        chart.push_back(double(t.nsecsElapsed()) / 1e6);
        points = r.first().buckets.size();
    }
    sqlite3 *h = sqliteHandle(store.readConnection());
    qint64 rows = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        SqliteStatement q(h,
                          "SELECT start_ms, end_ms, bytes, bps FROM raw "
                          "WHERE series_id = 1 AND start_ms >= ?1 AND start_ms < ?2 ORDER BY start_ms");
        q.bind(1, yearStartMs);
        q.bind(2, yearEnd);
        rows = 0;
        double sink = 0;
        while (q.step() == SQLITE_ROW) {
            sink += double(q.int64(0) + q.int64(1) + q.int64(2)) + q.real(3);
            ++rows;
        }
        raw.push_back(double(t.nsecsElapsed()) / 1e6);
        if (sink == 0)
            std::printf(" ");
    }
    std::printf(
        "chart, 1 year at 1920 px: median %.2f ms (%lld buckets, min/max each); selecting all %lld raw "
        "rows: median %.1f ms; %.0fx faster\n",
        median(chart), static_cast<long long>(points), static_cast<long long>(rows), median(raw),
        median(raw) / median(chart));

    // A monthly cycle in a +05:30 zone: neither end falls on a UTC day or hour.
    const QTimeZone zone("Asia/Kolkata");
    const CycleInterval cycle { QDateTime(QDate(2024, 5, 15), QTime(0, 0), zone).toUTC(),
                                QDateTime(QDate(2024, 6, 15), QTime(0, 0), zone).toUTC() };
    std::vector<double> totals, p95;
    qint64 bytes = 0;
    double p = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        bytes = store.bytes({ k }, cycle);
        totals.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        p = store.percentile95({ k }, cycle)->bps;
        p95.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "billing-cycle bytes (+05:30 month): median %.3f ms (%lld bytes); 95th percentile: median %.2f ms "
        "(%.0f bit/s)\n",
        median(totals), static_cast<long long>(bytes), median(p95), p);

    for (const char *check : { "PRAGMA quick_check", "PRAGMA integrity_check" }) {
        QElapsedTimer t;
        t.start();
        SqliteStatement q(h, check);
        while (q.step() == SQLITE_ROW) { }
        std::printf("%s on this file: %.0f ms\n", check, double(t.nsecsElapsed()) / 1e6);
    }

    qint64 pageSize = 0;
    const double all = double(livePages(store.readConnection(), &pageSize) * pageSize);
    store.close();
    // The same year under the default retention, seen at the end of the year.
    HistoryOptions o = options(fullSync, false);
    o.clock = [yearEnd] {
        return yearEnd;
    };
    store.setOptions(o);
    store.open(path, &e);
    store.applyRetention(&e);
    const double retained = double(livePages(store.readConnection(), &pageSize) * pageSize);
    std::printf(
        "size per series-year: %.1f MB keeping everything (raw 1-minute rows + rollups); %.1f MB under the "
        "default retention (raw 48 h, 1 min 14 d, 5 min 90 d, 1 h 2 y, 1 d forever); live pages\n",
        all / 1e6, retained / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("series"), QStringLiteral("Series count."), QStringLiteral("n"),
                       QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("samples"), QStringLiteral("Samples to ingest."), QStringLiteral("n"),
                       QStringLiteral("2000000") });
    parser.addOption({ QStringLiteral("interval"), QStringLiteral("Sample length, s."), QStringLiteral("s"),
                       QStringLiteral("10") });
    parser.addOption({ QStringLiteral("sync"), QStringLiteral("full or normal."), QStringLiteral("mode"),
                       QStringLiteral("full") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where the databases go."), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("only"), QStringLiteral("Any of ingest,live,chart,writelatency,zoom."),
                       QStringLiteral("parts"), QStringLiteral("ingest,live,chart") });
    parser.addOption({ QStringLiteral("write-pause"),
                       QStringLiteral("writelatency: ms between write() calls."), QStringLiteral("ms"),
                       QStringLiteral("100") });
    parser.process(app);
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
                          ? parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    const bool fullSync = parser.value(QStringLiteral("sync")) != QLatin1String("normal");
    const QStringList parts = parser.value(QStringLiteral("only")).split(u',');
    if (parts.contains(QLatin1String("ingest")))
        ingest(tmp.path(), parser.value(QStringLiteral("series")).toInt(),
               parser.value(QStringLiteral("samples")).toLongLong(),
               parser.value(QStringLiteral("interval")).toLongLong() * 1000, fullSync);
    if (parts.contains(QLatin1String("live")))
        live(tmp.path(), parser.value(QStringLiteral("series")).toInt(), fullSync);
    if (parts.contains(QLatin1String("chart")))
        chartAndTotals(tmp.path(), fullSync);
    if (parts.contains(QLatin1String("writelatency")))
        Bench::writeLatency(tmp.path(), parser.value(QStringLiteral("series")).toInt(),
                            parser.value(QStringLiteral("samples")).toLongLong(), fullSync,
                            parser.value(QStringLiteral("write-pause")).toInt());
    if (parts.contains(QLatin1String("zoom")))
        Bench::zoomCharts(tmp.path(), parser.value(QStringLiteral("series")).toInt(), fullSync);
    return 0;
}
