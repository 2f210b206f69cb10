// The main window, driven as a person would under QT_QPA_PLATFORM=offscreen:
// samples go in through the Collector's signals (or a real Collector polling
// a fake /proc/net/dev), and the checks read what the chart, the tree, the
// status bar and the tray show. The screenshot test renders the window to PNG.
#include "alerts/alertservice.h"
#include "app/collector.h"
#include "app/configloader.h"
#include "app/yamldocument.h"
#include "core/units.h"
#include "darkpalette.h"
#include "gui/appicon.h"
#include "gui/bandwidthchart.h"
#include "gui/guiapp.h"
#include "gui/livetraffic.h"
#include "gui/mainwindow.h"
#include "gui/sourcetreemodel.h"
#include "gui/traffictablemodel.h"
#include "gui/traffictableview.h"
#include "gui/trayicon.h"
#include "storage/historystore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>
#include <cmath>
#include <functional>

using namespace Bandwatch;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(std::chrono::milliseconds)

namespace {

constexpr qint64 kStep = 5000;

Sample sample(const QString &source, const QString &series, Direction d, qint64 endMs, qint64 durMs,
              double bps)
{
    Sample s;
    s.key.source = source;
    s.key.series = series;
    s.key.labels.insert(QStringLiteral("interface"), series);
    s.key.direction = d;
    s.endMs = endMs;
    s.startMs = endMs - durMs;
    s.bps = bps;
    s.bytes = quint64(std::llround(bps * double(durMs) / 8000.0));
    return s;
}

// `count` contiguous intervals of `stepMs` ending at `lastEnd`, in and out.
SampleList run(const QString &source, const QString &series, qint64 lastEnd, int count, qint64 stepMs,
               const std::function<double(int)> &inBps, const std::function<double(int)> &outBps)
{
    SampleList out;
    for (int i = 0; i < count; ++i) {
        const qint64 end = lastEnd - qint64(count - 1 - i) * stepMs;
        out << sample(source, series, Direction::In, end, stepMs, inBps(i));
        out << sample(source, series, Direction::Out, end, stepMs, outBps(i));
    }
    return out;
}

qint64 now()
{
    // Whole seconds keep the expected x values readable in failure messages.
    return QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
}

SourceState state(const QString &id, SourceState::Health h, const QString &message = {})
{
    SourceState st;
    st.id = id;
    st.type = QStringLiteral("interfaces");
    st.health = h;
    st.message = message;
    st.polls = 12;
    st.failures = h == SourceState::Health::Error ? 3 : 0;
    if (h == SourceState::Health::Ok)
        st.lastSuccess = QDateTime::currentDateTimeUtc();
    return st;
}

QString procNetDev(quint64 eth0Rx, quint64 eth0Tx, quint64 wlanRx, quint64 wlanTx)
{
    const auto line = [](const char *name, quint64 rx, quint64 tx) {
        return QStringLiteral("%1: %2 100 0 0 0 0 0 0 %3 100 0 0 0 0 0 0\n")
            .arg(QLatin1String(name))
            .arg(rx)
            .arg(tx);
    };
    return QStringLiteral(
               "Inter-|   Receive                                                |  Transmit\n"
               " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets "
               "errs drop fifo colls carrier compressed\n")
        + line("lo", 1000, 1000) + line("eth0", eth0Rx, eth0Tx) + line("wlan0", wlanRx, wlanTx);
}

// Atomically, so the source never reads a half-written table.
bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

QString statusBarText(const MainWindow &w)
{
    QStringList texts;
    for (const QLabel *l : w.statusBar()->findChildren<QLabel *>())
        texts << l->text();
    return texts.join(u" | ");
}

} // namespace

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void chartScalesUnits_data();
    void chartScalesUnits();
    void defaultSelectionSumsFirstSource();
    void selectionPicksWhatIsCharted_data();
    void selectionPicksWhatIsCharted();
    void clickingTheTreeSelects();
    void rangeButtonsLimitTime_data();
    void rangeButtonsLimitTime();
    void gapsSplitTheLine();
    void longRangesAreDecimated();
    void sourceTreeShowsHealth_data();
    void sourceTreeShowsHealth();
    void selectionAndRangeAreRemembered();
    void closeHidesToTrayOrQuits_data();
    void closeHidesToTrayOrQuits();
    void trayShowsRatesAndMenu();
    void translationsAreEmbedded_data();
    void translationsAreEmbedded();
    void realCollectorFeedsWindow();
    void preloadsHistoryFromStore();
    void screenshot_data();
    void screenshot();

