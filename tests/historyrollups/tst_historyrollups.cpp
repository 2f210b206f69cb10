#include "../historystore/historytestutil.h"
#include "storage/rollupbucket.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace Bandwatch;
using namespace HistoryTest;

namespace {

SampleList contiguous(const SeriesKey &k, qint64 t0, int count, qint64 durationMs, int jitterPercent,
                      quint32 seed, quint64 baseBytes = 100'000)
{
    QRandomGenerator rng(seed);
    SampleList out;
    qint64 t = t0;
    for (int i = 0; i < count; ++i) {
        const qint64 jitter = jitterPercent
            ? rng.bounded(-durationMs * jitterPercent / 100, durationMs * jitterPercent / 100 + 1)
            : 0;
        const qint64 d = std::max<qint64>(1, durationMs + jitter);
        out << sample(k, t, t + d, baseBytes + rng.bounded(50'000));
        t += d;
    }
    return out;
}

struct RefBucket
{
    double bytes = 0;
    qint64 exactBytes = 0;
    double minBps = 1e300, maxBps = -1e300;
    qint64 covered = 0;
    qint64 starts = 0;
    int parts = 0;
};

} // namespace

class TestHistoryRollups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rollupsMatchReference_data();
    void rollupsMatchReference();
    void correctionsMatchFreshStore_data();
    void correctionsMatchFreshStore();
    void retention_data();
    void retention();
    void retentionRunsByItself();
    void retentionChangesWhileOpen();

private:
    QString path(const QString &name) { return m_dir.filePath(name + QStringLiteral(".db")); }
    QTemporaryDir m_dir;
};

void TestHistoryRollups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryRollups::rollupsMatchReference_data()
{
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("jitter");
    QTest::newRow("10 s aligned") << qint64(10'000) << qint64(0) << 2000 << 0;
    QTest::newRow("60 s, jitter 10 %, unaligned") << qint64(60'000) << qint64(17'345) << 1500 << 10;
    QTest::newRow("7 s odd") << qint64(7'000) << qint64(3'001) << 3000 << 0;
    QTest::newRow("1 h vnstat-like") << hourMs << qint64(0) << 80 << 0;
    QTest::newRow("90 min across buckets") << qint64(90 * minuteMs) << qint64(20 * minuteMs) << 40 << 0;
    QTest::newRow("1 day") << dayMs << qint64(0) << 5 << 0;
}

void TestHistoryRollups::rollupsMatchReference()
{
    QFETCH(qint64, durationMs);
    QFETCH(qint64, offsetMs);
    QFETCH(int, count);
    QFETCH(int, jitter);
    HistoryStore store;
    store.setOptions(keepEverything());
    QString error;
    QVERIFY2(store.open(path(QStringLiteral("ref-%1").arg(QTest::currentDataTag())), &error),
             qPrintable(error));
    SampleList all;
    for (int s = 0; s < 2; ++s)
        all += contiguous(key(s), yearStartMs + offsetMs, count, durationMs, jitter, quint32(s + 1));
    // Several appends so that buckets are completed across transactions.
    for (qsizetype i = 0; i < all.size(); i += 701)
        store.append(all.mid(i, 701));
    QVERIFY2(store.flush(&error), qPrintable(error));

    const QSqlDatabase db = store.readConnection();
    const qint64 rawBytes = scalar(db, QStringLiteral("SELECT sum(bytes) FROM raw"));
    for (int level = 0; level < 4; ++level) {
        const qint64 width = resolutionBucketMs[size_t(level + 1)];
        std::map<std::pair<int, qint64>, RefBucket> ref;
        for (const Sample &x : all) {
            const int series = x.key.series == key(0).series ? 1 : 2; // ids in order of first appearance
            for (qint64 b = alignDown(x.startMs, width); b < x.endMs; b += width) {
                const qint64 overlap = std::min(b + width, x.endMs) - std::max(b, x.startMs);
                RefBucket &r = ref[{ series, b }];
                r.bytes += double(x.bytes) * double(overlap) / double(x.endMs - x.startMs);
                r.minBps = std::min(r.minBps, x.bps);
                r.maxBps = std::max(r.maxBps, x.bps);
                r.covered += overlap;
                r.starts += x.startMs >= b ? 1 : 0;
                ++r.parts;
            }
        }
        const QList<RollupRow> stored = rollupRows(db, rollupLevels[level]);
        QCOMPARE(rollupBytes(db, rollupLevels[level]), rawBytes);
        size_t rows = 0;
        for (const RollupRow &row : stored) {
            ++rows;
            const auto it = ref.find({ int(row.series), row.bucket });
            QVERIFY(it != ref.end());
            const RefBucket &r = it->second;
            QVERIFY2(std::abs(double(row.b.bytes) - r.bytes) <= r.parts,
                     qPrintable(QStringLiteral("level %1 bucket %2: %3 vs %4")
                                    .arg(level)
                                    .arg(row.bucket)
                                    .arg(row.b.bytes)
                                    .arg(r.bytes)));
            QCOMPARE(row.b.minBps, r.minBps);
            QCOMPARE(row.b.maxBps, r.maxBps);
            QCOMPARE(row.b.coveredMs, r.covered);
            QCOMPARE(row.b.samples, r.starts);
            QVERIFY(row.b.meanBps() >= r.minBps * (1 - 1e-9) && row.b.meanBps() <= r.maxBps * (1 + 1e-9));
        }
        QCOMPARE(rows, ref.size());
    }
}

// A store that saw data and then corrections must end up with exactly the
// rollups of a store that only ever saw the corrected data.
void TestHistoryRollups::correctionsMatchFreshStore_data()
{
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<int>("correctFrom");
    QTest::addColumn<int>("correctCount");
    QTest::addColumn<double>("factor"); // bytes of the corrected samples x factor
    QTest::addColumn<bool>("sameAppend"); // original and correction in one append
    QTest::addColumn<int>("missing"); // samples [correctFrom, +correctCount) absent at first
    QTest::addColumn<qint64>("ageMs"); // how old the data is when corrected (retention on)
    QTest::newRow("raise, within raw") << minuteMs << 50 << 10 << 3.0 << false << 0 << hourMs;
    QTest::newRow("lower the peak, within raw") << minuteMs << 55 << 1 << 0.01 << false << 0 << hourMs;
    QTest::newRow("identical re-import") << minuteMs << 30 << 60 << 1.0 << false << 0 << hourMs;
    QTest::newRow("correction in the same append") << minuteMs << 10 << 20 << 2.0 << true << 0 << hourMs;
    QTest::newRow("gap filled late") << minuteMs << 40 << 10 << 1.0 << false << 1 << hourMs;
    QTest::newRow("unaligned 45 s samples corrected")
        << qint64(45'000) << 20 << 30 << 0.5 << false << 0 << hourMs;
    QTest::newRow("hourly re-import, older than raw") << hourMs << 0 << 48 << 1.0 << false << 0 << 10 * dayMs;
    QTest::newRow("hourly revised, older than raw") << hourMs << 5 << 10 << 1.7 << false << 0 << 10 * dayMs;
    QTest::newRow("5 min re-import, older than raw")
        << 5 * minuteMs << 0 << 300 << 1.0 << false << 0 << 10 * dayMs;
    QTest::newRow("5 min revised, older than 1 min")
        << 5 * minuteMs << 100 << 50 << 0.3 << false << 0 << 30 * dayMs;
    QTest::newRow("daily re-import, older than 5 min")
        << dayMs << 0 << 10 << 1.0 << false << 0 << 120 * dayMs;
}

void TestHistoryRollups::correctionsMatchFreshStore()
{
    QFETCH(qint64, durationMs);
    QFETCH(int, correctFrom);
    QFETCH(int, correctCount);
    QFETCH(double, factor);
    QFETCH(bool, sameAppend);
    QFETCH(int, missing);
    QFETCH(qint64, ageMs);

    const int total = std::max(correctFrom + correctCount + 10, 120);
    const qint64 t0 = alignDown(yearStartMs + 200 * dayMs, dayMs);
    const qint64 now = t0 + qint64(total) * durationMs + ageMs;
    HistoryOptions options; // default retention, at a fixed "now"
    options.clock = [now] {
        return now;
    };
    options.synchronous = HistoryOptions::Synchronous::Normal;

    SampleList original;
    for (int s = 0; s < 3; ++s)
        original += contiguous(key(s), t0, total, durationMs, 0, quint32(7 + s));
    SampleList corrections;
    SampleList final = original;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const int index = int(i % total);
        if (index >= correctFrom && index < correctFrom + correctCount) {
            Sample c = original[i];
            c.bytes = quint64(double(c.bytes) * factor);
            c.bps = c.bps * factor;
            corrections << c;
            final[i] = c;
        }
    }
    SampleList first = original;
    if (missing) {
        first.clear();
        for (qsizetype i = 0; i < original.size(); ++i) {
            const int index = int(i % total);
            if (index < correctFrom || index >= correctFrom + correctCount)
                first << original[i];
        }
    }

    QString error;
    HistoryStore corrected;
    corrected.setOptions(options);
    QVERIFY2(corrected.open(path(QStringLiteral("corr-a-%1").arg(QTest::currentDataTag())), &error),
             qPrintable(error));
    if (sameAppend) {
        corrected.append(first + corrections);
    } else {
        corrected.append(first);
        QVERIFY(corrected.flush(&error));
        QVERIFY2(corrected.applyRetention(&error), qPrintable(error));
        corrected.append(corrections);
    }
    QVERIFY2(corrected.flush(&error), qPrintable(error));
    QVERIFY2(corrected.applyRetention(&error), qPrintable(error));

    HistoryStore fresh;
    fresh.setOptions(options);
    QVERIFY2(fresh.open(path(QStringLiteral("corr-b-%1").arg(QTest::currentDataTag())), &error),
             qPrintable(error));
    fresh.append(final);
    QVERIFY2(fresh.flush(&error), qPrintable(error));
    QVERIFY2(fresh.applyRetention(&error), qPrintable(error));

    for (const Resolution level : rollupLevels) {
        const char *table = rollupTable(level);
        const QString a = rollupDump(corrected.readConnection(), level);
        const QString b = rollupDump(fresh.readConnection(), level);
        if (a != b) {
            const QStringList la = a.split(u'\n'), lb = b.split(u'\n');
            for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i) {
                if (la[i] != lb[i])
                    qWarning("%s first difference: %s vs %s", table, qPrintable(la[i]), qPrintable(lb[i]));
                if (la[i] != lb[i])
                    break;
            }
            qWarning("%s rows %lld vs %lld", table, qlonglong(la.size()), qlonglong(lb.size()));
        }
        QVERIFY2(a == b, table);
    }
    // Raw still held: the raw rows are the corrected ones.
    if (ageMs < dayMs) {
        QCOMPARE(dump(corrected.readConnection(), QStringLiteral("SELECT * FROM raw ORDER BY 1, 2")),
                 dump(fresh.readConnection(), QStringLiteral("SELECT * FROM raw ORDER BY 1, 2")));
    }
}

void TestHistoryRollups::retention_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<qint64>("keepMs"); // 0 = the default
    QTest::addColumn<int>("chunkRows");
    QTest::newRow("raw 48 h") << int(Resolution::Raw) << qint64(0) << 20'000;
    QTest::newRow("1 min 14 d") << int(Resolution::Minute) << qint64(0) << 20'000;
    QTest::newRow("5 min 90 d, small steps") << int(Resolution::FiveMinutes) << qint64(0) << 37;
    QTest::newRow("1 h 2 y") << int(Resolution::Hour) << qint64(0) << 20'000;
    QTest::newRow("1 day forever") << int(Resolution::Day) << qint64(0) << 20'000;
    QTest::newRow("1 h 30 d configured") << int(Resolution::Hour) << 30 * dayMs << 50;
    QTest::newRow("raw 6 h configured, small steps") << int(Resolution::Raw) << 6 * hourMs << 10;
}

void TestHistoryRollups::retention()
{
    QFETCH(int, resolution);
    QFETCH(qint64, keepMs);
    QFETCH(int, chunkRows);
    const auto res = static_cast<Resolution>(resolution);
    const qint64 now = yearStartMs + 3 * 366 * dayMs + 12345;
    HistoryOptions options;
    options.clock = [now] {
        return now;
    };
    options.retentionChunkRows = chunkRows;
    options.synchronous = HistoryOptions::Synchronous::Normal;
    if (keepMs)
        options.retention.setKeep(res, keepMs);
    // One 1-minute sample every 3 hours for three years, for 3 series.
    SampleList data;
    for (qint64 t = now - 3 * 366 * dayMs; t < now; t += 3 * hourMs)
        for (int s = 0; s < 3; ++s)
            data << sample(key(s), alignDown(t, minuteMs), alignDown(t, minuteMs) + minuteMs,
                           1000 + quint64(s));
    HistoryStore store;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(path(QStringLiteral("ret-%1").arg(QTest::currentDataTag())), &error),
             qPrintable(error));
    store.append(data);
    QVERIFY2(store.flush(&error), qPrintable(error));
    QVERIFY2(store.applyRetention(&error), qPrintable(error));

