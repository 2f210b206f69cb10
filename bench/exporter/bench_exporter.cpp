// /metrics throughput and latency of the embedded exporter with many series,
// against an equivalent python3-prometheus-client exporter, both on
// 127.0.0.1 under the same wrk load, in one run. See docs/performance.md.
//
//   bench_exporter [--series 10000] [--duration 10] [--connections 8] [--threads 2]
//
// Four wrk runs of --duration seconds each: Bandwatch and the Python
// exporter, without and with Accept-Encoding: gzip. Exit status 0 when both
// targets (>= 30x the Python throughput, p99 < 50 ms) are met in both.
#include "exporter/exporter.h"
#include "exporter/exporterstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <optional>

using namespace Bandwatch;

namespace {

const QByteArray kKey = "bench-key-0123456789abcdef0123456789";

struct WrkResult
{
    double requestsPerSecond = 0.0;
    double p50Ms = 0.0;
    double p99Ms = 0.0;
    qint64 requests = 0;
    qint64 errors = 0;
    QString raw;
};

double toMs(const QString &value, const QString &unit)
{
    const double v = value.toDouble();
    if (unit == QLatin1String("us"))
        return v / 1000.0;
    if (unit == QLatin1String("s"))
        return v * 1000.0;
    if (unit == QLatin1String("m"))
        return v * 60'000.0;
    return v;
}

// Runs a child process to completion while the event loop keeps serving.
QByteArray runAsync(const QString &program, const QStringList &args, int timeoutMs, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start(program, args);
    loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

std::optional<WrkResult> wrk(quint16 port, int threads, int connections, int seconds, bool withKey, bool gzip)
{
    QStringList args { QStringLiteral("-t%1").arg(threads),
                       QStringLiteral("-c%1").arg(connections),
                       QStringLiteral("-d%1s").arg(seconds),
                       QStringLiteral("--timeout"),
                       QStringLiteral("10s"),
                       QStringLiteral("--latency") };
    if (withKey)
        args << QStringLiteral("-H")
             << QStringLiteral("Authorization: Bearer %1").arg(QString::fromLatin1(kKey));
    if (gzip)
        args << QStringLiteral("-H") << QStringLiteral("Accept-Encoding: gzip");
    args << QStringLiteral("http://127.0.0.1:%1/metrics").arg(port);
    int rc = 0;
    const QString out = QString::fromUtf8(runAsync(QStringLiteral("wrk"), args, (seconds + 30) * 1000, &rc));
    if (rc != 0) {
        std::fprintf(stderr, "wrk failed (%d):\n%s\n", rc, qPrintable(out));
        return std::nullopt;
    }
    WrkResult r;
    r.raw = out;
    static const QRegularExpression rps(QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
    static const QRegularExpression p50(QStringLiteral("\\n\\s+50%\\s+([0-9.]+)(us|ms|s|m)"));
    static const QRegularExpression p99(QStringLiteral("\\n\\s+99%\\s+([0-9.]+)(us|ms|s|m)"));
    static const QRegularExpression total(QStringLiteral("(\\d+) requests in"));
    static const QRegularExpression non2xx(QStringLiteral("Non-2xx or 3xx responses: (\\d+)"));
    static const QRegularExpression socketErrors(
        QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"));
    if (auto m = rps.match(out); m.hasMatch())
        r.requestsPerSecond = m.captured(1).toDouble();
    if (auto m = p50.match(out); m.hasMatch())
        r.p50Ms = toMs(m.captured(1), m.captured(2));
    if (auto m = p99.match(out); m.hasMatch())
        r.p99Ms = toMs(m.captured(1), m.captured(2));
    if (auto m = total.match(out); m.hasMatch())
        r.requests = m.captured(1).toLongLong();
    if (auto m = non2xx.match(out); m.hasMatch())
        r.errors += m.captured(1).toLongLong();
    if (auto m = socketErrors.match(out); m.hasMatch())
        for (int i = 1; i <= 4; ++i)
            r.errors += m.captured(i).toLongLong();
    return r;
}

quint16 freePort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

Sample benchSample(int i, qint64 nowMs)
{
    const QString domain = QStringLiteral("domain-%1.example").arg(i / 2);
    Sample s;
    s.key.source = QStringLiteral("cdn-%1").arg(i % 10);
    s.key.series = domain;
    s.key.labels.insert(QStringLiteral("domain"), domain);
    s.key.direction = i % 2 == 0 ? Direction::In : Direction::Out;
    s.startMs = nowMs - 5000;
    s.endMs = nowMs;
    s.bytes = quint64((qint64(i) * 7919) % 1'000'000'000 + 1'000'000);
    s.bps = double(s.bytes) / 100.0 * 8.0;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption seriesOpt(QStringLiteral("series"),
                                       QStringLiteral("Counter series (default 10000)."), QStringLiteral("n"),
                                       QStringLiteral("10000"));
    const QCommandLineOption durationOpt(QStringLiteral("duration"),
                                         QStringLiteral("Seconds per wrk run (default 10)."),
                                         QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption connOpt(QStringLiteral("connections"),
                                     QStringLiteral("wrk connections (default 8)."), QStringLiteral("n"),
                                     QStringLiteral("8"));
    const QCommandLineOption threadOpt(QStringLiteral("threads"), QStringLiteral("wrk threads (default 2)."),
                                       QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption pythonOpt(QStringLiteral("python"),
                                       QStringLiteral("Python with prometheus_client."),
                                       QStringLiteral("path"), QStringLiteral("/usr/bin/python3"));
    p.addOptions({ seriesOpt, durationOpt, connOpt, threadOpt, pythonOpt });
    p.process(app);
    const int series = p.value(seriesOpt).toInt();
    const int duration = std::clamp(p.value(durationOpt).toInt(), 1, 120);
    const int connections = p.value(connOpt).toInt();
    const int threads = p.value(threadOpt).toInt();
    QTextStream out(stdout);

    // Bandwatch: the exporter as headless mode runs it, samples arriving every 5 s.
    Exporter exporter(nullptr);
    QList<ExportedSource> sources;
    for (int s = 0; s < 10; ++s) {
        ExportedSource src;
        src.id = QStringLiteral("cdn-%1").arg(s);
        src.type = QStringLiteral("bench");
        src.intervalMs = 5000;
        src.health = ExportedSource::Health::Ok;
        sources << src;
    }
    exporter.setSources(sources);
    auto feed = [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        SampleList samples;
        samples.reserve(series);
        for (int i = 0; i < series; ++i)
            samples << benchSample(i, now);
        exporter.addSamples(samples);
    };
    feed();
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &exporter, feed);
    feeder.start(5000);
    ExporterConfig config;
    config.enabled = true;
    config.address = QHostAddress(QHostAddress::LocalHost);
    config.port = freePort();
    config.keys = { { QStringLiteral("bench"), ApiScope::Read, ApiKey::hash(kKey) } };
    config.limits.maxConnections = std::max(128, connections * 2);
    QString error;
    if (!exporter.start(config, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer renderClock;
    renderClock.start();
    const QByteArray body =
        exporter.renderMetrics(ExpositionFormat::PrometheusText, QDateTime::currentMSecsSinceEpoch());
    qint64 renderMs = renderClock.elapsed();
    if (qEnvironmentVariableIsSet("BENCH_PROFILE")) {
        renderClock.restart();
        for (int i = 0; i < 10; ++i)
            exporter.renderMetrics(ExpositionFormat::PrometheusText, QDateTime::currentMSecsSinceEpoch());
        out << "render x10: " << renderClock.elapsed() << " ms\n";
        renderClock.restart();
        for (int i = 0; i < 10; ++i)
            feed();
        out << "feed x10: " << renderClock.elapsed() << " ms\n";
        out.flush();
        if (qEnvironmentVariable("BENCH_PROFILE") == QLatin1String("only"))
            return 0;
    }
    out << QStringLiteral("Bandwatch /metrics: %1 series, %2 lines, %3 bytes, full render %4 ms\n")
               .arg(series)
               .arg(body.count('\n'))
               .arg(body.size())
               .arg(renderMs);
    out.flush();

    // The Python exporter, started now so its (slow) start-up is not measured.
    const quint16 pyPort = freePort();
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    python.start(p.value(pythonOpt),
                 { QStringLiteral(BENCH_SOURCE_DIR "/python_exporter.py"), QString::number(pyPort),
                   QString::number(series) });
    {
        QEventLoop loop;
        QObject::connect(&python, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QObject::connect(&python, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!python.readAllStandardOutput().contains("ready")) {
        std::fprintf(stderr, "the python exporter did not start\n");
        return 1;
    }

    auto row = [&](const QString &name, const WrkResult &r) {
        out << QStringLiteral("  %1 %2 req/s   p50 %3 ms   p99 %4 ms   (%5 requests, %6 errors)\n")
                   .arg(name, -34)
                   .arg(r.requestsPerSecond, 9, 'f', 1)
                   .arg(r.p50Ms, 8, 'f', 2)
                   .arg(r.p99Ms, 8, 'f', 2)
                   .arg(r.requests)
                   .arg(r.errors);
        out.flush();
    };
    bool allMet = true;
    // Identity first (what wrk asks for by itself), then gzip (what Prometheus asks for).
    for (const bool gzip : { false, true }) {
        const QString encoding =
            gzip ? QStringLiteral("Accept-Encoding: gzip") : QStringLiteral("no Accept-Encoding");
        out << QStringLiteral("wrk -t%1 -c%2 -d%3s --latency, %4:\n")
                   .arg(threads)
                   .arg(connections)
                   .arg(duration)
                   .arg(encoding);
        out.flush();
        const auto ours = wrk(exporter.port(), threads, connections, duration, true, gzip);
        if (!ours)
            return 1;
        row(QStringLiteral("bandwatch (Qt HttpServer 6.4)"), *ours);
        const auto theirs = wrk(pyPort, threads, connections, duration, false, gzip);
        if (!theirs)
            return 1;
        row(QStringLiteral("python3-prometheus-client 0.16"), *theirs);
        const double ratio =
            theirs->requestsPerSecond > 0 ? ours->requestsPerSecond / theirs->requestsPerSecond : 0.0;
        const bool throughputOk = ratio >= 30.0;
        const bool latencyOk = ours->p99Ms < 50.0;
        allMet = allMet && throughputOk && latencyOk && ours->errors == 0;
        out << QStringLiteral(
                   "  throughput ratio %1x (target >= 30x: %2), bandwatch p99 %3 ms (target < 50 ms: %4)\n")
                   .arg(ratio, 0, 'f', 1)
                   .arg(throughputOk ? QStringLiteral("met") : QStringLiteral("MISSED"))
                   .arg(ours->p99Ms, 0, 'f', 2)
                   .arg(latencyOk ? QStringLiteral("met") : QStringLiteral("MISSED"));
        out.flush();
    }
    python.kill();
    python.waitForFinished(5000);
    return allMet ? 0 : 2;
}