private:
    QString m_configPath;
    QTemporaryDir m_dir;
};

void TestGuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bandwatch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_mainwindow"));
    QVERIFY(m_dir.isValid());
    m_configPath = m_dir.filePath(QStringLiteral("bandwatch.yaml"));
    GuiApp::installTranslations(QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestGuiMainWindow::init()
{
    QSettings().clear();
}

void TestGuiMainWindow::cleanupTestCase()
{
    QSettings().clear();
}

void TestGuiMainWindow::chartScalesUnits_data()
{
    QTest::addColumn<double>("bps");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("divisor");
    QTest::newRow("bit/s") << 500.0 << QStringLiteral("bit/s") << 1.0;
    QTest::newRow("kbit/s") << 12e3 << QStringLiteral("kbit/s") << 1e3;
    QTest::newRow("Mbit/s") << 3.5e6 << QStringLiteral("Mbit/s") << 1e6;
    QTest::newRow("Gbit/s") << 2e9 << QStringLiteral("Gbit/s") << 1e9;
}

void TestGuiMainWindow::chartScalesUnits()
{
    QFETCH(double, bps);
    QFETCH(QString, unit);
    QFETCH(double, divisor);
    Collector collector;
    MainWindow w(collector, m_configPath);
    const qint64 end = now() - 1000;
    Q_EMIT collector.samplesReady(run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 10, kStep, [bps](int) { return bps; },
        [bps](int) { return bps / 2; }));

    const BandwidthChart *chart = w.chart();
    QCOMPARE(chart->valueAxisTitle(), unit);
    QCOMPARE(chart->valueScale().divisor, divisor);
    const QList<QPointF> in = chart->plottedPoints(Direction::In);
    const QList<QPointF> out = chart->plottedPoints(Direction::Out);
    QCOMPARE(in.size(), 10);
    QCOMPARE(out.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(qint64(in.at(i).x()), end - qint64(9 - i) * kStep);
        QCOMPARE(in.at(i).y(), bps / divisor);
        QCOMPARE(out.at(i).y(), bps / divisor / 2);
    }
    QVERIFY2(chart->valueAxisMax() > bps / divisor, "the highest point must stay below the top of the plot");
    QVERIFY(chart->valueAxisMax() <= bps / divisor * 1.5);
    QVERIFY(chart->placeholderText().isEmpty());
}

void TestGuiMainWindow::defaultSelectionSumsFirstSource()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    QCOMPARE(w.chart()->placeholderText(), QStringLiteral("Select a source or series to chart it."));
    const qint64 end = now() - 1000;
    SampleList samples = run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 6, kStep, [](int) { return 1e6; },
        [](int) { return 1e5; });
    samples += run(
        QStringLiteral("local"), QStringLiteral("wlan0"), end, 6, kStep, [](int) { return 2e6; },
        [](int) { return 2e5; });
    samples += run(
        QStringLiteral("office"), QStringLiteral("wan"), end, 6, kStep, [](int) { return 5e6; },
        [](int) { return 5e5; });
    Q_EMIT collector.samplesReady(samples);

    QCOMPARE(w.selection(), ChartSelection::wholeSource(QStringLiteral("local")));
    const QList<QPointF> in = w.chart()->plottedPoints(Direction::In);
    QCOMPARE(in.size(), 6);
    for (const QPointF &p : in)
        QCOMPARE(p.y(), 3.0); // Mbit/s: eth0 + wlan0
    QCOMPARE(w.chart()->valueAxisTitle(), QStringLiteral("Mbit/s"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("chartTitle"))->text().contains(QStringLiteral("local")));
    QVERIFY(
        w.findChild<QLabel *>(QStringLiteral("inSummary"))->text().contains(QStringLiteral("3.0 Mbit/s")));
}

