#include "core/counterrate.h"

#include <QStandardPaths>
#include <QTest>
#include <limits>

using namespace Bandwatch;

Q_DECLARE_METATYPE(Bandwatch::CounterWidth)
Q_DECLARE_METATYPE(Bandwatch::CounterDelta::Kind)

namespace {
constexpr quint64 k2p32 = quint64(1) << 32;
constexpr quint64 k2p30 = quint64(1) << 30;
constexpr quint64 k2p62 = quint64(1) << 62;
constexpr quint64 kMax64 = std::numeric_limits<quint64>::max();
} // namespace

class TestCounterRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void between_data();
    void between();
    void isUsableByKind_data();
    void isUsableByKind();
    void defaultWidthIs64Bit();
};

void TestCounterRate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCounterRate::between_data()
{
    QTest::addColumn<qint64>("prevAt");
    QTest::addColumn<quint64>("prevValue");
    QTest::addColumn<qint64>("curAt");
    QTest::addColumn<quint64>("curValue");
    QTest::addColumn<CounterWidth>("width");
    QTest::addColumn<qint64>("maxGapMs");
    QTest::addColumn<CounterDelta::Kind>("kind");
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<double>("bps");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<bool>("usable");

    using K = CounterDelta::Kind;
    using W = CounterWidth;

    // Normal growth: 1250 bytes in 1 s = 10000 bit/s.
    QTest::newRow("normal") << qint64(1000) << quint64(5000) << qint64(2000) << quint64(6250) << W::Bits64
                            << qint64(0) << K::Normal << quint64(1250) << 10000.0 << qint64(1000) << true;
    QTest::newRow("normal-32bit") << qint64(0) << quint64(100) << qint64(10000) << quint64(1100) << W::Bits32
                                  << qint64(0) << K::Normal << quint64(1000) << 800.0 << qint64(10000)
                                  << true;
    QTest::newRow("normal-unbounded") << qint64(0) << quint64(0) << qint64(250) << quint64(1) << W::Unbounded
                                      << qint64(0) << K::Normal << quint64(1) << 32.0 << qint64(250) << true;
    QTest::newRow("zero-growth") << qint64(0) << quint64(123456) << qint64(5000) << quint64(123456)
                                 << W::Bits64 << qint64(0) << K::Normal << quint64(0) << 0.0 << qint64(5000)
                                 << true;
    // Within the gap limit (equal to it) is still normal.
    QTest::newRow("interval-equals-max-gap")
        << qint64(0) << quint64(0) << qint64(60000) << quint64(60000) << W::Bits64 << qint64(60000)
        << K::Normal << quint64(60000) << 8000.0 << qint64(60000) << true;

    // Resets: the new value counts from zero.
    QTest::newRow("reset-64bit-small-decrease")
        << qint64(0) << quint64(1000000) << qint64(1000) << quint64(400) << W::Bits64 << qint64(0) << K::Reset
        << quint64(400) << 3200.0 << qint64(1000) << true;
    QTest::newRow("reset-to-zero") << qint64(0) << quint64(77) << qint64(1000) << quint64(0) << W::Bits64
                                   << qint64(0) << K::Reset << quint64(0) << 0.0 << qint64(1000) << true;
    // Top quarter of 2^64 but the new value is not in the bottom quarter.
    QTest::newRow("reset-64bit-not-bottom-quarter")
        << qint64(0) << (kMax64 - 10) << qint64(1000) << k2p62 << W::Bits64 << qint64(0) << K::Reset << k2p62
        << double(k2p62) * 8.0 << qint64(1000) << true;
    // A decrease from the middle of the 32-bit range is a reset, not a wrap.
    QTest::newRow("bits32-decrease-from-middle-is-reset")
        << qint64(0) << quint64(2000000000) << qint64(1000) << quint64(500) << W::Bits32 << qint64(0)
        << K::Reset << quint64(500) << 4000.0 << qint64(1000) << true;
    // Just below the top quarter (3 * 2^30 - 1): still a reset.
    QTest::newRow("bits32-just-below-top-quarter")
        << qint64(0) << (3 * k2p30 - 1) << qint64(1000) << quint64(10) << W::Bits32 << qint64(0) << K::Reset
        << quint64(10) << 80.0 << qint64(1000) << true;
    // From the top quarter to just above the bottom quarter: reset.
    QTest::newRow("bits32-current-not-bottom-quarter")
        << qint64(0) << (k2p32 - 1) << qint64(1000) << k2p30 << W::Bits32 << qint64(0) << K::Reset << k2p30
        << double(k2p30) * 8.0 << qint64(1000) << true;
    // A previous value a 32-bit counter cannot hold: not a wrap.
    QTest::newRow("bits32-previous-beyond-range")
        << qint64(0) << (k2p32 + 5) << qint64(1000) << quint64(7) << W::Bits32 << qint64(0) << K::Reset
        << quint64(7) << 56.0 << qint64(1000) << true;
    // 64-bit top-to-bottom decrease is only a wrap for a declared 64-bit counter.
    QTest::newRow("unbounded-top-to-bottom-is-reset")
        << qint64(0) << (kMax64 - 100) << qint64(1000) << quint64(50) << W::Unbounded << qint64(0) << K::Reset
        << quint64(50) << 400.0 << qint64(1000) << true;
    QTest::newRow("unbounded-small-decrease-is-reset")
        << qint64(0) << quint64(1001) << qint64(1000) << quint64(1000) << W::Unbounded << qint64(0)
        << K::Reset << quint64(1000) << 8000.0 << qint64(1000) << true;
    // 32-bit wrap pattern on a 64-bit counter: the 64-bit range is far from its end.
    QTest::newRow("bits64-32bit-pattern-is-reset")
        << qint64(0) << (k2p32 - 100) << qint64(1000) << quint64(50) << W::Bits64 << qint64(0) << K::Reset
        << quint64(50) << 400.0 << qint64(1000) << true;

    // Wraps: bytes = (max + 1 - previous) + current.
    QTest::newRow("bits32-wrap") << qint64(0) << (k2p32 - 100) << qint64(1000) << quint64(50) << W::Bits32
                                 << qint64(0) << K::Wrapped << quint64(150) << 1200.0 << qint64(1000) << true;
    QTest::newRow("bits32-wrap-from-max-to-zero")
        << qint64(0) << (k2p32 - 1) << qint64(2000) << quint64(0) << W::Bits32 << qint64(0) << K::Wrapped
        << quint64(1) << 4.0 << qint64(2000) << true;
    // Widest 32-bit wrap: from the start of the top quarter to the end of the bottom one.
    QTest::newRow("bits32-wrap-widest")
        << qint64(0) << (3 * k2p30) << qint64(1000) << (k2p30 - 1) << W::Bits32 << qint64(0) << K::Wrapped
        << (2 * k2p30 - 1) << double(2 * k2p30 - 1) * 8.0 << qint64(1000) << true;
    QTest::newRow("bits64-wrap") << qint64(0) << (kMax64 - 99) << qint64(1000) << quint64(400) << W::Bits64
                                 << qint64(0) << K::Wrapped << quint64(500) << 4000.0 << qint64(1000) << true;
    QTest::newRow("bits64-wrap-from-top-quarter-start")
        << qint64(0) << (3 * k2p62) << qint64(1000) << quint64(0) << W::Bits64 << qint64(0) << K::Wrapped
        << k2p62 << double(k2p62) * 8.0 << qint64(1000) << true;

    // Gaps: no traffic attributed.
    QTest::newRow("gap") << qint64(0) << quint64(0) << qint64(60001) << quint64(1000000) << W::Bits64
                         << qint64(60000) << K::Gap << quint64(0) << 0.0 << qint64(60001) << false;
    QTest::newRow("gap-with-reset") << qint64(0) << quint64(500) << qint64(3600000) << quint64(5) << W::Bits64
                                    << qint64(300000) << K::Gap << quint64(0) << 0.0 << qint64(3600000)
                                    << false;
    // maxGapMs = 0 disables the gap check, however long the interval.
    QTest::newRow("no-gap-limit") << qint64(0) << quint64(0) << qint64(86400000) << quint64(10800000000)
                                  << W::Bits64 << qint64(0) << K::Normal << quint64(10800000000) << 1000000.0
                                  << qint64(86400000) << true;
    QTest::newRow("negative-gap-limit-disables")
        << qint64(0) << quint64(0) << qint64(86400000) << quint64(864) << W::Bits64 << qint64(-1) << K::Normal
        << quint64(864) << 0.08 << qint64(86400000) << true;

    // Bad intervals.
    QTest::newRow("same-time") << qint64(5000) << quint64(1) << qint64(5000) << quint64(100) << W::Bits64
                               << qint64(0) << K::BadInterval << quint64(0) << 0.0 << qint64(0) << false;
    QTest::newRow("backwards") << qint64(5000) << quint64(1) << qint64(4000) << quint64(100) << W::Bits64
                               << qint64(60000) << K::BadInterval << quint64(0) << 0.0 << qint64(-1000)
                               << false;
    QTest::newRow("backwards-beyond-gap")
        << qint64(1000000) << quint64(1) << qint64(0) << quint64(100) << W::Bits32 << qint64(10)
        << K::BadInterval << quint64(0) << 0.0 << qint64(-1000000) << false;

    // Rate math: bytes * 8 * 1000 / intervalMs, with awkward intervals.
    QTest::newRow("rate-1ms") << qint64(0) << quint64(0) << qint64(1) << quint64(1) << W::Bits64 << qint64(0)
                              << K::Normal << quint64(1) << 8000.0 << qint64(1) << true;
    QTest::newRow("rate-third") << qint64(100) << quint64(0) << qint64(3100) << quint64(1) << W::Bits64
                                << qint64(0) << K::Normal << quint64(1) << (8.0 / 3.0) << qint64(3000)
                                << true;
    QTest::newRow("rate-gigabit") << qint64(0) << quint64(1000000000) << qint64(15000) << quint64(2875000000)
                                  << W::Bits64 << qint64(0) << K::Normal << quint64(1875000000) << 1.0e9
                                  << qint64(15000) << true;
    QTest::newRow("rate-odd-interval")
        << qint64(10) << quint64(0) << qint64(1247) << quint64(123457) << W::Bits64 << qint64(0) << K::Normal
        << quint64(123457) << (123457.0 * 8000.0 / 1237.0) << qint64(1237) << true;
}

