#include "app/sourcecandidate.h"
#include "app/sourceprobe.h"
#include "sources/sourcefactory.h"
#include "tinyhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <cmath>

Q_DECLARE_METATYPE(TestHttp::Response)

using namespace Bandwatch;
using namespace std::chrono_literals;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

// One `sources:` entry as the settings dialog would hand it over.
ConfigNode entry(const QString &type, const QVariantMap &options)
{
    ConfigNode n;
    n.set(QStringLiteral("id"), QStringLiteral("probe"));
    n.set(QStringLiteral("type"), type);
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it->typeId() == QMetaType::QStringList)
            n.set(it.key(), ConfigNode::fromList(it->toStringList()));
        else
            n.set(it.key(), it->toString());
    }
    return n;
}

// Kong: the documented 3.x body; later requests show the counters grown.
TestHttp::Response kongResponse(int request)
{
    QByteArray body = readData(QStringLiteral("kong_3x_docs_clean.prom"));
    if (request > 0)
        body.replace("direction=\"egress\",consumer=\"\"} 264", "direction=\"egress\",consumer=\"\"} 1264")
            .replace("direction=\"ingress\",consumer=\"\"} 93", "direction=\"ingress\",consumer=\"\"} 593");
    return TestHttp::Response::text(body);
}

// Prometheus: 100 B/s at every step of the range asked for, as a real server would answer.
TestHttp::Response prometheusResponse(const TestHttp::Request &req)
{
    const QUrlQuery q(
        QString::fromUtf8(req.body.isEmpty() ? req.target.mid(req.target.indexOf('?') + 1) : req.body));
    const qint64 start = qint64(std::llround(q.queryItemValue(QStringLiteral("start")).toDouble() * 1000));
    const qint64 end = qint64(std::llround(q.queryItemValue(QStringLiteral("end")).toDouble() * 1000));
    const qint64 step = qint64(std::llround(q.queryItemValue(QStringLiteral("step")).toDouble() * 1000));
    QByteArray values;
    for (qint64 t = start; step > 0 && t <= end; t += step)
        values += (values.isEmpty() ? "" : ",") + QByteArray("[")
            + QByteArray::number(double(t) / 1000.0, 'f', 3) + ",\"100\"]";
    return TestHttp::Response::text(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"files","direction":"egress"},"values":[)"
            + values + "]}]}}",
        "application/json");
}

} // namespace

class TestSourceProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void succeeds_data();
    void succeeds();
    void fails_data();
    void fails();
    void cancel();
    void summarize_data();
    void summarize();
    void candidateIssues_data();
    void candidateIssues();
};

void TestSourceProbe::succeeds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<int>("polls");
    QTest::addColumn<QStringList>("expected"); // summary lines, without " over <span>"

    // The loopback interface always exists; its first reading is only the baseline.
    QTest::newRow("interfaces lo") << "interfaces"
                                   << QVariantMap { { "include", QStringList { "lo" } },
                                                    { "exclude", QStringList { "none" } } }
                                   << 2 << QStringList { "lo: in *, out *" };
    QTest::newRow("kong 3.x") << "kong" << QVariantMap { { "url", "%URL%/metrics" } } << 2
                              << QStringList { "google/google.route-1: in 500 B, out 1.00 kB" };
    QTest::newRow("prometheus range")
        << "prometheus"
        << QVariantMap { { "url", "%URL%" },
                         { "query", "sum by (service, direction) (rate(x[1m]))" },
                         { "series_labels", QStringList { "service" } } }
        << 1 << QStringList { "files: out *" };
}

