// A pause of alert delivery made in the desktop app outlives a restart of it:
// a real AlertService over a real database, "restarted" by building a new one.
#include "alerts/alertservice.h"
#include "gui/alertpausememory.h"
#include "storage/historystore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

class TestAlertPauseMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void survivesRestart_data();
    void survivesRestart();

private:
    QTemporaryDir m_dir;
};

void TestAlertPauseMemory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // QSettings is not redirected by the test mode: keep ours apart.
    QCoreApplication::setOrganizationName(QStringLiteral("bandwatch-test"));
    QCoreApplication::setApplicationName(
        QStringLiteral("tst_gui_alertpausememory-%1").arg(QCoreApplication::applicationPid()));
}

void TestAlertPauseMemory::init()
{
    QSettings().clear();
}

void TestAlertPauseMemory::cleanupTestCase()
{
    const QString file = QSettings().fileName();
    QFile::remove(file);
}

void TestAlertPauseMemory::survivesRestart_data()
{
    QTest::addColumn<int>("pauseSecs"); // paused for this long in the first run
    QTest::addColumn<bool>("resumed"); // resumed by hand before the restart
    QTest::addColumn<int>("downSecs"); // how long the app was not running
    QTest::addColumn<bool>("pausedAfter");

    QTest::newRow("restart within the pause") << 3600 << false << 0 << true;
    QTest::newRow("resumed by hand, then restart") << 3600 << true << 0 << false;
    QTest::newRow("pause ended while not running") << 2 << false << 3 << false;
}

void TestAlertPauseMemory::survivesRestart()
{
    QFETCH(int, pauseSecs);
    QFETCH(bool, resumed);
    QFETCH(int, downSecs);
    QFETCH(bool, pausedAfter);

    const QString path =
        m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentDataTag()).replace(u' ', u'_'));
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(pauseSecs);
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        AlertService service(&store);
        QVERIFY2(service.start(&error), qPrintable(error));
        AlertPauseMemory memory(&service);
        QVERIFY(!service.notificationsPaused());
        service.pauseNotifications(until);
        QCOMPARE(AlertPauseMemory::savedUntil(), until);
        if (resumed) {
            service.resumeNotifications();
            QVERIFY(!AlertPauseMemory::savedUntil().isValid());
        }
        service.stop();
    }
    QTest::qWait(downSecs * 1000);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    AlertService service(&store);
    QVERIFY2(service.start(&error), qPrintable(error));
    AlertPauseMemory memory(&service);
    QCOMPARE(service.notificationsPaused(), pausedAfter);
    if (pausedAfter)
        QCOMPARE(service.notificationsPausedUntil(), until);
    else
        QVERIFY(!AlertPauseMemory::savedUntil().isValid()); // nothing stale left behind
    service.stop();
}

QTEST_GUILESS_MAIN(TestAlertPauseMemory)
#include "tst_gui_alertpausememory.moc"