void TestCounterRate::between()
{
    QFETCH(qint64, prevAt);
    QFETCH(quint64, prevValue);
    QFETCH(qint64, curAt);
    QFETCH(quint64, curValue);
    QFETCH(CounterWidth, width);
    QFETCH(qint64, maxGapMs);
    QFETCH(CounterDelta::Kind, kind);
    QFETCH(quint64, bytes);
    QFETCH(double, bps);
    QFETCH(qint64, intervalMs);
    QFETCH(bool, usable);

    const CounterDelta d = CounterRate::between({ prevAt, prevValue }, { curAt, curValue }, width, maxGapMs);
    QCOMPARE(int(d.kind), int(kind));
    QCOMPARE(d.bytes, bytes);
    QCOMPARE(d.bitsPerSecond, bps);
    QCOMPARE(d.intervalMs, intervalMs);
    QCOMPARE(d.isUsable(), usable);
}

void TestCounterRate::isUsableByKind_data()
{
    QTest::addColumn<CounterDelta::Kind>("kind");
    QTest::addColumn<bool>("usable");
    QTest::newRow("normal") << CounterDelta::Kind::Normal << true;
    QTest::newRow("wrapped") << CounterDelta::Kind::Wrapped << true;
    QTest::newRow("reset") << CounterDelta::Kind::Reset << true;
    QTest::newRow("gap") << CounterDelta::Kind::Gap << false;
    QTest::newRow("bad-interval") << CounterDelta::Kind::BadInterval << false;
}

void TestCounterRate::isUsableByKind()
{
    QFETCH(CounterDelta::Kind, kind);
    QFETCH(bool, usable);
    CounterDelta d;
    d.kind = kind;
    QCOMPARE(d.isUsable(), usable);
}

void TestCounterRate::defaultWidthIs64Bit()
{
    // Without a width argument a 32-bit-style wrap must not be taken as a wrap,
    // but a 64-bit one must.
    const CounterDelta d32 = CounterRate::between({ 0, k2p32 - 100 }, { 1000, 50 });
    QCOMPARE(int(d32.kind), int(CounterDelta::Kind::Reset));
    QCOMPARE(d32.bytes, quint64(50));
    const CounterDelta d64 = CounterRate::between({ 0, kMax64 - 9 }, { 1000, 20 });
    QCOMPARE(int(d64.kind), int(CounterDelta::Kind::Wrapped));
    QCOMPARE(d64.bytes, quint64(30));
}

QTEST_GUILESS_MAIN(TestCounterRate)
#include "tst_counterrate.moc"
