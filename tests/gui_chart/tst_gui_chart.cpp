// The bandwidth chart as a person uses it, under QT_QPA_PLATFORM=offscreen:
// range actions and shortcuts (live ranges from memory, longer ones from a
// real history file), wheel zoom, drag, the crosshair, units, quota bands
// and the cycle-usage page. A real Collector runs the configuration (store,
// quotas); samples go into its store before the window opens.
#include "app/collector.h"
#include "app/configloader.h"
#include "darkpalette.h"
#include "gui/bandwidthchart.h"
#include "gui/chartunits.h"
#include "gui/customrangedialog.h"
#include "gui/cycleusagechart.h"
#include "gui/guiapp.h"
#include "gui/mainwindow.h"
#include "storage/historystore.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <cmath>
#include <functional>
#include <memory>

using namespace Bandwatch;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

SeriesKey key(Direction d)
{
    SeriesKey k;
    k.source = QStringLiteral("local");
    k.series = QStringLiteral("eth0");
    k.labels.insert(QStringLiteral("interface"), QStringLiteral("eth0"));
    k.direction = d;
    return k;
}

Sample sample(Direction d, qint64 endMs, qint64 durMs, double bps)
{
    Sample s;
    s.key = key(d);
    s.endMs = endMs;
    s.startMs = endMs - durMs;
    s.bps = bps;
    s.bytes = quint64(std::llround(bps * double(durMs) / 8000.0));
    return s;
}

// One-minute samples for `days` up to `lastEnd` (2 Mbit/s in, 1 Mbit/s out),
// with six hours missing three days ago.
SampleList history(qint64 lastEnd, int days)
{
    SampleList out;
    const qint64 gapFrom = lastEnd - 3 * kDay;
    const qint64 gapTo = gapFrom + 6 * kHour;
    for (qint64 end = lastEnd - days * kDay; end <= lastEnd; end += kMinute) {
        if (end > gapFrom && end <= gapTo)
            continue;
        out << sample(Direction::In, end, kMinute, 2e6) << sample(Direction::Out, end, kMinute, 1e6);
    }
    return out;
}

qint64 nowMinute()
{
    return QDateTime::currentMSecsSinceEpoch() / kMinute * kMinute;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

// A started Collector with a real history file and the given `quotas:` YAML.
struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Collector> collector;

    bool start(const QString &quotasYaml, QString *error)
    {
        const QString proc = dir.filePath(QStringLiteral("net_dev"));
        writeFile(proc, QByteArrayLiteral("Inter-|\n face |\n"));
        const QString yaml =
            QStringLiteral("storage:\n  path: %1\nsources:\n  - id: local\n    type: interfaces\n"
                           "    interval: 1h\n    proc_path: %2\n%3")
                .arg(dir.filePath(QStringLiteral("history.db")), proc, quotasYaml);
        const ConfigLoader::Result config =
            ConfigLoader::parse(yaml.toUtf8(), dir.filePath(QStringLiteral("bandwatch.yaml")));
        if (!config.ok()) {
            *error = config.errors.join(u'\n');
            return false;
        }
        collector = std::make_unique<Collector>();
        return collector->start(*config.config, error);
    }
};

const QString kWeeklyVolume =
    QStringLiteral("quotas:\n  - id: weekly\n    series: local\n    kind: volume\n"
                   "    limit: 400GB\n    cycle: {period: weekly, start_day: monday}\n");

void wheel(QWidget *viewport, QPoint pos, int angle)
{
    QWheelEvent e(QPointF(pos), QPointF(viewport->mapToGlobal(pos)), QPoint(), QPoint(0, angle), Qt::NoButton,
                  Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &e);
}

} // namespace

class TestGuiChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void rangeActionsReadMemoryOrHistory_data();
    void rangeActionsReadMemoryOrHistory();
    void customRangeIsAskedAndRemembered();
    void wheelZoomsAroundTheCursor_data();
    void wheelZoomsAroundTheCursor();
    void dragPans_data();
    void dragPans();
    void crosshairShowsTheNearestValue_data();
    void crosshairShowsTheNearestValue();
    void unitsAreChosenAndRemembered_data();
    void unitsAreChosenAndRemembered();
    void quotaBandsAtTheLimit_data();
    void quotaBandsAtTheLimit();
    void cycleUsageShowsVolumeLines();
    void chartTextsAreTranslated_data();
    void chartTextsAreTranslated();
    void screenshot_data();
    void screenshot();

private:
    QString m_configPath;
    QTemporaryDir m_dir;
};

void TestGuiChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bandwatch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_chart"));
    QVERIFY(m_dir.isValid());
    m_configPath = m_dir.filePath(QStringLiteral("bandwatch.yaml"));
    GuiApp::installTranslations(QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestGuiChart::init()
{
    QSettings().clear();
}

void TestGuiChart::rangeActionsReadMemoryOrHistory_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("fromStore"); // ignored for cycles: depends on today
    QTest::newRow("15 min") << QStringLiteral("actionRange15m") << int(Qt::Key_1) << false;
    QTest::newRow("1 h") << QStringLiteral("actionRange1h") << int(Qt::Key_2) << false;
    QTest::newRow("24 h") << QStringLiteral("actionRange24h") << int(Qt::Key_3) << false;
    QTest::newRow("7 d") << QStringLiteral("actionRange7d") << int(Qt::Key_4) << true;
    QTest::newRow("this cycle") << QStringLiteral("actionRangeThisCycle") << int(Qt::Key_5) << true;
    QTest::newRow("last cycle") << QStringLiteral("actionRangeLastCycle") << int(Qt::Key_6) << true;
}

void TestGuiChart::rangeActionsReadMemoryOrHistory()
{
    QFETCH(QString, action);
    QFETCH(int, key);
    QFETCH(bool, fromStore);
    Setup s;
    QString error;
    QVERIFY2(s.start(kWeeklyVolume, &error), qPrintable(error));
    const qint64 last = nowMinute() - kMinute;
    s.collector->store()->append(history(last, 15));
    QVERIFY2(s.collector->store()->flush(&error), qPrintable(error));

    MainWindow w(*s.collector, m_configPath);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *a = w.findChild<QAction *>(action);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(key)));
    if (action == QStringLiteral("actionRange1h")) // the default: go elsewhere first
        w.findChild<QAction *>(QStringLiteral("actionRange15m"))->trigger();
    QTest::keyClick(&w, Qt::Key(key), Qt::ControlModifier);
    QVERIFY(a->isChecked());
    BandwidthChart *chart = w.chart();
    QVERIFY(chart->isLive());

    // The expected span, from the quota's weekly cycle where it is one.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const BillingCycle weekly = BillingCycle::weekly(Qt::Monday, QTimeZone::utc());
    CycleInterval cycle = weekly.cycleContaining(QDateTime::currentDateTimeUtc());
    qint64 span = chart->chartRange().span.count();
    if (action.contains(QStringLiteral("Cycle"))) {
        if (action == QStringLiteral("actionRangeLastCycle"))
            cycle = weekly.previous(cycle);
        QCOMPARE(chart->fromMs(), cycle.start.toMSecsSinceEpoch());
        QCOMPARE(chart->toMs(), cycle.end.toMSecsSinceEpoch());
        fromStore = cycle.start.toMSecsSinceEpoch() < now - kDay;
    } else {
        QVERIFY(std::abs(chart->toMs() - now) < 5000);
        QCOMPARE(chart->toMs() - chart->fromMs(), span);
    }
    QCOMPARE(chart->dataOrigin(),
             fromStore ? ChartDataProvider::Origin::History : ChartDataProvider::Origin::Live);

    // The stored values, at most two points per pixel, the gap left open.
    const QList<QPointF> in = chart->plottedPoints(Direction::In);
    QVERIFY(!in.isEmpty());
    QVERIFY2(in.size() <= 2 * chart->plotViewport()->width() + 4, qPrintable(QString::number(in.size())));
    for (const QPointF &p : in) {
        QVERIFY2(p.x() >= double(chart->fromMs()) && p.x() <= double(chart->toMs()),
                 qPrintable(QStringLiteral("%1 not in [%2, %3]")
                                .arg(p.x(), 0, 'f', 0)
                                .arg(chart->fromMs())
                                .arg(chart->toMs())));
        QCOMPARE(p.y(), 2.0); // Mbit/s
    }
    const bool coversGap = chart->fromMs() < last - 3 * kDay && chart->toMs() > last - 3 * kDay + 6 * kHour;
    QCOMPARE(chart->plottedSegments(Direction::In) >= 2, coversGap);
    QVERIFY(chart->placeholderText().isEmpty());
}

