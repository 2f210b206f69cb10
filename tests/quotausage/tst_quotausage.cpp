// Quota arithmetic: the 95th percentile against a reference computed here
// from the raw 5-minute samples (through the history store), bandwidth
// windows, projections with and without a weekday profile, and the pieces of
// an RFC 5322 message.
#include "alerts/historyusageprovider.h"
#include "alerts/mailmessage.h"
#include "alerts/projection.h"
#include "alerts/quotaevaluator.h"
#include "alerts/ratestatistics.h"
#include "storage/historystore.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Bandwatch;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

SeriesKey key(const QString &name, Direction d)
{
    SeriesKey k;
    k.source = "cdn";
    k.series = name;
    k.direction = d;
    return k;
}

// The textbook definition, written out independently of the product code:
// sort the 5-minute values, drop the top 5 %, the highest left is the 95th percentile.
double referenceP95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const qsizetype drop = n / 20; // floor(5 %)
    return values.at(n - 1 - drop);
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
            i += 2;
        } else if (in.at(i) == '=' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += in.at(i);
        }
    }
    return out;
}

} // namespace

class TestQuotaUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void percentileDefinition_data();
    void percentileDefinition();
    void p95ThroughTheStore_data();
    void p95ThroughTheStore();
    void bandwidthWindows_data();
    void bandwidthWindows();
    void projection_data();
    void projection();
    void weekdayProfile();
    void encodedSubject_data();
    void encodedSubject();
    void quotedPrintable_data();
    void quotedPrintable();
    void rfc5322Date();

private:
    QTemporaryDir m_dir;
};

void TestQuotaUsage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestQuotaUsage::percentileDefinition_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QList<double> twenty, hundred;
    for (int i = 1; i <= 20; ++i)
        twenty << i;
    for (int i = 100; i >= 1; --i)
        hundred << i;
    QTest::newRow("1..20") << twenty << 19.0;
    QTest::newRow("100..1") << hundred << 95.0;
    QTest::newRow("one value") << QList<double> { 7 } << 7.0;
    QTest::newRow("gaps are not zeros") << QList<double> { std::nan(""), 5, std::nan(""), 3 } << 5.0;
    QTest::newRow("21 values") << [] {
        QList<double> v;
        for (int i = 1; i <= 21; ++i)
            v << i;
        return v;
    }() << 20.0;
}

void TestQuotaUsage::percentileDefinition()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QCOMPARE(RateStatistics::percentile(values, 95.0), expected);
}

void TestQuotaUsage::p95ThroughTheStore_data()
{
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("gapEvery"); // every n-th bucket has no sample (0: none)
    QTest::addColumn<QString>("direction");
    QTest::newRow("one day") << 288 << 0 << "out";
    QTest::newRow("one day with gaps") << 288 << 7 << "out";
    QTest::newRow("a billing month, both directions") << 8640 << 0 << "both";
    QTest::newRow("37 buckets, inbound") << 37 << 5 << "in";
}

