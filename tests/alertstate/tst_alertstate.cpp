// The alert state machine end to end: samples in a real history database,
// the service evaluating quotas, the outbox delivering to a recording
// notifier. Every step re-creates the store and the service from the same
// SQLite file, so nothing survives a step but what was persisted.
#include "alerts/alertservice.h"
#include "alerts/alertstatemachine.h"
#include "alerts/alertstore.h"
#include "alerts/notifier.h"
#include "alerts/outboxdispatcher.h"
#include "storage/historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Bandwatch;

namespace {

struct Step
{
    Step() = default;
    Step(const char *when, double v, double limit = 0, const char *end = "")
        : at(QString::fromLatin1(when))
        , value(v)
        , newLimit(limit)
        , sampleEnd(QString::fromLatin1(end))
    { }
    QString at; // UTC, ISO 8601: the clock, and the end of the step's sample
    double value = 0; // volume: cumulative MB in the current cycle; bandwidth: Mbit/s over the last 5 minutes
    double newLimit = 0; // MB or Mbit/s; 0 = unchanged
    QString sampleEnd; // the sample ends here instead of at `at`
};

QDateTime utc(const QString &iso)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

// Records what it is asked to deliver; answers on the event loop like a real one.
class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    QString channel() const override { return QStringLiteral("test"); }
    void deliver(const OutboxEntry &entry, const Alert &alert) override
    {
        const QTimeZone zone(alert.timeZone.toUtf8());
        delivered << QStringLiteral("%1/%2").arg(
            QDateTime::fromMSecsSinceEpoch(alert.cycleStartMs, zone).date().toString(Qt::ISODate),
            alert.projectionWarning ? QStringLiteral("projected") : QString::number(alert.threshold));
        entries << entry;
        if (hang)
            return;
        QMetaObject::invokeMethod(
            this, [this, id = entry.id] { Q_EMIT finished(id, true, {}); }, Qt::QueuedConnection);
    }
    QStringList delivered;
    QList<OutboxEntry> entries;
    bool hang = false;
};

SeriesKey kongKey(const QString &service, Direction d)
{
    SeriesKey k;
    k.source = QStringLiteral("kong");
    k.series = service;
    k.labels.insert(QStringLiteral("service"), service);
    k.direction = d;
    return k;
}

// One life of the application: store and service over the same file.
class Life
{
public:
    Life(const QString &path, const Quota &quota, const QDateTime &now, Notifier *notifier)
    {
        HistoryOptions options;
        options.retention.setKeep(Resolution::Raw, 0); // simulated months ago: keep everything
        options.startupCheck = HistoryOptions::StartupCheck::None;
        store.setOptions(options);
        QString error;
        ok = store.open(path, &error);
        if (!ok) {
            qWarning("%s", qPrintable(error));
            return;
        }
        service = std::make_unique<AlertService>(&store);
        AlertsConfig config;
        config.quotas << quota;
        config.notifications.retryInitialMs = 100;
        config.notifications.evaluateIntervalMs = 3'600'000; // the test evaluates by hand
        service->configure(config);
        service->setClock([now] { return now; });
        service->addNotifier(notifier);
        ok = service->start(&error);
        if (!ok)
            qWarning("%s", qPrintable(error));
    }
    ~Life()
    {
        service.reset();
        store.close();
    }
    HistoryStore store;
    std::unique_ptr<AlertService> service;
    bool ok = false;
};