void TestGuiChart::customRangeIsAskedAndRemembered()
{
    Setup s;
    QString error;
    QVERIFY2(s.start(QString(), &error), qPrintable(error));
    const qint64 last = nowMinute() - kMinute;
    s.collector->store()->append(history(last, 10));
    QVERIFY2(s.collector->store()->flush(&error), qPrintable(error));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(last - 9 * kDay).addSecs(-17); // not on a minute
    const QDateTime to = from.addDays(2);
    {
        MainWindow w(*s.collector, m_configPath);
        w.show();
        w.findChild<QAction *>(QStringLiteral("actionRangeCustom"))->trigger();
        auto *dialog = w.findChild<CustomRangeDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *fromEdit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("fromEdit"));
        auto *toEdit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("toEdit"));
        toEdit->setDateTime(from.addSecs(-3600)); // before the start: refused
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        fromEdit->setDateTime(from);
        toEdit->setDateTime(to);
        QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->accept();
        // The edits show minutes: the range is what they show.
        const qint64 fromShown = from.toMSecsSinceEpoch() / kMinute * kMinute;
        QCOMPARE(w.chart()->chartRange().kind, ChartRange::Kind::Custom);
        QCOMPARE(w.chart()->fromMs(), fromShown);
        QCOMPARE(w.chart()->toMs(), fromShown + 2 * kDay);
        QCOMPARE(w.chart()->dataOrigin(), ChartDataProvider::Origin::History);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionRangeCustom"))->isChecked());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionRange1h"))->isChecked());
        QCOMPARE(w.chart()->plottedPoints(Direction::Out).first().y(), 1.0);
        w.close();
    }
    MainWindow again(*s.collector, m_configPath);
    QCOMPARE(again.chart()->chartRange().kind, ChartRange::Kind::Custom);
    QCOMPARE(again.chart()->fromMs(), from.toMSecsSinceEpoch() / kMinute * kMinute);
    QVERIFY(again.findChild<QAction *>(QStringLiteral("actionRangeCustom"))->isChecked());
}

void TestGuiChart::wheelZoomsAroundTheCursor_data()
{
    QTest::addColumn<double>("where"); // fraction of the plot width
    QTest::addColumn<int>("angle");
    QTest::newRow("in, middle") << 0.5 << 120;
    QTest::newRow("in, left quarter") << 0.25 << 120;
    QTest::newRow("in twice, near the right") << 0.9 << 240;
    QTest::newRow("out, left") << 0.1 << -120;
}

