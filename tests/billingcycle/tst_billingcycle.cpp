#include "core/billingcycle.h"

#include <QStandardPaths>
#include <QTest>

using namespace Bandwatch;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

BillingCycle makeCycle(const QString &period, int startDay, const QByteArray &zoneId)
{
    const QTimeZone zone(zoneId);
    if (period == u"daily")
        return BillingCycle::daily(zone);
    if (period == u"weekly")
        return BillingCycle::weekly(static_cast<Qt::DayOfWeek>(startDay), zone);
    return BillingCycle::monthly(startDay, zone);
}

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

class TestBillingCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cycleContaining_data();
    void cycleContaining();
    void monthlyWalk_data();
    void monthlyWalk();
    void dailyAndWeeklyWalk_data();
    void dailyAndWeeklyWalk();
    void fromSpec_data();
    void fromSpec();
    void fromSpecRejects_data();
    void fromSpecRejects();
    void factories_data();
    void factories();
    void invalidInput();
};

void TestBillingCycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray zones[] = { "Europe/Berlin",  "America/Sao_Paulo", "America/Santiago",
                                 "America/Havana", "Pacific/Auckland",  "Asia/Taipei",
                                 "Asia/Kolkata",   "Pacific/Apia" };
    for (const QByteArray &id : zones)
        QVERIFY2(QTimeZone(id).isValid(), id.constData());
}

