#include "benchparts.h"
#include "storage/historystore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

namespace Bandwatch::Bench {

double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

double percentile(std::vector<double> v, double fraction)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const auto rank = size_t(std::ceil(fraction * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

void writeLatency(const QString &dir, int seriesCount, qint64 total, bool fullSync, int pauseMs)
{
    constexpr qint64 listSamples = 250'000; // a back-fill appends lists this big (maxBatchSamples)
    constexpr qint64 intervalMs = 60'000;
    constexpr qint64 t0 = 1'704'067'200'000 + 7'000;
    std::printf("== write() latency: %lld samples of %d series appended as lists of %lld, synchronous=%s; "
                "a write() every %d ms\n",
                static_cast<long long>(total), seriesCount, static_cast<long long>(listSamples),
                fullSync ? "FULL" : "NORMAL", pauseMs);
    std::vector<SampleList> lists;
    SampleList current;
    for (qint64 i = 0; i < total; ++i) {
        Sample x;
        x.key.source = QStringLiteral("backfill");
        x.key.series = QStringLiteral("if%1").arg(i % seriesCount);
        x.startMs = t0 + (i / seriesCount) * intervalMs;
        x.endMs = x.startMs + intervalMs;
        x.bytes = quint64(1'000'000 + i % 997);
        x.bps = double(x.bytes) * 8000.0 / double(intervalMs);
        current << x;
        if (current.size() == listSamples) {
            lists.push_back(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        lists.push_back(current);

    HistoryOptions o;
    o.synchronous = fullSync ? HistoryOptions::Synchronous::Full : HistoryOptions::Synchronous::Normal;
    o.retention.keepMs.fill(0);
    HistoryStore store;
    store.setOptions(o);
    QString e;
    if (!store.open(dir + QStringLiteral("/writelatency.db"), &e)) {
        std::printf("open failed: %s\n", qPrintable(e));
        return;
    }
    auto work = [](QSqlDatabase &db, QString *) {
        QSqlQuery q(db);
        return q.exec(
                   QStringLiteral("CREATE TABLE IF NOT EXISTS bench_state(k INTEGER PRIMARY KEY, v INTEGER)"))
            && q.exec(QStringLiteral("INSERT OR REPLACE INTO bench_state VALUES(1, 1)"));
    };
    store.write(work); // the table exists before timing starts

    // Before: a write() queued behind a whole sample transaction waited for
    // all of it. Its length, for comparison: one list, nothing else queued.
    QElapsedTimer timer;
    timer.start();
    store.append(lists.front());
    store.flush(&e);
    const double wholeTransactionMs = double(timer.nsecsElapsed()) / 1e6;

    std::atomic<bool> done { false };
    std::vector<double> latencies;
    std::thread writer([&] {
        while (!done.load()) {
            QElapsedTimer t;
            t.start();
            store.write(work);
            latencies.push_back(double(t.nsecsElapsed()) / 1e6);
            std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
        }
    });
    timer.restart();
    for (size_t i = 1; i < lists.size(); ++i)
        store.append(lists[i]);
    if (!store.flush(&e))
        std::printf("flush failed: %s\n", qPrintable(e));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    done.store(true);
    writer.join();
    std::printf("one %lld-sample transaction alone: %.0f ms (what a write() queued behind it used to wait)\n",
                static_cast<long long>(lists.front().size()), wholeTransactionMs);
    std::printf("during the back-fill (%.0f samples/s): %zu write() calls, median %.1f ms, p99 %.1f ms, "
                "max %.1f ms\n",
                double(total - lists.front().size()) / seconds, latencies.size(), median(latencies),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
}

} // namespace Bandwatch::Bench