    const qint64 keep = options.retention.keep(res);

    const qint64 expected = [&] {
        qint64 n = 0;
        for (const Sample &x : data)
            n += keep == 0 || x.startMs >= now - keep - dayMs ? 1 : 0; // horizon aligns down by < 1 day
        return n;
    }();
    const QSqlDatabase db = store.readConnection();
    qint64 rows = 0;
    qint64 oldest = 0;
    if (res == Resolution::Raw) {
        rows = scalar(db, QStringLiteral("SELECT count(*) FROM raw"));
        oldest = scalar(db, QStringLiteral("SELECT min(start_ms) FROM raw"));
    } else {
        const QList<RollupRow> stored = rollupRows(db, res);
        rows = stored.size();
        oldest = std::numeric_limits<qint64>::max();
        for (const RollupRow &r : stored)
            oldest = std::min(oldest, r.bucket);
    }
    if (keep == 0) {
        QVERIFY(oldest <= data.first().startMs);
        if (res == Resolution::Raw)
            QCOMPARE(rows, qint64(data.size()));
    } else {
        QVERIFY2(oldest >= now - keep - dayMs, qPrintable(QString::number(now - keep - oldest)));
        QVERIFY(rows <= expected);
        // Nothing newer than the retention period was deleted.
        qint64 mustKeep = 0;
        for (const Sample &x : data)
            mustKeep += x.startMs >= now - keep ? 1 : 0;
        QVERIFY(rows >= mustKeep);
        QVERIFY(rows < qint64(data.size()));
    }
    // Daily totals survive everything: the daily level holds all bytes.
    QCOMPARE(rollupBytes(db, Resolution::Day),
             qint64(std::accumulate(data.begin(), data.end(), quint64(0),
                                    [](quint64 a, const Sample &x) { return a + x.bytes; })));
    // So do totals over the whole span, answered from the levels still there.
    QCOMPARE(store.bytes({ key(1) }, 0, forever), qint64(data.size() / 3 * 1001));
}

