#include "sources/cdn/akamaireportresponse.h"
#include "sources/cdn/aliyuncdnresponse.h"
#include "sources/cdn/cdnetworksflowresponse.h"
#include "sources/cdn/cloudflareresponse.h"
#include "sources/cdn/cloudwatchmetricdataresponse.h"
#include "sources/cdn/fastlystatsresponse.h"
#include "sources/cdn/tencentcdnresponse.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Bandwatch;

namespace {

// What parsing one fixture must give: an exact error, or samples.
struct Expectation
{
    QString error;
    int count = 0;
    quint64 totalBytes = 0;
    QString firstSeries;
    Direction firstDirection = Direction::Out;
    QString firstStart; // ISO 8601 UTC
    qint64 firstIntervalMs = 0;
    quint64 firstBytes = 0;
};

Expectation failure(const QString &error)
{
    Expectation e;
    e.error = error;
    return e;
}

Expectation samples(int count, quint64 total, const QString &series, Direction dir, const QString &start,
                    qint64 intervalMs, quint64 firstBytes)
{
    return { {}, count, total, series, dir, start, intervalMs, firstBytes };
}

const QMap<QString, Expectation> &expectations()
{
    static const QMap<QString, Expectation> e {
        { "cloudflare_graphql_httpRequestsAdaptiveGroups_response.json",
          samples(10, 204292655, "www.example.com", Direction::Out, "2022-07-20T19:00:00Z", 3600000,
                  22127811) },
        { "cloudflare_graphql_error_response.json",
          failure("Cloudflare GraphQL error: cannot request data older than 2678400s "
                  "(at viewer.zones.0.firewallEventsAdaptiveGroups)") },
        // Tencent labels buckets in UTC+8 by default.
        { "tencent_cdn_DescribeCdnData_example_output.json",
          samples(2, 30, "www.test.com", Direction::Out, "2018-09-02T16:00:00Z", 300000, 10) },
        { "tencent_api3_error_response_docs.json",
          failure("Tencent Cloud error AuthFailure.SignatureFailure: The provided credentials could not be "
                  "validated. Please ensure your signature is correct. (RequestId "
                  "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)") },
        // bit/s over 300 s: 83.48266666666667 * 300 / 8 = 3130.6 -> 3131 bytes.
        { "aliyun_cdn_DescribeDomainBpsData_response.json",
          samples(2, 3131 + 3128, "www.example.com", Direction::Out, "2020-05-14T09:50:00Z", 300000, 3131) },
        { "aliyun_cdn_DescribeDomainBpsData_response.xml",
          samples(1, 423304163, "www.example.com", Direction::Out, "2015-12-10T20:00:00Z", 300000,
                  423304163) },
        { "aliyun_cdn_DescribeDomainTrafficData_response.json",
          samples(3, 1379703317, "www.example.com", Direction::Out, "2015-12-10T20:00:00Z", 300000,
                  423304182) },
        { "aliyun_cdn_DescribeDomainTrafficData_response.xml",
          samples(3, 1379703317, "www.example.com", Direction::Out, "2015-12-10T20:00:00Z", 300000,
                  423304182) },
        { "aliyun_rpc_error_response_ecs_docs.json",
          failure(
              QString::fromUtf8("Alibaba Cloud error MissingParameter.CommandId: The input parameter "
                                "\xe2\x80\x9c"
                                "CommandId\xe2\x80\x9d that is required for processing this request is not "
                                "supplied. (RequestId 540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx)")) },
        // bandwidth 83749 out; in = req_header_bytes 25974 + req_body_bytes 0.
        { "fastly_stats_aggregate_response.json",
          samples(2, 83749 + 25974, "svc", Direction::In, "2024-03-12T15:46:00Z", 60000, 25974) },
        { "fastly_stats_service_stats_by_field_and_service_response.json",
          samples(10, 16661550, "svc", Direction::Out, "2022-02-05T00:00:00Z", 86400000, 1845740) },
        { "fastly_stats_service_stats_by_field_response.json", samples(0, 0, {}, Direction::Out, {}, 0, 0) },
        { "fastly_stats_service_stats_response.json", samples(0, 0, {}, Direction::Out, {}, 0, 0) },
        { "fastly_stats_regions_usage_response.json",
          failure("Fastly: data is not a list of buckets (is this a /stats/service/<id> response?)") },
        // No time dimension: the report's start..end (599 s) is one bucket per hostname;
        // its nanoseconds (.137674827) round to milliseconds.
        { "akamai_reporting_v2_report-data-200.json",
          samples(3, 1322 + 321 + 4331, "custom.com", Direction::Out, "2024-03-27T13:08:05.138Z", 599000,
                  4331) },
        // Sum of bytes per 5-minute period; BytesUploaded is "in", sorted first.
        { "cloudfront_cloudwatch_GetMetricData_response.xml",
          samples(6, 1048576 + 2097152 + 524288 + 2048 + 4096 + 1024, "EDFDVBD6EXAMPLE", Direction::In,
                  "2024-03-12T15:35:00Z", 300000, 2048) },
        // A page with NextToken: PartialData is fine, the rest follows.
        { "cloudfront_cloudwatch_GetMetricData_partial_page_response.xml",
          samples(3, 1000 + 2000 + 10, "EDFDVBD6EXAMPLE", Direction::In, "2024-03-12T15:35:00Z", 300000,
                  10) },
        { "cloudfront_cloudwatch_GetMetricData_forbidden_response.xml",
          failure("CloudWatch: query out0 (EDFDVBD6EXAMPLE) answered Forbidden: Forbidden: Insufficient "
                  "permissions to access the metric data") },
        { "cloudfront_cloudwatch_Throttling_error.xml",
          failure("AWS error Throttling: Rate exceeded (RequestId 5c3a1f7e-8d2b-4e6a-9f10-7a8b9c0d1e2f)") },
        // Buckets labelled by their end in GMT+8: "2024-03-12 00:05" is
        // [2024-03-11T16:00Z, 16:05Z); MB are 10^6 bytes ("12.34" -> 12340000).
        { "cdnetworks_flow_protocol_response.json",
          samples(5, 12340000 + 500000 + 10000 + 1000000 + 3000000, "img.example.com", Direction::Out,
                  "2024-03-11T16:00:00Z", 300000, 3000000) },
        { "cdnetworks_error_response.json",
          failure("CDNetworks error 24102002: There was an error in the body of your HTTP request.") },
        { "akamai_reporting_v2_400.json",
          failure("Akamai error 400 Invalid request: metrics: Incorrect metric name: 'incorrectMetric'") },
        { "akamai_reporting_v2_429.json",
          failure(
              "Akamai error 429 Rate Limit Exceeded: You reached the limit for request count of 20. Once "
              "your "
              "current requests are processed, the allowed request count will refill at the rate of 20 per 1 "
              "minute(s). (next request allowed at Fri, 29 Mar 2024 13:40:00 Z)") },
    };
    return e;
}

CdnReport parseAs(const QString &provider, const QByteArray &body)
{
    if (provider == u"cloudflare")
        return CloudflareResponse::parse(body, QStringLiteral("www.example.com"));
    if (provider == u"tencent")
        return TencentCdnResponse::parse(body);
    if (provider == u"aliyun")
        return AliyunCdnResponse::parse(body, QStringLiteral("www.example.com"));
    if (provider == u"fastly")
        return FastlyStatsResponse::parse(body, QStringLiteral("svc"));
    if (provider == u"akamai")
        return AkamaiReportResponse::parse(body);
    if (provider == u"cloudfront")
        return CloudWatchMetricDataResponse::parse(
            body,
            { { QStringLiteral("out0"), { QStringLiteral("EDFDVBD6EXAMPLE"), Direction::Out } },
              { QStringLiteral("in0"), { QStringLiteral("EDFDVBD6EXAMPLE"), Direction::In } } },
            300000);
    if (provider == u"cdnetworks")
        return CdnetworksFlowResponse::parse(body, QStringLiteral("https"), 300000);
    return CdnReport::failure(QStringLiteral("unknown provider ") + provider);
}

} // namespace

class TestCdnResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parseFixture_data();
    void parseFixture();
    void malformed_data();
    void malformed();
    void timeDimensions();
    void cdnetworksBucketEnds_data();
    void cdnetworksBucketEnds();
};

void TestCdnResponses::parseFixture_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QFINDTESTDATA("data"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() > 10);
    for (const QString &f : files)
        if (f != u"SOURCES.md")
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestCdnResponses::parseFixture()
{
    QFETCH(QString, file);
    const QString name = QFileInfo(file).fileName();
    QVERIFY2(expectations().contains(name), "every fixture needs an expectation");
    const Expectation want = expectations().value(name);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CdnReport report = parseAs(name.section(u'_', 0, 0), f.readAll());

    QCOMPARE(report.error, want.error);
    if (!want.error.isEmpty()) {
        QVERIFY(report.buckets.isEmpty());
        return;
    }
    const SampleList s = report.toSamples(QStringLiteral("cdn"));
    QCOMPARE(s.size(), want.count);
    quint64 total = 0;
    for (const Sample &x : s) {
        total += x.bytes;
        QCOMPARE(x.key.source, QStringLiteral("cdn"));
        QVERIFY(x.endMs > x.startMs);
        QCOMPARE(x.bps, double(x.bytes) * 8000.0 / double(x.endMs - x.startMs));
    }
    QCOMPARE(total, want.totalBytes);
    if (s.isEmpty())
        return;
    QCOMPARE(s.first().key.series, want.firstSeries);
    QCOMPARE(directionName(s.first().key.direction), directionName(want.firstDirection));
    QCOMPARE(
        s.first().start().toString(Qt::ISODateWithMs).replace(QStringLiteral(".000Z"), QStringLiteral("Z")),
        want.firstStart);
    QCOMPARE(s.first().endMs - s.first().startMs, want.firstIntervalMs);
    QCOMPARE(s.first().bytes, want.firstBytes);
    // Samples come sorted by series, direction and start.
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i].key.series == s[i - 1].key.series && s[i].key.direction == s[i - 1].key.direction)
            QVERIFY(s[i].startMs > s[i - 1].startMs);
}

