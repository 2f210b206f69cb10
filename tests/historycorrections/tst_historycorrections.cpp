#include "../historystore/historytestutil.h"
#include "storage/rollupbucket.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

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

} // namespace

// Revisions whose boundaries differ from what they revise (same-start
// corrections: tests/historyrollups, correctionsMatchFreshStore).
class TestHistoryCorrections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void revisionsWithOtherBoundariesMatchFreshStore_data();
    void revisionsWithOtherBoundariesMatchFreshStore();

private:
    QString path(const QString &name) { return m_dir.filePath(name + QStringLiteral(".db")); }
    QTemporaryDir m_dir;
};

void TestHistoryCorrections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// A revision need not share the boundaries of what it revises (a source that
// re-reports a 5-minute interval over 1-minute samples, or with another
// alignment): it replaces every sample of its series it overlaps.
void TestHistoryCorrections::revisionsWithOtherBoundariesMatchFreshStore_data()
{
    QTest::addColumn<qint64>("originalMs"); // length of the stored samples
    QTest::addColumn<qint64>("revisionMs"); // length of the revising samples
    QTest::addColumn<qint64>("revisionFromMs"); // where they start, from the first sample
    QTest::addColumn<int>("revisionCount");
    QTest::addColumn<qint64>("ageMs"); // how old the data is when revised (retention on)
    QTest::newRow("coarser over finer") << minuteMs << 5 * minuteMs << 50 * minuteMs << 4 << hourMs;
    QTest::newRow("coarser over finer, unaligned")
        << minuteMs << 5 * minuteMs << 50 * minuteMs + 20'000 << 3 << hourMs;
    QTest::newRow("shifted start") << minuteMs << minuteMs << 50 * minuteMs + 30'000 << 10 << hourMs;
    QTest::newRow("finer over coarser") << 5 * minuteMs << minuteMs << 100 * minuteMs << 12 << hourMs;
    QTest::newRow("finer over coarser, from inside")
        << 5 * minuteMs << minuteMs << 102 * minuteMs << 7 << hourMs;
    QTest::newRow("hour over finer, in one append") << minuteMs << hourMs << 60 * minuteMs << 1 << hourMs;
    QTest::newRow("coarser over finer, older than raw")
        << minuteMs << 5 * minuteMs << 50 * minuteMs << 4 << 5 * dayMs;
}

void TestHistoryCorrections::revisionsWithOtherBoundariesMatchFreshStore()
{
    QFETCH(qint64, originalMs);
    QFETCH(qint64, revisionMs);
    QFETCH(qint64, revisionFromMs);
    QFETCH(int, revisionCount);
    QFETCH(qint64, ageMs);
    const bool oneAppend = QByteArray(QTest::currentDataTag()).contains("one append");

    const qint64 t0 = alignDown(yearStartMs + 200 * dayMs, dayMs);
    const int total = 240;
    const qint64 now = t0 + total * originalMs + ageMs;
    HistoryOptions options; // default retention, at a fixed "now"
    options.clock = [now] {
        return now;
    };
    options.synchronous = HistoryOptions::Synchronous::Normal;

    SampleList original;
    SampleList revisions;
    for (int s = 0; s < 3; ++s) {
        original += contiguous(key(s), t0, total, originalMs, 0, quint32(11 + s));
        revisions +=
            contiguous(key(s), t0 + revisionFromMs, revisionCount, revisionMs, 0, quint32(21 + s), 900'000);
    }
    SampleList final = revisions;
    for (const Sample &x : std::as_const(original)) {
        const bool overlapped = std::any_of(revisions.begin(), revisions.end(), [&x](const Sample &r) {
            return r.key == x.key && r.startMs < x.endMs && x.startMs < r.endMs;
        });
        if (!overlapped)
            final << x;
    }
    QVERIFY(final.size() < original.size() + revisions.size());
    // In time order, series in the same order as in the revised store (same ids).
    std::stable_sort(final.begin(), final.end(),
                     [](const Sample &a, const Sample &b) { return a.startMs < b.startMs; });

    QString error;
    HistoryStore revised;
    revised.setOptions(options);
    QVERIFY2(revised.open(path(QStringLiteral("rev-a-%1").arg(QTest::currentDataTag())), &error),
             qPrintable(error));
    if (oneAppend) {
        revised.append(original + revisions);
    } else {
        revised.append(original);
        QVERIFY(revised.flush(&error));
        QVERIFY2(revised.applyRetention(&error), qPrintable(error));
        revised.append(revisions);
    }
    QVERIFY2(revised.flush(&error), qPrintable(error));
    QVERIFY2(revised.applyRetention(&error), qPrintable(error));

    HistoryStore fresh;
    fresh.setOptions(options);
    QVERIFY2(fresh.open(path(QStringLiteral("rev-b-%1").arg(QTest::currentDataTag())), &error),
             qPrintable(error));
    fresh.append(final);
    QVERIFY2(fresh.flush(&error), qPrintable(error));
    QVERIFY2(fresh.applyRetention(&error), qPrintable(error));

    for (const Resolution level : rollupLevels) {
        const QString a = rollupDump(revised.readConnection(), level);
        const QString b = rollupDump(fresh.readConnection(), level);
        if (a != b) {
            const QStringList la = a.split(u'\n'), lb = b.split(u'\n');
            for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i) {
                if (la[i] != lb[i]) {
                    qWarning("%s first difference: %s vs %s", rollupTable(level), qPrintable(la[i]),
                             qPrintable(lb[i]));
                    break;
                }
            }
        }
        QVERIFY2(a == b, rollupTable(level));
    }
    if (ageMs < dayMs) {
        QCOMPARE(dump(revised.readConnection(), QStringLiteral("SELECT * FROM raw ORDER BY 1, 2")),
                 dump(fresh.readConnection(), QStringLiteral("SELECT * FROM raw ORDER BY 1, 2")));
        QCOMPARE(revised.bytes({ key(1) }, 0, forever), fresh.bytes({ key(1) }, 0, forever));
    }
}

QTEST_GUILESS_MAIN(TestHistoryCorrections)
#include "tst_historycorrections.moc"