void TestSourceProbe::succeeds()
{
    QFETCH(QString, type);
    QFETCH(QVariantMap, options);
    QFETCH(int, polls);
    QFETCH(QStringList, expected);

    int requests = 0;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        return type == u"kong" ? kongResponse(requests++) : prometheusResponse(req);
    });
    QVERIFY(server.listen());
    const QString base = server.url(QString()).toString();
    for (auto it = options.begin(); it != options.end(); ++it)
        if (it->typeId() == QMetaType::QString)
            *it = it->toString().replace("%URL%", base);

    QList<SourceCandidate::Issue> issues;
    const auto config = SourceCandidate::parse(entry(type, options), "/tmp/bandwatch-test.yaml", &issues);
    QVERIFY2(config, qPrintable(issues.isEmpty() ? QString() : issues.first().message));

    SourceProbe probe;
    probe.setGap(300ms);
    QSignalSpy finished(&probe, &SourceProbe::finished);
    probe.start(*config);
    QVERIFY(probe.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(probe.errorMessage()));
    QCOMPARE(probe.polls(), polls);
    QVERIFY(!probe.isRunning());

    const QStringList lines = SourceProbe::summarize(probe.samples());
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(expected[i]).replace("\\*", "[^,]+") + " over .+"));
        QVERIFY2(re.match(lines[i]).hasMatch(), qPrintable(lines[i]));
    }
}

void TestSourceProbe::fails_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<TestHttp::Response>("response");
    QTest::addColumn<QString>("message"); // %URL% is the server's address

    TestHttp::Response error500 = TestHttp::Response::text("boom\n");
    error500.status = 500;
    error500.reason = "Internal Server Error";
    TestHttp::Response silent;
    silent.neverAnswer = true;

    QTest::newRow("connection refused")
        << "kong" << QVariantMap { { "url", "%CLOSED%/metrics" } } << TestHttp::Response()
        << "cannot fetch %CLOSED%/metrics: Connection refused";
    QTest::newRow("HTTP 500") << "kong" << QVariantMap { { "url", "%URL%/metrics" } } << error500
                              << "HTTP 500 Internal Server Error from %URL%/metrics: boom";
    QTest::newRow("malformed body") << "kong" << QVariantMap { { "url", "%URL%/metrics" } }
                                    << TestHttp::Response::text("<html>not metrics</html>\n")
                                    << "%URL%/metrics: line 1: invalid metric name starting with '<'";
    QTest::newRow("prometheus 500") << "prometheus" << QVariantMap { { "url", "%URL%" }, { "query", "up" } }
                                    << error500
                                    << "HTTP 500 Internal Server Error from %URL%/api/v1/query_range: boom";
    QTest::newRow("timeout") << "kong" << QVariantMap { { "url", "%URL%/metrics" }, { "timeout", "500ms" } }
                             << silent << "no complete answer from %URL%/metrics within 500 ms";
    QTest::newRow("interfaces: no such file")
        << "interfaces" << QVariantMap { { "proc_path", "/nonexistent/net/dev" } } << TestHttp::Response()
        << "cannot read /nonexistent/net/dev: No such file or directory";
}

void TestSourceProbe::fails()
{
    QFETCH(QString, type);
    QFETCH(QVariantMap, options);
    QFETCH(TestHttp::Response, response);
    QFETCH(QString, message);

    TestHttp::Server server([&](const TestHttp::Request &) { return response; });
    QVERIFY(server.listen());
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        closedPort = closed.serverPort();
    }
    const QString base = server.url(QString()).toString();
    const QString closedBase = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
    QString timeout = QStringLiteral("30s");
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (it.key() == u"timeout") {
            timeout = it->toString();
            continue;
        }
        *it = it->toString().replace("%URL%", base).replace("%CLOSED%", closedBase);
    }
    options.remove("timeout");
    ConfigNode e = entry(type, options);
    e.set("timeout", timeout);
    message.replace("%URL%", base).replace("%CLOSED%", closedBase);

    QList<SourceCandidate::Issue> issues;
    const auto config = SourceCandidate::parse(e, "/tmp/bandwatch-test.yaml", &issues);
    QVERIFY2(config, qPrintable(issues.isEmpty() ? QString() : issues.first().message));

    SourceProbe probe;
    probe.setGap(300ms);
    QSignalSpy finished(&probe, &SourceProbe::finished);
    probe.start(*config);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(probe.errorMessage(), message);
}

