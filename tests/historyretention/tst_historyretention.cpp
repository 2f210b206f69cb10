#include "../historystore/historytestutil.h"
#include "storage/retentionrunner.h"
#include "storage/retentionstate.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>
#include <numeric>
#include <sqlite3.h>

using namespace Bandwatch;
using namespace HistoryTest;

// Retention passes that must finish and horizons that must match what was
// deleted (the rest of retention: tests/historyrollups).
class TestHistoryRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void retentionOfManySeriesPolledAtOnce_data();
    void retentionOfManySeriesPolledAtOnce();
    void horizonFollowsTheCommit();

private:
    QString path(const QString &name) { return m_dir.filePath(name + QStringLiteral(".db")); }
    QTemporaryDir m_dir;
};

void TestHistoryRetention::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// More series sharing one start time than a retention step may delete: each
// step must still make progress (it used to delete nothing, forever).
void TestHistoryRetention::retentionOfManySeriesPolledAtOnce_data()
{
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("chunkRows");
    QTest::newRow("50 series, steps of 7") << 50 << 7;
    QTest::newRow("300 series, steps of 100") << 300 << 100;
    QTest::newRow("10 series, steps of 1") << 10 << 1;
}

void TestHistoryRetention::retentionOfManySeriesPolledAtOnce()
{
    QFETCH(int, series);
    QFETCH(int, chunkRows);
    const qint64 now = yearStartMs + 100 * dayMs;
    // Three polls of every series older than raw retention, one recent poll
    // that stays; stored with retention off.
    SampleList data;
    for (const qint64 t : { now - 5 * dayMs, now - 5 * dayMs + minuteMs, now - 4 * dayMs, now - hourMs })
        for (int s = 0; s < series; ++s)
            data << sample(key(s), t, t + minuteMs, 1000 + quint64(s));
    const QString file = path(QStringLiteral("many-%1").arg(QTest::currentDataTag()));
    {
        HistoryStore store;
        store.setOptions(keepEverything());
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        store.append(data);
        QVERIFY2(store.flush(&error), qPrintable(error));
    }
    // The runner itself, step by step as the writer drives it: a bounded
    // number of steps, so a step that makes no progress fails here instead of
    // spinning forever.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
    const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
    RetentionState state;
    QVERIFY(state.load(db));
    RetentionRunner runner(db, RetentionPolicy {}, &state);
    QString error;
    QVERIFY2(runner.prepare(&error), qPrintable(error));
    runner.startPass();
    bool more = true;
    int steps = 0;
    // 3 raw rows per series to delete, and a probe per series and rollup level.
    const int maxSteps = (3 + 4 * 2) * (series + 1) / chunkRows + 10;
    while (more && steps < maxSteps) {
        int code = 0;
        QVERIFY2(runner.step(now, chunkRows, &more, &error, &code), qPrintable(error));
        ++steps;
    }
    QVERIFY2(!more, qPrintable(QStringLiteral("still not done after %1 steps").arg(steps)));
    SqliteStatement count(db, "SELECT count(*), min(start_ms) FROM raw");
    QCOMPARE(count.step(), SQLITE_ROW);
    QCOMPARE(count.int64(0), qint64(series));
    QCOMPARE(count.int64(1), now - hourMs);
}

// A retention step that rolls back (here: a trigger refuses the deletes, as a
// full disk would refuse the write) must not leave the writer believing in
// its new horizon: the next successful step would delete below a horizon the
// database never recorded, and after a restart readers would trust raw for a
// time it no longer holds.
void TestHistoryRetention::horizonFollowsTheCommit()
{
    // Retention first runs at day 100, recording a raw horizon two days back;
    // then the clock moves on two days and the next pass fails once.
    const qint64 now = yearStartMs + 102 * dayMs;
    auto clock = std::make_shared<std::atomic<qint64>>(now - 2 * dayMs);
    HistoryOptions options;
    options.clock = [clock] {
        return clock->load();
    };
    options.synchronous = HistoryOptions::Synchronous::Normal;
    options.retentionIntervalMs = 3'600'000; // only the explicit passes below
    const QString file = path(QStringLiteral("horizon"));
    SampleList data;
    for (int i = 0; i < 5 * 24 * 60; i += 10) // five days, one sample per 10 minutes
        data << sample(key(0), now - 5 * dayMs + i * minuteMs, now - 5 * dayMs + (i + 1) * minuteMs, 10);
    const QString rawHorizon =
        QStringLiteral("SELECT purged_before_ms FROM retention_state WHERE resolution = 0");
    {
        HistoryStore store;
        store.setOptions(options);
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        auto exec = [&store](const QString &sql) {
            return store.write([sql](QSqlDatabase &db, QString *) { return QSqlQuery(db).exec(sql); });
        };
        QVERIFY2(store.applyRetention(&error), qPrintable(error));
        QCOMPARE(scalar(store.readConnection(), rawHorizon), now - 4 * dayMs);
        store.append(data);
        QVERIFY2(store.flush(&error), qPrintable(error));

        clock->store(now);
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON raw "
                                    "BEGIN SELECT RAISE(ABORT, 'no space'); END")));
        QVERIFY(!store.applyRetention(&error));
        QVERIFY2(error.contains(QLatin1String("no space")), qPrintable(error));
        QCOMPARE(scalar(store.readConnection(), rawHorizon), now - 4 * dayMs);
        QVERIFY(exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY2(store.applyRetention(&error), qPrintable(error));
        // What was deleted is recorded as deleted.
        QCOMPARE(scalar(store.readConnection(), rawHorizon), now - 2 * dayMs);
        QCOMPARE(scalar(store.readConnection(), QStringLiteral("SELECT min(start_ms) FROM raw")),
                 now - 2 * dayMs);
    }
    // After a restart a chart of half a day that retention purged (fine
    // enough to read raw) takes that time from the 1-minute level.
    HistoryStore store;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(file, &error), qPrintable(error));
    const qint64 from = now - 3 * dayMs;
    const qint64 to = from + 12 * hourMs;
    const QList<ChartSeries> chart = store.chart({ key(0) }, from, to, 1920);
    QCOMPARE(chart.size(), 1);
    qint64 charted = 0;
    for (const ChartBucket &b : chart.first().buckets)
        charted += b.bytes;
    const qint64 expected =
        std::accumulate(data.begin(), data.end(), qint64(0), [&](qint64 a, const Sample &x) {
            return a + (x.startMs >= from && x.startMs < to ? qint64(x.bytes) : 0);
        });
    QVERIFY(expected > 0);
    QCOMPARE(charted, expected);
}

QTEST_GUILESS_MAIN(TestHistoryRetention)
#include "tst_historyretention.moc"