void TestBillingCycle::cycleContaining_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("startDay");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("hours");

    const QString M = QStringLiteral("monthly");
    const QString W = QStringLiteral("weekly");
    const QString D = QStringLiteral("daily");
    const QByteArray U = "UTC";
    auto row = [](const char *name, const QString &period, int day, const QByteArray &zone,
                  const char *instant, const char *start, const char *end, int hours) {
        QTest::newRow(name) << period << day << zone << QString::fromLatin1(instant)
                            << QString::fromLatin1(start) << QString::fromLatin1(end) << hours;
    };

    // --- UTC, start days around the end of February (2024 leap, 2025/2026 not).
    row("d1-2024-feb", M, 1, U, "2024-02-10T12:00:00Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z",
        29 * 24);
    row("d1-2025-feb-last-ms", M, 1, U, "2025-02-28T23:59:59.999Z", "2025-02-01T00:00:00Z",
        "2025-03-01T00:00:00Z", 28 * 24);
    row("d1-2026-mar-boundary", M, 1, U, "2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z",
        "2026-04-01T00:00:00Z", 31 * 24);
    row("d15-2024-before", M, 15, U, "2024-02-14T23:59:59.999Z", "2024-01-15T00:00:00Z",
        "2024-02-15T00:00:00Z", 31 * 24);
    row("d15-2024-boundary", M, 15, U, "2024-02-15T00:00:00Z", "2024-02-15T00:00:00Z", "2024-03-15T00:00:00Z",
        29 * 24);
    row("d15-2025-feb", M, 15, U, "2025-02-20T08:00:00Z", "2025-02-15T00:00:00Z", "2025-03-15T00:00:00Z",
        28 * 24);
    row("d28-2024-boundary", M, 28, U, "2024-02-28T00:00:00Z", "2024-02-28T00:00:00Z", "2024-03-28T00:00:00Z",
        29 * 24);
    row("d28-2024-before", M, 28, U, "2024-02-27T23:59:59.999Z", "2024-01-28T00:00:00Z",
        "2024-02-28T00:00:00Z", 31 * 24);
    row("d28-2025-mar", M, 28, U, "2025-03-01T00:00:00Z", "2025-02-28T00:00:00Z", "2025-03-28T00:00:00Z",
        28 * 24);
    row("d28-2026-boundary", M, 28, U, "2026-02-28T00:00:00Z", "2026-02-28T00:00:00Z", "2026-03-28T00:00:00Z",
        28 * 24);
    row("d29-2024-boundary", M, 29, U, "2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2024-03-29T00:00:00Z",
        29 * 24);
    row("d29-2024-before", M, 29, U, "2024-02-28T23:59:59.999Z", "2024-01-29T00:00:00Z",
        "2024-02-29T00:00:00Z", 31 * 24);
    row("d29-2025-clamped-boundary", M, 29, U, "2025-02-28T00:00:00Z", "2025-02-28T00:00:00Z",
        "2025-03-29T00:00:00Z", 29 * 24);
    row("d29-2025-before", M, 29, U, "2025-02-27T23:59:59.999Z", "2025-01-29T00:00:00Z",
        "2025-02-28T00:00:00Z", 30 * 24);
    row("d29-2026-mar-before", M, 29, U, "2026-03-28T12:00:00Z", "2026-02-28T00:00:00Z",
        "2026-03-29T00:00:00Z", 29 * 24);
    row("d29-2026-mar-boundary", M, 29, U, "2026-03-29T00:00:00Z", "2026-03-29T00:00:00Z",
        "2026-04-29T00:00:00Z", 31 * 24);
    row("d30-2024-boundary", M, 30, U, "2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2024-03-30T00:00:00Z",
        30 * 24);
    row("d30-2024-before", M, 30, U, "2024-02-28T23:59:59.999Z", "2024-01-30T00:00:00Z",
        "2024-02-29T00:00:00Z", 30 * 24);
    row("d30-2025-feb", M, 30, U, "2025-02-28T00:00:00Z", "2025-02-28T00:00:00Z", "2025-03-30T00:00:00Z",
        30 * 24);
    row("d30-2026-mid-feb", M, 30, U, "2026-02-15T00:00:00Z", "2026-01-30T00:00:00Z", "2026-02-28T00:00:00Z",
        29 * 24);
    row("d30-2025-apr-boundary", M, 30, U, "2025-04-30T00:00:00Z", "2025-04-30T00:00:00Z",
        "2025-05-30T00:00:00Z", 30 * 24);
    row("d30-2025-apr-before", M, 30, U, "2025-04-29T23:59:59.999Z", "2025-03-30T00:00:00Z",
        "2025-04-30T00:00:00Z", 31 * 24);
    row("d31-2024-feb-boundary", M, 31, U, "2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z",
        "2024-03-31T00:00:00Z", 31 * 24);
    row("d31-2024-mid-feb", M, 31, U, "2024-02-10T00:00:00Z", "2024-01-31T00:00:00Z", "2024-02-29T00:00:00Z",
        29 * 24);
    row("d31-2025-feb-boundary", M, 31, U, "2025-02-28T00:00:00Z", "2025-02-28T00:00:00Z",
        "2025-03-31T00:00:00Z", 31 * 24);
    row("d31-2025-mar-before", M, 31, U, "2025-03-30T23:59:59.999Z", "2025-02-28T00:00:00Z",
        "2025-03-31T00:00:00Z", 31 * 24);
    row("d31-2025-mar-boundary", M, 31, U, "2025-03-31T00:00:00Z", "2025-03-31T00:00:00Z",
        "2025-04-30T00:00:00Z", 30 * 24);
    row("d31-2025-apr-clamped", M, 31, U, "2025-04-30T12:00:00Z", "2025-04-30T00:00:00Z",
        "2025-05-31T00:00:00Z", 31 * 24);
    row("d31-2025-jun", M, 31, U, "2025-06-30T00:00:00Z", "2025-06-30T00:00:00Z", "2025-07-31T00:00:00Z",
        31 * 24);
    row("d31-2026-feb", M, 31, U, "2026-02-27T00:00:00Z", "2026-01-31T00:00:00Z", "2026-02-28T00:00:00Z",
        28 * 24);
    row("d31-2026-dec-year-end", M, 31, U, "2026-12-31T00:00:00Z", "2026-12-31T00:00:00Z",
        "2027-01-31T00:00:00Z", 31 * 24);

    // --- Europe/Berlin: CET (+1) / CEST (+2); DST 2024-03-31 and 2024-10-27, 2025-03-30.
    const QByteArray B = "Europe/Berlin";
    row("berlin-d15-spring-forward", M, 15, B, "2024-03-31T12:00:00Z", "2024-03-14T23:00:00Z",
        "2024-04-14T22:00:00Z", 743);
    row("berlin-d15-fall-back", M, 15, B, "2024-10-27T12:00:00Z", "2024-10-14T22:00:00Z",
        "2024-11-14T23:00:00Z", 745);
    row("berlin-d1-march", M, 1, B, "2024-03-10T00:00:00Z", "2024-02-29T23:00:00Z", "2024-03-31T22:00:00Z",
        743);
    row("berlin-d1-october", M, 1, B, "2024-10-10T00:00:00Z", "2024-09-30T22:00:00Z", "2024-10-31T23:00:00Z",
        745);
    row("berlin-d1-boundary-local-midnight", M, 1, B, "2024-02-29T23:00:00Z", "2024-02-29T23:00:00Z",
        "2024-03-31T22:00:00Z", 743);
    row("berlin-d1-1ms-before-local-midnight", M, 1, B, "2024-02-29T22:59:59.999Z", "2024-01-31T23:00:00Z",
        "2024-02-29T23:00:00Z", 29 * 24);
    row("berlin-d31-2025-feb-before", M, 31, B, "2025-02-27T22:59:59.999Z", "2025-01-30T23:00:00Z",
        "2025-02-27T23:00:00Z", 28 * 24);
    row("berlin-d31-2025-feb-boundary", M, 31, B, "2025-02-27T23:00:00Z", "2025-02-27T23:00:00Z",
        "2025-03-30T22:00:00Z", 743);
    row("berlin-d31-on-dst-day", M, 31, B, "2024-03-31T00:30:00Z", "2024-03-30T23:00:00Z",
        "2024-04-29T22:00:00Z", 719);

    // --- Zones ahead of UTC: the local day starts on the previous UTC day.
    const QByteArray T = "Asia/Taipei"; // +08:00
    const QByteArray K = "Asia/Kolkata"; // +05:30
    const QByteArray A = "Pacific/Auckland"; // NZDT +13 until 2024-04-07, NZST +12, NZDT from 2024-09-29
    row("taipei-d1-boundary", M, 1, T, "2024-02-29T16:00:00Z", "2024-02-29T16:00:00Z", "2024-03-31T16:00:00Z",
        31 * 24);
    row("taipei-d1-before", M, 1, T, "2024-02-29T15:59:59.999Z", "2024-01-31T16:00:00Z",
        "2024-02-29T16:00:00Z", 29 * 24);
    row("kolkata-d15-boundary", M, 15, K, "2025-02-14T18:30:00Z", "2025-02-14T18:30:00Z",
        "2025-03-14T18:30:00Z", 28 * 24);
    row("kolkata-d15-before", M, 15, K, "2025-02-14T18:29:59.999Z", "2025-01-14T18:30:00Z",
        "2025-02-14T18:30:00Z", 31 * 24);
    row("kolkata-d31-2025-feb", M, 31, K, "2025-02-27T18:30:00Z", "2025-02-27T18:30:00Z",
        "2025-03-30T18:30:00Z", 31 * 24);
    row("auckland-d1-dst-ends", M, 1, A, "2024-04-15T00:00:00Z", "2024-03-31T11:00:00Z",
        "2024-04-30T12:00:00Z", 721);
    row("auckland-d1-dst-starts", M, 1, A, "2024-09-15T00:00:00Z", "2024-08-31T12:00:00Z",
        "2024-09-30T11:00:00Z", 719);
    row("auckland-d29-2025-boundary", M, 29, A, "2025-02-27T11:00:00Z", "2025-02-27T11:00:00Z",
        "2025-03-28T11:00:00Z", 29 * 24);
    row("auckland-d29-2025-before", M, 29, A, "2025-02-27T10:59:59.999Z", "2025-01-28T11:00:00Z",
        "2025-02-27T11:00:00Z", 30 * 24);

    // --- Midnight that does not exist: Sao Paulo 2018-11-04 00:00 -03 jumped to 01:00 -02.
    const QByteArray S = "America/Sao_Paulo";
    row("saopaulo-d4-gap-start", M, 4, S, "2018-11-04T03:00:00Z", "2018-11-04T03:00:00Z",
        "2018-12-04T02:00:00Z", 719);
    row("saopaulo-d4-before-gap", M, 4, S, "2018-11-04T02:59:59.999Z", "2018-10-04T03:00:00Z",
        "2018-11-04T03:00:00Z", 744);
    row("saopaulo-daily-23h", D, 1, S, "2018-11-04T12:00:00Z", "2018-11-04T03:00:00Z", "2018-11-05T02:00:00Z",
        23);
    // ...and 2018-02-18 00:00 -02 fell back to 2018-02-17 23:00 -03.
    row("saopaulo-daily-25h", D, 1, S, "2018-02-17T12:00:00Z", "2018-02-17T02:00:00Z", "2018-02-18T03:00:00Z",
        25);
    row("santiago-daily-gap", D, 1, "America/Santiago", "2022-09-11T10:00:00Z", "2022-09-11T04:00:00Z",
        "2022-09-12T03:00:00Z", 23);
    // Havana: 2024-03-10 00:00 CST jumped to 01:00 CDT; 2024-11-03 01:00 CDT fell back to 00:00 CST,
    // so that day's midnight happened twice and the day begins at the first one.
    const QByteArray H = "America/Havana";
    row("havana-daily-gap", D, 1, H, "2024-03-10T12:00:00Z", "2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z",
        23);
    row("havana-daily-double-midnight-first", D, 1, H, "2024-11-03T04:00:00Z", "2024-11-03T04:00:00Z",
        "2024-11-04T05:00:00Z", 25);
    row("havana-daily-double-midnight-second", D, 1, H, "2024-11-03T05:30:00Z", "2024-11-03T04:00:00Z",
        "2024-11-04T05:00:00Z", 25);
    row("havana-daily-before-double-midnight", D, 1, H, "2024-11-03T03:59:59.999Z", "2024-11-02T04:00:00Z",
        "2024-11-03T04:00:00Z", 24);
    // Samoa skipped 2011-12-30 entirely (-10 -> +14): the day after Dec 29 is Dec 31.
    const QByteArray P = "Pacific/Apia";
    row("apia-daily-after-skipped-day", D, 1, P, "2011-12-30T10:00:00Z", "2011-12-30T10:00:00Z",
        "2011-12-31T10:00:00Z", 24);
    row("apia-daily-before-skipped-day", D, 1, P, "2011-12-30T09:59:59.999Z", "2011-12-29T10:00:00Z",
        "2011-12-30T10:00:00Z", 24);
    // Apia was on +14 (DST) in January 2012: 2012-01-30 00:00 local = 2012-01-29T10:00Z.
    row("apia-d30-starts-next-existing-day", M, 30, P, "2012-01-05T00:00:00Z", "2011-12-30T10:00:00Z",
        "2012-01-29T10:00:00Z", 30 * 24);

    // --- Weekly.
    row("weekly-mon-utc", W, Qt::Monday, U, "2024-02-29T12:00:00Z", "2024-02-26T00:00:00Z",
        "2024-03-04T00:00:00Z", 168);
    row("weekly-sun-utc-boundary", W, Qt::Sunday, U, "2024-03-03T00:00:00Z", "2024-03-03T00:00:00Z",
        "2024-03-10T00:00:00Z", 168);
    row("weekly-sun-utc-before", W, Qt::Sunday, U, "2024-03-02T23:59:59.999Z", "2024-02-25T00:00:00Z",
        "2024-03-03T00:00:00Z", 168);
    row("weekly-mon-berlin-spring", W, Qt::Monday, B, "2024-03-31T12:00:00Z", "2024-03-24T23:00:00Z",
        "2024-03-31T22:00:00Z", 167);
    row("weekly-mon-berlin-fall", W, Qt::Monday, B, "2024-10-27T12:00:00Z", "2024-10-20T22:00:00Z",
        "2024-10-27T23:00:00Z", 169);
    row("weekly-wed-kolkata", W, Qt::Wednesday, K, "2025-01-01T00:00:00Z", "2024-12-31T18:30:00Z",
        "2025-01-07T18:30:00Z", 168);
    row("weekly-sat-auckland", W, Qt::Saturday, A, "2024-04-10T00:00:00Z", "2024-04-05T11:00:00Z",
        "2024-04-12T12:00:00Z", 169);

    // --- Daily.
    row("daily-utc-boundary", D, 1, U, "2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z",
        24);
    row("daily-berlin-23h", D, 1, B, "2024-03-31T10:00:00Z", "2024-03-30T23:00:00Z", "2024-03-31T22:00:00Z",
        23);
    row("daily-berlin-25h", D, 1, B, "2024-10-27T10:00:00Z", "2024-10-26T22:00:00Z", "2024-10-27T23:00:00Z",
        25);
    row("daily-berlin-summer", D, 1, B, "2024-06-15T12:00:00Z", "2024-06-14T22:00:00Z",
        "2024-06-15T22:00:00Z", 24);
    row("daily-taipei-last-ms", D, 1, T, "2024-01-01T15:59:59.999Z", "2023-12-31T16:00:00Z",
        "2024-01-01T16:00:00Z", 24);
}