// Each step is one life of the application: the step's sample goes into
// the database and the service evaluates twice and delivers what fired.
void runSteps(const QString &path, Quota &quota, const QList<Step> &steps, RecordingNotifier &notifier)
{
    const QuotaKind kind = quota.kind;
    const double unit = 1e6; // MB or Mbit/s
    double cycleTotal = 0;
    qint64 cycleStart = 0;
    qint64 previousEnd = 0;
    for (const Step &step : steps) {
        const QDateTime now = utc(step.at);
        if (step.newLimit > 0)
            quota.limit = step.newLimit * unit;
        Life life(path, quota, now, &notifier);
        QVERIFY(life.ok);
        SampleList samples;
        Sample s;
        s.key = kongKey(QStringLiteral("api"), Direction::Out);
        s.endMs =
            step.sampleEnd.isEmpty() ? now.toMSecsSinceEpoch() : utc(step.sampleEnd).toMSecsSinceEpoch();
        if (kind == QuotaKind::Volume) {
            const qint64 thisCycle =
                quota.cycle.cycleContaining(QDateTime::fromMSecsSinceEpoch(s.endMs - 1, QTimeZone::utc()))
                    .start.toMSecsSinceEpoch();
            if (thisCycle != cycleStart) {
                cycleStart = thisCycle;
                cycleTotal = 0;
                previousEnd = thisCycle;
            }
            s.startMs = std::max(previousEnd, s.endMs - 3'600'000);
            s.bytes = quint64((step.value - cycleTotal) * unit);
            cycleTotal = step.value;
        } else {
            s.startMs = s.endMs - 300'000;
            s.bytes = quint64(step.value * unit * 300 / 8);
        }
        previousEnd = s.endMs;
        s.bps = double(s.bytes) * 8000.0 / double(std::max<qint64>(1, s.endMs - s.startMs));
        samples << s;
        // Traffic the quota must not count: another service, and the other direction.
        Sample other = s;
        other.key = kongKey(QStringLiteral("web"), Direction::Out);
        other.bytes *= 3;
        samples << other;
        other.key = kongKey(QStringLiteral("api"), Direction::In);
        samples << other;
        life.store.append(samples);
        QVERIFY(life.store.flush());

        life.service->evaluateNow();
        life.service->evaluateNow(); // twice: a second look changes nothing
        QTRY_COMPARE_WITH_TIMEOUT(life.service->alertStore()->openCount(), 0, 5000);
        QCOMPARE(life.service->dispatcher()->inFlightCount(), 0);
    }
}

} // namespace

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(QList<Step>)
Q_DECLARE_METATYPE(Bandwatch::QuotaKind)

class TestAlertState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decide_data();
    void decide();
    void crossings_data();
    void crossings();
    void decideProjection_data();
    void decideProjection();
    void projection_data();
    void projection();
    void deliveryInterruptedByRestart();

private:
    QTemporaryDir m_dir;
};

void TestAlertState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestAlertState::decide_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("limit");
    QTest::addColumn<QList<int>>("firedBefore"); // basis points, fired at limit 100
    QTest::addColumn<QList<int>>("expectFire");
    QTest::addColumn<QList<int>>("expectRearm");

    QTest::newRow("below everything") << 79.9 << 100.0 << QList<int> {} << QList<int> {} << QList<int> {};
    QTest::newRow("exactly at 80") << 80.0 << 100.0 << QList<int> {} << QList<int> { 8000 } << QList<int> {};
    QTest::newRow("jump to 95") << 95.0 << 100.0 << QList<int> {} << QList<int> { 8000, 9000 }
                                << QList<int> {};
    QTest::newRow("already fired") << 85.0 << 100.0 << QList<int> { 8000 } << QList<int> {} << QList<int> {};
    QTest::newRow("fell back below, still fired")
        << 50.0 << 100.0 << QList<int> { 8000 } << QList<int> {} << QList<int> {};
    QTest::newRow("limit raised, far below: re-armed")
        << 85.0 << 200.0 << QList<int> { 8000 } << QList<int> {} << QList<int> { 8000 };
    QTest::newRow("limit raised, still above: stays")
        << 85.0 << 105.0 << QList<int> { 8000 } << QList<int> {} << QList<int> {};
    QTest::newRow("limit raised into the hysteresis band")
        << 85.0 << 107.0 << QList<int> { 8000 } << QList<int> {} << QList<int> {};
    QTest::newRow("limit lowered fires more")
        << 85.0 << 90.0 << QList<int> { 8000 } << QList<int> { 9000 } << QList<int> {};
    QTest::newRow("zero limit fires nothing")
        << 85.0 << 0.0 << QList<int> {} << QList<int> {} << QList<int> {};
}