void TestGuiMainWindow::selectionPicksWhatIsCharted_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("series");
    QTest::addColumn<double>("inMbps");
    QTest::addColumn<double>("outMbps");
    QTest::newRow("one series") << QStringLiteral("local") << QStringLiteral("eth0") << 1.0 << 0.5;
    QTest::newRow("other series") << QStringLiteral("local") << QStringLiteral("wlan0") << 2.0 << 1.5;
    QTest::newRow("whole source") << QStringLiteral("local") << QString() << 3.0 << 2.0;
    QTest::newRow("second source") << QStringLiteral("office") << QString() << 7.0 << 4.0;
    QTest::newRow("series of second source")
        << QStringLiteral("office") << QStringLiteral("wan") << 7.0 << 4.0;
}

void TestGuiMainWindow::selectionPicksWhatIsCharted()
{
    QFETCH(QString, source);
    QFETCH(QString, series);
    QFETCH(double, inMbps);
    QFETCH(double, outMbps);
    Collector collector;
    MainWindow w(collector, m_configPath);
    const qint64 end = now() - 1000;
    SampleList samples = run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 4, kStep, [](int) { return 1e6; },
        [](int) { return 0.5e6; });
    samples += run(
        QStringLiteral("local"), QStringLiteral("wlan0"), end, 4, kStep, [](int) { return 2e6; },
        [](int) { return 1.5e6; });
    samples += run(
        QStringLiteral("office"), QStringLiteral("wan"), end, 4, kStep, [](int) { return 7e6; },
        [](int) { return 4e6; });
    Q_EMIT collector.samplesReady(samples);

    ChartSelection wanted = ChartSelection::wholeSource(source);
    if (!series.isEmpty()) {
        wanted.series = series;
        wanted.labels.insert(QStringLiteral("interface"), series);
    }
    const QModelIndex idx = w.sourceModel()->indexOf(wanted);
    QVERIFY(idx.isValid());
    QSignalSpy changed(&w, &MainWindow::selectionChanged);
    w.sourceView()->setCurrentIndex(idx);
    QCOMPARE(w.selection(), wanted);
    QCOMPARE(changed.size(), w.selection() == ChartSelection::wholeSource(QStringLiteral("local")) ? 0 : 1);
    for (const QPointF &p : w.chart()->plottedPoints(Direction::In))
        QCOMPARE(p.y(), inMbps);
    for (const QPointF &p : w.chart()->plottedPoints(Direction::Out))
        QCOMPARE(p.y(), outMbps);
    QCOMPARE(w.chart()->plottedPoints(Direction::In).size(), 4);
}

void TestGuiMainWindow::clickingTheTreeSelects()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.resize(1000, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 end = now() - 1000;
    SampleList samples = run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 4, kStep, [](int) { return 1e6; },
        [](int) { return 1e6; });
    samples += run(
        QStringLiteral("local"), QStringLiteral("wlan0"), end, 4, kStep, [](int) { return 4e6; },
        [](int) { return 4e6; });
    Q_EMIT collector.samplesReady(samples);
    QTreeView *view = w.sourceView();
    ChartSelection wlan;
    wlan.source = QStringLiteral("local");
    wlan.series = QStringLiteral("wlan0");
    wlan.labels.insert(QStringLiteral("interface"), QStringLiteral("wlan0"));
    const QModelIndex idx = w.sourceModel()->indexOf(wlan);
    const QRect rect = view->visualRect(idx);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.selection(), wlan);
    QCOMPARE(w.chart()->plottedPoints(Direction::In).first().y(), 4.0);
}

void TestGuiMainWindow::rangeButtonsLimitTime_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<std::chrono::milliseconds>("range");
    QTest::addColumn<int>("minPoints");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("15 min") << QStringLiteral("range15mButton") << std::chrono::milliseconds(15min) << 14
                            << 16;
    QTest::newRow("1 h") << QStringLiteral("range1hButton") << std::chrono::milliseconds(1h) << 59 << 61;
    QTest::newRow("24 h") << QStringLiteral("range24hButton") << std::chrono::milliseconds(24h) << 600
                          << 1381;
}

