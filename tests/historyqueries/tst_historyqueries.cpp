#include "../historystore/historytestutil.h"
#include "storage/historychart.h"
#include "storage/historytotals.h"
#include "storage/rollupbucket.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <map>

using namespace Bandwatch;
using namespace HistoryTest;

namespace {

constexpr qint64 yearMs = 366 * dayMs;
constexpr double baseBps = 1e6;
constexpr double spikeBps = 9e9;
const qint64 spikeMs = yearStartMs + 201 * dayMs + 13 * hourMs + 37 * minuteMs;
const qint64 gapFromMs = yearStartMs + 300 * dayMs;
const qint64 gapToMs = gapFromMs + dayMs;
constexpr qint64 bStartMs = yearStartMs + 100 * dayMs + 17'000; // unaligned 1-minute samples
constexpr int bCount = 60 * 1440;
constexpr qint64 cStartMs = yearStartMs + 120 * dayMs;
constexpr int cCount = 45 * 288;

SeriesKey seriesA()
{
    return key(0);
}
SeriesKey seriesB()
{
    return key(1, Direction::Out);
}
SeriesKey seriesC()
{
    return key(2);
}
SeriesKey seriesD()
{
    return key(3);
}

quint64 bytesFor(double bps, qint64 ms)
{
    return quint64(std::llround(bps * double(ms) / 8000.0));
}

} // namespace

class TestHistoryQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chooseResolution_data();
    void chooseResolution();
    void chart_data();
    void chart();
    void spikeSurvivesOneYearView();
    void chartFallsBackAfterRetention();
    void rawChartOfFewSeriesMatchesTheScan_data();
    void rawChartOfFewSeriesMatchesTheScan();
    void totals_data();
    void totals();
    void periodTotals_data();
    void periodTotals();
    void percentile95_data();
    void percentile95();
    void percentile95OfPartlyCoveredBuckets_data();
    void percentile95OfPartlyCoveredBuckets();

private:
    qint64 referenceBytes(const SampleList &samples, qint64 from, qint64 to) const;
    QTemporaryDir m_dir;
    HistoryStore m_store;
    SampleList m_b, m_c, m_d;
};

void TestHistoryQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store.setOptions(keepEverything());
    QString error;
    QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("queries.db")), &error), qPrintable(error));
    // A: one year of 1-minute samples at 1 Mbit/s, one 1-minute spike, one day missing.
    SampleList chunk;
    for (qint64 t = yearStartMs; t < yearStartMs + yearMs; t += minuteMs) {
        if (t >= gapFromMs && t < gapToMs)
            continue;
        const double bps = t == spikeMs ? spikeBps : baseBps;
        Sample s = sample(seriesA(), t, t + minuteMs, bytesFor(bps, minuteMs));
        s.bps = bps;
        chunk << s;
        if (chunk.size() == 50'000) {
            m_store.append(chunk);
            chunk.clear();
        }
    }
    m_store.append(chunk);
    QRandomGenerator rng(42);
    for (int i = 0; i < bCount; ++i) {
        const qint64 t = bStartMs + i * minuteMs;
        m_b << sample(seriesB(), t, t + minuteMs, 1000 + rng.bounded(1'000'000));
    }
    for (int i = 0; i < cCount; ++i) {
        const qint64 t = cStartMs + i * 5 * minuteMs;
        m_c << sample(seriesC(), t, t + 5 * minuteMs, rng.bounded(100'000'000));
        m_d << sample(seriesD(), t, t + 5 * minuteMs, rng.bounded(30'000'000));
    }
    m_store.append(m_b);
    m_store.append(m_c);
    m_store.append(m_d);
    QVERIFY2(m_store.flush(&error), qPrintable(error));
}

qint64 TestHistoryQueries::referenceBytes(const SampleList &samples, qint64 from, qint64 to) const
{
    long double total = 0;
    for (const Sample &s : samples) {
        const qint64 overlap = std::min(to, s.endMs) - std::max(from, s.startMs);
        if (overlap > 0)
            total += static_cast<long double>(s.bytes) * overlap / (s.endMs - s.startMs);
    }
    return qint64(std::llround(total));
}