void TestSourceProbe::cancel()
{
    TestHttp::Response silent;
    silent.neverAnswer = true;
    TestHttp::Server server([&](const TestHttp::Request &) { return silent; });
    QVERIFY(server.listen());
    const auto config = SourceCandidate::parse(
        entry("kong", { { "url", server.url("/metrics").toString() } }), "/tmp/bandwatch-test.yaml", nullptr);
    QVERIFY(config);
    SourceProbe probe;
    QSignalSpy finished(&probe, &SourceProbe::finished);
    probe.start(*config);
    QTRY_COMPARE(server.requests().size(), 1);
    probe.cancel();
    QVERIFY(!probe.isRunning());
    QVERIFY(!finished.wait(500));
}

void TestSourceProbe::summarize_data()
{
    QTest::addColumn<SampleList>("samples");
    QTest::addColumn<QStringList>("lines");

    const auto sample = [](const QString &series, Direction d, qint64 start, qint64 end, quint64 bytes,
                           const Labels &labels = {}) {
        Sample s;
        s.key.source = "x";
        s.key.series = series;
        s.key.labels = labels;
        s.key.direction = d;
        s.startMs = start;
        s.endMs = end;
        s.bytes = bytes;
        return s;
    };
    QTest::newRow("interface, two directions")
        << SampleList { sample("eth0", Direction::In, 0, 5000, 1200, { { "interface", "eth0" } }),
                        sample("eth0", Direction::Out, 0, 5000, 300, { { "interface", "eth0" } }) }
        << QStringList { "eth0: in 1.20 kB, out 300 B over 5s" };
    QTest::newRow("several samples summed, labels kept")
        << SampleList { sample("api", Direction::Out, 0, 60000, 1000, { { "route", "r1" } }),
                        sample("api", Direction::Out, 60000, 120000, 500, { { "route", "r1" } }),
                        sample("web", Direction::In, 0, 60000, 7) }
        << QStringList { "api {route=r1}: out 1.50 kB over 2m", "web: in 7 B over 1m" };
    QTest::newRow("nothing") << SampleList {} << QStringList {};
}

void TestSourceProbe::summarize()
{
    QFETCH(SampleList, samples);
    QFETCH(QStringList, lines);
    QCOMPARE(SourceProbe::summarize(samples), lines);
}

void TestSourceProbe::candidateIssues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad interval")
        << "interfaces" << QVariantMap { { "interval", "5 parsecs" } } << "interval"
        << "interval: \"5 parsecs\" is not a valid duration: unknown unit \"parsecs\"; accepted: a number "
           "followed by ms, s, m, h, d or w, several such parts from the largest unit to "
           "the smallest (\"1h30m\"), or a bare number of seconds";
    QTest::newRow("unknown option") << "interfaces" << QVariantMap { { "colour", "blue" } } << "colour"
                                    << "unknown option \"colour\" for an interfaces source (known: include, "
                                       "exclude, proc_path, max_gap_intervals, counter_bits)";
    QTest::newRow("missing url")
        << "kong" << QVariantMap {} << ""
        << "a kong source needs url: (one node's /metrics) or urls: (a list of nodes)";
    QTest::newRow("unknown type") << "carrier-pigeon" << QVariantMap {} << "type"
                                  << "unknown source type \"carrier-pigeon\" (known types: %TYPES%)";
}

void TestSourceProbe::candidateIssues()
{
    QFETCH(QString, type);
    QFETCH(QVariantMap, options);
    QFETCH(QString, key);
    QFETCH(QString, message);
    message.replace("%TYPES%", SourceFactory::types().join(", "));
    QList<SourceCandidate::Issue> issues;
    QVERIFY(!SourceCandidate::parse(entry(type, options), "/tmp/bandwatch-test.yaml", &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().key, key);
    QCOMPARE(issues.first().message, message);
}

QTEST_GUILESS_MAIN(TestSourceProbe)
#include "tst_sourceprobe.moc"
