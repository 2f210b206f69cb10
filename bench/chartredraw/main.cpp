// Chart redraw benchmark (issue 7). Run by hand; results go to
// docs/performance.md, section "Chart redraw (issue 7)".
//
//   bench_chartredraw [--samples 525600] [--width 1920] [--runs 21] [--raw-runs 5] [--dir /tmp]
//
// One series with one sample a minute for a year goes into a real history
// file (built once per run). Then, in the same process, the whole year is
// redrawn at --width pixels: (a) through Bandwatch's path, the store's
// decimated chart query plus drawing into BandwidthChart, rendered offscreen
// with grab(); (b) by handing Qt Charts every raw point (QLineSeries::replace
// with all samples, then grab()). Medians of the runs and their ratio are printed.

#include "gui/bandwidthchart.h"
#include "storage/historystore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTemporaryDir>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Bandwatch;

namespace {

constexpr qint64 minuteMs = 60'000;

// CPU time of this thread: on a busy machine the wall clock also counts
// the time other processes had the core.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Paints `w` the way a window repaint does: into a backing-store image that
// is allocated once and reused. (grab() allocates a new pixmap per call and
// converts it, which measures Qt's allocator and image conversion threads,
// not the chart.)
void paint(QWidget *w)
{
    static QImage canvas;
    const QSize size = w->size() * w->devicePixelRatio();
    if (canvas.size() != size)
        canvas = QImage(size, QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(w->devicePixelRatio());
    QPainter painter(&canvas);
    w->render(&painter);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

SeriesKey benchKey()
{
    SeriesKey k;
    k.source = QStringLiteral("bench");
    k.series = QStringLiteral("eth0");
    k.direction = Direction::In;
    return k;
}

// A day/night rhythm with noise and a few bursts, so that min/max buckets
// are not flat lines.
double rateAt(qint64 i)
{
    const double day = double(i % 1440) / 1440.0;
    const double noise = double((quint64(i) * 2654435761u) % 1000) / 1000.0;
    return 40e6 * (0.3 + 0.6 * std::sin(day * M_PI)) * (0.7 + 0.6 * noise) + (i % 4001 == 0 ? 400e6 : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption samplesOpt(QStringLiteral("samples"), QStringLiteral("one-minute samples"),
                                        QStringLiteral("n"), QStringLiteral("525600"));
    const QCommandLineOption widthOpt(QStringLiteral("width"), QStringLiteral("chart width in pixels"),
                                      QStringLiteral("px"), QStringLiteral("1920"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("redraws of our path"),
                                     QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption rawRunsOpt(QStringLiteral("raw-runs"), QStringLiteral("redraws with raw points"),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("where the temporary database goes"),
                                    QStringLiteral("path"), QDir::tempPath());
    parser.addOptions({ samplesOpt, widthOpt, runsOpt, rawRunsOpt, dirOpt });
    parser.process(app);
    const qint64 count = parser.value(samplesOpt).toLongLong();
    const int width = parser.value(widthOpt).toInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int rawRuns = std::max(1, parser.value(rawRunsOpt).toInt());

    QTemporaryDir dir(parser.value(dirOpt) + QStringLiteral("/bench_chartredraw-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch() / minuteMs * minuteMs;
    const qint64 startMs = endMs - count * minuteMs;
    const SeriesKey key = benchKey();

    HistoryOptions options;
    options.retention.keepMs.fill(0); // keep the raw year: the baseline draws it
    options.synchronous = HistoryOptions::Synchronous::Normal;
    HistoryStore store;
    store.setOptions(options);
    QString error;
    if (!store.open(path, &error)) {
        std::printf("open failed: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    SampleList batch;
    for (qint64 i = 0; i < count; ++i) {
        Sample s;
        s.key = key;
        s.endMs = startMs + (i + 1) * minuteMs;
        s.startMs = s.endMs - minuteMs;
        s.bps = rateAt(i);
        s.bytes = quint64(s.bps * 60.0 / 8.0);
        batch << s;
        if (batch.size() == 10'000) {
            store.append(batch);
            batch.clear();
        }
    }
    store.append(batch);
    if (!store.flush(&error)) {
        std::printf("flush failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("built %lld one-minute samples in %.1f s (%s)\n", static_cast<long long>(count),
                double(timer.elapsed()) / 1000.0, qPrintable(path));

    // (a) Our path: the store's decimated query and the chart widget.
    BandwidthChart chart;
    chart.resize(width, 600);
    chart.setHistory(&store);
    ChartSelection selection;
    selection.source = key.source;
    chart.setSelection(selection);
    chart.setChartRange(ChartRange::custom(startMs, endMs));
    chart.grab(); // first layout, fonts, caches
    std::vector<double> ours, oursRefresh, oursCpu;
    for (int r = 0; r < runs; ++r) {
        const double cpu = threadCpuMs();
        timer.restart();
        chart.refresh();
        oursRefresh.push_back(double(timer.nsecsElapsed()) / 1e6);
        paint(&chart);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        oursCpu.push_back(threadCpuMs() - cpu);
    }
    std::printf("ours: query + series update (refresh) median %.2f ms\n", median(oursRefresh));
    const int plotted = int(chart.plottedPoints(Direction::In).size());
    std::printf("ours: %d points drawn (plot %d px, data from %s), median %.2f ms, min %.2f ms, "
                "thread CPU median %.2f ms over %d redraws\n",
                plotted, int(chart.chart()->plotArea().width()),
                chart.dataOrigin() == ChartDataProvider::Origin::History ? "history store" : "memory",
                median(ours), *std::min_element(ours.begin(), ours.end()), median(oursCpu), runs);

    // (b) Every raw point handed to Qt Charts.
    const SampleList raw = store.samples(key, startMs, endMs + 1);
    QList<QPointF> points;
    points.reserve(raw.size());
    double maxY = 0;
    for (const Sample &s : raw) {
        points << QPointF(double(s.endMs), s.bps / 1e6);
        maxY = std::max(maxY, s.bps / 1e6);
    }
    auto *qchart = new QChart;
    qchart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QLineSeries;
    qchart->addSeries(series);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setRange(double(startMs), double(endMs));
    y->setRange(0, maxY * 1.08);
    qchart->addAxis(x, Qt::AlignBottom);
    qchart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChartView view(qchart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(width, 600);
    view.grab();
    std::vector<double> rawTimes, rawCpu;
    for (int r = 0; r < rawRuns; ++r) {
        const double cpu = threadCpuMs();
        timer.restart();
        series->replace(points);
        paint(&view);
        rawTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        rawCpu.push_back(threadCpuMs() - cpu);
    }
    std::printf(
        "raw: %lld points drawn, median %.2f ms, min %.2f ms, thread CPU median %.2f ms over %d redraws\n",
        static_cast<long long>(points.size()), median(rawTimes),
        *std::min_element(rawTimes.begin(), rawTimes.end()), median(rawCpu), rawRuns);
    const double ratio = median(rawTimes) / std::max(1e-9, median(ours));
    std::printf("ratio raw/ours: %.1fx wall clock, %.1fx CPU (targets: ours < 16 ms, ratio >= 10x)\n", ratio,
                median(rawCpu) / std::max(1e-9, median(oursCpu)));
    return median(ours) < 16.0 && ratio >= 10.0 ? 0 : 2;
}