void TestHistoryQueries::chooseResolution_data()
{
    QTest::addColumn<qint64>("rangeMs");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("expected");
    QTest::newRow("5 min") << 5 * minuteMs << 1920 << int(Resolution::Raw);
    QTest::newRow("1 day") << dayMs << 1920 << int(Resolution::Raw);
    QTest::newRow("2 days") << 2 * dayMs << 1920 << int(Resolution::Minute);
    QTest::newRow("30 days") << 30 * dayMs << 1920 << int(Resolution::FiveMinutes);
    QTest::newRow("1 year") << yearMs << 1920 << int(Resolution::Hour);
    QTest::newRow("10 years") << 10 * yearMs << 1920 << int(Resolution::Day);
    QTest::newRow("1 year, 100 px") << yearMs << 100 << int(Resolution::Day);
}

void TestHistoryQueries::chooseResolution()
{
    QFETCH(qint64, rangeMs);
    QFETCH(int, width);
    QFETCH(int, expected);
    QCOMPARE(int(HistoryChart::chooseResolution(0, rangeMs, width)), expected);
}

void TestHistoryQueries::chart_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<int>("width");
    QTest::newRow("1 year") << yearStartMs << yearStartMs + yearMs << 1920;
    QTest::newRow("30 days around the gap") << gapFromMs - 15 * dayMs << gapFromMs + 15 * dayMs << 1920;
    QTest::newRow("2 days around the spike") << spikeMs - dayMs << spikeMs + dayMs << 1920;
    QTest::newRow("1 hour around the spike") << spikeMs - 30 * minuteMs << spikeMs + 30 * minuteMs << 1920;
    QTest::newRow("3 hours at 800 px, unaligned")
        << spikeMs - 77 * minuteMs - 1234 << spikeMs + 99 * minuteMs << 800;
    QTest::newRow("across the gap edge, raw") << gapToMs - 10 * minuteMs << gapToMs + 10 * minuteMs << 1000;
    QTest::newRow("empty range before the data") << yearStartMs - 10 * dayMs << yearStartMs - dayMs << 500;
}

void TestHistoryQueries::chart()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(int, width);
    const QList<ChartSeries> result = m_store.chart({ seriesA(), key(99) }, fromMs, toMs, width);
    QCOMPARE(result.size(), 2);
    QVERIFY(result[0].found);
    QVERIFY(!result[1].found);
    QVERIFY(result[1].buckets.isEmpty());
    const ChartSeries &a = result[0];
    QCOMPARE(a.resolution, HistoryChart::chooseResolution(fromMs, toMs, width));
    // At most ~2 points per pixel, at least 1 bucket per pixel where there is data.
    QVERIFY2(a.buckets.size() <= width + 1, qPrintable(QString::number(a.buckets.size())));
    qsizetype points = 0;
    for (const auto &segment : a.segments())
        points += segment.size();
    QVERIFY(points <= 2 * (width + 1));

    const bool hasSpike = spikeMs >= fromMs && spikeMs < toMs;
    const qint64 dataFrom = std::max(fromMs, yearStartMs), dataTo = std::min(toMs, yearStartMs + yearMs);
    const qint64 gapInside = std::max<qint64>(0, std::min(dataTo, gapToMs) - std::max(dataFrom, gapFromMs));
    double maxSeen = 0;
    qint64 covered = 0;
    for (const ChartBucket &b : a.buckets) {
        QVERIFY(b.startMs >= fromMs && b.endMs <= toMs && b.startMs < b.endMs);
        QVERIFY(b.minBps <= b.meanBps * (1 + 1e-9) && b.meanBps <= b.maxBps * (1 + 1e-9));
        // A chart bucket inside the spike minute (raw, narrower than a sample) is all spike.
        QCOMPARE(b.minBps, b.startMs >= spikeMs && b.endMs <= spikeMs + minuteMs ? spikeBps : baseBps);
        maxSeen = std::max(maxSeen, b.maxBps);
        covered += b.endMs - b.startMs;
        QVERIFY(!(b.startMs >= gapFromMs && b.endMs <= gapToMs)); // nothing drawn inside the gap
    }
    QCOMPARE(maxSeen, dataTo > dataFrom ? (hasSpike ? spikeBps : baseBps) : 0.0);
    // Gaps stay gaps: one segment per run of data.
    const int expectedSegments =
        dataTo <= dataFrom ? 0 : (gapInside > 0 && gapFromMs > dataFrom && gapToMs < dataTo ? 2 : 1);
    QCOMPARE(a.segments().size(), expectedSegments);
    // The buckets cover the data, give or take one bucket at each edge and gap.
    if (dataTo > dataFrom)
        QVERIFY(std::abs(covered - (dataTo - dataFrom - gapInside)) <= 3 * a.bucketMs);
}