void TestHistoryRollups::retentionRunsByItself()
{
    const qint64 now = yearStartMs + 100 * dayMs;
    HistoryOptions options;
    options.clock = [now] {
        return now;
    };
    options.retentionIntervalMs = 50;
    options.retentionChunkRows = 100;
    HistoryStore store;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(path(QStringLiteral("auto")), &error), qPrintable(error));
    SampleList data;
    for (int i = 0; i < 2000; ++i)
        data << sample(key(0), now - 5 * dayMs + i * minuteMs, now - 5 * dayMs + (i + 1) * minuteMs, 10);
    store.append(data);
    QVERIFY(store.flush(&error));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(store.readConnection(), QStringLiteral("SELECT count(*) FROM raw")),
                              qint64(0), 10'000);
    QCOMPARE(rollupRows(store.readConnection(), Resolution::Minute).size(), 2000);
}

void TestHistoryRollups::retentionChangesWhileOpen()
{
    // A configuration reload shortens raw retention from the default 48 h to
    // 6 h: the open store follows it without a restart, by itself.
    const qint64 now = yearStartMs + 100 * dayMs;
    HistoryOptions options;
    options.clock = [now] {
        return now;
    };
    options.retentionIntervalMs = 50;
    HistoryStore store;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(path(QStringLiteral("policy")), &error), qPrintable(error));
    SampleList data;
    for (int i = 0; i < 24 * 60; ++i) // the last 24 hours, one per minute
        data << sample(key(0), now - dayMs + i * minuteMs, now - dayMs + (i + 1) * minuteMs, 10);
    store.append(data);
    QVERIFY(store.flush(&error));
    QVERIFY(store.applyRetention(&error));
    QCOMPARE(scalar(store.readConnection(), QStringLiteral("SELECT count(*) FROM raw")), qint64(24 * 60));

    RetentionPolicy shorter = options.retention;
    shorter.setKeep(Resolution::Raw, 6 * hourMs);
    QVERIFY2(store.setRetentionPolicy(shorter, &error), qPrintable(error));
    QCOMPARE(store.options().retention.keep(Resolution::Raw), 6 * hourMs);
    // The horizon aligns down to the next coarser bucket (1 min), so exactly 6 h stay.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(store.readConnection(), QStringLiteral("SELECT count(*) FROM raw")),
                              qint64(6 * 60), 10'000);
    QCOMPARE(rollupRows(store.readConnection(), Resolution::Minute).size(), 24 * 60);
}

QTEST_GUILESS_MAIN(TestHistoryRollups)
#include "tst_historyrollups.moc"
