// Integration test: Debian's real `prometheus` on 127.0.0.1 scrapes a
// Kong-format /metrics endpoint served by this test (counters growing at known
// rates), and the Prometheus source reads
// sum by (service, direction) (rate(kong_bandwidth_bytes[1m])) back.

#include "sources/prometheussource.h"
#include "tinyhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Bandwatch;

namespace {

const QString kPrometheus = QStringLiteral("/usr/bin/prometheus");

// Served traffic, bytes per second, per service and direction. Each service
// has two routes and two consumers that share it, so the query must sum.
struct Rate
{
    const char *service;
    const char *direction;
    double bytesPerSecond;
};
const Rate kRates[] = {
    { "google", "egress", 3000.0 },
    { "google", "ingress", 500.0 },
    { "files", "egress", 12000.0 },
    { "files", "ingress", 250.0 },
};

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct PollOutcome
{
    bool ok = false;
    SampleList samples;
    QString message;
};

PollOutcome pollOnce(Source *source)
{
    QSignalSpy ok(source, &Source::pollSucceeded);
    QSignalSpy failed(source, &Source::pollFailed);
    source->poll();
    QElapsedTimer t;
    t.start();
    while (ok.count() + failed.count() == 0 && t.elapsed() < 15000)
        QTest::qWait(10);
    PollOutcome out;
    if (ok.count() == 1) {
        out.ok = true;
        out.samples = ok.at(0).at(0).value<SampleList>();
    } else if (failed.count() == 1) {
        out.message = failed.at(0).at(0).toString();
    } else {
        out.message = QStringLiteral("no answer within 15 s");
    }
    return out;
}

double servedRate(const QString &service, Direction direction)
{
    for (const Rate &r : kRates)
        if (service == QLatin1String(r.service)
            && (direction == Direction::Out) == (QByteArrayView(r.direction) == "egress"))
            return r.bytesPerSecond;
    return -1;
}

} // namespace

class TestPrometheusIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readBack_data();
    void readBack();

private:
    bool waitForCatchUp(int timeoutMs);

    std::unique_ptr<TestHttp::Server> m_kong;
    QProcess m_prometheus;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    int m_scrapes = 0;
    qint64 m_virtualStartMs = 0;
    qint64 m_lastTimestampMs = 0;
};

void TestPrometheusIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Bandwatch::SampleList>();
    if (!QFile::exists(kPrometheus))
        QSKIP("/usr/bin/prometheus is not installed (Debian package prometheus): integration test skipped");
    QVERIFY(m_dir.isValid());

    // The Kong node: counters that grow at exactly kRates, split over two
    // routes and two consumers. rate(...[1m]) is only exact once a series has
    // a minute of history, and the test must not wait a minute: so the
    // samples carry timestamps, and the first scrapes (every 100 ms) replay
    // the last 90 seconds one second per scrape before following the clock.
    // Timestamps are whole seconds, so points at whole seconds are exact.
    const qint64 realStart = QDateTime::currentMSecsSinceEpoch();
    m_virtualStartMs = realStart / 1000 * 1000 - 90000;
    m_kong = std::make_unique<TestHttp::Server>([this](const TestHttp::Request &) {
        const qint64 nowSecond = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        const qint64 ts =
            qMax(m_lastTimestampMs, qMin(m_virtualStartMs + qint64(m_scrapes) * 1000, nowSecond));
        m_lastTimestampMs = ts;
        ++m_scrapes;
        const double seconds = double(ts - m_virtualStartMs) / 1000.0 + 1000.0;
        QByteArray body = "# HELP kong_bandwidth_bytes Total bandwidth (ingress/egress) throughput in bytes\n"
                          "# TYPE kong_bandwidth_bytes counter\n";
        for (const Rate &r : kRates) {
            const QByteArray service(r.service);
            const double total = r.bytesPerSecond * seconds;
            const double shares[4] = { 0.4, 0.2, 0.3, 0.1 }; // route-1/route-2 x anonymous/acme
            for (int i = 0; i < 4; ++i) {
                const QByteArray route = service + ".route-" + QByteArray::number(1 + i / 2);
                const QByteArray consumer = i % 2 ? "acme" : "";
                body += "kong_bandwidth_bytes{service=\"" + service + "\",route=\"" + route
                    + "\",direction=\"" + QByteArray(r.direction) + "\",consumer=\"" + consumer
                    + "\",workspace=\"default\"} " + QByteArray::number(total * shares[i], 'f', 3) + ' '
                    + QByteArray::number(ts) + "\n";
            }
        }
        body += "# HELP kong_datastore_reachable Datastore reachable from Kong, 0 is unreachable\n"
                "# TYPE kong_datastore_reachable gauge\nkong_datastore_reachable 1\n";
        return TestHttp::Response::text(body, "text/plain; charset=UTF-8");
    });
    QVERIFY(m_kong->listen());

    m_port = freePort();
    QVERIFY(m_port != 0);
    QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("global:\n  scrape_interval: 100ms\n  scrape_timeout: 90ms\n  evaluation_interval: 1s\n"
                 "scrape_configs:\n  - job_name: kong\n    static_configs:\n      - targets: ['127.0.0.1:"
                 + QByteArray::number(m_kong->port()) + "']\n");
    config.close();

    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(kPrometheus,
                       { QStringLiteral("--config.file=") + config.fileName(),
                         QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                         QStringLiteral("--log.level=warn") });
    QVERIFY2(m_prometheus.waitForStarted(10000), qPrintable(m_prometheus.errorString()));

    // Ready when /-/ready answers 200 (bounded).
    QNetworkAccessManager nam;
    bool ready = false;
    QElapsedTimer t;
    t.start();
    while (!ready && t.elapsed() < 30000 && m_prometheus.state() == QProcess::Running) {
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/-/ready").arg(m_port))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(2000);
        ready = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        if (!ready)
            QTest::qWait(200);
    }
    QVERIFY2(ready, m_prometheus.readAll().constData());
    // Until the replayed history has caught up with the clock, plus two seconds.
    QVERIFY2(waitForCatchUp(30000), qPrintable(QStringLiteral("only %1 scrapes").arg(m_scrapes)));
}