void TestGuiMainWindow::rangeButtonsLimitTime()
{
    QFETCH(QString, button);
    QFETCH(std::chrono::milliseconds, range);
    QFETCH(int, minPoints);
    QFETCH(int, maxPoints);
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 end = now() - 1000;
    // One sample a minute for 23 hours.
    Q_EMIT collector.samplesReady(run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 23 * 60, 60000, [](int i) { return 1e6 + i; },
        [](int) { return 1e5; }));
    auto *b = w.findChild<QToolButton *>(button);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
    QVERIFY(b->isChecked());
    QCOMPARE(w.chart()->range(), range);
    const QList<QPointF> in = w.chart()->plottedPoints(Direction::In);
    QVERIFY2(in.size() >= minPoints && in.size() <= maxPoints, qPrintable(QString::number(in.size())));
    QVERIFY(in.first().x() >= double(w.chart()->fromMs()));
    QCOMPARE(qint64(in.last().x()), end);

    const QStringList labels = w.chart()->timeLabels();
    QVERIFY2(labels.size() >= 4 && labels.size() <= 8, qPrintable(labels.join(u' ')));
    static const QRegularExpression hhmm(QStringLiteral("^\\d\\d:\\d\\d$"));
    int clockLabels = 0;
    for (const QString &l : labels)
        clockLabels += hhmm.match(l).hasMatch() ? 1 : 0;
    QVERIFY2(clockLabels >= labels.size() - 1, qPrintable(labels.join(u' '))); // midnight may show a date
    for (const QString &l : labels) {
        if (hhmm.match(l).hasMatch() && range <= 1h) // round clock times, not the range's odd start
            QCOMPARE(l.right(2).toInt() % 2, 0);
    }
}

void TestGuiMainWindow::gapsSplitTheLine()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    const qint64 end = now() - 1000;
    SampleList samples = run(
        QStringLiteral("local"), QStringLiteral("eth0"), end - 20 * kStep, 10, kStep, [](int) { return 2e6; },
        [](int) { return 1e6; });
    samples += run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 10, kStep, [](int) { return 2e6; },
        [](int) { return 1e6; });
    Q_EMIT collector.samplesReady(samples);
    QCOMPARE(w.chart()->plottedSegments(Direction::In), 2);
    QCOMPARE(w.chart()->plottedSegments(Direction::Out), 2);
    QCOMPARE(w.chart()->plottedPoints(Direction::In).size(), 20);
}

void TestGuiMainWindow::longRangesAreDecimated()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.setRange(24h);
    const qint64 end = now() - 1000;
    const int count = int(24h / 5s) - 20;
    Q_EMIT collector.samplesReady(run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, count, kStep, [](int) { return 8e6; },
        [](int i) { return i % 2 ? 1e6 : 3e6; }));
    QCOMPARE(w.traffic()->pointCount(w.traffic()->keys().first()), count);
    const QList<QPointF> in = w.chart()->plottedPoints(Direction::In);
    const QList<QPointF> out = w.chart()->plottedPoints(Direction::Out);
    QVERIFY2(in.size() >= 300 && in.size() <= 4000, qPrintable(QString::number(in.size())));
    QCOMPARE(w.chart()->plottedSegments(Direction::In), 1);
    for (const QPointF &p : in)
        QCOMPARE(p.y(), 8.0);
    double sum = 0;
    for (const QPointF &p : out)
        sum += p.y();
    QVERIFY(std::abs(sum / double(out.size()) - 2.0) < 0.05); // averages, not a sample picked at random
}

void TestGuiMainWindow::sourceTreeShowsHealth_data()
{
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<QString>("statusBar");
    QTest::newRow("ok") << int(SourceState::Health::Ok) << QString() << QStringLiteral("OK")
                        << QStringLiteral("1 source, all OK");
    QTest::newRow("error") << int(SourceState::Health::Error) << QStringLiteral("connection refused")
                           << QStringLiteral("Error")
                           << QStringLiteral("1 of 1 source failing — router: connection refused");
    QTest::newRow("pending") << int(SourceState::Health::Pending) << QString() << QStringLiteral("Waiting")
                             << QStringLiteral("1 of 1 source waiting for the first poll");
    // Stored what the healthy nodes counted, one node down.
    QTest::newRow("degraded") << int(SourceState::Health::Ok)
                              << QStringLiteral("cannot fetch http://b:8001/metrics: connection refused")
                              << QStringLiteral("Degraded") << QStringLiteral("1 source, all OK");
}