void TestBillingCycle::cycleContaining()
{
    QFETCH(QString, period);
    QFETCH(int, startDay);
    QFETCH(QByteArray, zone);
    QFETCH(QString, instant);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, hours);

    const QDateTime at = utc(instant);
    const QDateTime expectedStart = utc(start);
    const QDateTime expectedEnd = utc(end);
    QVERIFY(at.isValid() && expectedStart.isValid() && expectedEnd.isValid());

    const BillingCycle cycle = makeCycle(period, startDay, zone);
    const CycleInterval c = cycle.cycleContaining(at);
    QCOMPARE(c.start, expectedStart);
    QCOMPARE(c.end, expectedEnd);
    QCOMPARE(c.start.timeSpec(), Qt::UTC);
    QCOMPARE(c.end.timeSpec(), Qt::UTC);
    QCOMPARE(c.lengthMs(), qint64(hours) * kHourMs);
    QVERIFY(c.contains(at));

    // The same instant expressed in the cycle's own zone gives the same cycle.
    QCOMPARE(cycle.cycleContaining(at.toTimeZone(QTimeZone(zone))), c);

    // Both neighbours adjoin and lead back.
    const CycleInterval next = cycle.next(c);
    const CycleInterval previous = cycle.previous(c);
    QCOMPARE(next.start, c.end);
    QCOMPARE(previous.end, c.start);
    QVERIFY(next.isValid() && previous.isValid());
    QCOMPARE(cycle.previous(next), c);
    QCOMPARE(cycle.next(previous), c);
}