void TestQuotaUsage::p95ThroughTheStore()
{
    QFETCH(int, buckets);
    QFETCH(int, gapEvery);
    QFETCH(QString, direction);

    HistoryStore store;
    HistoryOptions options;
    options.retention.setKeep(Resolution::Raw, 0);
    options.retention.setKeep(Resolution::FiveMinutes, 0);
    options.startupCheck = HistoryOptions::StartupCheck::None;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QString("p95-%1.db").arg(QTest::currentDataTag()).replace(' ', '_')),
                        &error),
             qPrintable(error));

    const QList<SeriesKey> keys { key("edge-a", Direction::Out), key("edge-b", Direction::Out),
                                  key("edge-a", Direction::In) };
    const qint64 t0 = utc("2026-03-01T00:00:00").toMSecsSinceEpoch();
    QRandomGenerator rng(quint32(buckets * 31 + gapEvery));
    QList<double> sumOut, sumIn; // per bucket, only buckets with data
    SampleList samples;
    for (int b = 0; b < buckets; ++b) {
        if (gapEvery > 0 && b % gapEvery == 3)
            continue;
        double out = 0, in = 0;
        for (const SeriesKey &k : keys) {
            Sample s;
            s.key = k;
            s.startMs = t0 + qint64(b) * 300'000;
            s.endMs = s.startMs + 300'000;
            // Mostly around 200 Mbit/s with some bursts, as CDN traffic looks.
            const double mbps = 100 + rng.bounded(200) + (rng.bounded(100) < 4 ? 2000 : 0);
            s.bytes = quint64(mbps * 1e6 * 300 / 8);
            s.bps = double(s.bytes) * 8 / 300;
            (k.direction == Direction::Out ? out : in) += s.bps;
            samples << s;
        }
        sumOut << out;
        sumIn << in;
    }
    store.append(samples);
    QVERIFY(store.flush());

    const double expectedOut = referenceP95(sumOut);
    const double expectedIn = referenceP95(sumIn);
    const double expected = direction == "out" ? expectedOut
        : direction == "in"                    ? expectedIn
                                               : std::max(expectedIn, expectedOut);

    Quota q;
    q.id = "p95";
    q.kind = QuotaKind::Percentile95;
    q.selector.source = "cdn";
    QVERIFY(Quota::parseDirection(direction, &q.direction));
    q.limit = 500e6;
    q.cycle = BillingCycle::monthly(1, QTimeZone::utc());
    HistoryUsageProvider provider(&store);
    QuotaEvaluator evaluator(&provider);
    const QuotaSnapshot snap = evaluator.evaluate(
        q, QDateTime::fromMSecsSinceEpoch(t0 + qint64(buckets) * 300'000, QTimeZone::utc()));
    QVERIFY(snap.hasData);
    QVERIFY2(std::fabs(snap.value - expected) <= expected * 1e-9,
             qPrintable(QString("%1 vs %2").arg(snap.value).arg(expected)));
    QVERIFY(snap.burstIntervalsLeft.has_value());
    // The same number from the store's own query.
    const auto fromStore = store.percentile95({ keys.at(0), keys.at(1) }, snap.cycle);
    QVERIFY(fromStore.has_value());
    QVERIFY(std::fabs(fromStore->bps - expectedOut) <= expectedOut * 1e-9);
    store.close();
}

void TestQuotaUsage::bandwidthWindows_data()
{
    QTest::addColumn<QList<double>>("rates");
    QTest::addColumn<int>("window");
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("latest");
    const double n = std::nan("");
    QTest::newRow("5m window") << QList<double> { 1, 5, 2, 3 } << 1 << 5.0 << 3.0;
    QTest::newRow("15m window") << QList<double> { 3, 3, 3, 9, 9, 9, 0 } << 3 << 9.0 << 6.0;
    QTest::newRow("gap at the end") << QList<double> { 4, 4, n, n } << 2 << 4.0 << 4.0;
    QTest::newRow("nothing") << QList<double> { n, n } << 2 << n << n;
}

void TestQuotaUsage::bandwidthWindows()
{
    QFETCH(QList<double>, rates);
    QFETCH(int, window);
    QFETCH(double, peak);
    QFETCH(double, latest);
    const double p = RateStatistics::peakWindowMean(rates, window);
    const double l = RateStatistics::latestWindowMean(rates, window);
    QCOMPARE(std::isnan(p), std::isnan(peak));
    QCOMPARE(std::isnan(l), std::isnan(latest));
    if (!std::isnan(peak))
        QCOMPARE(p, peak);
    if (!std::isnan(latest))
        QCOMPARE(l, latest);
}

void TestQuotaUsage::projection_data()
{
    QTest::addColumn<double>("used");
    QTest::addColumn<QString>("now");
    QTest::addColumn<double>("projected");
    QTest::addColumn<bool>("exceed");
    QTest::addColumn<QString>("exceedAt"); // local time, "" if none
    QTest::addColumn<double>("dailyBudget");
    // April 2026 in UTC: 30 days; limit 300.
    QTest::newRow("on budget") << 100.0 << "2026-04-11T00:00:00" << 300.0 << false << "" << 10.0;
    QTest::newRow("too fast") << 150.0 << "2026-04-11T00:00:00" << 450.0 << true << "2026-04-21 00:00" << 7.5;
    QTest::newRow("already over") << 310.0 << "2026-04-11T00:00:00" << 930.0 << false << "" << 0.0;
    QTest::newRow("nothing used") << 0.0 << "2026-04-05T00:00:00" << 0.0 << false << "" << 300.0 / 26;
}

void TestQuotaUsage::projection()
{
    QFETCH(double, used);
    QFETCH(QString, now);
    QFETCH(double, projected);
    QFETCH(bool, exceed);
    QFETCH(QString, exceedAt);
    QFETCH(double, dailyBudget);
    const CycleInterval cycle { utc("2026-04-01T00:00:00"), utc("2026-05-01T00:00:00") };
    const Projection p = Projection::compute(used, 300, { 80, 90, 100 }, cycle,
                                             utc(now.toLatin1().constData()), QTimeZone::utc());
    QVERIFY(p.valid);
    QVERIFY2(std::fabs(p.projectedTotal - projected) < 1e-6, qPrintable(QString::number(p.projectedTotal)));
    QCOMPARE(p.projectedToExceed, exceed);
    QCOMPARE(p.exceedAt.isValid() ? p.exceedAt.toString("yyyy-MM-dd HH:mm") : QString(), exceedAt);
    QVERIFY2(std::fabs(p.dailyBudgetLeft - dailyBudget) < 1e-6,
             qPrintable(QString::number(p.dailyBudgetLeft)));
    if (used == 100.0) {
        // 80 % = 240 at 10/day: 14 more days.
        QCOMPARE(p.thresholds.at(0).at, utc("2026-04-25T00:00:00"));
        QVERIFY(!p.thresholds.at(2).at.isValid() || p.thresholds.at(2).at == cycle.end);
    }
}

void TestQuotaUsage::weekdayProfile()
{
    // Weekends carry a fifth of a weekday's traffic, for four weeks.
    QList<std::pair<QDate, double>> history;
    for (QDate d(2026, 3, 2); d < QDate(2026, 3, 30); d = d.addDays(1))
        history.append({ d, d.dayOfWeek() >= 6 ? 10.0 : 50.0 });
    const auto weights = Projection::weekdayWeights(history);
    QVERIFY(weights.has_value());
    QVERIFY(std::fabs((*weights)[0] / (*weights)[6] - 5.0) < 1e-9);
    QVERIFY(!Projection::weekdayWeights(history.mid(0, 10)).has_value()); // too little history

    // Monday 2026-04-06 00:00: one week of April used at that pattern (5 x 50 + 2 x 10, from Wednesday).
    const QTimeZone zone("Europe/Berlin");
    const CycleInterval cycle { QDateTime(QDate(2026, 4, 1), QTime(0, 0), zone),
                                QDateTime(QDate(2026, 5, 1), QTime(0, 0), zone) };
    const QDateTime now(QDate(2026, 4, 6), QTime(0, 0), zone);
    const double used = 3 * 50 + 2 * 10; // Wed, Thu, Fri, Sat, Sun
    const Projection shaped = Projection::compute(used, 10'000, { 100 }, cycle, now, zone, weights);
    const Projection flat = Projection::compute(used, 10'000, { 100 }, cycle, now, zone);
    QVERIFY(shaped.weekdayProfile);
    // The rest of April: 19 weekdays and 6 weekend days.
    QVERIFY2(std::fabs(shaped.projectedTotal - (used + 19 * 50 + 6 * 10)) < 1e-6,
             qPrintable(QString::number(shaped.projectedTotal)));
    QVERIFY2(std::fabs(flat.projectedTotal - used * 30 / 5) < 1e-6,
             qPrintable(QString::number(flat.projectedTotal)));
}

void TestQuotaUsage::encodedSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("encoded");
    QTest::newRow("ascii") << "CDN: 80 % of the volume quota reached" << false;
    QTest::newRow("utf-8") << "Taipei CDN – 月流量: 80 % reached" << true;
    QTest::newRow("long utf-8") << QString("Überwachung ").repeated(12) + "😀 end" << true;
}

void TestQuotaUsage::encodedSubject()
{
    QFETCH(QString, subject);
    QFETCH(bool, encoded);
    const QByteArray header = MailMessage::encodeHeaderText(subject, 9);
    QString decoded;
    for (const QByteArray &line : header.split('\n')) {
        const QByteArray l = line.trimmed();
        QVERIFY(l.size() + 9 <= 78);
        if (!encoded) {
            decoded += (decoded.isEmpty() ? "" : " ") + QString::fromLatin1(l);
            continue;
        }
        static const QRegularExpression word("^=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?=$");
        const auto m = word.match(QString::fromLatin1(l));
        QVERIFY2(m.hasMatch(), l.constData());
        QVERIFY(l.size() <= 75);
        // Every word decodes on its own: no character is split across words.
        const QByteArray bytes = QByteArray::fromBase64(m.captured(1).toLatin1());
        QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes);
        decoded += QString::fromUtf8(bytes);
    }
    QCOMPARE(decoded, subject);
}

void TestQuotaUsage::quotedPrintable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "Used: 1.60 TB of 2.00 TB\nCycle: 2026-03-15";
    QTest::newRow("long line") << QString("x").repeated(200) + " = ünïcødé " + QString("y").repeated(90);
    QTest::newRow("trailing space") << "ends with a space \nand a tab\t\nend";
    QTest::newRow("equals signs") << QString("=").repeated(80);
}

