// Benchmark of the exposition parser on a 100,000-line Kong /metrics body,
// compared in the same run with python3-prometheus-client's
// text_string_to_metric_families on the same body. Not a test: run by hand,
// from a Release build (see docs/performance.md, "Exposition parser (issue 4)").
//
//   bench_expositionparse [--lines N] [--runs N] [--no-python] [--write-body FILE]

#include "core/expositionparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Bandwatch;

namespace {

// A Kong 3.7 /metrics body as the Prometheus plugin prints it (families in
// blocks with HELP/TYPE, labels in Kong's order, Lua number formatting with
// exponent form for large values), grown to about `targetLines` lines by
// adding services and routes.
QByteArray kongBody(int targetLines)
{
    QByteArray out;
    out.reserve(qsizetype(targetLines) * 130);
    int lines = 0;
    // Pieces appended one by one (no operator+ chains of temporaries).
    auto line = [&](std::initializer_list<QByteArrayView> parts) {
        for (QByteArrayView part : parts)
            out.append(part);
        out.append('\n');
        ++lines;
    };
    const QByteArray node = "849373c5-45c1-4c1d-b595-fdeaea6daed8";
    // Per route: 4 bandwidth + 6 request lines + 3 histograms x 17 lines = 61 lines.
    const int routes = qMax(1, (targetLines - 20) / 61);
    const QList<QByteArray> consumers { "", "acme-mobile" };
    const QList<QByteArray> codes { "200", "404", "500" };
    const QList<int> buckets { 1, 2, 5, 7, 10, 15, 20, 30, 50, 75, 100, 200, 500, 1000 };
    auto num = [](qint64 v) {
        return QByteArray::number(v);
    };
    auto bigValue = [](quint64 v) {
        // Lua's tostring (%.14g): exponent form from 1e14 on.
        return v >= 100000000000000ULL ? QByteArray::number(double(v), 'g', 14) : QByteArray::number(v);
    };
    QByteArray service, route;
    auto setRoute = [&](int r) {
        service = "svc-";
        service.append(num(r / 8));
        route = service;
        route.append(".route-").append(num(r % 8));
    };

    line({ "# HELP kong_bandwidth_bytes Total bandwidth (ingress/egress) throughput in bytes" });
    line({ "# TYPE kong_bandwidth_bytes counter" });
    for (int r = 0; r < routes; ++r) {
        setRoute(r);
        for (const char *dir : { "egress", "ingress" })
            for (const QByteArray &c : consumers) {
                const QByteArray value =
                    bigValue(quint64(r + 1) * (dir[0] == 'e' ? 98765432123ULL : 1234567ULL));
                line({ "kong_bandwidth_bytes{service=\"", service, "\",route=\"", route, "\",direction=\"",
                       dir, "\",consumer=\"", c, "\",workspace=\"default\"} ", value });
            }
    }
    line({ "# HELP kong_datastore_reachable Datastore reachable from Kong, 0 is unreachable" });
    line({ "# TYPE kong_datastore_reachable gauge" });
    line({ "kong_datastore_reachable 1" });
    line({ "# HELP kong_http_requests_total HTTP status codes per consumer/service/route in Kong" });
    line({ "# TYPE kong_http_requests_total counter" });
    for (int r = 0; r < routes; ++r) {
        setRoute(r);
        for (const QByteArray &code : codes)
            for (const QByteArray &c : consumers) {
                const QByteArray value = num(r * 7 + code.toInt());
                line({ "kong_http_requests_total{service=\"", service, "\",route=\"", route, "\",code=\"",
                       code, "\",source=\"service\",consumer=\"", c, "\",workspace=\"default\"} ", value });
            }
    }
    for (const char *h : { "kong_kong_latency_ms", "kong_request_latency_ms", "kong_upstream_latency_ms" }) {
        line({ "# HELP ", h, " Latency for each service/route in Kong" });
        line({ "# TYPE ", h, " histogram" });
        for (int r = 0; r < routes; ++r) {
            setRoute(r);
            QByteArray labels = "service=\"";
            labels.append(service).append("\",route=\"").append(route).append("\",workspace=\"default\"");
            for (int i = 0; i < buckets.size(); ++i) {
                const QByteArray le = num(buckets[i]);
                const QByteArray value = num(r + i);
                line({ h, "_bucket{", labels, ",le=\"", le, "\"} ", value });
            }
            const QByteArray count = num(r + 20);
            const QByteArray sum = QByteArray::number(r * 13.25, 'g', 14);
            line({ h, "_bucket{", labels, ",le=\"+Inf\"} ", count });
            line({ h, "_count{", labels, "} ", count });
            line({ h, "_sum{", labels, "} ", sum });
        }
    }
    line({ "# HELP kong_memory_lua_shared_dict_bytes Allocated slabs in bytes in a shared_dict" });
    line({ "# TYPE kong_memory_lua_shared_dict_bytes gauge" });
    int i = 0;
    while (lines < targetLines - 1) {
        const QByteArray dict = num(i++);
        line({ "kong_memory_lua_shared_dict_bytes{node_id=\"", node, "\",shared_dict=\"dict_", dict,
               "\",kong_subsystem=\"http\"} 40960" });
    }
    line({ "kong_nginx_metric_errors_total 0" });
    return out;
}

// Touches every sample (value, one label) without materialising anything.
class AllSamples : public ExpositionVisitor
{
public:
    void sample(const ExpositionSample &s) override
    {
        ++samples;
        sum += s.value();
        labels += s.labelCount();
    }
    qint64 samples = 0;
    double sum = 0;
    qint64 labels = 0;
};

// What the Kong source does: only kong_bandwidth_bytes, labels by name.
class BandwidthOnly : public ExpositionVisitor
{
public:
    bool family(const ExpositionFamily &f) override { return f.name == "kong_bandwidth_bytes"; }
    void sample(const ExpositionSample &s) override
    {
        ++samples;
        keyBytes +=
            s.labelUtf8("service").size() + s.labelUtf8("route").size() + s.labelUtf8("direction").size();
        sum += s.value();
    }
    qint64 samples = 0;
    qint64 keyBytes = 0;
    double sum = 0;
};

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median wall time of `runs` runs; also the median CPU time of this thread
// (less disturbed when other processes compete for the machine's cores).
double lastCpuMedianMs = 0;
double lastMinMs = 0;

template<typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double c0 = threadCpuMs();
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    lastCpuMedianMs = cpu[cpu.size() / 2];
    lastMinMs = times.front();
    return times[times.size() / 2];
}