void TestAlertState::decide()
{
    QFETCH(double, value);
    QFETCH(double, limit);
    QFETCH(QList<int>, firedBefore);
    QFETCH(QList<int>, expectFire);
    QFETCH(QList<int>, expectRearm);
    QHash<int, ThresholdState> states;
    for (int bp : firedBefore)
        states.insert(bp, ThresholdState { bp, true, 100.0, 0.0, 0, 1 });
    const auto d = AlertStateMachine::decide({ 80, 90, 100 }, value, limit, 2.0, states);
    QCOMPARE(d.fire, expectFire);
    QCOMPARE(d.rearm, expectRearm);
}

void TestAlertState::crossings_data()
{
    QTest::addColumn<QuotaKind>("kind");
    QTest::addColumn<double>("limit"); // MB or Mbit/s
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("startDay");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QStringList>("expected"); // "cycle start date (local)/threshold", in order

    QTest::newRow("volume ramp 80/90/100 once each")
        << QuotaKind::Volume << 1000.0 << "UTC" << 1
        << QList<Step> { { "2026-03-02T00:00:00", 500 },  { "2026-03-03T00:00:00", 790 },
                         { "2026-03-04T00:00:00", 810 },  { "2026-03-05T00:00:00", 850 },
                         { "2026-03-06T00:00:00", 905 },  { "2026-03-07T00:00:00", 990 },
                         { "2026-03-08T00:00:00", 1001 }, { "2026-03-09T00:00:00", 1300 },
                         { "2026-03-10T00:00:00", 1300 } }
        << QStringList { "2026-03-01/80", "2026-03-01/90", "2026-03-01/100" };

    QTest::newRow("one jump over two thresholds")
        << QuotaKind::Volume << 1000.0 << "UTC" << 1
        << QList<Step> { { "2026-03-02T00:00:00", 100 },
                         { "2026-03-03T00:00:00", 950 },
                         { "2026-03-04T00:00:00", 960 },
                         { "2026-03-05T00:00:00", 1000 } }
        << QStringList { "2026-03-01/80", "2026-03-01/90", "2026-03-01/100" };

    QTest::newRow("bandwidth oscillating around 80 %")
        << QuotaKind::Bandwidth << 100.0 << "UTC" << 1
        << QList<Step> { { "2026-03-02T00:05:00", 79 },   { "2026-03-02T00:10:00", 81 },
                         { "2026-03-02T00:15:00", 79.5 }, { "2026-03-02T00:20:00", 80.5 },
                         { "2026-03-02T00:25:00", 78 },   { "2026-03-02T00:30:00", 82 },
                         { "2026-03-02T00:35:00", 79.9 }, { "2026-03-02T00:40:00", 80.1 } }
        << QStringList { "2026-03-01/80" };

    QTest::newRow("limit raised mid-cycle re-arms")
        << QuotaKind::Volume << 1000.0 << "UTC" << 1
        << QList<Step> { { "2026-03-05T00:00:00", 850 },
                         { "2026-03-06T00:00:00", 850, 2000 }, // 42.5 % of the new limit: 80 % armed again
                         { "2026-03-07T00:00:00", 1500 },
                         { "2026-03-08T00:00:00", 1700 }, // 85 %: a new crossing
                         { "2026-03-09T00:00:00", 1850 },
                         { "2026-03-10T00:00:00", 1900 } }
        << QStringList { "2026-03-01/80", "2026-03-01/80", "2026-03-01/90" };

    QTest::newRow("limit raised slightly stays quiet") << QuotaKind::Volume << 1000.0 << "UTC" << 1
                                                       << QList<Step> { { "2026-03-05T00:00:00", 850 },
                                                                        { "2026-03-06T00:00:00", 850, 1050 },
                                                                        { "2026-03-07T00:00:00", 860 } }
                                                       << QStringList { "2026-03-01/80" };

    // Cycles start on the 15th at midnight in Taipei (UTC+8): 16:00 UTC on the 14th.
    QTest::newRow("roll-over on the start day in Asia/Taipei")
        << QuotaKind::Volume << 1000.0 << "Asia/Taipei" << 15
        << QList<Step> { { "2026-03-10T00:00:00", 700 },
                         { "2026-03-14T15:59:00", 850 }, // local 23:59 on the 14th: still the old cycle
                         { "2026-03-14T16:30:00", 100 }, // local 00:30 on the 15th: a new cycle, 10 %
                         { "2026-03-14T20:00:00", 600 },
                         { "2026-03-15T08:00:00", 820 }, // 80 % of the new cycle
                         { "2026-03-16T08:00:00", 830 } }
        << QStringList { "2026-02-15/80", "2026-03-15/80" };

    QTest::newRow("a crossing in a cycle's last minutes is reported after the roll-over")
        << QuotaKind::Volume << 1000.0 << "UTC" << 1
        << QList<Step> { { "2026-03-31T12:00:00", 700 },
                         { "2026-04-01T01:00:00", 850, 0, "2026-03-31T23:59:00" }, // seen only in April
                         { "2026-04-02T00:00:00", 100 },
                         { "2026-04-05T00:00:00", 200 } }
        << QStringList { "2026-03-01/80" };

    QTest::newRow("daily cycle in New York across the DST change")
        << QuotaKind::Volume << 1000.0 << "America/New_York" << 1
        << QList<Step> { { "2026-03-08T04:00:00", 100 }, // local 23:00 on Mar 7 (EST)
                         { "2026-03-08T04:50:00", 900 }, // local 23:50: 90 % of Mar 7
                         { "2026-03-08T05:30:00", 50 }, // local 00:30 Mar 8: new day
                         { "2026-03-08T12:00:00", 810 }, // Mar 8 (DST from 2:00)
                         { "2026-03-09T03:30:00", 820 }, // local 23:30 EDT on Mar 8
                         { "2026-03-09T04:10:00", 10 } } // local 00:10 Mar 9
        << QStringList { "2026-03-07/80", "2026-03-07/90", "2026-03-08/80" };
}