void TestQuotaUsage::quotedPrintable()
{
    QFETCH(QString, text);
    const QByteArray qp = MailMessage::quotedPrintable(text.toUtf8());
    for (const QByteArray &line : qp.split('\n')) {
        QVERIFY(line.size() <= 77); // 76 + the '\r'
        QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
        for (char c : line)
            QVERIFY(uchar(c) < 128);
    }
    QString back = QString::fromUtf8(decodeQuotedPrintable(qp));
    back.replace("\r\n", "\n");
    QCOMPARE(back, text);
}

void TestQuotaUsage::rfc5322Date()
{
    const QDateTime dt(QDate(2026, 3, 15), QTime(9, 5, 7), QTimeZone("Asia/Taipei"));
    QCOMPARE(MailMessage::formatDate(dt), QByteArray("Sun, 15 Mar 2026 09:05:07 +0800"));
    const QDateTime ny(QDate(2026, 1, 2), QTime(23, 0, 0), QTimeZone("America/New_York"));
    QCOMPARE(MailMessage::formatDate(ny), QByteArray("Fri, 2 Jan 2026 23:00:00 -0500"));
    QCOMPARE(MailMessage::addressSpec("Bandwatch <ops@example.com>"), "ops@example.com");
    QCOMPARE(MailMessage::formatAddress("Bändwatch <ops@example.com>"),
             QByteArray("=?UTF-8?B?QsOkbmR3YXRjaA==?= <ops@example.com>"));
}

QTEST_GUILESS_MAIN(TestQuotaUsage)
#include "tst_quotausage.moc"