void TestBillingCycle::monthlyWalk_data()
{
    QTest::addColumn<int>("startDay");
    QTest::addColumn<QByteArray>("zone");

    // Zones chosen so that no start day below falls on a DST gap in 2023-2027,
    // which lets the walk insist on a 00:00 local start.
    const QByteArray zones[] = { "UTC", "Europe/Berlin", "Pacific/Auckland", "Asia/Kolkata",
                                 "America/Sao_Paulo" };
    for (const QByteArray &zone : zones) {
        for (const int day : { 1, 15, 28, 29, 30, 31 })
            QTest::addRow("%s-day%d", zone.constData(), day) << day << zone;
    }
}

void TestBillingCycle::monthlyWalk()
{
    QFETCH(int, startDay);
    QFETCH(QByteArray, zone);
    const QTimeZone tz(zone);
    const BillingCycle cycle = BillingCycle::monthly(startDay, tz);

    // Start with the cycle that begins in December 2023 and walk 30 months, through Feb 2024 (leap), 2025 and
    // 2026.
    CycleInterval c = cycle.cycleContaining(QDateTime(QDate(2023, 12, 31), QTime(12, 0), tz));
    QVERIFY(c.isValid());
    QList<CycleInterval> forward;
    int year = 2023;
    int month = 12;
    for (int i = 0; i < 30; ++i) {
        const QDateTime localStart = c.start.toTimeZone(tz);
        const int expectedDay = qMin(startDay, QDate(year, month, 1).daysInMonth());
        QCOMPARE(localStart.date(), QDate(year, month, expectedDay));
        QCOMPARE(localStart.time(), QTime(0, 0));
        // Boundary instants: the start belongs to this cycle, 1 ms earlier to the previous one.
        QCOMPARE(cycle.cycleContaining(c.start), c);
        QCOMPARE(cycle.cycleContaining(c.end.addMSecs(-1)), c);
        QCOMPARE(cycle.cycleContaining(c.start.addMSecs(-1)).end, c.start);
        // A month is 28..31 days, give or take a DST hour.
        QVERIFY(c.lengthMs() >= 28 * 24 * kHourMs - kHourMs);
        QVERIFY(c.lengthMs() <= 31 * 24 * kHourMs + kHourMs);

        forward.append(c);
        const CycleInterval n = cycle.next(c);
        QCOMPARE(n.start, c.end);
        QCOMPARE(cycle.previous(n), c);
        c = n;
        if (++month == 13) {
            month = 1;
            ++year;
        }
    }
    // Walking back from the end visits the same cycles.
    for (qsizetype i = forward.size() - 1; i >= 0; --i) {
        c = cycle.previous(c);
        QCOMPARE(c, forward.at(i));
        QCOMPARE(cycle.next(c), i + 1 < forward.size() ? forward.at(i + 1) : cycle.next(forward.last()));
    }
}