void TestHistoryQueries::spikeSurvivesOneYearView()
{
    QElapsedTimer timer;
    timer.start();
    const QList<ChartSeries> result = m_store.chart({ seriesA() }, yearStartMs, yearStartMs + yearMs, 1920);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.size(), 1);
    int spikes = 0;
    for (const ChartBucket &b : result[0].buckets) {
        if (b.maxBps == spikeBps) {
            ++spikes;
            QVERIFY(spikeMs >= b.startMs && spikeMs < b.endMs);
        }
    }
    QCOMPARE(spikes, 1);
    QVERIFY2(elapsed < 200, qPrintable(QString::number(elapsed))); // benchmark target 20 ms; slack for CI
}

void TestHistoryQueries::chartFallsBackAfterRetention()
{
    const qint64 now = yearStartMs + 40 * dayMs;
    HistoryOptions options;
    options.clock = [now] {
        return now;
    };
    HistoryStore store;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("fallback.db")), &error), qPrintable(error));
    SampleList data;
    for (qint64 t = now - 30 * dayMs; t < now; t += minuteMs)
        data << sample(seriesA(), t, t + minuteMs, t == now - 20 * dayMs ? 1'000'000'000 : 1000);
    store.append(data);
    QVERIFY(store.flush(&error));
    QVERIFY(store.applyRetention(&error));
    // 4 days at 1920 px wants 1-minute buckets, gone after 14 days: 5-minute ones are used.
    const QList<ChartSeries> old = store.chart({ seriesA() }, now - 22 * dayMs, now - 18 * dayMs, 1920);
    QCOMPARE(old[0].resolution, Resolution::Minute);
    QVERIFY(!old[0].buckets.isEmpty());
    QCOMPARE(old[0].buckets.first().endMs - old[0].buckets.first().startMs, 5 * minuteMs);
    double maxSeen = 0;
    for (const ChartBucket &b : old[0].buckets)
        maxSeen = std::max(maxSeen, b.maxBps);
    QCOMPARE(maxSeen, 1'000'000'000 * 8000.0 / double(minuteMs));
    // A range across the 1-minute horizon: continuous, coarser on the old side.
    const QList<ChartSeries> across = store.chart({ seriesA() }, now - 16 * dayMs, now - 12 * dayMs, 1920);
    QCOMPARE(across[0].segments().size(), 1);
}

// A raw chart of a few series follows each series' chain of samples (point
// lookups) instead of scanning every series' rows; it must draw exactly what
// the scan (used for many series) draws, across gaps, jittered starts and
// samples reaching in from before the range.
void TestHistoryQueries::rawChartOfFewSeriesMatchesTheScan_data()
{
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<int>("gapPercent"); // chance of a gap after a sample
    QTest::addColumn<int>("jitterMs"); // next start = previous end + [0, jitter)
    QTest::newRow("contiguous 60 s") << minuteMs << 0 << 0;
    QTest::newRow("60 s with gaps") << minuteMs << 10 << 0;
    QTest::newRow("jittered 10 s") << qint64(10'000) << 0 << 3'000;
    QTest::newRow("hourly, reaching in") << hourMs << 5 << 0;
}

void TestHistoryQueries::rawChartOfFewSeriesMatchesTheScan()
{
    QFETCH(qint64, durationMs);
    QFETCH(int, gapPercent);
    QFETCH(int, jitterMs);
    QTemporaryDir dir;
    HistoryStore store;
    store.setOptions(keepEverything());
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("chain.db")), &error), qPrintable(error));
    const qint64 t0 = yearStartMs + 40 * dayMs + 13'000;
    QRandomGenerator rng(5);
    QList<SeriesKey> keys;
    SampleList data;
    for (int s = 0; s < 20; ++s) {
        keys << key(100 + s);
        qint64 t = t0 + rng.bounded(int(durationMs));
        while (t < t0 + 2 * dayMs) {
            const qint64 end = t + durationMs;
            data << sample(keys.last(), t, end, 1000 + rng.bounded(1'000'000));
            t = end + (jitterMs ? rng.bounded(jitterMs) : 0)
                + (int(rng.bounded(100)) < gapPercent ? durationMs * (1 + rng.bounded(5)) : 0);
        }
    }
    store.append(data);
    QVERIFY2(store.flush(&error), qPrintable(error));
    const qint64 from = t0 + 17 * hourMs + 4321, to = from + 6 * hourMs;
    QCOMPARE(HistoryChart::chooseResolution(from, to, 1920), Resolution::Raw);
    const QList<ChartSeries> scanned = store.chart(keys, from, to, 1920);
    for (int s : { 0, 7, 19 }) {
        const QList<ChartSeries> chained = store.chart({ keys[s] }, from, to, 1920);
        QCOMPARE(chained.size(), 1);
        QVERIFY(!chained.first().buckets.isEmpty());
        QCOMPARE(chained.first().buckets.size(), scanned[s].buckets.size());
        for (qsizetype i = 0; i < chained.first().buckets.size(); ++i) {
            const ChartBucket &a = chained.first().buckets[i], &b = scanned[s].buckets[i];
            QCOMPARE(a.startMs, b.startMs);
            QCOMPARE(a.bytes, b.bytes);
            QCOMPARE(a.minBps, b.minBps);
            QCOMPARE(a.maxBps, b.maxBps);
        }
    }
}

