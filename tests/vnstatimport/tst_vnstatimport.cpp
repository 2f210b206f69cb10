#include "core/vnstatparser.h"
#include "sources/vnstatimport.h"
#include "sources/vnstatwatermarks.h"

#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

namespace {

constexpr qint64 kFive = 5 * 60 * 1000;
constexpr qint64 kHour = 60 * 60 * 1000;
constexpr qint64 kDay = 24 * kHour;
// 2026-11-21T00:00:00Z
constexpr qint64 kT0 = 1795219200000;

// The true traffic of the five-minute slot starting at `startMs`.
quint64 slotRx(qint64 startMs)
{
    return 1000 + quint64((startMs / kFive) % 97) * 13;
}
quint64 slotTx(qint64 startMs)
{
    return slotRx(startMs) / 2;
}

// What a consistent vnstat database holds at `nowMs`: traffic since
// `createdMs`, five-minute entries from `fiveFrom`, hours from `hourFrom`,
// days from `dayFrom` (vnstat prunes each table at its own retention).
VnstatInterface database(qint64 createdMs, qint64 nowMs, qint64 fiveFrom, qint64 hourFrom, qint64 dayFrom)
{
    VnstatInterface iface;
    iface.name = "eth0";
    iface.createdMs = createdMs;
    iface.updatedMs = nowMs;
    struct Level
    {
        VnstatTable table;
        qint64 length;
        qint64 from;
    };
    for (const Level &level :
         { Level { VnstatTable::FiveMinute, kFive, fiveFrom }, Level { VnstatTable::Hour, kHour, hourFrom },
           Level { VnstatTable::Day, kDay, dayFrom } }) {
        VnstatBuckets list;
        const qint64 first = createdMs / level.length * level.length;
        for (qint64 start = first; start <= nowMs; start += level.length) {
            if (start + level.length <= level.from)
                continue; // pruned
            VnstatBucket b { start, start + level.length, 0, 0 };
            for (qint64 s = std::max(start, createdMs / kFive * kFive);
                 s < start + level.length && s <= nowMs; s += kFive) {
                b.rx += slotRx(s);
                b.tx += slotTx(s);
            }
            list << b;
        }
        iface.tables.insert(level.table, list);
    }
    for (const VnstatBucket &b : iface.tables.value(VnstatTable::FiveMinute)) {
        iface.totalRx += b.rx;
        iface.totalTx += b.tx;
    }
    return iface;
}

// True traffic from `fromMs` up to `nowMs`, from the slots themselves.
quint64 trueRx(qint64 createdMs, qint64 fromMs, qint64 nowMs)
{
    quint64 sum = 0;
    for (qint64 s = std::max(fromMs, createdMs / kFive * kFive); s <= nowMs; s += kFive)
        sum += slotRx(s);
    return sum;
}

bool overlaps(const VnstatBuckets &sorted, QString *where)
{
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted.at(i).startMs < sorted.at(i - 1).endMs) {
            *where =
                QString("bucket at %1 overlaps the one at %2")
                    .arg(QDateTime::fromMSecsSinceEpoch(sorted.at(i).startMs, Qt::UTC).toString(Qt::ISODate),
                         QDateTime::fromMSecsSinceEpoch(sorted.at(i - 1).startMs, Qt::UTC)
                             .toString(Qt::ISODate));
            return true;
        }
    }
    return false;
}

quint64 sumRx(const VnstatBuckets &buckets)
{
    quint64 sum = 0;
    for (const VnstatBucket &b : buckets)
        sum += b.rx;
    return sum;
}

// The history store keeps one sample per (series, start): a later one with
// the same start replaces the earlier.
void storeInto(QMap<qint64, VnstatBucket> *store, const VnstatBuckets &buckets)
{
    for (const VnstatBucket &b : buckets)
        store->insert(b.startMs, b);
}

} // namespace

class TestVnstatImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsEverythingOnce_data();
    void countsEverythingOnce();
    void fromMs_data();
    void fromMs();
    void laterImportsAddNothingTwice_data();
    void laterImportsAddNothingTwice();
    void watermarks_data();
    void watermarks();
    void monthsBeforeTheDays_data();
    void monthsBeforeTheDays();
};

void TestVnstatImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVnstatImport::countsEverythingOnce_data()
{
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("fiveFrom");
    QTest::addColumn<qint64>("hourFrom");
    QTest::addColumn<qint64>("dayFrom");
    QTest::addColumn<VnstatTable>("oldest"); // resolution of the first bucket chosen

    const qint64 created = kT0 - 30 * kDay + 3 * kHour + 20 * 60 * 1000; // mid-hour, mid-day
    const qint64 now = kT0 + 22 * kHour + 31 * 60 * 1000;
    // vnstat's defaults: 48 h of five minutes, 4 days of hours, 2 months of days.
    QTest::newRow("defaults, pruned mid-hour") << created << now << now - 48 * kHour + 7 * 60 * 1000
                                               << now - 4 * kDay - 5 * kHour << created << VnstatTable::Day;
    QTest::newRow("pruned on the hour")
        << created << now << kT0 - kDay << kT0 - 3 * kDay << created << VnstatTable::Day;
    QTest::newRow("days pruned too") << created << now << now - 48 * kHour << now - 4 * kDay
                                     << kT0 - 10 * kDay << VnstatTable::Day;
    QTest::newRow("no five-minute table")
        << created << now << now + kDay << now - 4 * kDay << created << VnstatTable::Day;
    QTest::newRow("everything in five minutes")
        << now - 3 * kHour << now << qint64(0) << qint64(0) << qint64(0) << VnstatTable::FiveMinute;
    // A database created at 22:20: the hour and the day are still growing and
    // the five-minute table holds all of them.
    QTest::newRow("fresh database, created mid-hour") << kT0 + 22 * kHour + 20 * 60 * 1000 << now << qint64(0)
                                                      << qint64(0) << qint64(0) << VnstatTable::FiveMinute;
    QTest::newRow("hours only") << now - 2 * kDay << now << now + kDay << qint64(0) << now + kDay
                                << VnstatTable::Hour;
}

void TestVnstatImport::countsEverythingOnce()
{
    QFETCH(qint64, created);
    QFETCH(qint64, now);
    QFETCH(qint64, fiveFrom);
    QFETCH(qint64, hourFrom);
    QFETCH(qint64, dayFrom);
    QFETCH(VnstatTable, oldest);

    const VnstatInterface iface = database(created, now, fiveFrom, hourFrom, dayFrom);
    const VnstatSelection sel = VnstatImport::select(iface);
    QVERIFY(!sel.buckets.isEmpty());
    QVERIFY(sel.reachesFrom);
    QString where;
    QVERIFY2(!overlaps(sel.buckets, &where), qPrintable(where));
    // Contiguous: no stretch left out between two resolutions.
    for (qsizetype i = 1; i < sel.buckets.size(); ++i)
        QCOMPARE(sel.buckets.at(i).startMs, sel.buckets.at(i - 1).endMs);
    // Every byte since the first chosen bucket is counted exactly once.
    QCOMPARE(sumRx(sel.buckets), trueRx(created, sel.buckets.first().startMs, now));
    // The newest bucket is the growing five-minute (or finest) one.
    QCOMPARE(sel.newestStartMs, sel.buckets.last().startMs);
    QVERIFY(sel.buckets.last().startMs <= now && now < sel.buckets.last().endMs);

    const qint64 firstLength = sel.buckets.first().endMs - sel.buckets.first().startMs;
    const qint64 expectedLength = oldest == VnstatTable::Day ? kDay
        : oldest == VnstatTable::Hour                        ? kHour
                                                             : kFive;
    QCOMPARE(firstLength, expectedLength);
    // Finer entries are used wherever they exist for a whole coarser bucket.
    const VnstatBuckets five = iface.buckets(VnstatTable::FiveMinute);
    if (!five.isEmpty()) {
        const qint64 firstWholeHour = (five.first().startMs + kHour - 1) / kHour * kHour;
        for (const VnstatBucket &b : sel.buckets)
            if (b.startMs >= firstWholeHour)
                QCOMPARE(b.endMs - b.startMs, kFive);
    }
}

void TestVnstatImport::fromMs_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<bool>("reaches");
    QTest::addColumn<qint64>("firstStart");
    const qint64 now = kT0 + 22 * kHour + 31 * 60 * 1000;
    // Five minutes from 20:35, hours from two days back.
    QTest::newRow("inside five minutes")
        << kT0 + 21 * kHour + 10 * 60 * 1000 << true << kT0 + 21 * kHour + 10 * 60 * 1000;
    QTest::newRow("the growing bucket")
        << kT0 + 22 * kHour + 30 * 60 * 1000 << true << kT0 + 22 * kHour + 30 * 60 * 1000;
    // Before the five-minute table: the hour 19:00 started before `from`, so
    // it is not taken (its start is stored already); 20:00 is, whole.
    QTest::newRow("before five minutes") << kT0 + 19 * kHour + 15 * 60 * 1000 << false << kT0 + 20 * kHour;
    Q_UNUSED(now);
}