void TestGuiChart::wheelZoomsAroundTheCursor()
{
    QFETCH(double, where);
    QFETCH(int, angle);
    Setup s;
    QString error;
    QVERIFY2(s.start(QString(), &error), qPrintable(error));
    s.collector->store()->append(history(nowMinute() - kMinute, 2));
    QVERIFY2(s.collector->store()->flush(&error), qPrintable(error));
    MainWindow w(*s.collector, m_configPath);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    BandwidthChart *chart = w.chart();
    QAction *live = w.findChild<QAction *>(QStringLiteral("actionLive"));
    QVERIFY(!live->isEnabled());

    const qint64 from = chart->fromMs();
    const qint64 to = chart->toMs();
    const qint64 anchor = from + qint64(double(to - from) * where);
    const QPoint pos = chart->viewportPosition(double(anchor), chart->valueAxisMax() / 2);
    wheel(chart->plotViewport(), pos, angle);

    QVERIFY(!chart->isLive());
    QVERIFY(live->isEnabled());
    const double factor = std::pow(0.8, angle / 120.0);
    const double span = double(chart->toMs() - chart->fromMs());
    QVERIFY2(std::abs(span / double(to - from) - factor) < 0.001, qPrintable(QString::number(span)));
    // The time under the cursor stays under the cursor (to a pixel).
    const double pixelMs = double(to - from) / chart->chart()->plotArea().width();
    const double before = double(anchor - from) / double(to - from);
    const double after = double(anchor - chart->fromMs()) / span;
    QVERIFY2(std::abs(before - after) * double(to - from) < 2 * pixelMs,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(!chart->plottedPoints(Direction::In).isEmpty());
    // The time stays put while new data arrives; Live brings the range back.
    const qint64 zoomedTo = chart->toMs();
    chart->refresh();
    QCOMPARE(chart->toMs(), zoomedTo);
    live->trigger();
    QVERIFY(chart->isLive());
    QCOMPARE(chart->toMs() - chart->fromMs(), to - from);
    QVERIFY(!live->isEnabled());
}

void TestGuiChart::dragPans_data()
{
    QTest::addColumn<int>("dx");
    QTest::newRow("to the left: later") << -150;
    QTest::newRow("to the right: earlier") << 200;
}

void TestGuiChart::dragPans()
{
    QFETCH(int, dx);
    Setup s;
    QString error;
    QVERIFY2(s.start(QString(), &error), qPrintable(error));
    s.collector->store()->append(history(nowMinute() - kMinute, 2));
    QVERIFY2(s.collector->store()->flush(&error), qPrintable(error));
    MainWindow w(*s.collector, m_configPath);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setRange(24h);
    BandwidthChart *chart = w.chart();
    const qint64 from = chart->fromMs();
    const qint64 to = chart->toMs();
    QWidget *viewport = chart->plotViewport();
    const QPoint start = chart->viewportPosition(double(from + (to - from) / 2), chart->valueAxisMax() / 3);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(viewport, start + QPoint(dx * step / 5, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(dx, 0));

    QVERIFY(!chart->isLive());
    QCOMPARE(chart->toMs() - chart->fromMs(), to - from);
    const double expected = -double(dx) * double(to - from) / chart->chart()->plotArea().width();
    const double moved = double(chart->fromMs() - from);
    QVERIFY2(std::abs(moved - expected) < std::abs(expected) * 0.02,
             qPrintable(QStringLiteral("moved %1 ms, expected %2 ms").arg(moved).arg(expected)));
    w.findChild<QAction *>(QStringLiteral("actionRange24h"))->trigger(); // the range action is Live too
    QVERIFY(chart->isLive());
}

void TestGuiChart::crosshairShowsTheNearestValue_data()
{
    QTest::addColumn<bool>("bytes");
    QTest::addColumn<bool>("iec");
    QTest::addColumn<int>("index");
    QTest::newRow("bit/s") << false << false << 100;
    QTest::newRow("bytes/s, IEC") << true << true << 37;
    QTest::newRow("newest") << false << false << 179;
}

void TestGuiChart::crosshairShowsTheNearestValue()
{
    QFETCH(bool, bytes);
    QFETCH(bool, iec);
    QFETCH(int, index);
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ChartUnits units;
    units.bytes = bytes;
    units.system = iec ? UnitSystem::IEC : UnitSystem::SI;
    w.chart()->setUnits(units);
    w.setRange(15min);
    // Every 5 s a different value, so the nearest point is recognisable.
    const qint64 last = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 1000;
    SampleList samples;
    for (int i = 0; i < 180; ++i) {
        const qint64 end = last - qint64(179 - i) * 5000;
        samples << sample(Direction::In, end, 5000, 3e6 + i * 1000.0)
                << sample(Direction::Out, end, 5000, 1e6 - i * 1000.0);
    }
    Q_EMIT collector.samplesReady(samples);
    w.chart()->setEndTime(last + 1000);

    BandwidthChart *chart = w.chart();
    const qint64 x = last - qint64(179 - index) * 5000;
    const double inBps = 3e6 + index * 1000.0;
    // New axis labels change the plot's width at the chart's next layout pass,
    // which runs from the event loop, as before any real mouse move.
    QCoreApplication::processEvents();
    QTest::mouseMove(chart->plotViewport(),
                     chart->viewportPosition(double(x) + 900.0, chart->valueAxisMax() / 2));
    const QString text = chart->crosshairText();
    QVERIFY2(text.contains(QLocale().toString(QDateTime::fromMSecsSinceEpoch(x), QStringLiteral("HH:mm:ss"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("In: ") + units.formatRate(inBps)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Out: ") + units.formatRate(1e6 - index * 1000.0)),
             qPrintable(text));
    QVERIFY(text.contains(bytes ? (iec ? QStringLiteral("KiB/s") : QStringLiteral("kB/s"))
                                : QStringLiteral("Mbit/s")));
    // Outside the plot: no crosshair.
    QTest::mouseMove(chart->plotViewport(), QPoint(2, 2));
    QVERIFY(chart->crosshairText().isEmpty());
}

void TestGuiChart::unitsAreChosenAndRemembered_data()
{
    QTest::addColumn<QString>("unitAction");
    QTest::addColumn<QString>("prefixAction");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("plotted"); // 2 Mbit/s in the chosen unit
    QTest::newRow("bit/s, SI") << QStringLiteral("actionChartBits") << QStringLiteral("actionChartSi")
                               << QStringLiteral("Mbit/s") << 2.0;
    QTest::newRow("bit/s, IEC") << QStringLiteral("actionChartBits") << QStringLiteral("actionChartIec")
                                << QStringLiteral("Mibit/s") << 2e6 / 1048576.0;
    QTest::newRow("bytes/s, SI") << QStringLiteral("actionChartBytes") << QStringLiteral("actionChartSi")
                                 << QStringLiteral("kB/s") << 250.0;
    QTest::newRow("bytes/s, IEC") << QStringLiteral("actionChartBytes") << QStringLiteral("actionChartIec")
                                  << QStringLiteral("KiB/s") << 250e3 / 1024.0;
}

void TestGuiChart::unitsAreChosenAndRemembered()
{
    QFETCH(QString, unitAction);
    QFETCH(QString, prefixAction);
    QFETCH(QString, title);
    QFETCH(double, plotted);
    const qint64 last = nowMinute() - kMinute;
    SampleList samples;
    for (int i = 0; i < 10; ++i)
        samples << sample(Direction::In, last - i * kMinute, kMinute, 2e6);
    {
        Collector collector;
        MainWindow w(collector, m_configPath);
        Q_EMIT collector.samplesReady(samples);
        QMenu *menu = w.chart()->contextMenu();
        menu->findChild<QAction *>(unitAction)->trigger();
        menu->findChild<QAction *>(prefixAction)->trigger();
        QCOMPARE(w.chart()->valueAxisTitle(), title);
        QVERIFY(std::abs(w.chart()->plottedPoints(Direction::In).first().y() - plotted) < 1e-9);
    }
    Collector collector;
    MainWindow w(collector, m_configPath);
    Q_EMIT collector.samplesReady(samples);
    QCOMPARE(w.chart()->valueAxisTitle(), title);
    QVERIFY(w.chart()->contextMenu()->findChild<QAction *>(unitAction)->isChecked());
    QVERIFY(w.chart()->contextMenu()->findChild<QAction *>(prefixAction)->isChecked());
}

void TestGuiChart::quotaBandsAtTheLimit_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("selectorSource");
    QTest::addColumn<double>("limit");
    QTest::addColumn<int>("bands");
    QTest::addColumn<bool>("axisShowsLimit");
    QTest::newRow("bandwidth near the data")
        << int(QuotaKind::Bandwidth) << QStringLiteral("local") << 4e6 << 3 << true;
    QTest::newRow("p95 below the peak")
        << int(QuotaKind::Percentile95) << QStringLiteral("local") << 2.5e6 << 3 << true;
    QTest::newRow("far above the data")
        << int(QuotaKind::Bandwidth) << QStringLiteral("local") << 100e6 << 3 << false;
    // 4.4 Mbit/s would stretch the 0-4 axis if it applied.
    QTest::newRow("another source") << int(QuotaKind::Bandwidth) << QStringLiteral("office") << 4.4e6 << 0
                                    << false;
    QTest::newRow("volume: no bands")
        << int(QuotaKind::Volume) << QStringLiteral("local") << 4.4e6 << 0 << false;
}

void TestGuiChart::quotaBandsAtTheLimit()
{
    QFETCH(int, kind);
    QFETCH(QString, selectorSource);
    QFETCH(double, limit);
    QFETCH(int, bands);
    QFETCH(bool, axisShowsLimit);
    Collector collector;
    MainWindow w(collector, m_configPath);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 last = QDateTime::currentMSecsSinceEpoch() - 1000;
    SampleList samples;
    for (int i = 0; i < 60; ++i)
        samples << sample(Direction::In, last - i * kMinute, kMinute, i == 30 ? 3e6 : 1e6);
    Q_EMIT collector.samplesReady(samples);
    Quota q;
    q.id = QStringLiteral("uplink");
    q.selector.source = selectorSource;
    q.kind = QuotaKind(kind);
    q.limit = limit;
    w.chart()->setQuotas({ q }, {});

    BandwidthChart *chart = w.chart();
    const QList<ChartView::Band> shown = chart->quotaBands();
    QCOMPARE(shown.size(), bands);
    QCOMPARE(chart->valueAxisMax() >= limit / 1e6, axisShowsLimit);
    if (limit < 10e6)
        QVERIFY(chart->valueAxisMax() < limit / 1e6 * 2); // the axis is not stretched beyond need
    if (bands == 0)
        return;
    QCOMPARE(chart->valueAxisTitle(), QStringLiteral("Mbit/s"));
    const QList<double> percents { 80, 90, 100 };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(shown.at(i).from, limit / 1e6 * percents.at(i) / 100.0);
    QVERIFY(shown.at(2).label.contains(QStringLiteral("uplink")));
    if (!axisShowsLimit)
        return;
    // On screen: red at the limit, amber between 80 and 90 %.
    const QImage image = chart->plotViewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = image.devicePixelRatio();
    const double x = double(chart->fromMs()) + double(chart->toMs() - chart->fromMs()) * 0.1;
    const QPoint redAt = chart->viewportPosition(x, limit / 1e6);
    bool red = false;
    for (int dy = -1; dy <= 1; ++dy) {
        const QColor c = image.pixelColor(QPointF(redAt.x(), redAt.y() + dy).toPoint() * dpr);
        red = red || (c.red() > c.green() + 60 && c.red() > c.blue() + 60);
    }
    QVERIFY2(red, "a red line at 100 %");
    const QColor amber = image.pixelColor(chart->viewportPosition(x, limit / 1e6 * 0.85) * dpr);
    QVERIFY2(amber.red() > amber.blue() + 20 && amber.green() > amber.blue(), qPrintable(amber.name()));
    const QColor clear = image.pixelColor(chart->viewportPosition(x, limit / 1e6 * 0.7) * dpr);
    QVERIFY2(std::abs(clear.red() - clear.blue()) < 8, qPrintable(clear.name()));
}

void TestGuiChart::cycleUsageShowsVolumeLines()
{
    Setup s;
    QString error;
    QVERIFY2(s.start(kWeeklyVolume, &error), qPrintable(error));
    const qint64 last = nowMinute() - kMinute;
    s.collector->store()->append(history(last, 15));
    QVERIFY2(s.collector->store()->flush(&error), qPrintable(error));
    MainWindow w(*s.collector, m_configPath);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    BandwidthChart *chart = w.chart();
    auto *tabs = chart->findChild<QTabBar *>(QStringLiteral("chartModeTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Cycle usage"));
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QCOMPARE(chart->mode(), BandwidthChart::Mode::CycleUsage);

    const CycleUsageChart *usage = chart->cycleUsage();
    QVERIFY2(usage->placeholderText().isEmpty() || usage->data().used.size() <= 1,
             qPrintable(usage->placeholderText()));
    QCOMPARE(usage->thresholdLines(), (QList<double> { 320e9, 360e9, 400e9 }));
    QVERIFY(usage->valueAxisMax() >= 400e9);
    const CycleInterval cycle =
        BillingCycle::weekly(Qt::Monday, QTimeZone::utc()).cycleContaining(QDateTime::currentDateTimeUtc());
    QCOMPARE(usage->data().cycle, cycle);
    // What was used: every stored byte of the cycle, in and out.
    const QList<SeriesKey> keys { key(Direction::In), key(Direction::Out) };
    const qint64 start = cycle.start.toMSecsSinceEpoch();
    const double stored = double(s.collector->store()->bytes(keys, start, last + 1));
    const QList<QPointF> used = usage->usedPoints();
    QVERIFY(!used.isEmpty());
    QCOMPARE(used.first(), QPointF(double(start), 0.0));
    QVERIFY2(std::abs(used.last().y() - stored) <= stored * 1e-9 + 1,
             qPrintable(QStringLiteral("%1 vs %2").arg(used.last().y()).arg(stored)));
    // The forecast: from now to the end of the cycle, dashed, at least what is used.
    const QList<QPointF> projection = usage->projectionPoints();
    if (QDateTime::currentDateTimeUtc() >= cycle.start.addSecs(3600)) {
        QCOMPARE(projection.size(), 2);
        QCOMPARE(projection.last().x(), double(cycle.end.toMSecsSinceEpoch()));
        QVERIFY(projection.last().y() >= projection.first().y());
        QCOMPARE(projection.first().y(), used.last().y());
    }

    // A selection no volume quota covers says so.
    chart->setQuotas({}, {});
    QVERIFY(usage->placeholderText().contains(QStringLiteral("No volume quota")));
    QVERIFY(usage->thresholdLines().isEmpty());
}

void TestGuiChart::chartTextsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("thisCycle");
    QTest::addColumn<QString>("usageTab");
    QTest::addColumn<QString>("bytes");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("本周期")
                                        << QStringLiteral("周期用量") << QStringLiteral("字节每秒（B/s）");
    QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW") << QStringLiteral("本週期")
                                         << QStringLiteral("週期用量") << QStringLiteral("位元組每秒（B/s）");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("This cycle")
                             << QStringLiteral("Cycle usage") << QStringLiteral("Bytes per second");
}

void TestGuiChart::chartTextsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, thisCycle);
    QFETCH(QString, usageTab);
    QFETCH(QString, bytes);
    Collector collector;
    MainWindow w(collector, m_configPath);
    QCOMPARE(GuiApp::installTranslations(language), language);
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(w.findChild<QToolButton *>(QStringLiteral("rangeThisCycleButton"))->text(), thisCycle);
    QCOMPARE(w.chart()->findChild<QTabBar *>(QStringLiteral("chartModeTabs"))->tabText(1), usageTab);
    QCOMPARE(w.chart()->contextMenu()->findChild<QAction *>(QStringLiteral("actionChartBytes"))->text(),
             bytes);
    GuiApp::installTranslations(QStringLiteral("en"));
}

void TestGuiChart::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("mode");
    QTest::newRow("light 7 d") << false << QStringLiteral("actionRange7d")
                               << int(BandwidthChart::Mode::Bandwidth);
    QTest::newRow("dark 7 d") << true << QStringLiteral("actionRange7d")
                              << int(BandwidthChart::Mode::Bandwidth);
    QTest::newRow("light usage") << false << QStringLiteral("actionRangeThisCycle")
                                 << int(BandwidthChart::Mode::CycleUsage);
    QTest::newRow("dark usage") << true << QStringLiteral("actionRangeThisCycle")
                                << int(BandwidthChart::Mode::CycleUsage);
}