void TestGuiMainWindow::sourceTreeShowsHealth()
{
    QFETCH(int, health);
    QFETCH(QString, message);
    QFETCH(QString, statusText);
    QFETCH(QString, statusBar);
    Collector collector;
    MainWindow w(collector, m_configPath);
    const auto h = SourceState::Health(health);
    Q_EMIT collector.sourceStateChanged(state(QStringLiteral("router"), h, message));

    const SourceTreeModel *m = w.sourceModel();
    QCOMPARE(m->rowCount(), 1);
    const QModelIndex name = m->index(0, SourceTreeModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("router"));
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(m->index(0, SourceTreeModel::StatusColumn).data().toString(), statusText);
    QCOMPARE(name.data(SourceTreeModel::HealthRole).toInt(), health);
    QCOMPARE(name.data(SourceTreeModel::MessageRole).toString(), message);
    QCOMPARE(m->index(0, SourceTreeModel::MessageColumn).data().toString(), message);
    if (h == SourceState::Health::Error)
        QCOMPARE(w.chart()->placeholderText(), QStringLiteral("No data from \"router\": %1").arg(message));
    else
        QCOMPARE(w.chart()->placeholderText(), QStringLiteral("Waiting for data from \"router\"…"));
    if (!message.isEmpty())
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(message));
    const QModelIndex updated = m->index(0, SourceTreeModel::UpdatedColumn);
    QCOMPARE(updated.data(SourceTreeModel::TimeRole).toDateTime().isValid(), h == SourceState::Health::Ok);
    QVERIFY2(statusBarText(w).contains(statusBar), qPrintable(statusBarText(w)));
}

void TestGuiMainWindow::selectionAndRangeAreRemembered()
{
    ChartSelection wlan;
    wlan.source = QStringLiteral("local");
    wlan.series = QStringLiteral("wlan0");
    wlan.labels.insert(QStringLiteral("interface"), QStringLiteral("wlan0"));
    const qint64 end = now() - 1000;
    SampleList samples = run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 3, kStep, [](int) { return 1e6; },
        [](int) { return 1e6; });
    samples += run(
        QStringLiteral("local"), QStringLiteral("wlan0"), end, 3, kStep, [](int) { return 2e6; },
        [](int) { return 2e6; });
    {
        Collector collector;
        MainWindow w(collector, m_configPath);
        w.resize(900, 500);
        Q_EMIT collector.samplesReady(samples);
        w.select(wlan);
        w.findChild<QAction *>(QStringLiteral("actionRange15m"))->trigger();
        QCOMPARE(w.range(), std::chrono::milliseconds(15min));
        w.close();
    }
    Collector collector;
    MainWindow w(collector, m_configPath);
    QCOMPARE(w.range(), std::chrono::milliseconds(15min));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionRange15m"))->isChecked());
    QCOMPARE(w.size(), QSize(900, 500));
    // The series has not reported yet in this run: once it does, it is selected again.
    QVERIFY(w.selection().isEmpty());
    Q_EMIT collector.samplesReady(samples);
    QCOMPARE(w.selection(), wlan);
}

void TestGuiMainWindow::closeHidesToTrayOrQuits_data()
{
    QTest::addColumn<bool>("tray");
    QTest::newRow("with a tray") << true;
    QTest::newRow("without a tray") << false;
}

void TestGuiMainWindow::closeHidesToTrayOrQuits()
{
    QFETCH(bool, tray);
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.setCloseToTray(tray);
    TrayIcon icon(&w);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy hidden(&w, &MainWindow::hiddenToTray);
    QCOMPARE(w.close(), !tray); // close() is false when the event was ignored
    QVERIFY(!w.isVisible());
    QCOMPARE(hidden.size(), tray ? 1 : 0);
    if (tray) {
        // The hint was shown on that first close (the tray connects to the
        // signal); a second close does not show it again.
        QVERIFY(QSettings().value(QStringLiteral("Tray/closeHintShown")).toBool());
        QVERIFY(!icon.showCloseHintOnce());
        w.toggleVisible();
        QVERIFY(w.isVisible());
    }
}