void TestVnstatImport::fromMs()
{
    QFETCH(qint64, from);
    const qint64 now = kT0 + 22 * kHour + 31 * 60 * 1000;
    const VnstatInterface iface =
        database(kT0 - 10 * kDay, now, kT0 + 20 * kHour + 35 * 60 * 1000, kT0 - 2 * kDay, kT0 - 10 * kDay);
    const VnstatSelection sel = VnstatImport::select(iface, from);
    QTEST(sel.reachesFrom, "reaches");
    QTEST(sel.buckets.first().startMs, "firstStart");
    for (const VnstatBucket &b : sel.buckets)
        QVERIFY(b.startMs >= from);
    QString where;
    QVERIFY2(!overlaps(sel.buckets, &where), qPrintable(where));
}

void TestVnstatImport::laterImportsAddNothingTwice_data()
{
    QTest::addColumn<qint64>("later"); // how much later the second import runs
    QTest::addColumn<qint64>("maxLost"); // traffic the tables no longer hold at a useful resolution
    QTest::newRow("next poll") << qint64(60 * 1000) << qint64(0);
    QTest::newRow("three hours (five minutes pruned meanwhile)") << 3 * kHour << qint64(0);
    QTest::newRow("three days down") << 3 * kDay << kHour;
    QTest::newRow("ten days down") << 10 * kDay << kDay;
}

void TestVnstatImport::laterImportsAddNothingTwice()
{
    QFETCH(qint64, later);
    QFETCH(qint64, maxLost);
    const qint64 created = kT0 - 30 * kDay + 3 * kHour;
    auto at = [&](qint64 now) {
        // vnstat's default retention, pruned continuously.
        return database(created, now, now - 48 * kHour, (now - 4 * kDay) / kHour * kHour, created);
    };
    const qint64 t1 = kT0 + 22 * kHour + 31 * 60 * 1000;
    const qint64 t2 = t1 + later;

    QMap<qint64, VnstatBucket> store;
    const VnstatSelection first = VnstatImport::select(at(t1));
    storeInto(&store, first.buckets);
    // The second import continues at the bucket that was still growing.
    const VnstatSelection second = VnstatImport::select(at(t2), first.newestStartMs);
    storeInto(&store, second.buckets);

    const VnstatBuckets stored = store.values();
    QString where;
    QVERIFY2(!overlaps(stored, &where), qPrintable(where));
    const quint64 truth = trueRx(created, stored.first().startMs, t2);
    QVERIFY(sumRx(stored) <= truth);
    // Only a long absence loses anything: the part of the hour (or day) in
    // which the last import stopped, once vnstat no longer has it finer.
    quint64 maxLostBytes = 0;
    for (qint64 s = 0; s < maxLost; s += kFive)
        maxLostBytes += 1000 + 96 * 13;
    QVERIFY2(truth - sumRx(stored) <= maxLostBytes,
             qPrintable(QString("lost %1 bytes").arg(truth - sumRx(stored))));

    // Without the mark, the same second import would count the stretch that
    // vnstat pruned to hours in between twice: the reason marks are kept.
    if (later >= kHour) {
        QMap<qint64, VnstatBucket> naive;
        storeInto(&naive, first.buckets);
        storeInto(&naive, VnstatImport::select(at(t2)).buckets);
        QVERIFY(overlaps(naive.values(), &where));
    }
}

void TestVnstatImport::watermarks_data()
{
    QTest::addColumn<QString>("database"); // of the reader
    QTest::addColumn<qint64>("created"); // of the interface when read
    QTest::addColumn<bool>("found");
    QTest::newRow("same database") << "vnstat\n\n/var/lib/vnstat" << qint64(1000) << true;
    QTest::newRow("another database") << "vnstat\n\n/srv/vnstat" << qint64(1000) << false;
    QTest::newRow("interface re-created") << "vnstat\n\n/var/lib/vnstat" << qint64(2000) << false;
    QTest::newRow("creation unknown") << "vnstat\n\n/var/lib/vnstat" << qint64(-1) << true;
}