void TestHistoryQueries::totals_data()
{
    QTest::addColumn<int>("which"); // 0 = A, 1 = B (unaligned), 2 = C + D
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::newRow("A whole year") << 0 << yearStartMs << yearStartMs + yearMs;
    QTest::newRow("A, odd edges") << 0 << yearStartMs + 3 * dayMs + 7 * hourMs + 13 * minuteMs + 999
                                  << yearStartMs + 200 * dayMs + 59 * minuteMs + 1;
    QTest::newRow("B, unaligned samples, odd edges")
        << 1 << bStartMs + 2 * dayMs + 12'345 << bStartMs + 40 * dayMs + 5 * hourMs + 1;
    QTest::newRow("B, within one minute")
        << 1 << bStartMs + 10 * minuteMs + 5000 << bStartMs + 10 * minuteMs + 50'000;
    QTest::newRow("C + D, a month") << 2 << cStartMs + 5 * dayMs << cStartMs + 35 * dayMs;
    QTest::newRow("nothing") << 0 << yearStartMs - yearMs << yearStartMs;
}

void TestHistoryQueries::totals()
{
    QFETCH(int, which);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QList<SeriesKey> keys;
    qint64 expected = 0;
    switch (which) {
    case 0: {
        keys = { seriesA() };
        // A's 1-minute samples: whole minutes plus prorated edge minutes.
        for (qint64 t = alignDown(fromMs, minuteMs); t < toMs; t += minuteMs) {
            if (t < yearStartMs || t >= yearStartMs + yearMs || (t >= gapFromMs && t < gapToMs))
                continue;
            const qint64 overlap = std::min(toMs, t + minuteMs) - std::max(fromMs, t);
            const quint64 b = bytesFor(t == spikeMs ? spikeBps : baseBps, minuteMs);
            expected += qint64(std::llround(static_cast<long double>(b) * overlap / minuteMs));
        }
        break;
    }
    case 1:
        keys = { seriesB() };
        expected = referenceBytes(m_b, fromMs, toMs);
        break;
    default:
        keys = { seriesC(), seriesD() };
        expected = referenceBytes(m_c, fromMs, toMs) + referenceBytes(m_d, fromMs, toMs);
        break;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 got = m_store.bytes(keys, fromMs, toMs);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(std::abs(got - expected) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
    QVERIFY2(elapsed < 100, qPrintable(QString::number(elapsed))); // benchmark target 10 ms
    CycleInterval cycle { QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC),
                          QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC) };
    QCOMPARE(m_store.bytes(keys, cycle), got);
}