void TestCdnResponses::malformed_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("cloudflare: cut short")
        << "cloudflare" << QByteArray(R"({"data":{"viewer":)")
        << "Cloudflare: the response is not valid JSON (unterminated object at "
           "byte 18): {\"data\":{\"viewer\":";
    QTest::newRow("cloudflare: html")
        << "cloudflare" << QByteArray("<html>502</html>")
        << "Cloudflare: the response is not valid JSON (illegal value at byte 1): "
           "<html>502</html>";
    QTest::newRow("cloudflare: no zones visible")
        << "cloudflare" << QByteArray(R"({"data":{"viewer":{"zones":[]}},"errors":null})")
        << "Cloudflare: no zone with this zone_id is visible to the API token (needs the Analytics:Read "
           "permission on the zone)";
    QTest::newRow("cloudflare: bytes not a number")
        << "cloudflare"
        << QByteArray(
               R"({"data":{"viewer":{"zones":[{"httpRequestsAdaptiveGroups":[{"dimensions":{"datetimeFiveMinutes":"2024-01-01T00:00:00Z"},"sum":{"edgeResponseBytes":"lots"}}]}]}}})")
        << "Cloudflare: a group at 2024-01-01T00:00:00Z has no valid sum.edgeResponseBytes";
    {
        QByteArray rows;
        for (int i = 0; i < CloudflareResponse::kRowLimit; ++i)
            rows += QByteArray(i ? "," : "")
                + R"({"dimensions":{"datetimeFiveMinutes":"2024-01-01T00:00:00Z","clientRequestHTTPHost":"h)"
                + QByteArray::number(i) + R"("},"sum":{"edgeResponseBytes":1}})";
        QTest::newRow("cloudflare: row limit reached")
            << "cloudflare"
            << QByteArray(R"({"data":{"viewer":{"zones":[{"httpRequestsAdaptiveGroups":[)" + rows + "]}]}}}")
            << "Cloudflare: the answer hit the limit of 10000 rows, so some traffic is missing; list the "
               "hosts in "
               "domains: or shorten lookback";
    }
    QTest::newRow("cloudflare: array body")
        << "cloudflare" << QByteArray("[]") << "Cloudflare: the response is not a JSON object";
    QTest::newRow("tencent: unknown interval")
        << "tencent" << QByteArray(R"({"Response":{"Data":[],"Interval":"week","RequestId":"x"}})")
        << "Tencent Cloud: unknown Interval \"week\" (expected min, 5min, hour or day)";
    QTest::newRow("tencent: not traffic")
        << "tencent"
        << QByteArray(
               R"({"Response":{"Data":[{"Resource":"a.com","CdnData":[{"Metric":"request","DetailData":[]}]}],"Interval":"5min"}})")
        << "Tencent Cloud: metric \"request\" is not traffic";
    QTest::newRow("tencent: negative value")
        << "tencent"
        << QByteArray(
               R"({"Response":{"Data":[{"Resource":"a.com","CdnData":[{"Metric":"flux","DetailData":[{"Time":"2024-01-01 00:00:00","Value":-5}]}]}],"Interval":"5min"}})")
        << "Tencent Cloud: invalid data point (Time \"2024-01-01 00:00:00\") for a.com";
    QTest::newRow("aliyun: broken xml")
        << "aliyun" << QByteArray("<DescribeDomainTrafficDataResponse><DataInterval>300")
        << "Alibaba Cloud: the response is not valid XML (Premature end of document. "
           "at line 1)";
    QTest::newRow("aliyun: xml error")
        << "aliyun"
        << QByteArray("<Error><RequestId>R1</RequestId><HostId>cdn.aliyuncs.com</"
                      "HostId><Code>InvalidAccessKeyId.NotFound</Code><Message>Specified access key is not "
                      "found.</Message></Error>")
        << "Alibaba Cloud error InvalidAccessKeyId.NotFound: Specified access key is not found. (RequestId "
           "R1)";
    QTest::newRow("aliyun: no interval")
        << "aliyun" << QByteArray(R"({"TrafficDataPerInterval":{"DataModule":[]}})")
        << "Alibaba Cloud: the response has no valid DataInterval";
    QTest::newRow("aliyun: other operation")
        << "aliyun" << QByteArray(R"({"RequestId":"x"})")
        << "Alibaba Cloud: the response has neither TrafficDataPerInterval nor "
           "BpsDataPerInterval";
    QTest::newRow("fastly: error") << "fastly"
                                   << QByteArray(R"({"msg":"Provided credentials are missing or invalid"})")
                                   << "Fastly error: Provided credentials are missing or invalid";
    QTest::newRow("fastly: unknown by")
        << "fastly" << QByteArray(R"({"status":"success","meta":{"by":"week"},"data":[]})")
        << "Fastly: unknown meta.by \"week\" (expected minute, hour or day)";
    QTest::newRow("cloudfront: unasked id")
        << "cloudfront"
        << QByteArray("<GetMetricDataResponse><GetMetricDataResult><MetricDataResults><member><Id>out7</Id>"
                      "<StatusCode>Complete</StatusCode></member></MetricDataResults></GetMetricDataResult>"
                      "</GetMetricDataResponse>")
        << "CloudWatch: a result for query \"out7\", which was not asked";
    QTest::newRow("cloudfront: partial without token")
        << "cloudfront"
        << QByteArray("<GetMetricDataResponse><GetMetricDataResult><MetricDataResults><member><Id>out0</Id>"
                      "<StatusCode>PartialData</StatusCode><Timestamps><member>2024-01-01T00:00:00Z</member>"
                      "</Timestamps><Values><member>5</member></Values></member></MetricDataResults>"
                      "</GetMetricDataResult></GetMetricDataResponse>")
        << "CloudWatch: query out0 (EDFDVBD6EXAMPLE) answered PartialData";
    QTest::newRow("cloudfront: internal error")
        << "cloudfront"
        << QByteArray("<GetMetricDataResponse><GetMetricDataResult><MetricDataResults><member><Id>in0</Id>"
                      "<StatusCode>InternalError</StatusCode></member></MetricDataResults>"
                      "<NextToken>t</NextToken></GetMetricDataResult></GetMetricDataResponse>")
        << "CloudWatch: query in0 (EDFDVBD6EXAMPLE) answered InternalError";
    QTest::newRow("cloudfront: counts differ")
        << "cloudfront"
        << QByteArray("<GetMetricDataResponse><GetMetricDataResult><MetricDataResults><member><Id>in0</Id>"
                      "<StatusCode>Complete</StatusCode><Timestamps><member>2024-01-01T00:00:00Z</member>"
                      "</Timestamps><Values/></member></MetricDataResults></GetMetricDataResult>"
                      "</GetMetricDataResponse>")
        << "CloudWatch: query in0 has 1 timestamps but 0 values";
    QTest::newRow("cloudfront: json")
        << "cloudfront" << QByteArray("{}")
        << "CloudWatch: the response is not valid XML (Premature end of document. at line 1)";
    QTest::newRow("cdnetworks: other protocol")
        << "cdnetworks" << QByteArray(R"({"resultList":[{"domain":"a.com","httpFlowData":[]}]})")
        << "CDNetworks: the result for a.com has no httpsFlowData list";
    QTest::newRow("cdnetworks: bad value")
        << "cdnetworks"
        << QByteArray(
               R"({"resultList":[{"domain":"a.com","httpsFlowData":[{"timestamp":"2024-01-01 00:05","value":"n/a"}]}]})")
        << "CDNetworks: invalid data point (timestamp \"2024-01-01 00:05\") for a.com";
    QTest::newRow("akamai: more rows")
        << "akamai" << QByteArray(R"({"data":[],"metadata":{"hasMoreRows":true}})")
        << "Akamai: the report was cut at its row limit (hasMoreRows); shorten "
           "lookback or use fewer hostnames";
    QTest::newRow("akamai: row without bytes")
        << "akamai"
        << QByteArray(R"({"data":[{"hostname":"a.com","time5minutes":1700000000}],"metadata":{}})")
        << "Akamai: a row has no hostname or no valid edgeBytesSum";
}