void TestGuiMainWindow::trayShowsRatesAndMenu()
{
    Collector collector;
    MainWindow w(collector, m_configPath);
    TrayIcon tray(&w);
    const qint64 end = now() - 1000;
    SampleList samples = run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 3, kStep, [](int) { return 1.5e6; },
        [](int) { return 250e3; });
    samples += run(
        QStringLiteral("local"), QStringLiteral("wlan0"), end, 3, kStep, [](int) { return 0.5e6; },
        [](int) { return 0.0; });
    Q_EMIT collector.samplesReady(samples);
    Q_EMIT collector.sourceStateChanged(
        state(QStringLiteral("office"), SourceState::Health::Error, QStringLiteral("timed out")));
    const QString tip = tray.systemTrayIcon()->toolTip();
    QVERIFY2(tip.startsWith(QStringLiteral("Bandwatch\n")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("local: in %1, out %2")
                              .arg(Units::formatBitRate(2e6, 1), Units::formatBitRate(250e3, 1))),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("office: error")), qPrintable(tip));

    QStringList texts;
    for (QAction *a : tray.menu()->actions()) {
        if (!a->isSeparator())
            texts << a->text();
    }
    QCOMPARE(texts,
             (QStringList { QStringLiteral("&Show Bandwatch"), QStringLiteral("&Pause alerts for 1 hour"),
                            QStringLiteral("&Quit") }));
    w.show();
    Q_EMIT tray.menu()->aboutToShow();
    QCOMPARE(tray.menu()->actions().first()->text(), QStringLiteral("&Hide Bandwatch"));
    tray.menu()->actions().first()->trigger();
    QVERIFY(!w.isVisible());
}

void TestGuiMainWindow::translationsAreEmbedded_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sources");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("header");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("数据源")
                                        << QStringLiteral("15 分钟") << QStringLiteral("状态");
    QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW") << QStringLiteral("資料來源")
                                         << QStringLiteral("15 分鐘") << QStringLiteral("狀態");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Sources") << QStringLiteral("15 min")
                             << QStringLiteral("Status");
}

void TestGuiMainWindow::translationsAreEmbedded()
{
    QFETCH(QString, language);
    QFETCH(QString, sources);
    QFETCH(QString, range);
    QFETCH(QString, header);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/bandwatch_%1.qm").arg(language)));
    QVERIFY(QFile::exists(QStringLiteral(":/icons/bandwatch-256.png")));
    Collector collector;
    MainWindow w(collector, m_configPath);
    QCOMPARE(GuiApp::installTranslations(language), language);
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("sourcesLabel"))->text(), sources);
    QCOMPARE(w.findChild<QToolButton *>(QStringLiteral("range15mButton"))->text(), range);
    QCOMPARE(w.sourceModel()->headerData(SourceTreeModel::StatusColumn, Qt::Horizontal).toString(), header);
    // Messages of the non-GUI parts (here: a configuration error) are
    // translated too, although lupdate files them under "Bandwatch::ConfigLoader".
    const char *configMessage = "cannot read the configuration file: %1";
    const QString translated = QCoreApplication::translate("ConfigLoader", configMessage);
    QCOMPARE(translated == QLatin1String(configMessage), language == u"en");
    GuiApp::installTranslations(QStringLiteral("en"));
}

void TestGuiMainWindow::realCollectorFeedsWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString proc = dir.filePath(QStringLiteral("net_dev"));
    quint64 rx = 1'000'000, tx = 2'000'000;
    QVERIFY(writeFile(proc, procNetDev(rx, tx, 10, 10).toUtf8()));
    const QByteArray yaml =
        QStringLiteral("storage:\n  path: %1\nsources:\n  - id: local\n    type: interfaces\n"
                       "    interval: 1s\n    proc_path: %2\n")
            .arg(dir.filePath(QStringLiteral("history.db")), proc)
            .toUtf8();
    const ConfigLoader::Result config =
        ConfigLoader::parse(yaml, dir.filePath(QStringLiteral("bandwatch.yaml")));
    QVERIFY2(config.ok(), qPrintable(config.errors.join(u'\n')));
    Collector collector;
    QString error;
    QVERIFY2(collector.start(*config.config, &error), qPrintable(error));
    MainWindow w(collector, m_configPath);
    QCOMPARE(w.sourceModel()->rowCount(), 1); // listed from the configuration before any poll

    // 4 Mbit/s in and 1 Mbit/s out on eth0, advanced in small steps.
    QElapsedTimer clock;
    clock.start();
    QTimer feeder;
    connect(&feeder, &QTimer::timeout, this, [&] {
        const double s = double(clock.elapsed()) / 1000.0;
        writeFile(proc, procNetDev(rx + quint64(s * 500'000), tx + quint64(s * 125'000), 10, 10).toUtf8());
    });
    feeder.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(w.chart()->plottedPoints(Direction::In).size() >= 2, 15000);
    feeder.stop();
    collector.stop();

    QCOMPARE(w.selection(), ChartSelection::wholeSource(QStringLiteral("local")));
    QCOMPARE(w.chart()->valueAxisTitle(), QStringLiteral("Mbit/s"));
    const QList<QPointF> in = w.chart()->plottedPoints(Direction::In);
    const QList<QPointF> out = w.chart()->plottedPoints(Direction::Out);
    QVERIFY2(std::abs(in.last().y() - 4.0) < 1.0, qPrintable(QString::number(in.last().y())));
    QVERIFY2(std::abs(out.last().y() - 1.0) < 0.4, qPrintable(QString::number(out.last().y())));

    const SourceTreeModel *m = w.sourceModel();
    const QModelIndex local = m->index(0, 0);
    QCOMPARE(local.data().toString(), QStringLiteral("local"));
    QCOMPARE(local.data(SourceTreeModel::HealthRole).toInt(), int(SourceState::Health::Ok));
    QCOMPARE(m->rowCount(local), 2); // eth0 and wlan0; lo is excluded by default
    QCOMPARE(m->index(0, 0, local).data().toString(), QStringLiteral("eth0"));
    QCOMPARE(m->index(1, 0, local).data().toString(), QStringLiteral("wlan0"));
    QVERIFY(
        m->index(0, SourceTreeModel::InColumn, local).data().toString().endsWith(QStringLiteral("Mbit/s")));
}