// Renders the chart pages to PNG (BANDWATCH_CHART_SCREENSHOT_DIR, else the
// working directory) for people to look at; checks only that they are not blank.
void TestGuiChart::screenshot()
{
    QFETCH(bool, dark);
    QFETCH(QString, range);
    QFETCH(int, mode);
    const QPalette oldPalette = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkTestPalette());
    Setup s;
    QString error;
    const QString quotas = kWeeklyVolume
        + QStringLiteral("  - id: transit\n    name: Transit 95th\n    series: local\n    kind: p95\n"
                         "    limit: 9Mbit/s\n    cycle: {period: weekly, start_day: monday}\n");
    QVERIFY2(s.start(quotas, &error), qPrintable(error));
    const qint64 last = nowMinute() - kMinute;
    // A week with a daily rhythm: busy afternoons, quiet nights, a gap.
    SampleList samples;
    for (const Sample &h : history(last, 15)) {
        Sample x = h;
        const double hour = double((x.endMs / kMinute) % (24 * 60)) / 60.0;
        const double wave = 0.5 + 0.5 * std::sin((hour - 9.0) / 24.0 * 2 * M_PI);
        const double jitter = double((x.endMs / kMinute * 2654435761u) % 1000) / 1000.0;
        x.bps = (x.key.direction == Direction::In ? 6e6 : 2e6) * (0.2 + wave) * (0.8 + 0.4 * jitter);
        x.bytes = quint64(x.bps * 60 / 8);
        samples << x;
    }
    s.collector->store()->append(samples);
    QVERIFY2(s.collector->store()->flush(&error), qPrintable(error));
    MainWindow w(*s.collector, m_configPath);
    w.resize(1200, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Q_EMIT s.collector->alerts()->snapshotsChanged();
    w.findChild<QAction *>(range)->trigger();
    w.chart()->setMode(BandwidthChart::Mode(mode));
    if (mode == int(BandwidthChart::Mode::Bandwidth)) {
        BandwidthChart *chart = w.chart();
        const double x = double(chart->fromMs()) + double(chart->toMs() - chart->fromMs()) * 0.62;
        // Elsewhere first: a move to where the last row left the cursor is no move at all.
        QTest::mouseMove(chart->plotViewport(), QPoint(5, 5));
        QTest::mouseMove(chart->plotViewport(), chart->viewportPosition(x, chart->valueAxisMax() / 2));
    }
    QTest::qWait(50);
    const QImage image = w.grab().toImage();
    const QString dirName = qEnvironmentVariable("BANDWATCH_CHART_SCREENSHOT_DIR", QDir::currentPath());
    QDir().mkpath(dirName);
    const QString file =
        QStringLiteral("chart-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(image.save(QDir(dirName).filePath(file)));
    QVERIFY(w.chart()->placeholderText().isEmpty());
    QApplication::setPalette(oldPalette);
}

QTEST_MAIN(TestGuiChart)
#include "tst_gui_chart.moc"