void TestHistoryQueries::periodTotals_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("hours UTC") << int(HistoryTotals::Period::Hour) << QByteArray("UTC");
    QTest::newRow("days UTC") << int(HistoryTotals::Period::Day) << QByteArray("UTC");
    QTest::newRow("days Kolkata (+05:30)") << int(HistoryTotals::Period::Day) << QByteArray("Asia/Kolkata");
    QTest::newRow("days Berlin (DST)") << int(HistoryTotals::Period::Day) << QByteArray("Europe/Berlin");
    QTest::newRow("months Kathmandu (+05:45)")
        << int(HistoryTotals::Period::Month) << QByteArray("Asia/Kathmandu");
}

void TestHistoryQueries::periodTotals()
{
    QFETCH(int, period);
    QFETCH(QByteArray, zone);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const qint64 from = bStartMs + 3 * dayMs + 5 * hourMs;
    const qint64 to =
        period == int(HistoryTotals::Period::Hour) ? from + 3 * dayMs : bStartMs + bCount * minuteMs;
    const QList<PeriodTotal> totals =
        m_store.totals({ seriesB() }, from, to, static_cast<HistoryTotals::Period>(period), tz);
    QVERIFY(!totals.isEmpty());
    QCOMPARE(totals.first().startMs, from);
    QCOMPARE(totals.last().endMs, to);
    qint64 sum = 0;
    for (qsizetype i = 0; i < totals.size(); ++i) {
        const PeriodTotal &t = totals[i];
        if (i > 0) {
            QCOMPARE(t.startMs, totals[i - 1].endMs);
            // Each period starts at a local hour / midnight / first of the month.
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t.startMs, tz);
            QCOMPARE(local.time().minute(), 0);
            if (period != int(HistoryTotals::Period::Hour))
                QCOMPARE(local.time().hour(), 0);
            if (period == int(HistoryTotals::Period::Month))
                QCOMPARE(local.date().day(), 1);
        }
        const qint64 expected = referenceBytes(m_b, t.startMs, t.endMs);
        QVERIFY2(std::abs(t.bytes - expected) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(t.bytes).arg(expected)));
        sum += t.bytes;
    }
    QVERIFY(std::abs(sum - referenceBytes(m_b, from, to)) <= 2 * totals.size());
}

void TestHistoryQueries::percentile95_data()
{
    QTest::addColumn<bool>("both");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("startDay");
    QTest::newRow("C, UTC cycle") << false << QByteArray("UTC") << 10;
    QTest::newRow("C + D summed, UTC cycle") << true << QByteArray("UTC") << 3;
    QTest::newRow("C, Kathmandu cycle (+05:45)") << false << QByteArray("Asia/Kathmandu") << 15;
}