void TestGuiMainWindow::preloadsHistoryFromStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString proc = dir.filePath(QStringLiteral("net_dev"));
    QVERIFY(writeFile(proc, procNetDev(1, 1, 1, 1).toUtf8()));
    const QByteArray yaml =
        QStringLiteral("storage:\n  path: %1\nsources:\n  - id: local\n    type: interfaces\n"
                       "    interval: 1h\n    proc_path: %2\n")
            .arg(dir.filePath(QStringLiteral("history.db")), proc)
            .toUtf8();
    const ConfigLoader::Result config =
        ConfigLoader::parse(yaml, dir.filePath(QStringLiteral("bandwatch.yaml")));
    QVERIFY2(config.ok(), qPrintable(config.errors.join(u'\n')));
    Collector collector;
    QString error;
    QVERIFY2(collector.start(*config.config, &error), qPrintable(error));
    const qint64 end = now() - 60'000;
    SampleList stored = run(
        QStringLiteral("local"), QStringLiteral("eth0"), end, 30, kStep, [](int) { return 6e6; },
        [](int) { return 2e6; });
    stored += run(
        QStringLiteral("gone"), QStringLiteral("eth9"), end, 30, kStep, [](int) { return 1e6; },
        [](int) { return 1e6; });
    collector.store()->append(stored);
    QVERIFY2(collector.store()->flush(&error), qPrintable(error));

    MainWindow w(collector, m_configPath);
    collector.stop();
    QCOMPARE(w.selection(), ChartSelection::wholeSource(QStringLiteral("local")));
    const QList<QPointF> in = w.chart()->plottedPoints(Direction::In);
    QCOMPARE(in.size(), 30);
    QCOMPARE(in.last().y(), 6.0);
    QCOMPARE(w.sourceModel()->rowCount(), 1); // only configured sources are preloaded
    QCOMPARE(w.sourceModel()->rowCount(w.sourceModel()->index(0, 0)), 1);
}

void TestGuiMainWindow::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("file");
    QTest::newRow("light") << false << QStringLiteral("main-window.png");
    QTest::newRow("dark") << true << QStringLiteral("main-window-dark.png");
}