void TestVnstatImport::watermarks()
{
    QFETCH(QString, database);
    QFETCH(qint64, created);
    QFETCH(bool, found);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("sub/dir/state.json");
    QString error;

    VnstatWatermarks writer(path, "vnstat\n\n/var/lib/vnstat");
    QVERIFY2(writer.load(&error), qPrintable(error)); // no file yet: fine
    writer.set("eth0", 1000, 1795300200000);
    QVERIFY2(writer.save(&error), qPrintable(error));
    QVERIFY(QFile::exists(path));

    VnstatWatermarks reader(path, database);
    QVERIFY2(reader.load(&error), qPrintable(error));
    const std::optional<qint64> mark = reader.from("eth0", created);
    QCOMPARE(mark.has_value(), found);
    if (found)
        QCOMPARE(*mark, qint64(1795300200000));
    QVERIFY(!reader.from("eth1", created));

    // A damaged file is reported and then ignored.
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{not json");
    damaged.close();
    VnstatWatermarks again(path, database);
    QVERIFY(!again.load(&error));
    QVERIFY2(error.contains("not a vnstat import state file"), qPrintable(error));
    QVERIFY(!again.from("eth0", created));

    // No path: memory only.
    VnstatWatermarks memory;
    memory.set("eth0", 1, 2);
    QVERIFY(memory.save(&error));
    QCOMPARE(memory.from("eth0", 1), std::optional<qint64>(2));
}

void TestVnstatImport::monthsBeforeTheDays_data()
{
    // Added to the real database of the fixture (one day, 2026-11-21, in
    // month 2026-11): older months, and older days vnstat still holds.
    QTest::addColumn<QList<int>>("olderMonths"); // months of 2026
    QTest::addColumn<QList<int>>("olderDays"); // days of October 2026
    QTest::addColumn<QList<int>>("imported"); // months of 2026 that become samples
    QTest::newRow("young database: the month overlaps its days")
        << QList<int> {} << QList<int> {} << QList<int> {};
    QTest::newRow("months before the first day")
        << QList<int> { 9, 10 } << QList<int> {} << QList<int> { 9, 10 };
    QTest::newRow("days begin mid-October")
        << QList<int> { 9, 10 } << QList<int> { 20, 21 } << QList<int> { 9 };
    QTest::newRow("days begin on the 1st")
        << QList<int> { 8, 9, 10 } << QList<int> { 1, 2 } << QList<int> { 8, 9 };
}

void TestVnstatImport::monthsBeforeTheDays()
{
    QFETCH(QList<int>, olderMonths);
    QFETCH(QList<int>, olderDays);
    QFETCH(QList<int>, imported);

    QFile file(QFINDTESTDATA("data/vnstat2.10_json_all.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<VnstatData> data = VnstatParser::parse(file.readAll(), &error);
    QVERIFY2(data && data->interfaces.size() == 1, qPrintable(error));
    VnstatInterface iface = data->interfaces.first();
    QCOMPARE(iface.buckets(VnstatTable::Month).size(), 1);

    auto utc = [](int month, int day) {
        return QDateTime(QDate(2026, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    };
    quint64 expectedRx = iface.totalRx;
    VnstatBuckets months, days;
    for (int m : olderMonths)
        months << VnstatBucket { utc(m, 1), utc(m + 1, 1), quint64(1000 * m), quint64(m) };
    for (int d : olderDays)
        days << VnstatBucket { utc(10, d), utc(10, d + 1), quint64(d), 0 };
    iface.tables[VnstatTable::Month] = months + iface.tables.value(VnstatTable::Month);
    iface.tables[VnstatTable::Day] = days + iface.tables.value(VnstatTable::Day);
    for (const VnstatBucket &b : months)
        if (imported.contains(QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).date().month()))
            expectedRx += b.rx;
    for (const VnstatBucket &b : days)
        expectedRx += b.rx;

    const VnstatSelection sel = VnstatImport::select(iface);
    QString where;
    QVERIFY2(!overlaps(sel.buckets, &where), qPrintable(where));
    QList<int> monthsTaken;
    quint64 rx = 0;
    for (const VnstatBucket &b : sel.buckets) {
        rx += b.rx;
        if (b.endMs - b.startMs > 27 * kDay)
            monthsTaken << QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).date().month();
    }
    QCOMPARE(monthsTaken, imported);
    QCOMPARE(rx, expectedRx);
}

QTEST_GUILESS_MAIN(TestVnstatImport)
#include "tst_vnstatimport.moc"