void TestBillingCycle::dailyAndWeeklyWalk_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("startDay");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("shortCycles"); // cycles one hour shorter than nominal (spring forward)
    QTest::addColumn<int>("longCycles"); // one hour longer (fall back)

    // 2024-01-01 .. over the year: Berlin and Auckland each have one short and one long day/week.
    QTest::newRow("daily-utc") << QStringLiteral("daily") << 1 << QByteArray("UTC") << 400 << 0 << 0;
    QTest::newRow("daily-berlin") << QStringLiteral("daily") << 1 << QByteArray("Europe/Berlin") << 366 << 1
                                  << 1;
    QTest::newRow("daily-auckland") << QStringLiteral("daily") << 1 << QByteArray("Pacific/Auckland") << 366
                                    << 1 << 1;
    QTest::newRow("daily-kolkata") << QStringLiteral("daily") << 1 << QByteArray("Asia/Kolkata") << 366 << 0
                                   << 0;
    QTest::newRow("weekly-mon-berlin")
        << QStringLiteral("weekly") << int(Qt::Monday) << QByteArray("Europe/Berlin") << 52 << 1 << 1;
    QTest::newRow("weekly-sun-auckland")
        << QStringLiteral("weekly") << int(Qt::Sunday) << QByteArray("Pacific/Auckland") << 52 << 1 << 1;
    QTest::newRow("weekly-fri-taipei")
        << QStringLiteral("weekly") << int(Qt::Friday) << QByteArray("Asia/Taipei") << 104 << 0 << 0;
}