void TestHistoryQueries::percentile95()
{
    QFETCH(bool, both);
    QFETCH(QByteArray, zone);
    QFETCH(int, startDay);
    const QTimeZone tz(zone);
    const QDate first = QDateTime::fromMSecsSinceEpoch(cStartMs, Qt::UTC).date().addDays(startDay);
    const CycleInterval cycle { QDateTime(first, QTime(0, 0), tz).toUTC(),
                                QDateTime(first.addMonths(1), QTime(0, 0), tz).toUTC() };
    const qint64 from = cycle.start.toMSecsSinceEpoch(), to = cycle.end.toMSecsSinceEpoch();
    // Reference straight from the raw 5-minute samples.
    std::vector<double> values;
    for (qsizetype i = 0; i < m_c.size(); ++i) {
        if (m_c[i].startMs >= from && m_c[i].endMs <= to)
            values.push_back(m_c[i].bps + (both ? m_d[i].bps : 0.0));
    }
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(0.95 * double(values.size()) - 1e-9));
    const double expected = values[rank - 1];

    QElapsedTimer timer;
    timer.start();
    const std::optional<Percentile> p = m_store.percentile95(
        both ? QList<SeriesKey> { seriesC(), seriesD() } : QList<SeriesKey> { seriesC() }, cycle);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(p.has_value());
    QCOMPARE(p->buckets, int(values.size()));
    QVERIFY(p->complete);
    QVERIFY(qFuzzyCompare(p->bps, expected));
    QVERIFY2(elapsed < 100, qPrintable(QString::number(elapsed)));
    QVERIFY(!m_store
                 .percentile95({ seriesA() },
                               CycleInterval { QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                                               QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC) })
                 .has_value());
}

// 1-minute samples with gaps: a 5-minute bucket counts its bytes x 8 / 300 s
// however much of it the samples cover (CDN billing), not the rate of the
// covered minutes.
void TestHistoryQueries::percentile95OfPartlyCoveredBuckets_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("gapPercent"); // chance that a minute has no sample
    QTest::newRow("a few gaps") << quint32(1) << 10;
    QTest::newRow("mostly gaps") << quint32(2) << 70;
    QTest::newRow("one busy minute per bucket") << quint32(3) << -1;
}

void TestHistoryQueries::percentile95OfPartlyCoveredBuckets()
{
    QFETCH(quint32, seed);
    QFETCH(int, gapPercent);
    const qint64 t0 = yearStartMs + 30 * dayMs;
    const qint64 w = 5 * minuteMs;
    QRandomGenerator rng(seed);
    SampleList data;
    for (qint64 m = 0; m < 2 * 1440; ++m) {
        const qint64 start = t0 + m * minuteMs;
        // -1: every bucket has one minute of heavy traffic and nothing else.
        const bool keep = gapPercent < 0 ? m % 5 == 2 : int(rng.bounded(100)) >= gapPercent;
        if (keep)
            data << sample(key(9), start, start + minuteMs, 1'000'000 + rng.bounded(50'000'000));
    }
    // Reference: bytes per whole 5-minute interval of the cycle, x 8 / 300 s.
    std::map<qint64, quint64> perBucket;
    for (const Sample &x : std::as_const(data))
        perBucket[alignDown(x.startMs, w)] += x.bytes;
    std::vector<double> values;
    for (const auto &[bucket, bytes] : perBucket)
        values.push_back(double(bytes) * 8.0 / 300.0);
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(0.95 * double(values.size()) - 1e-9));

    QTemporaryDir dir;
    HistoryStore store;
    store.setOptions(keepEverything());
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("p95.db")), &error), qPrintable(error));
    store.append(data);
    QVERIFY2(store.flush(&error), qPrintable(error));
    const CycleInterval cycle { QDateTime::fromMSecsSinceEpoch(t0, QTimeZone::utc()),
                                QDateTime::fromMSecsSinceEpoch(t0 + 2 * dayMs, QTimeZone::utc()) };
    const std::optional<Percentile> p = store.percentile95({ key(9) }, cycle);
    QVERIFY(p.has_value());
    QCOMPARE(p->buckets, int(values.size()));
    QCOMPARE(p->expectedBuckets, 2 * 288);
    QVERIFY2(qFuzzyCompare(p->bps, values[rank - 1]),
             qPrintable(QStringLiteral("%1 vs %2").arg(p->bps, 0, 'f', 1).arg(values[rank - 1], 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestHistoryQueries)
#include "tst_historyqueries.moc"
