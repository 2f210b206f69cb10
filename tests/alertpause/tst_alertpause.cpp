// "Pause alerts": a real AlertService over a real history database in a
// temporary directory. While paused, alerts fire and are recorded in the
// outbox but nothing is delivered; when the pause ends (on time, or by hand)
// what is still relevant is delivered once, and what a raised limit or a later
// firing superseded is closed with the reason.
#include "alerts/alertservice.h"
#include "alerts/alertstore.h"
#include "alerts/notifier.h"
#include "alerts/outboxdispatcher.h"
#include "storage/historystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Bandwatch;

namespace {

// Records what it is asked to deliver; answers on the event loop like a real one.
class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    QString channel() const override { return QStringLiteral("test"); }
    void deliver(const OutboxEntry &entry, const Alert &alert) override
    {
        delivered << QString::number(alert.threshold);
        QMetaObject::invokeMethod(
            this, [this, id = entry.id] { Q_EMIT finished(id, true, {}); }, Qt::QueuedConnection);
    }
    QStringList delivered;
};

// What happens during the pause: the cycle's cumulative volume reaches
// `usedMb`, evaluated against `limitMb`.
struct Step
{
    double usedMb = 0;
    double limitMb = 1000;
};

} // namespace

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(QList<Step>)

class TestAlertPause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pause_data();
    void pause();

private:
    QTemporaryDir m_dir;
};

void TestAlertPause::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestAlertPause::pause_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<int>("pauseMs"); // the pause ends by itself after this long; 0: resumed by hand
    QTest::addColumn<QStringList>("delivered"); // thresholds, in order, after the pause
    QTest::addColumn<int>("superseded"); // entries closed without delivery

    QTest::newRow("held, then delivered when the pause ends")
        << QList<Step> { { 850, 1000 } } << 1500 << QStringList { "80" } << 0;
    QTest::newRow("held, then delivered when resumed by hand")
        << QList<Step> { { 850, 1000 } } << 0 << QStringList { "80" } << 0;
    QTest::newRow("two thresholds while paused: both, once each")
        << QList<Step> { { 850, 1000 }, { 950, 1000 }, { 960, 1000 } } << 1500 << QStringList { "80", "90" }
        << 0;
    QTest::newRow("limit raised while paused: no longer relevant")
        << QList<Step> { { 850, 1000 }, { 850, 2000 } } << 0 << QStringList {} << 1;
    QTest::newRow("re-armed and fired again while paused: the newer one only")
        << QList<Step> { { 850, 1000 }, { 850, 2000 }, { 1700, 2000 } } << 1500 << QStringList { "80" } << 1;
    QTest::newRow("nothing fired while paused")
        << QList<Step> { { 100, 1000 } } << 800 << QStringList {} << 0;
}

void TestAlertPause::pause()
{
    QFETCH(QList<Step>, steps);
    QFETCH(int, pauseMs);
    QFETCH(QStringList, delivered);
    QFETCH(int, superseded);

    const QString path =
        m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentDataTag()).replace(u' ', u'_'));
    HistoryStore store;
    HistoryOptions options;
    options.startupCheck = HistoryOptions::StartupCheck::None;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));

    Quota quota;
    quota.id = QStringLiteral("monthly");
    quota.selector.source = QStringLiteral("isp");
    quota.limit = steps.first().limitMb * 1e6;
    quota.projectionAlert = false; // the rows count threshold entries
    QString cycleError;
    quota.cycle = *BillingCycle::fromSpec(QStringLiteral("monthly"), QStringLiteral("1"),
                                          QStringLiteral("UTC"), &cycleError);
    AlertsConfig config;
    config.quotas << quota;
    config.notifications.evaluateIntervalMs = 3'600'000; // the test evaluates by hand
    AlertService service(&store);
    service.configure(config);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    service.setClock([now] { return now; });
    RecordingNotifier notifier;
    service.addNotifier(&notifier);
    QVERIFY2(service.start(&error), qPrintable(error));
    QSignalSpy pauseChanged(&service, &AlertService::notificationPauseChanged);

    const QDateTime until = pauseMs > 0 ? QDateTime::currentDateTimeUtc().addMSecs(pauseMs)
                                        : QDateTime::currentDateTimeUtc().addSecs(3600);
    service.pauseNotifications(until);
    QVERIFY(service.notificationsPaused());
    QCOMPARE(service.notificationsPausedUntil(), until);
    QCOMPARE(pauseChanged.size(), 1);

    // Each step's traffic ends a minute after the previous one's, all before `now`.
    const qint64 cycleStart = quota.cycle.cycleContaining(now).start.toMSecsSinceEpoch();
    qint64 previousEnd = std::max(cycleStart, now.toMSecsSinceEpoch() - 3'600'000);
    double total = 0;
    int fired = 0;
    for (const Step &step : std::as_const(steps)) {
        if (step.limitMb * 1e6 != config.quotas.first().limit) {
            config.quotas.first().limit = step.limitMb * 1e6;
            service.configure(config);
        }
        Sample s;
        s.key.source = QStringLiteral("isp");
        s.key.series = QStringLiteral("wan");
        s.key.direction = Direction::In;
        s.startMs = previousEnd;
        s.endMs = previousEnd + 60'000;
        s.bytes = quint64((step.usedMb - total) * 1e6);
        s.bps = double(s.bytes) * 8.0 / 60.0;
        previousEnd = s.endMs;
        total = step.usedMb;
        store.append({ s });
        QVERIFY(store.flush());
        fired += service.evaluateNow();
    }
    const int recorded = int(service.alertStore()->entries(false).size());
    QCOMPARE(recorded, fired); // one channel: one entry per firing, recorded while paused
    QCOMPARE(service.alertStore()->openCount(), fired);
    QTest::qWait(300);
    QVERIFY2(notifier.delivered.isEmpty(), qPrintable(notifier.delivered.join(u',')));
    QVERIFY(service.notificationsPaused());

    if (pauseMs == 0)
        service.resumeNotifications();
    QTRY_VERIFY_WITH_TIMEOUT(!service.notificationsPaused(), pauseMs + 5000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= until || pauseMs == 0);
    QCOMPARE(pauseChanged.size(), 2);
    QVERIFY(!pauseChanged.last().first().toDateTime().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(service.alertStore()->openCount(), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(notifier.delivered.size(), delivered.size(), 5000);
    QCOMPARE(notifier.delivered, delivered);

    int abandoned = 0;
    for (const OutboxEntry &e : service.alertStore()->entries(false)) {
        if (e.status == OutboxEntry::Status::Abandoned) {
            ++abandoned;
            QVERIFY2(e.lastError.contains(QStringLiteral("paused")), qPrintable(e.lastError));
        } else {
            QCOMPARE(e.status, OutboxEntry::Status::Sent);
        }
    }
    QCOMPARE(abandoned, superseded);

    // Once per threshold per cycle still holds: another look sends nothing more.
    QCOMPARE(service.evaluateNow(), 0);
    QTest::qWait(200);
    QCOMPARE(notifier.delivered, delivered);
    service.stop();
    store.close();
}

QTEST_GUILESS_MAIN(TestAlertPause)
#include "tst_alertpause.moc"