void TestBillingCycle::dailyAndWeeklyWalk()
{
    QFETCH(QString, period);
    QFETCH(int, startDay);
    QFETCH(QByteArray, zone);
    QFETCH(int, steps);
    QFETCH(int, shortCycles);
    QFETCH(int, longCycles);

    const QTimeZone tz(zone);
    const BillingCycle cycle = makeCycle(period, startDay, zone);
    const bool weekly = period == u"weekly";
    const qint64 nominal = (weekly ? 7 : 1) * 24 * kHourMs;

    CycleInterval c = cycle.cycleContaining(QDateTime(QDate(2024, 1, 1), QTime(0, 0), tz));
    QDate expectedDate = weekly
        ? QDate(2024, 1, 1).addDays(-((QDate(2024, 1, 1).dayOfWeek() - startDay + 7) % 7))
        : QDate(2024, 1, 1);
    int shortSeen = 0;
    int longSeen = 0;
    for (int i = 0; i < steps; ++i) {
        const QDateTime localStart = c.start.toTimeZone(tz);
        QCOMPARE(localStart.date(), expectedDate);
        QCOMPARE(localStart.time(), QTime(0, 0));
        if (weekly)
            QCOMPARE(localStart.date().dayOfWeek(), startDay);
        if (c.lengthMs() == nominal - kHourMs)
            ++shortSeen;
        else if (c.lengthMs() == nominal + kHourMs)
            ++longSeen;
        else
            QCOMPARE(c.lengthMs(), nominal);
        QCOMPARE(cycle.cycleContaining(c.start), c);
        QCOMPARE(cycle.cycleContaining(c.start.addMSecs(-1)).end, c.start);

        const CycleInterval n = cycle.next(c);
        QCOMPARE(n.start, c.end);
        QCOMPARE(cycle.previous(n), c);
        c = n;
        expectedDate = expectedDate.addDays(weekly ? 7 : 1);
    }
    QCOMPARE(shortSeen, shortCycles);
    QCOMPARE(longSeen, longCycles);
}