void TestAlertState::crossings()
{
    QFETCH(QuotaKind, kind);
    QFETCH(double, limit);
    QFETCH(QString, zone);
    QFETCH(int, startDay);
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, expected);

    const QString path =
        m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentDataTag()).replace(u' ', u'_'));
    const double unit = 1e6; // MB or Mbit/s
    Quota quota;
    quota.id = QStringLiteral("q1");
    quota.selector.source = QStringLiteral("kong");
    quota.selector.labels.insert(QStringLiteral("service"), QStringLiteral("api"));
    quota.direction = QuotaDirection::Out;
    quota.kind = kind;
    quota.limit = limit * unit;
    if (kind == QuotaKind::Bandwidth)
        quota.statistic = BandwidthStatistic::Average;
    quota.projectionAlert = false; // these rows are about thresholds; projection() covers the warning
    const bool daily = zone == u"America/New_York";
    QString err;
    quota.cycle = *BillingCycle::fromSpec(daily ? QStringLiteral("daily") : QStringLiteral("monthly"),
                                          QString::number(startDay), zone, &err);

    RecordingNotifier notifier;
    runSteps(path, quota, steps, notifier);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(notifier.delivered, expected);

    // Once more from the same file, with no new data: nothing new.
    Life last(path, quota, utc(steps.last().at), &notifier);
    QVERIFY(last.ok);
    QCOMPARE(last.service->evaluateNow(), 0);
    const QList<OutboxEntry> all = last.service->alertStore()->entries(false);
    QCOMPARE(all.size(), expected.size());
    for (const OutboxEntry &e : all) {
        QCOMPARE(e.status, OutboxEntry::Status::Sent);
        QCOMPARE(e.attempts, 1);
    }
}