void TestCdnResponses::malformed()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const CdnReport r = parseAs(provider, body);
    QCOMPARE(r.error, error);
    QVERIFY(r.buckets.isEmpty());
}

void TestCdnResponses::timeDimensions()
{
    // The time dimension's type in metadata decides how its values are read.
    const QByteArray seconds = R"({"data":[{"hostname":"a.com","time5minutes":1700000100,"edgeBytesSum":10},
        {"hostname":"a.com","time5minutes":1700000100,"responseCode":404,"edgeBytesSum":5}],
        "metadata":{"dimensions":[{"name":"time5minutes","type":"TIMESTAMP_SEC"}]}})";
    CdnReport r = AkamaiReportResponse::parse(seconds);
    QVERIFY(r.ok());
    QCOMPARE(r.buckets.size(), 1); // rows of other dimensions add up
    QCOMPARE(r.buckets.first().startMs, 1700000100000LL);
    QCOMPARE(r.buckets.first().bytes, 15.0);
    const QByteArray iso =
        R"({"data":[{"hostname":"a.com","time1hour":"2024-01-01T10:00:00Z","edgeBytesSum":7}],
        "metadata":{"dimensions":[{"name":"time1hour","type":"DATE_ISO8601"}]}})";
    r = AkamaiReportResponse::parse(iso);
    QVERIFY(r.ok());
    QCOMPARE(r.buckets.first().intervalMs, 3600000);
    QCOMPARE(r.buckets.first().startMs,
             QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());

    // Cloudflare with a host dimension names series by host.
    const QByteArray cf = R"({"data":{"viewer":{"zones":[{"httpRequestsAdaptiveGroups":[
        {"dimensions":{"datetimeFiveMinutes":"2024-01-01T00:05:00Z","clientRequestHTTPHost":"b.example"},"sum":{"edgeResponseBytes":100}}]}]}},"errors":null})";
    r = CloudflareResponse::parse(cf, QStringLiteral("fallback"));
    QVERIFY(r.ok());
    QCOMPARE(r.buckets.first().series, QStringLiteral("b.example"));
    QCOMPARE(r.buckets.first().intervalMs, 300000);

    // Tencent bandwidth (bit/s) becomes bytes over the bucket; UTC when asked.
    const QByteArray tc = R"({"Response":{"Data":[{"Resource":"a.com","CdnData":[{"Metric":"bandwidth",
        "DetailData":[{"Time":"2024-01-01 00:00:00","Value":8000}]}]}],"Interval":"min","RequestId":"r"}})";
    r = TencentCdnResponse::parse(tc, 0);
    QVERIFY(r.ok());
    QCOMPARE(r.buckets.first().bytes, 60000.0);
    QCOMPARE(r.buckets.first().startMs,
             QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

void TestCdnResponses::cdnetworksBucketEnds_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<int>("utcOffset");
    QTest::addColumn<QString>("start");
    QTest::newRow("first of the day, GMT+8")
        << "2024-03-12 00:05" << 300000LL << 8 * 3600 << "2024-03-11T16:00:00Z";
    QTest::newRow("24:00 is the next midnight")
        << "2024-03-12 24:00" << 300000LL << 8 * 3600 << "2024-03-12T15:55:00Z";
    QTest::newRow("hourly, UTC") << "2024-03-12 01:00" << 3600000LL << 0 << "2024-03-12T00:00:00Z";
    QTest::newRow("daily, GMT+8") << "2024-03-13 00:00" << 86400000LL << 8 * 3600 << "2024-03-11T16:00:00Z";
}

void TestCdnResponses::cdnetworksBucketEnds()
{
    QFETCH(QString, timestamp);
    QFETCH(qint64, intervalMs);
    QFETCH(int, utcOffset);
    QFETCH(QString, start);
    const QByteArray body = R"({"resultList":[{"domain":"a.com","httpFlowData":[{"timestamp":")"
        + timestamp.toLatin1() + R"(","value":"0.01"}]}]})";
    const CdnReport r = CdnetworksFlowResponse::parse(body, QStringLiteral("http"), intervalMs, utcOffset);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.buckets.size(), 1);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.buckets.first().startMs, Qt::UTC).toString(Qt::ISODate), start);
    QCOMPARE(r.buckets.first().intervalMs, intervalMs);
    QCOMPARE(r.toSamples(QStringLiteral("x")).first().bytes, quint64(10000));
}

QTEST_GUILESS_MAIN(TestCdnResponses)
#include "tst_cdnresponses.moc"