void TestBillingCycle::fromSpec_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("startDay");
    QTest::addColumn<QString>("zoneSpec");
    QTest::addColumn<int>("expectedPeriod");
    QTest::addColumn<int>("expectedDay");
    QTest::addColumn<QByteArray>("expectedZone");

    const int Mo = int(BillingCycle::Period::Monthly);
    const int We = int(BillingCycle::Period::Weekly);
    const int Da = int(BillingCycle::Period::Daily);
    auto row = [](const char *name, const char *period, const char *day, const char *zone, int p, int d,
                  const QByteArray &z) {
        QTest::newRow(name) << QString::fromLatin1(period) << QString::fromLatin1(day)
                            << QString::fromLatin1(zone) << p << d << z;
    };
    row("monthly-15-berlin", "monthly", "15", "Europe/Berlin", Mo, 15, "Europe/Berlin");
    row("monthly-31-padded", " Monthly ", " 31 ", "Asia/Kolkata", Mo, 31, "Asia/Kolkata");
    row("monthly-1-utc", "monthly", "1", "UTC", Mo, 1, "UTC");
    row("monthly-default-day-empty-zone", "monthly", "", "", Mo, 1, "UTC");
    row("monthly-utc-lowercase", "MONTHLY", "28", "utc", Mo, 28, "UTC");
    row("weekly-monday", "weekly", "monday", "UTC", We, 1, "UTC");
    row("weekly-mon", "weekly", "mon", "Pacific/Auckland", We, 1, "Pacific/Auckland");
    row("weekly-Sun", "weekly", "Sun", "UTC", We, 7, "UTC");
    row("weekly-SATURDAY", "weekly", "SATURDAY", "UTC", We, 6, "UTC");
    row("weekly-number", "weekly", "3", "Asia/Taipei", We, 3, "Asia/Taipei");
    row("weekly-7", "weekly", "7", "UTC", We, 7, "UTC");
    row("weekly-default", "weekly", "", "", We, 1, "UTC");
    row("daily", "daily", "", "America/Sao_Paulo", Da, 1, "America/Sao_Paulo");
    row("daily-ignores-start-day", "daily", "15", "UTC", Da, 1, "UTC");
    row("local-zone", "daily", "", "local", Da, 1, QTimeZone::systemTimeZoneId());
}

void TestBillingCycle::fromSpec()
{
    QFETCH(QString, period);
    QFETCH(QString, startDay);
    QFETCH(QString, zoneSpec);
    QFETCH(int, expectedPeriod);
    QFETCH(int, expectedDay);
    QFETCH(QByteArray, expectedZone);

    QString error;
    const std::optional<BillingCycle> cycle = BillingCycle::fromSpec(period, startDay, zoneSpec, &error);
    QVERIFY2(cycle.has_value(), qPrintable(error));
    QCOMPARE(int(cycle->period()), expectedPeriod);
    QCOMPARE(cycle->startDay(), expectedDay);
    QCOMPARE(cycle->timeZone().id(), expectedZone);
}