void TestAlertState::decideProjection_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("projected");
    QTest::addColumn<double>("limit");
    QTest::addColumn<bool>("firedBefore"); // at limit 100
    QTest::addColumn<QList<int>>("expectFire");
    QTest::addColumn<QList<int>>("expectRearm");

    const QList<int> p { Quota::projectionBasisPoints };
    QTest::newRow("on track") << 40.0 << 95.0 << 100.0 << false << QList<int> {} << QList<int> {};
    QTest::newRow("exactly 100 % expected is not over")
        << 40.0 << 100.0 << 100.0 << false << QList<int> {} << QList<int> {};
    QTest::newRow("over at 40 % used") << 40.0 << 130.0 << 100.0 << false << p << QList<int> {};
    QTest::newRow("already fired, forecast still over")
        << 60.0 << 130.0 << 100.0 << true << QList<int> {} << QList<int> {};
    QTest::newRow("already fired, forecast back under: no re-arm by itself")
        << 60.0 << 90.0 << 100.0 << true << QList<int> {} << QList<int> {};
    QTest::newRow("limit already reached: the 100 % alert speaks")
        << 101.0 << 130.0 << 100.0 << false << QList<int> {} << QList<int> {};
    QTest::newRow("limit raised, forecast well under: re-armed")
        << 40.0 << 130.0 << 200.0 << true << QList<int> {} << p;
    QTest::newRow("limit raised, forecast within the hysteresis band: stays fired")
        << 40.0 << 130.0 << 131.0 << true << QList<int> {} << QList<int> {};
    QTest::newRow("limit raised, forecast still over: stays fired")
        << 40.0 << 130.0 << 120.0 << true << QList<int> {} << QList<int> {};
    QTest::newRow("zero limit fires nothing")
        << 40.0 << 130.0 << 0.0 << false << QList<int> {} << QList<int> {};
}

void TestAlertState::decideProjection()
{
    QFETCH(double, value);
    QFETCH(double, projected);
    QFETCH(double, limit);
    QFETCH(bool, firedBefore);
    QFETCH(QList<int>, expectFire);
    QFETCH(QList<int>, expectRearm);
    QHash<int, ThresholdState> states;
    if (firedBefore)
        states.insert(Quota::projectionBasisPoints,
                      ThresholdState { Quota::projectionBasisPoints, true, 100.0, 0.0, 0, 1 });
    const auto d = AlertStateMachine::decideProjection(value, projected, limit, 2.0, states);
    QCOMPARE(d.fire, expectFire);
    QCOMPARE(d.rearm, expectRearm);
}

void TestAlertState::projection_data()
{
    // Volume quota of 1000 MB, monthly from the 1st (UTC); values are MB used
    // in the cycle so far. With no weekday profile the forecast is the pace
    // so far continued: 200 MB after 4 of March's 31 days is 1550 MB.
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("fires once at 20 %, thresholds follow")
        << true
        << QList<Step> { { "2026-03-05T00:00:00", 200 }, // forecast 1550 MB
                         { "2026-03-06T00:00:00", 260 },
                         { "2026-03-10T00:00:00", 450 },
                         { "2026-03-20T00:00:00", 820 },
                         { "2026-03-25T00:00:00", 920 } }
        << QStringList { "2026-03-01/projected", "2026-03-01/80", "2026-03-01/90" };
    QTest::newRow("switched off") << false
                                  << QList<Step> { { "2026-03-05T00:00:00", 200 },
                                                   { "2026-03-20T00:00:00", 820 } }
                                  << QStringList { "2026-03-01/80" };
    QTest::newRow("not in the cycle's first day")
        << true
        << QList<Step> { { "2026-03-01T12:00:00", 100 }, // a busy morning: 6200 MB at that pace
                         { "2026-03-01T23:00:00", 110 }, // still under a day: 3552 MB
                         { "2026-03-10T00:00:00", 250 } } // a day on: 861 MB, on track
        << QStringList {};
    QTest::newRow("on track stays quiet") << true
                                          << QList<Step> { { "2026-03-10T00:00:00", 250 }, // 861 MB
                                                           { "2026-03-20T00:00:00", 600 } } // 979 MB
                                          << QStringList {};
    QTest::newRow("forecast wandering around 100 % near the end fires once")
        << true
        << QList<Step> { { "2026-03-20T00:00:00", 600 }, // 979 MB expected
                         { "2026-03-21T00:00:00", 680 }, // 1054 MB
                         { "2026-03-25T00:00:00", 720 }, // 930 MB
                         { "2026-03-26T00:00:00", 790 }, // 980 MB
                         { "2026-03-27T00:00:00", 850 } } // 1013 MB, and 80 %
        << QStringList { "2026-03-01/projected", "2026-03-01/80" };
    QTest::newRow("re-armed in the next cycle")
        << true
        << QList<Step> { { "2026-03-05T00:00:00", 200 },
                         { "2026-03-20T00:00:00", 500 },
                         { "2026-04-05T00:00:00", 200 }, // April: 1500 MB expected
                         { "2026-04-06T00:00:00", 250 } }
        << QStringList { "2026-03-01/projected", "2026-04-01/projected" };
    QTest::newRow("not when the limit is already crossed")
        << true << QList<Step> { { "2026-03-02T00:00:00", 1100 }, { "2026-03-03T00:00:00", 1200 } }
        << QStringList { "2026-03-01/80", "2026-03-01/90", "2026-03-01/100" };
}