void TestGuiMainWindow::screenshot()
{
    QFETCH(bool, dark);
    QFETCH(QString, file);
    const QPalette oldPalette = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkTestPalette());

    Collector collector;
    // A 95th-percentile quota on the source shown, so the chart carries its
    // 80/90/100 % bands (the download peaks near the limit).
    ConfigError yamlError;
    const std::optional<ConfigNode> quotas = YamlDocument::parse(
        "quotas:\n  - {id: transit-95th, name: Transit 95th, series: local, kind: p95, limit: 80Mbit/s,\n"
        "     cycle: {period: monthly, start_day: 1, timezone: UTC}}\n",
        &yamlError);
    QVERIFY2(quotas, qPrintable(yamlError.message));
    QString quotaError;
    QVERIFY2(collector.alerts()->configure(*quotas, &quotaError), qPrintable(quotaError));
    MainWindow w(collector, m_configPath);
    w.resize(1200, 720);
    const qint64 end = now();
    w.chart()->setEndTime(end);
    const qint64 last = end - 2000;
    const int count = int(1h / 5s);
    QRandomGenerator rng(7);
    auto noise = [&rng](double base, double spread) {
        return base * (1.0 + spread * (rng.generateDouble() - 0.5));
    };
    // A working hour: light browsing, a large download and a video call.
    auto ethIn = [&](int i) {
        double v = noise(3.2e6, 0.8) + (i % 97 < 4 ? 18e6 : 0.0);
        if (i > 260 && i < 390)
            v += noise(62e6, 0.15) * std::min(1.0, (i - 260) / 12.0) * std::min(1.0, (390 - i) / 8.0);
        if (i > 520 && i < 640)
            v += noise(2.6e6, 0.3);
        return v;
    };
    auto ethOut = [&](int i) {
        double v = noise(0.7e6, 0.8) + (i % 131 < 3 ? 6e6 : 0.0);
        if (i > 520 && i < 640)
            v += noise(2.8e6, 0.2);
        return v;
    };
    SampleList samples =
        run(QStringLiteral("local"), QStringLiteral("eth0"), last, count, kStep, ethIn, ethOut);
    samples += run(
        QStringLiteral("local"), QStringLiteral("wlan0"), last, count, kStep,
        [&](int) { return noise(0.9e6, 1.0); }, [&](int) { return noise(0.3e6, 1.0); });
    samples += run(
        QStringLiteral("isp-uplink"), QStringLiteral("wan"), last, count, kStep,
        [&](int i) { return ethIn(i) * 1.4; }, [&](int i) { return ethOut(i) * 1.3; });
    Q_EMIT collector.samplesReady(samples);
    // The traffic table under the chart reads the same hour from a store.
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("screenshot-%1.db").arg(file)), &error),
             qPrintable(error));
    store.append(samples);
    QVERIFY2(store.flush(&error), qPrintable(error));
    w.trafficTable()->setPeriod(HistoryTotals::Period::Hour);
    w.trafficTable()->setStore(&store);
    SourceState local = state(QStringLiteral("local"), SourceState::Health::Ok);
    Q_EMIT collector.sourceStateChanged(local);
    SourceState isp = state(QStringLiteral("isp-uplink"), SourceState::Health::Ok);
    isp.type = QStringLiteral("prometheus");
    Q_EMIT collector.sourceStateChanged(isp);
    SourceState router = state(QStringLiteral("office-router"), SourceState::Health::Error,
                               QStringLiteral("connection refused"));
    router.type = QStringLiteral("snmp");
    Q_EMIT collector.sourceStateChanged(router);

    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The table in front (the quota panel comes forward when quotas exist).
    for (QWidget *p = w.trafficTable(); p; p = p->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(p)) {
            dock->raise();
            break;
        }
    }
    QTest::qWait(50);
    QCOMPARE(w.selection(), ChartSelection::wholeSource(QStringLiteral("local")));
    QCOMPARE(w.chart()->quotaBands().size(), 3); // 80-90 %, 90-100 %, the limit
    QVERIFY(w.chart()->plottedPoints(Direction::In).size()
            > 600); // 720 intervals, no decimation at this width
    QVERIFY(w.trafficTable()->model()->rowCount() >= 3); // eth0, wlan0 and the totals row

    const QImage image = w.grab().toImage();
    QVERIFY(image.save(QDir::current().filePath(file)));
    QCOMPARE(image.size(), QSize(1200, 720) * image.devicePixelRatio());
    const QString dirName = qEnvironmentVariable("BANDWATCH_SCREENSHOT_DIR");
    if (!dirName.isEmpty()) {
        QDir().mkpath(dirName);
        QVERIFY(image.save(QDir(dirName).filePath(file)));
    }
    // Not an empty frame: the in-colour line is there in quantity.
    const QColor inColour = AppIcon::directionColor(true, dark);
    int inPixels = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            inPixels += std::abs(c.red() - inColour.red()) + std::abs(c.green() - inColour.green())
                        + std::abs(c.blue() - inColour.blue())
                    < 30
                ? 1
                : 0;
        }
    }
    QVERIFY2(inPixels > 1500, qPrintable(QString::number(inPixels)));
    QApplication::setPalette(oldPalette);
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
