// A vnstat-exporter source reading Bandwatch's own vnstat-compatible endpoint
// (/api/v1/quotas/<name>/usage), served by the real exporter on 127.0.0.1:
// what one Bandwatch counted in a billing cycle arrives in the other byte for
// byte, across a cycle roll-over.
#include "../exporter/exporterenv.h"
#include "sources/vnstatexportersource.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {

constexpr quint64 kMiB = 1024 * 1024;

SampleList pollOnce(Source &source, QString *error)
{
    QSignalSpy ok(&source, &Source::pollSucceeded);
    QSignalSpy failed(&source, &Source::pollFailed);
    source.poll();
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 5000)) {
        *error = QStringLiteral("no answer");
        return {};
    }
    if (!failed.isEmpty())
        *error = failed.first().first().toString();
    return ok.isEmpty() ? SampleList {} : ok.first().first().value<SampleList>();
}

quint64 bytesOf(const SampleList &samples, Direction d)
{
    quint64 sum = 0;
    for (const Sample &s : samples)
        if (s.key.direction == d)
            sum += s.bytes;
    return sum;
}

} // namespace

class TestVnstatExporterRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void throughOwnApi_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Asia/Taipei") << QByteArray("Asia/Taipei");
    }

    void throughOwnApi()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        Env env;
        QVERIFY(env.start(Env::config(false)));

        const SeriesKey inKey { QStringLiteral("local"), QStringLiteral("eth0"), {}, Direction::In };
        const SeriesKey outKey { QStringLiteral("local"), QStringLiteral("eth0"), {}, Direction::Out };
        // Whole quarters of a MiB: the API's two decimals of MiB carry them exactly.
        auto store = [&](qint64 atMs, quint64 in, quint64 out) {
            env.store.append({ sample(QStringLiteral("local"), QStringLiteral("eth0"), Direction::In, atMs,
                                      atMs + 60'000, in),
                               sample(QStringLiteral("local"), QStringLiteral("eth0"), Direction::Out, atMs,
                                      atMs + 60'000, out) });
            QVERIFY(env.store.flush());
        };
        // What the quota service reports: the stored bytes of the cycle.
        auto publish = [&](const CycleInterval &cycle) {
            QuotaStatus q;
            q.name = QStringLiteral("vps");
            q.zone = tz;
            q.cycleStart = cycle.start;
            q.cycleEnd = cycle.end;
            q.inBytes = quint64(env.store.bytes({ inKey }, cycle));
            q.outBytes = quint64(env.store.bytes({ outKey }, cycle));
            q.limit = 1e12;
            q.used = double(q.inBytes + q.outBytes);
            env.quotas.list = { q };
        };
        const CycleInterval november { QDateTime(QDate(2026, 11, 15), QTime(0, 0), tz).toUTC(),
                                       QDateTime(QDate(2026, 12, 15), QTime(0, 0), tz).toUTC() };
        const CycleInterval december { november.end, QDateTime(QDate(2027, 1, 15), QTime(0, 0), tz).toUTC() };
        const qint64 nov = november.start.toMSecsSinceEpoch();
        const qint64 dec = december.start.toMSecsSinceEpoch();

        SourceConfig config;
        config.id = QStringLiteral("remote");
        config.type = QStringLiteral("vnstat-exporter");
        config.interval = 1000ms;
        config.timeout = 2000ms;
        config.options = { { QStringLiteral("url"),
                             QString(env.exporter->baseUrl() + QStringLiteral("/api/v1/quotas/vps/usage")) },
                           { QStringLiteral("check_health"), QStringLiteral("true") },
                           { QStringLiteral("state_file"), QString() } };
        VnstatExporterSource source(config);
        QString error;

        store(nov + 3'600'000, 3 * kMiB, kMiB);
        // Traffic before the cycle is not the cycle's.
        store(nov - 3'600'000, 7 * kMiB, 7 * kMiB);
        publish(november);
        QVERIFY(pollOnce(source, &error).isEmpty()); // the baseline
        QVERIFY2(error.isEmpty(), qPrintable(error));

        store(nov + 7'200'000, 5 * kMiB / 4, kMiB / 2);
        publish(november);
        QTest::qWait(5);
        SampleList got = pollOnce(source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bytesOf(got, Direction::In), 5 * kMiB / 4);
        QCOMPARE(bytesOf(got, Direction::Out), kMiB / 2);

        // Roll-over: the new cycle's totals, counted from zero, although they
        // exceed the old cycle's last reading.
        store(dec + 60'000, 9 * kMiB, kMiB / 4);
        publish(december);
        QTest::qWait(5);
        got = pollOnce(source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bytesOf(got, Direction::In), 9 * kMiB);
        QCOMPARE(bytesOf(got, Direction::Out), kMiB / 4);
    }
};

QTEST_GUILESS_MAIN(TestVnstatExporterRoundTrip)
#include "tst_vnstatexporterroundtrip.moc"