void TestAlertState::projection()
{
    QFETCH(bool, enabled);
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, expected);

    const QString path =
        m_dir.filePath(QStringLiteral("projection-%1.db").arg(QTest::currentDataTag()).replace(u' ', u'_'));
    Quota quota;
    quota.id = QStringLiteral("q1");
    quota.selector.source = QStringLiteral("kong");
    quota.selector.labels.insert(QStringLiteral("service"), QStringLiteral("api"));
    quota.direction = QuotaDirection::Out;
    quota.limit = 1000e6;
    quota.projectionAlert = enabled;
    QString err;
    quota.cycle =
        *BillingCycle::fromSpec(QStringLiteral("monthly"), QStringLiteral("1"), QStringLiteral("UTC"), &err);

    RecordingNotifier notifier;
    runSteps(path, quota, steps, notifier);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(notifier.delivered, expected);
    for (const OutboxEntry &e : std::as_const(notifier.entries)) {
        const Alert alert = Alert::fromJson(QJsonDocument::fromJson(e.payload).object());
        QCOMPARE(e.thresholdBasisPoints == Quota::projectionBasisPoints, alert.projectionWarning);
        if (alert.projectionWarning) {
            QVERIFY(alert.projectedToExceed);
            QVERIFY(alert.exceedAtMs > alert.firedAtMs);
            QVERIFY(alert.exceedAtMs < alert.cycleEndMs);
            QVERIFY(alert.projectedTotal > alert.limit);
            QVERIFY(alert.value < alert.limit);
        }
    }

    // A restart with no new data repeats nothing.
    Life last(path, quota, utc(steps.last().at), &notifier);
    QVERIFY(last.ok);
    QCOMPARE(last.service->evaluateNow(), 0);
    QCOMPARE(last.service->alertStore()->entries(false).size(), expected.size());
}

void TestAlertState::deliveryInterruptedByRestart()
{
    // The process "dies" while the notifier is sending: the entry stays open
    // and the next life delivers it, once.
    const QString path = m_dir.filePath(QStringLiteral("interrupted.db"));
    Quota quota;
    quota.id = QStringLiteral("q2");
    quota.selector.source = QStringLiteral("kong");
    quota.limit = 1e9;
    quota.projectionAlert = false; // one entry is enough to interrupt
    const QDateTime now = utc(QStringLiteral("2026-03-10T00:00:00"));
    RecordingNotifier hanging;
    hanging.hang = true;
    {
        Life life(path, quota, now, &hanging);
        QVERIFY(life.ok);
        Sample s;
        s.key = kongKey(QStringLiteral("api"), Direction::Out);
        s.startMs = now.toMSecsSinceEpoch() - 3'600'000;
        s.endMs = now.toMSecsSinceEpoch();
        s.bytes = 850'000'000;
        life.store.append({ s });
        QVERIFY(life.store.flush());
        QCOMPARE(life.service->evaluateNow(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(hanging.delivered.size(), 1, 5000);
        QCOMPARE(life.service->alertStore()->openCount(), 1);
    }
    RecordingNotifier working;
    {
        Life life(path, quota, now, &working);
        QVERIFY(life.ok);
        QCOMPARE(life.service->evaluateNow(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(life.service->alertStore()->openCount(), 0, 5000);
    }
    QCOMPARE(working.delivered, QStringList { "2026-03-01/80" });
    QCOMPARE(working.entries.first().messageId, hanging.entries.first().messageId);
}

QTEST_GUILESS_MAIN(TestAlertState)
#include "tst_alertstate.moc"