bool TestPrometheusIntegration::waitForCatchUp(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    auto caughtUp = [this] {
        return m_lastTimestampMs >= QDateTime::currentMSecsSinceEpoch() - 2000;
    };
    while (!caughtUp() && t.elapsed() < timeoutMs)
        QTest::qWait(100);
    QTest::qWait(2000);
    return caughtUp();
}

void TestPrometheusIntegration::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished(5000);
        }
    }
}

void TestPrometheusIntegration::readBack_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mode");
    QTest::newRow("rate, range") << "sum by (service, direction) (rate(kong_bandwidth_bytes[1m]))"
                                 << "bytes_per_second"
                                 << "range";
    QTest::newRow("rate, instant") << "sum by (service, direction) (rate(kong_bandwidth_bytes[1m]))"
                                   << "bytes_per_second"
                                   << "instant";
    QTest::newRow("bits, range") << "sum by (service, direction) (rate(kong_bandwidth_bytes[1m])) * 8"
                                 << "bits_per_second"
                                 << "range";
    QTest::newRow("counter, range") << "sum by (service, direction) (kong_bandwidth_bytes)"
                                    << "counter"
                                    << "range";
}

void TestPrometheusIntegration::readBack()
{
    QFETCH(QString, query);
    QFETCH(QString, value);
    QFETCH(QString, mode);

    SourceConfig config;
    config.id = QStringLiteral("prom-it");
    config.type = QStringLiteral("prometheus");
    config.interval = std::chrono::seconds(1);
    config.timeout = std::chrono::seconds(10);
    config.options = { { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port) },
                       { QStringLiteral("query"), query },
                       { QStringLiteral("value"), value },
                       { QStringLiteral("mode"), mode },
                       { QStringLiteral("step"), QStringLiteral("1s") },
                       { QStringLiteral("series_labels"), QStringList { QStringLiteral("service") } },
                       { QStringLiteral("direction_label"), QStringLiteral("direction") },
                       // The newest second may not be scraped yet.
                       { QStringLiteral("delay"), QStringLiteral("2s") } };
    QVERIFY(PrometheusSource::validate(config).isEmpty());
    PrometheusSource source(config);
    // History of the last few seconds, as after a restart of Bandwatch.
    source.setBackfillFrom(QDateTime::currentDateTimeUtc().addSecs(-8));

    const PollOutcome o = pollOnce(&source);
    QVERIFY2(o.ok, qPrintable(o.message));
    QVERIFY2(!o.samples.isEmpty(), "Prometheus returned no points");

    QSet<QString> seen;
    for (const Sample &s : o.samples) {
        const QString service = s.key.labels.value(QStringLiteral("service"));
        const double expected = servedRate(service, s.key.direction);
        QVERIFY2(expected > 0, qPrintable(s.key.series));
        QCOMPARE(s.key.series, service);
        seen.insert(service + u'|' + directionName(s.key.direction));
        const double bytesPerSecond = s.bps / 8.0;
        // Whole-second sample timestamps make the rates exact up to rounding; 1 % is slack.
        QVERIFY2(std::abs(bytesPerSecond - expected) <= 0.01 * expected,
                 qPrintable(QStringLiteral("%1 %2: read %3 B/s, served %4 B/s")
                                .arg(service, directionName(s.key.direction))
                                .arg(bytesPerSecond)
                                .arg(expected)));
        const double seconds = double(s.endMs - s.startMs) / 1000.0;
        QVERIFY2(std::abs(double(s.bytes) - expected * seconds) <= 0.01 * expected * seconds + 1,
                 qPrintable(QStringLiteral("%1 bytes over %2 s").arg(s.bytes).arg(seconds)));
    }
    QCOMPARE(seen.size(), 4); // google/files x in/out
}

QTEST_GUILESS_MAIN(TestPrometheusIntegration)
#include "tst_prometheusintegration.moc"