void TestBillingCycle::fromSpecRejects_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("startDay");
    QTest::addColumn<QString>("zoneSpec");
    QTest::addColumn<QString>("mentioned"); // the bad value the message must name

    auto row = [](const char *name, const char *period, const char *day, const char *zone, const char *bad) {
        QTest::newRow(name) << QString::fromLatin1(period) << QString::fromLatin1(day)
                            << QString::fromLatin1(zone) << QString::fromLatin1(bad);
    };
    row("unknown-period", "yearly", "1", "UTC", "yearly");
    row("empty-period", "", "1", "UTC", "monthly");
    row("monthly-day-0", "monthly", "0", "UTC", "0");
    row("monthly-day-32", "monthly", "32", "UTC", "32");
    row("monthly-day-negative", "monthly", "-1", "UTC", "-1");
    row("monthly-day-word", "monthly", "first", "UTC", "first");
    row("monthly-day-fraction", "monthly", "1.5", "UTC", "1.5");
    row("monthly-weekday", "monthly", "monday", "UTC", "monday");
    row("weekly-8", "weekly", "8", "UTC", "8");
    row("weekly-0", "weekly", "0", "UTC", "0");
    row("weekly-unknown-name", "weekly", "funday", "UTC", "funday");
    row("weekly-two-letters", "weekly", "mo", "UTC", "mo");
    row("unknown-zone", "monthly", "15", "Mars/Olympus_Mons", "Mars/Olympus_Mons");
    row("misspelled-zone", "monthly", "15", "Europe/Berln", "Europe/Berln");
}

void TestBillingCycle::fromSpecRejects()
{
    QFETCH(QString, period);
    QFETCH(QString, startDay);
    QFETCH(QString, zoneSpec);
    QFETCH(QString, mentioned);

    QString error;
    QVERIFY(!BillingCycle::fromSpec(period, startDay, zoneSpec, &error).has_value());
    QVERIFY2(error.contains(mentioned), qPrintable(error));
    // The error pointer is optional.
    QVERIFY(!BillingCycle::fromSpec(period, startDay, zoneSpec, nullptr).has_value());
}

void TestBillingCycle::factories_data()
{
    QTest::addColumn<int>("requestedDay");
    QTest::addColumn<int>("storedDay");
    QTest::newRow("zero-clamps-to-1") << 0 << 1;
    QTest::newRow("negative-clamps-to-1") << -5 << 1;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("31") << 31 << 31;
    QTest::newRow("40-clamps-to-31") << 40 << 31;
}

void TestBillingCycle::factories()
{
    QFETCH(int, requestedDay);
    QFETCH(int, storedDay);
    const BillingCycle cycle = BillingCycle::monthly(requestedDay, QTimeZone("Asia/Taipei"));
    QCOMPARE(int(cycle.period()), int(BillingCycle::Period::Monthly));
    QCOMPARE(cycle.startDay(), storedDay);
    QCOMPARE(cycle.timeZone().id(), QByteArray("Asia/Taipei"));
}

void TestBillingCycle::invalidInput()
{
    const BillingCycle defaults;
    QCOMPARE(int(defaults.period()), int(BillingCycle::Period::Monthly));
    QCOMPARE(defaults.startDay(), 1);
    QCOMPARE(defaults.timeZone().id(), QByteArray("UTC"));
    const CycleInterval c = defaults.cycleContaining(utc(QStringLiteral("2025-07-04T10:00:00Z")));
    QCOMPARE(c.start, utc(QStringLiteral("2025-07-01T00:00:00Z")));
    QCOMPARE(c.end, utc(QStringLiteral("2025-08-01T00:00:00Z")));

    QVERIFY(!defaults.cycleContaining(QDateTime()).isValid());
    QVERIFY(!defaults.next(CycleInterval {}).isValid());
    QVERIFY(!defaults.previous(CycleInterval {}).isValid());
}

QTEST_GUILESS_MAIN(TestBillingCycle)
#include "tst_billingcycle.moc"
