// Pure logic of the exporter: push metric names and numbers, request framing
// limits, bandwidth buckets, traffic counters, the OpenAPI document.
#include "exporter/bandwidthquery.h"
#include "exporter/expositionwriter.h"
#include "exporter/openapidocument.h"
#include "exporter/pushmetricname.h"
#include "exporter/requestframer.h"
#include "exporter/trafficmetrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Bandwatch;

Q_DECLARE_METATYPE(RequestFramer::Verdict)
Q_DECLARE_METATYPE(PushMetric::Type)

namespace {

Sample sample(const QString &source, const QString &series, Direction d, qint64 start, qint64 end,
              quint64 bytes)
{
    Sample s;
    s.key.source = source;
    s.key.series = series;
    s.key.direction = d;
    s.startMs = start;
    s.endMs = end;
    s.bytes = bytes;
    s.bps = end > start ? double(bytes) * 8000.0 / double(end - start) : 0.0;
    return s;
}

} // namespace

class TestExporterUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pushNames_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<PushMetric::Type>("type");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("error");
        const auto g = PushMetric::Type::Gauge;
        const auto c = PushMetric::Type::Counter;
        QTest::newRow("metricnexus key") << "bwmon_eth0_rx_bytes" << g << "bwmon_eth0_rx_bytes"
                                         << "";
        QTest::newRow("camelCase") << "uptimeSeconds" << g << "uptime_seconds"
                                   << "";
        QTest::newRow("punctuation") << "spider.kills-total now" << c << "spider_kills_total_now_total"
                                     << "";
        QTest::newRow("counter suffix added") << "kills" << c << "kills_total"
                                              << "";
        QTest::newRow("counter suffix kept") << "kills_total" << c << "kills_total"
                                             << "";
        QTest::newRow("leading digit") << "5xx_responses" << g << "metric_5xx_responses"
                                       << "";
        QTest::newRow("colon") << "job:rate" << g << "job_rate"
                               << "";
        QTest::newRow("gauge _total") << "kills_total" << g << ""
                                      << "must not end in _total";
        QTest::newRow("gauge _count") << "items_count" << g << ""
                                      << "_count";
        QTest::newRow("abbreviation") << "latency_ms" << g << ""
                                      << "abbreviated";
        QTest::newRow("non-base unit") << "size_kilobytes" << g << ""
                                       << "base unit";
        QTest::newRow("bits") << "link_bits" << g << ""
                              << "base unit";
        QTest::newRow("type in name") << "my_gauge_value" << g << ""
                                      << "type";
        QTest::newRow("reserved prefix") << "bandwatch_x" << g << ""
                                         << "reserved";
        QTest::newRow("nothing left") << "!!!" << g << ""
                                      << "no letters";
    }
    void pushNames()
    {
        QFETCH(QString, raw);
        QFETCH(PushMetric::Type, type);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        QString err;
        const QString name = PushMetricName::forType(raw, type, &err);
        QCOMPARE(name, expected);
        if (!error.isEmpty())
            QVERIFY2(err.contains(error), qPrintable(err));
    }

    void parseNumber_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QByteArray("12") << true << 12.0;
        QTest::newRow("spaces and newline") << QByteArray(" 1.5e3\n") << true << 1500.0;
        QTest::newRow("negative") << QByteArray("-0.25") << true << -0.25;
        QTest::newRow("leading dot") << QByteArray(".5") << true << 0.5;
        QTest::newRow("json") << QByteArray("{\"value\": 7}") << true << 7.0;
        QTest::newRow("empty") << QByteArray("") << false << 0.0;
        QTest::newRow("word") << QByteArray("abc") << false << 0.0;
        QTest::newRow("trailing junk") << QByteArray("12abc") << false << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << false << 0.0;
        QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
        QTest::newRow("overflow") << QByteArray("1e999") << false << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << false << 0.0;
        QTest::newRow("comma decimal") << QByteArray("1,5") << false << 0.0;
        QTest::newRow("json string") << QByteArray("{\"value\": \"7\"}") << false << 0.0;
    }
    void parseNumber()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto v = PushMetric::parseNumber(body);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, value);
    }

    void framer_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<RequestFramer::Verdict>("verdict");
        QTest::addColumn<int>("completed");
        QTest::addColumn<bool>("inRequest");
        using V = RequestFramer::Verdict;
        const QByteArray get = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("one get") << QByteArrayList { get } << V::Ok << 1 << false;
        QTest::newRow("pipelined") << QByteArrayList { get + get + get } << V::Ok << 3 << false;
        QTest::newRow("byte by byte") << [&] {
            QByteArrayList l;
            for (char c : get)
                l << QByteArray(1, c);
            return l;
        }() << V::Ok << 1 << false;
        QTest::newRow("partial head") << QByteArrayList { "GET / HTTP/1.1\r\nHo" } << V::Ok << 0 << true;
        QTest::newRow("body in pieces")
            << QByteArrayList { "POST /a HTTP/1.1\r\nContent-Length: 10\r\n\r\n01234", "56789" + get }
            << V::Ok << 2 << false;
        QTest::newRow("body missing")
            << QByteArrayList { "PUT /a HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123" } << V::Ok << 0 << true;
        QTest::newRow("lf only") << QByteArrayList { "GET / HTTP/1.1\nHost: x\n\n" } << V::Ok << 1 << false;
        QTest::newRow("body too large")
            << QByteArrayList { "POST /a HTTP/1.1\r\nContent-Length: 101\r\n\r\n" } << V::BodyTooLarge << 0
            << false;
        QTest::newRow("body at limit")
            << QByteArrayList { "POST /a HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + QByteArray(100, 'x') }
            << V::Ok << 1 << false;
        QTest::newRow("header too large")
            << QByteArrayList { "GET / HTTP/1.1\r\nX: " + QByteArray(2000, 'a') } << V::HeaderTooLarge << 0
            << false;
        QTest::newRow("header too large, complete")
            << QByteArrayList { "GET / HTTP/1.1\r\nX: " + QByteArray(1100, 'a') + "\r\n\r\n" }
            << V::HeaderTooLarge << 0 << false;
        QTest::newRow("chunked")
            << QByteArrayList { "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" }
            << V::LengthRequired << 0 << false;
        QTest::newRow("bad length") << QByteArrayList { "POST /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n" }
                                    << V::BadRequest << 0 << false;
        QTest::newRow("conflicting lengths")
            << QByteArrayList { "POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n" }
            << V::BadRequest << 0 << false;
        QTest::newRow("garbage") << QByteArrayList { "hello\r\n\r\n" } << V::BadRequest << 0 << false;
    }
    void framer()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(RequestFramer::Verdict, verdict);
        QFETCH(int, completed);
        QFETCH(bool, inRequest);
        HttpLimits limits;
        limits.maxBodyBytes = 100;
        limits.maxHeaderBytes = 1024;
        RequestFramer f(limits);
        RequestFramer::Verdict v = RequestFramer::Verdict::Ok;
        for (const QByteArray &c : chunks) {
            v = f.feed(c);
            if (v != RequestFramer::Verdict::Ok)
                break;
        }
        QCOMPARE(v, verdict);
        if (verdict == RequestFramer::Verdict::Ok) {
            QCOMPARE(f.completedRequests(), completed);
            QCOMPARE(f.inRequest(), inRequest);
        }
    }

    void accumulate_data()
    {
        QTest::addColumn<QList<qint64>>("sample"); // start, end, bytes (repeated)
        QTest::addColumn<QList<double>>("expected"); // -1 = null
        QTest::newRow("inside one bucket") << QList<qint64> { 10, 20, 100 } << QList<double> { 100, -1, -1 };
        QTest::newRow("split evenly") << QList<qint64> { 50, 150, 100 } << QList<double> { 50, 50, -1 };
        QTest::newRow("three buckets") << QList<qint64> { 0, 300, 300 } << QList<double> { 100, 100, 100 };
        QTest::newRow("before range clipped")
            << QList<qint64> { -100, 100, 200 } << QList<double> { 100, -1, -1 };
        QTest::newRow("two samples") << QList<qint64> { 0, 100, 7, 200, 300, 9 }
                                     << QList<double> { 7, -1, 9 };
        QTest::newRow("instant") << QList<qint64> { 150, 150, 5 } << QList<double> { -1, 5, -1 };
        QTest::newRow("zero bytes is not null") << QList<qint64> { 0, 100, 0 } << QList<double> { 0, -1, -1 };
    }
    void accumulate()
    {
        QFETCH(QList<qint64>, sample);
        QFETCH(QList<double>, expected);
        SampleList samples;
        for (qsizetype i = 0; i + 2 < sample.size(); i += 3)
            samples << ::sample("s", "x", Direction::In, sample[i], sample[i + 1], quint64(sample[i + 2]));
        const auto out = BandwidthQuery::accumulate(samples, 0, 100, 3);
        QCOMPARE(out.size(), expected.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (expected[i] < 0)
                QVERIFY2(!out[i].has_value(), qPrintable(QString::number(i)));
            else
                QCOMPARE(out[i].value_or(-1), expected[i]);
        }
    }

    void bandwidthQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("buckets");
        QTest::newRow("kong sample") << "lookback_duration=5m&type=egress&service=bun-service&route=bun-route"
                                     << "" << 6;
        QTest::newRow("default hour") << ""
                                      << "" << 61;
        QTest::newRow("range") << "start=1699999800&end=1700000400&step=5m"
                               << "" << 2;
        QTest::newRow("rfc3339, start aligned down") << "start=2023-11-14T22:13:20Z&end=2023-11-14T22:23:20Z"
                                                     << "" << 11;
        QTest::newRow("bad type") << "type=sideways"
                                  << "type must be" << 0;
        QTest::newRow("both forms") << "lookback_duration=5m&start=1"
                                    << "either" << 0;
        QTest::newRow("end before start") << "start=100&end=50"
                                          << "after start" << 0;
        QTest::newRow("too many points") << "lookback_duration=30d&step=1s"
                                         << "maximum resolution" << 0;
        QTest::newRow("tiny step") << "step=10ms"
                                   << "at least 1s" << 0;
    }
    void bandwidthQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        QFETCH(int, buckets);
        QString err;
        const qint64 now = 1'700'000'030'000; // 30 s past a minute
        const auto q = BandwidthQuery::parse(QUrlQuery(query), now, &err);
        if (!error.isEmpty()) {
            QVERIFY(!q);
            QVERIFY2(err.contains(error), qPrintable(err));
            return;
        }
        QVERIFY2(q, qPrintable(err));
        QCOMPARE(q->bucketCount(), buckets);
        QCOMPARE(q->startMs % q->stepMs, qint64(0));
    }

    void kongTimeFormat()
    {
        QCOMPARE(BandwidthQuery::formatTime(1645122900000), QStringLiteral("2022-02-17T18:35:00+00:00"));
        QCOMPARE(BandwidthQuery::typeName(Direction::Out), QStringLiteral("egress"));
    }

    void trafficCounters()
    {
        TrafficMetrics t;
        t.setStaleAfter(60'000);
        ExportedSource src;
        src.id = QStringLiteral("a");
        src.intervalMs = 1000;
        t.setSources({ src });
        SeriesKey key;
        key.source = QStringLiteral("a");
        key.series = QStringLiteral("eth0");
        t.resume({ { key, 1000, 10'000 } });
        t.add({ sample("a", "eth0", Direction::In, 10'000, 11'000, 50) });
        // The same interval reported again with more bytes: only the growth counts.
        t.add({ sample("a", "eth0", Direction::In, 10'000, 11'000, 80) });
        // ...and with fewer: a counter never goes back.
        t.add({ sample("a", "eth0", Direction::In, 10'000, 11'000, 10) });
        t.add({ sample("gone", "x", Direction::Out, 10'000, 11'000, 5) });
        auto snap = t.snapshot(20'000);
        QCOMPARE(snap.size(), 1);
        QCOMPARE(snap[0].totalBytes, quint64(1080));
        // Silent for longer than stale_after: no longer served.
        QVERIFY(t.snapshot(11'000 + 60'001).isEmpty());
        // Removed from the configuration: gone at once.
        t.setSources({});
        QVERIFY(t.snapshot(20'000).isEmpty());
    }

    void labelClashes()
    {
        SeriesKey key;
        key.source = QStringLiteral("s");
        key.series = QStringLiteral("x");
        key.labels.insert(QStringLiteral("source"), QStringLiteral("other"));
        key.labels.insert(QStringLiteral("route-name"), QStringLiteral("r"));
        const QByteArray labels = ExpositionWriter::renderLabels(TrafficMetrics::labelPairs(key));
        QCOMPARE(
            labels,
            QByteArray("source=\"s\",series=\"x\",direction=\"in\",route_name=\"r\",label_source=\"other\""));
    }

    void openApiDocument()
    {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(OpenApiDocument::json(), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QVERIFY(doc.object().value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
        const QJsonObject paths = doc.object().value(QStringLiteral("paths")).toObject();
        for (const char *p : { "/metrics", "/health", "/api/v1/openapi.json", "/api/v1/health",
                               "/api/v1/bandwidth", "/api/v1/series", "/api/v1/sources", "/api/v1/quotas",
                               "/api/v1/quotas/{name}", "/api/v1/quotas/{name}/usage", "/api/v1/push",
                               "/api/v1/push/{name}", "/api/v1/push/{name}/{operation}" })
            QVERIFY2(paths.contains(QLatin1String(p)), p);
        const QJsonObject push = paths.value(QStringLiteral("/api/v1/push/{name}")).toObject();
        for (const char *m : { "get", "post", "put", "delete" })
            QVERIFY2(push.contains(QLatin1String(m)), m);
    }
};

QTEST_GUILESS_MAIN(TestExporterUnits)
#include "tst_exporterunits.moc"