const char *const kPythonScript = R"PY(
import sys, time
from prometheus_client.parser import text_string_to_metric_families
text = open(sys.argv[1], encoding='utf-8').read()
runs = int(sys.argv[2])
times = []
samples = 0
for _ in range(runs):
    t = time.perf_counter()
    samples = sum(len(f.samples) for f in text_string_to_metric_families(text))
    times.append(time.perf_counter() - t)
times.sort()
print("%.6f %d" % (times[len(times) // 2], samples))
)PY";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Exposition parser benchmark (issue 4)"));
    cli.addHelpOption();
    const QCommandLineOption linesOpt(QStringLiteral("lines"), QStringLiteral("Lines in the body."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs (median reported)."),
                                     QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption pyRunsOpt(QStringLiteral("python-runs"), QStringLiteral("Python runs (median)."),
                                       QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption noPython(QStringLiteral("no-python"),
                                      QStringLiteral("Skip the Python comparison."));
    const QCommandLineOption writeBody(QStringLiteral("write-body"), QStringLiteral("Also save the body."),
                                       QStringLiteral("file"));
    const QCommandLineOption noMaterialise(QStringLiteral("no-materialise"),
                                           QStringLiteral("Skip the materialising run."));
    cli.addOptions({ linesOpt, runsOpt, pyRunsOpt, noPython, writeBody, noMaterialise });
    cli.process(app);

    const int targetLines = cli.value(linesOpt).toInt();
    const int runs = qMax(1, cli.value(runsOpt).toInt());
    const QByteArray body = kongBody(targetLines);
    const qsizetype lineCount = body.count('\n');
    if (cli.isSet(writeBody)) {
        QFile f(cli.value(writeBody));
        if (f.open(QIODevice::WriteOnly))
            f.write(body);
    }

#if defined(QT_NO_DEBUG) && defined(__OPTIMIZE__)
    const char *build = "optimised";
#else
    const char *build = "NOT optimised (configure with -DCMAKE_BUILD_TYPE=Release)";
#endif
    std::printf("body: %lld lines, %.2f MB (Kong 3.7 format); build: %s; cpu: %s\n",
                static_cast<long long>(lineCount), double(body.size()) / 1e6, build,
                qPrintable(QSysInfo::currentCpuArchitecture()));

    const ExpositionParser parser; // format sniffed, as the Kong source does without a Content-Type
    qint64 checkSamples = 0;
    const double full = medianMs(runs, [&] {
        AllSamples v;
        ExpositionError e;
        if (!parser.parse(body, v, &e))
            qFatal("parse failed: %s", qPrintable(e.toString()));
        checkSamples = v.samples;
    });
    const double fullCpu = lastCpuMedianMs;
    const double fullMin = lastMinMs;
    qint64 bwSamples = 0;
    const double filtered = medianMs(runs, [&] {
        BandwidthOnly v;
        parser.parse(body, v);
        bwSamples = v.samples;
    });
    const double filteredCpu = lastCpuMedianMs;
    const double filteredMin = lastMinMs;
    qsizetype familyCount = 0;
    const double materialised = cli.isSet(noMaterialise) ? 0.0 : medianMs(qMax(1, runs / 4), [&] {
        const auto families = parser.families(body);
        familyCount = families ? families->size() : -1;
    });

    std::printf(
        "ours, every sample checked and visited : median %8.2f ms (min %.2f, CPU median %.2f) over %d runs "
        "(%lld samples)\n",
        full, fullMin, fullCpu, runs, static_cast<long long>(checkSamples));
    std::printf(
        "ours, only kong_bandwidth_bytes visited: median %8.2f ms (min %.2f, CPU median %.2f) over %d runs "
        "(%lld samples)\n",
        filtered, filteredMin, filteredCpu, runs, static_cast<long long>(bwSamples));
    std::printf("ours, everything materialised (QString): median %8.2f ms over %d runs (%lld families)\n",
                materialised, qMax(1, runs / 4), static_cast<long long>(familyCount));

    if (!cli.isSet(noPython)) {
        QTemporaryFile file;
        if (!file.open())
            qFatal("cannot create a temporary file");
        file.write(body);
        file.flush();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     { QStringLiteral("-c"), QString::fromUtf8(kPythonScript), file.fileName(),
                       cli.value(pyRunsOpt) });
        if (!python.waitForFinished(10 * 60 * 1000) || python.exitCode() != 0) {
            std::printf("python3-prometheus-client: failed: %s\n", python.readAllStandardError().constData());
            return 1;
        }
        const QList<QByteArray> out = python.readAllStandardOutput().trimmed().split(' ');
        const double pyMs = out.value(0).toDouble() * 1000.0;
        std::printf("python3-prometheus-client text_string_to_metric_families: median %8.2f ms over %s runs "
                    "(%s samples)\n",
                    pyMs, qPrintable(cli.value(pyRunsOpt)), out.value(1).constData());
        std::printf("speed-up: %.1fx (every sample), %.1fx (bandwidth only)\n", pyMs / full, pyMs / filtered);
    }
    return 0;
}
