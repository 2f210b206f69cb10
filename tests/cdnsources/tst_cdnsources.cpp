#include "cdnpoll.h"
#include "cdnsignaturecheck.h"
#include "sources/cdn/cdnsource.h"
#include "sources/signing/akamaiedgegrid.h"
#include "sources/signing/aliyunrpcsignature.h"
#include "sources/signing/awssigv4.h"
#include "sources/signing/cdnetworkssignature.h"
#include "sources/signing/tencenttc3.h"
#include "sources/sourcefactory.h"
#include "tinyhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace Bandwatch;
using namespace CdnTest;

namespace {

// The fixed test clock: 2024-03-12T16:02:30Z, so the window is
// [2024-03-11T16:00Z, 2024-03-12T16:00Z) for 5-minute providers.
const QDateTime kNow(QDate(2024, 3, 12), QTime(16, 2, 30), Qt::UTC);
const QByteArray kNonce = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf";

const QStringList kSecrets { "cf-token-secret", "tc-secret-key",         "ali-secret",
                             "fastly-secret",   "akamai-client-secret=", "akab-access-token-secret",
                             "aws-secret-key",  "cdnetworks-api-key" };

struct Expectation
{
    int status = 200;
    QByteArray retryAfter;
    QString error; // exact; %URL% stands for the server's redacted URL
    qint64 retryAfterMs = -1;
    int count = 0;
    quint64 totalBytes = 0;
    QString series;
};

Expectation ok(int count, quint64 total, const QString &series)
{
    Expectation e;
    e.count = count;
    e.totalBytes = total;
    e.series = series;
    return e;
}

Expectation failed(int status, const QString &error, const QByteArray &retryAfter = {},
                   qint64 retryAfterMs = -1)
{
    Expectation e;
    e.status = status;
    e.error = error;
    e.retryAfter = retryAfter;
    e.retryAfterMs = retryAfterMs;
    return e;
}

const QMap<QString, Expectation> &expectations()
{
    static const QMap<QString, Expectation> e {
        { "cloudflare_graphql_httpRequestsAdaptiveGroups_response.json",
          ok(10, 204292655, "hostname.example.com") },
        // GraphQL errors come with HTTP 200.
        { "cloudflare_graphql_error_response.json",
          failed(200,
                 "Cloudflare GraphQL error: cannot request data older than 2678400s "
                 "(at viewer.zones.0.firewallEventsAdaptiveGroups)") },
        { "tencent_cdn_DescribeCdnData_example_output.json", ok(2, 30, "www.test.com") },
        { "tencent_api3_error_response_docs.json",
          failed(200,
                 "Tencent Cloud error AuthFailure.SignatureFailure: The provided credentials could not be "
                 "validated. Please ensure your signature is correct. (RequestId "
                 "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)") },
        { "aliyun_cdn_DescribeDomainTrafficData_response.json", ok(3, 1379703317, "example.com") },
        { "aliyun_rpc_error_response_ecs_docs.json",
          failed(400,
                 QString::fromUtf8(
                     "Alibaba Cloud error MissingParameter.CommandId: The input parameter "
                     "\xe2\x80\x9c"
                     "CommandId\xe2\x80\x9d that is required for processing this request is "
                     "not supplied. (RequestId 540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx) (HTTP 400)")) },
        { "fastly_stats_aggregate_response.json", ok(2, 83749 + 25974, "kKJb5bOFI47uHeBVluGfX1") },
        { "fastly_stats_service_stats_by_field_and_service_response.json",
          ok(10, 16661550, "kKJb5bOFI47uHeBVluGfX1") },
        { "fastly_stats_service_stats_response.json", ok(0, 0, {}) },
        { "akamai_reporting_v2_report-data-200.json", ok(3, 1322 + 321 + 4331, "custom.com") },
        // The settle delay (10 min) ends the window at 15:50; all buckets are before.
        { "cloudfront_cloudwatch_GetMetricData_response.xml",
          ok(6, 1048576 + 2097152 + 524288 + 2048 + 4096 + 1024, "EDFDVBD6EXAMPLE") },
        // AWS throttles with HTTP 400 and no Retry-After: back off one minute anyway.
        { "cloudfront_cloudwatch_Throttling_error.xml",
          failed(400,
                 "AWS error Throttling: Rate exceeded (RequestId 5c3a1f7e-8d2b-4e6a-9f10-7a8b9c0d1e2f) (HTTP "
                 "400)",
                 {}, 60000) },
        { "cdnetworks_flow_protocol_response.json",
          ok(5, 12340000 + 500000 + 10000 + 1000000 + 3000000, "img.example.com") },
        { "cdnetworks_error_response.json",
          failed(
              400,
              "CDNetworks error 24102002: There was an error in the body of your HTTP request. (HTTP 400)") },
        { "akamai_reporting_v2_400.json",
          failed(400,
                 "Akamai error 400 Invalid request: metrics: Incorrect metric name: 'incorrectMetric' (HTTP "
                 "400)") },
        { "akamai_reporting_v2_429.json",
          failed(
              429,
              "Akamai error 429 Rate Limit Exceeded: You reached the limit for request count of 20. Once "
              "your "
              "current requests are processed, the allowed request count will refill at the rate of 20 per 1 "
              "minute(s). (next request allowed at Fri, 29 Mar 2024 13:40:00 Z) (HTTP 429)",
              "60", 60000) },
    };
    return e;
}

QString typeOf(const QString &provider)
{
    if (provider == u"tencent")
        return QStringLiteral("tencent-cdn");
    if (provider == u"aliyun")
        return QStringLiteral("aliyun-cdn");
    return provider;
}

SourceConfig configFor(const QString &type, const TestHttp::Server &server)
{
    SourceConfig c;
    c.id = QStringLiteral("cdn-test");
    c.type = type;
    c.interval = SourceFactory::defaultInterval(type);
    c.timeout = std::chrono::seconds(5);
    auto &o = c.options;
    if (type == u"cloudflare") {
        o.insert(QStringLiteral("zone_id"), QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353"));
        o.insert(QStringLiteral("api_token"), QStringLiteral("cf-token-secret"));
        o.insert(QStringLiteral("domains"), QStringList { QStringLiteral("hostname.example.com") });
        o.insert(QStringLiteral("endpoint"), server.url(QStringLiteral("/client/v4/graphql")).toString());
    } else if (type == u"tencent-cdn") {
        o.insert(QStringLiteral("domains"), QStringList { QStringLiteral("www.test.com") });
        o.insert(QStringLiteral("secret_id"), QStringLiteral("AKIDtest"));
        o.insert(QStringLiteral("secret_key"), QStringLiteral("tc-secret-key"));
        o.insert(QStringLiteral("endpoint"), server.url(QStringLiteral("/")).toString());
    } else if (type == u"aliyun-cdn") {
        o.insert(QStringLiteral("domains"), QStringList { QStringLiteral("example.com") });
        o.insert(QStringLiteral("access_key_id"), QStringLiteral("testid"));
        o.insert(QStringLiteral("access_key_secret"), QStringLiteral("ali-secret"));
        o.insert(QStringLiteral("endpoint"), server.url(QStringLiteral("/")).toString());
    } else if (type == u"fastly") {
        o.insert(QStringLiteral("service_id"), QStringLiteral("kKJb5bOFI47uHeBVluGfX1"));
        o.insert(QStringLiteral("api_token"), QStringLiteral("fastly-secret"));
        o.insert(QStringLiteral("endpoint"), server.url(QString()).toString());
    } else if (type == u"cloudfront") {
        o.insert(QStringLiteral("distribution_id"), QStringLiteral("EDFDVBD6EXAMPLE"));
        o.insert(QStringLiteral("access_key_id"), QStringLiteral("AKIDEXAMPLE"));
        o.insert(QStringLiteral("secret_access_key"), QStringLiteral("aws-secret-key"));
        o.insert(QStringLiteral("endpoint"), server.url(QStringLiteral("/")).toString());
    } else if (type == u"cdnetworks") {
        o.insert(QStringLiteral("domains"),
                 QStringList { QStringLiteral("www.example.com"), QStringLiteral("img.example.com") });
        o.insert(QStringLiteral("username"), QStringLiteral("example_username"));
        o.insert(QStringLiteral("api_key"), QStringLiteral("cdnetworks-api-key"));
        o.insert(QStringLiteral("protocols"), QStringList { QStringLiteral("https") });
        o.insert(QStringLiteral("endpoint"), server.url(QString()).toString());
    } else if (type == u"akamai") {
        o.insert(QStringLiteral("domains"),
                 QStringList { QStringLiteral("example.com"), QStringLiteral("origin.com"),
                               QStringLiteral("custom.com") });
        o.insert(QStringLiteral("client_token"), QStringLiteral("akab-client-token-xxx"));
        o.insert(QStringLiteral("client_secret"), QStringLiteral("akamai-client-secret="));
        o.insert(QStringLiteral("access_token"), QStringLiteral("akab-access-token-secret"));
        o.insert(QStringLiteral("endpoint"), server.url(QStringLiteral("/")).toString());
    }
    return c;
}

// Recomputes the signature the provider would check from what arrived.
void verifySigned(const QString &type, const TestHttp::Request &req, const CdnSource::Window &w)
{
    const QByteArray host = req.headers.value("host");
    QVERIFY(!host.isEmpty());
    if (type == u"cloudflare") {
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path(), QByteArray("/client/v4/graphql"));
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer cf-token-secret"));
        const QJsonObject vars =
            QJsonDocument::fromJson(req.body).object().value(QStringLiteral("variables")).toObject();
        QCOMPARE(vars.value(QStringLiteral("zoneTag")).toString(),
                 QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353"));
        const QJsonObject filter = vars.value(QStringLiteral("filter")).toObject();
        QCOMPARE(filter.value(QStringLiteral("datetime_geq")).toString(),
                 QStringLiteral("2024-03-11T16:00:00Z"));
        QCOMPARE(filter.value(QStringLiteral("datetime_lt")).toString(),
                 QStringLiteral("2024-03-12T16:00:00Z"));
        QCOMPARE(filter.value(QStringLiteral("clientRequestHTTPHost")).toString(),
                 QStringLiteral("hostname.example.com"));
    } else if (type == u"tencent-cdn") {
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.headers.value("x-tc-action"), QByteArray("DescribeCdnData"));
        QCOMPARE(req.headers.value("x-tc-version"), QByteArray("2018-06-06"));
        QCOMPARE(req.headers.value("x-tc-timestamp"), QByteArray::number(kNow.toSecsSinceEpoch()));
        TencentTc3::Request r;
        r.host = host;
        r.contentType = req.headers.value("content-type");
        r.payload = req.body;
        r.service = QStringLiteral("cdn");
        r.timestamp = req.headers.value("x-tc-timestamp").toLongLong();
        QCOMPARE(
            req.headers.value("authorization"),
            TencentTc3::sign(r, QStringLiteral("AKIDtest"), QStringLiteral("tc-secret-key")).authorization);
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        // UTC+8, EndTime inclusive.
        QCOMPARE(body.value(QStringLiteral("StartTime")).toString(), QStringLiteral("2024-03-12 00:00:00"));
        QCOMPARE(body.value(QStringLiteral("EndTime")).toString(), QStringLiteral("2024-03-12 23:55:00"));
        QCOMPARE(body.value(QStringLiteral("Metric")).toString(), QStringLiteral("flux"));
    } else if (type == u"aliyun-cdn") {
        QCOMPARE(req.method, QByteArray("GET"));
        const QUrlQuery query(QString::fromLatin1(req.target.mid(req.target.indexOf('?') + 1)));
        AliyunRpcSignature::Parameters params;
        QString signature;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (item.first == u"Signature")
                signature = item.second;
            else
                params.append(item);
        }
        QCOMPARE(signature.toLatin1(),
                 AliyunRpcSignature::signature("GET", params, QStringLiteral("ali-secret")));
        QCOMPARE(query.queryItemValue(QStringLiteral("SignatureNonce")), QString::fromLatin1(kNonce));
        QCOMPARE(query.queryItemValue(QStringLiteral("Timestamp"), QUrl::FullyDecoded),
                 QStringLiteral("2024-03-12T16:02:30Z"));
        QCOMPARE(query.queryItemValue(QStringLiteral("StartTime"), QUrl::FullyDecoded),
                 QStringLiteral("2024-03-11T16:00:00Z"));
        QCOMPARE(query.queryItemValue(QStringLiteral("EndTime"), QUrl::FullyDecoded),
                 QStringLiteral("2024-03-12T16:00:00Z"));
        QCOMPARE(query.queryItemValue(QStringLiteral("DomainName")), QStringLiteral("example.com"));
        QCOMPARE(query.queryItemValue(QStringLiteral("Action")), QStringLiteral("DescribeDomainTrafficData"));
    } else if (type == u"fastly") {
        QCOMPARE(req.path(), QByteArray("/stats/service/kKJb5bOFI47uHeBVluGfX1"));
        QCOMPARE(req.headers.value("fastly-key"), QByteArray("fastly-secret"));
        const QUrlQuery query(QString::fromLatin1(req.target.mid(req.target.indexOf('?') + 1)));
        QCOMPARE(query.queryItemValue(QStringLiteral("from")).toLongLong() * 1000, w.fromMs);
        QCOMPARE(query.queryItemValue(QStringLiteral("to")).toLongLong() * 1000, w.toMs);
        QCOMPARE(query.queryItemValue(QStringLiteral("by")), QStringLiteral("minute"));
    } else if (type == u"cloudfront") {
        const QString problem = CdnSignatureCheck::cloudFront(req, QStringLiteral("AKIDEXAMPLE"),
                                                              QStringLiteral("aws-secret-key"), w, kNow);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else if (type == u"cdnetworks") {
        const QString problem = CdnSignatureCheck::cdnetworksApiKey(req, QStringLiteral("example_username"),
                                                                    QStringLiteral("cdnetworks-api-key"), w,
                                                                    QStringLiteral("https"), kNow);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else if (type == u"akamai") {
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path(), QByteArray("/reporting-api/v2/reports/delivery/traffic/current/data"));
        AkamaiEdgeGrid::Request r;
        r.method = req.method;
        r.scheme = "http";
        r.host = host;
        r.pathAndQuery = req.target;
        r.body = req.body;
        const auto expected = AkamaiEdgeGrid::sign(
            r, { "akab-client-token-xxx", "akab-access-token-secret", "akamai-client-secret=" },
            "20240312T16:02:30+0000", kNonce);
        QCOMPARE(req.headers.value("authorization"), expected.authorization);
        QVERIFY(req.target.contains("start=2024-03-11T16:00:00Z")
                || req.target.contains("start=2024-03-11T16%3A00%3A00Z"));
    }
}

} // namespace

class TestCdnSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();
    void serverErrorHonoursRetryAfter_data();
    void serverErrorHonoursRetryAfter();
    void windows();
    void abortEmitsNothing();
    void validate_data();
    void validate();
    void defaultInterval();
};

void TestCdnSources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Bandwatch::SampleList>();
}

void TestCdnSources::replay_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QFINDTESTDATA("data"));
    for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
        if (f != u"SOURCES.md")
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestCdnSources::replay()
{
    QFETCH(QString, file);
    const QString name = QFileInfo(file).fileName();
    QVERIFY2(expectations().contains(name), "every fixture needs an expectation");
    const Expectation want = expectations().value(name);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray body = f.readAll();

    TestHttp::Server server([&](const TestHttp::Request &) {
        TestHttp::Response r = TestHttp::Response::text(body, "application/json");
        r.status = want.status;
        r.reason = want.status == 200 ? "OK" : "Error";
        if (!want.retryAfter.isEmpty())
            r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", want.retryAfter));
        return r;
    });
    QVERIFY(server.listen());
    const QString type = typeOf(name.section(u'_', 0, 0));
    const SourceConfig config = configFor(type, server);
    QVERIFY2(SourceFactory::validate(config).isEmpty(),
             qPrintable(SourceFactory::validate(config).value(0).message));
    std::unique_ptr<Source> source(SourceFactory::create(config));
    auto *cdn = qobject_cast<CdnSource *>(source.get());
    QVERIFY(cdn);
    cdn->setClock([] { return kNow.toMSecsSinceEpoch(); });
    cdn->setNonceSource([] { return kNonce; });
    const CdnSource::Window window = cdn->nextWindow();

    const Outcome out = pollOnce(source.get());
    QVERIFY(out.answered);
    QCOMPARE(server.requests().size(), 1);
    verifySigned(type, server.requests().first(), window);
    if (QTest::currentTestFailed())
        return;

    for (const QString &secret : kSecrets)
        QVERIFY2(!out.message.contains(secret), "a secret reached the error message");
    QCOMPARE(out.message, want.error);
    QCOMPARE(out.retryAfterMs, want.retryAfterMs);
    if (!want.error.isEmpty()) {
        QVERIFY(!out.succeeded);
        return;
    }
    QVERIFY(out.succeeded);
    QCOMPARE(out.samples.size(), want.count);
    quint64 total = 0;
    for (const Sample &s : out.samples) {
        total += s.bytes;
        QCOMPARE(s.key.source, QStringLiteral("cdn-test"));
    }
    QCOMPARE(total, want.totalBytes);
    if (!out.samples.isEmpty())
        QCOMPARE(out.samples.first().key.series, want.series);
}

void TestCdnSources::serverErrorHonoursRetryAfter_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("error");
    // Not the provider's JSON: HttpFetch's message, with credentials in the URL redacted.
    QTest::newRow("cloudflare") << "cloudflare"
                                << "HTTP 503 Busy from %1/client/v4/graphql: upstream overloaded";
    QTest::newRow("aliyun-cdn") << "aliyun-cdn"
                                << "HTTP 503 Busy from %1/?AccessKeyId=REDACTED&";
    QTest::newRow("cloudfront") << "cloudfront"
                                << "HTTP 503 Busy from %1/: upstream overloaded";
    QTest::newRow("cdnetworks") << "cdnetworks"
                                << "HTTP 503 Busy from %1/api/report/flow/protocol: upstream overloaded";
    QTest::newRow("fastly") << "fastly"
                            << "HTTP 503 Busy from %1/stats/service/kKJb5bOFI47uHeBVluGfX1?from=";
}

void TestCdnSources::serverErrorHonoursRetryAfter()
{
    QFETCH(QString, type);
    QFETCH(QString, error);
    TestHttp::Server server([](const TestHttp::Request &) {
        TestHttp::Response r = TestHttp::Response::text("upstream overloaded", "text/plain");
        r.status = 503;
        r.reason = "Busy";
        r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "120"));
        return r;
    });
    QVERIFY(server.listen());
    std::unique_ptr<Source> source(SourceFactory::create(configFor(type, server)));
    qobject_cast<CdnSource *>(source.get())->setClock([] { return kNow.toMSecsSinceEpoch(); });
    const Outcome out = pollOnce(source.get());
    QVERIFY(!out.succeeded);
    QVERIFY2(out.message.startsWith(error.arg(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))),
             qPrintable(out.message));
    QCOMPARE(out.retryAfterMs, 120000);
    for (const QString &secret : kSecrets)
        QVERIFY(!out.message.contains(secret));
    QVERIFY(!out.message.contains(QStringLiteral("Signature="))
            || out.message.contains(QStringLiteral("Signature=REDACTED")));
}

void TestCdnSources::windows()
{
    TestHttp::Server server([](const TestHttp::Request &) {
        return TestHttp::Response::text(R"({"data":[],"meta":{"by":"minute"},"status":"success","msg":null})",
                                        "application/json");
    });
    QVERIFY(server.listen());
    SourceConfig config = configFor(QStringLiteral("fastly"), server);
    config.options.insert(QStringLiteral("lookback"), QStringLiteral("2h"));
    config.options.insert(QStringLiteral("refetch"), QStringLiteral("10m"));
    std::unique_ptr<Source> source(SourceFactory::create(config));
    auto *cdn = qobject_cast<CdnSource *>(source.get());
    qint64 now = kNow.toMSecsSinceEpoch(); // 16:02:30
    cdn->setClock([&now] { return now; });
    const qint64 to = QDateTime(QDate(2024, 3, 12), QTime(16, 2), Qt::UTC).toMSecsSinceEpoch();

    // First poll: back-fill `lookback`, complete 1-minute buckets only.
    QCOMPARE(cdn->nextWindow().toMs, to);
    QCOMPARE(cdn->nextWindow().fromMs, to - 2 * 3600 * 1000);
    // Stored history since 15:30 wins over a longer lookback (minus refetch).
    cdn->resumeAfter(QDateTime(QDate(2024, 3, 12), QTime(15, 30, 20), Qt::UTC));
    QCOMPARE(cdn->nextWindow().fromMs, to - 32 * 60 * 1000 - 10 * 60 * 1000);
    QVERIFY(pollOnce(source.get()).succeeded);
    // Next poll five minutes later re-fetches the last 10 minutes for late data.
    now += 5 * 60 * 1000;
    QCOMPARE(cdn->nextWindow().toMs, to + 5 * 60 * 1000);
    QCOMPARE(cdn->nextWindow().fromMs, to - 10 * 60 * 1000);
    // A failed poll does not advance: the next window still starts there.
    server.setHandler([](const TestHttp::Request &) {
        TestHttp::Response r = TestHttp::Response::text("{}", "application/json");
        r.status = 500;
        return r;
    });
    QVERIFY(!pollOnce(source.get()).succeeded);
    now += 5 * 60 * 1000;
    QCOMPARE(cdn->nextWindow().fromMs, to - 10 * 60 * 1000);
    // Down for longer than lookback: never more than lookback back.
    now += 24LL * 3600 * 1000;
    QCOMPARE(cdn->nextWindow().fromMs, cdn->nextWindow().toMs - 2 * 3600 * 1000);
}

void TestCdnSources::abortEmitsNothing()
{
    TestHttp::Server server([](const TestHttp::Request &) {
        TestHttp::Response r = TestHttp::Response::text(
            R"({"data":[],"meta":{"by":"minute"},"status":"success"})", "application/json");
        r.delayMs = 300;
        return r;
    });
    QVERIFY(server.listen());
    std::unique_ptr<Source> source(SourceFactory::create(configFor(QStringLiteral("fastly"), server)));
    QSignalSpy okSpy(source.get(), &Source::pollSucceeded);
    QSignalSpy failSpy(source.get(), &Source::pollFailed);
    source->poll();
    QTRY_COMPARE(server.requests().size(), 1);
    source->abort();
    QTest::qWait(600);
    QCOMPARE(okSpy.count() + failSpy.count(), 0);
    // The next poll answers normally.
    QVERIFY(pollOnce(source.get()).succeeded);
}

void TestCdnSources::validate_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    const QVariantMap cf { { "zone_id", "023e105f4ecef8ad9ca31a8372d0c353" }, { "api_token", "t" } };
    QTest::newRow("cloudflare ok") << "cloudflare" << cf << QString() << QString();
    QVariantMap m = cf;
    m.remove("api_token");
    QTest::newRow("cloudflare without token") << "cloudflare" << m << "api_token"
                                              << "a cloudflare source needs api_token:";
    m = cf;
    m["zone_id"] = "example.com";
    QTest::newRow("cloudflare zone name instead of id")
        << "cloudflare" << m << "zone_id"
        << "zone_id: \"example.com\" is not a Cloudflare zone ID (32 hex digits, shown on the zone's "
           "Overview page)";
    m = cf;
    m["zone"] = "x";
    QTest::newRow("unknown option")
        << "cloudflare" << m << "zone"
        << "unknown option \"zone\" for a cloudflare source (known: zone_id, api_token, "
           "domains, endpoint, lookback, refetch, max_body)";
    m = cf;
    m["endpoint"] = "ftp://x";
    QTest::newRow("bad endpoint")
        << "cloudflare" << m << "endpoint"
        << "endpoint: \"ftp://x\" is not an http:// or https:// URL without user info";
    m = cf;
    m["lookback"] = "40d";
    QTest::newRow("lookback too long") << "cloudflare" << m << "lookback"
                                       << "lookback must be between 0s and 31d";
    const QVariantMap tc { { "domains", QStringList { "a.com" } },
                           { "secret_id", "AKID" },
                           { "secret_key", "k" } };
    QTest::newRow("tencent ok") << "tencent-cdn" << tc << QString() << QString();
    m = tc;
    m["area"] = "asia";
    QTest::newRow("tencent bad area") << "tencent-cdn" << m << "area"
                                      << "area must be mainland or overseas";
    m = tc;
    m.remove("domains");
    QTest::newRow("tencent without domains") << "tencent-cdn" << m << "domains"
                                             << "a tencent-cdn source needs domains:";
    const QVariantMap ali { { "domains", "a.com" },
                            { "access_key_id", "LTAI" },
                            { "access_key_secret", "s" } };
    QTest::newRow("aliyun ok") << "aliyun-cdn" << ali << QString() << QString();
    m = ali;
    m["lookback"] = "4d";
    QTest::newRow("aliyun lookback over 3d")
        << "aliyun-cdn" << m << "lookback"
        << "lookback: Alibaba Cloud answers 5-minute data for at most 3d per query";
    const QVariantMap fastly { { "service_id", "SU1Z0isxPaozGVKXdv0eY" }, { "api_token", "t" } };
    QTest::newRow("fastly ok") << "fastly" << fastly << QString() << QString();
    m = fastly;
    m["service_id"] = "my service";
    QTest::newRow("fastly bad id")
        << "fastly" << m << "service_id"
        << "service_id: \"my service\" is not a Fastly service ID (letters and digits)";
    const QVariantMap akamai { { "domains", "a.com" },
                               { "client_token", "c" },
                               { "client_secret", "s" },
                               { "access_token", "a" },
                               { "endpoint", "https://akab-x.luna.akamaiapis.net" } };
    QTest::newRow("akamai ok") << "akamai" << akamai << QString() << QString();
    const QVariantMap cf3 { { "distribution_id", QStringList { "EDFDVBD6EXAMPLE", "E2QWRUHAPOMQZL" } },
                            { "access_key_id", "AKID" },
                            { "secret_access_key", "s" } };
    QTest::newRow("cloudfront ok") << "cloudfront" << cf3 << QString() << QString();
    m = cf3;
    m["distribution_id"] = "d111111abcdef8.cloudfront.net";
    QTest::newRow("cloudfront domain instead of id")
        << "cloudfront" << m << "distribution_id"
        << "distribution_id: \"d111111abcdef8.cloudfront.net\" is not a CloudFront distribution ID (like "
           "E1ABCDEF23456, not the d111111abcdef8.cloudfront.net domain)";
    m = cf3;
    m["period"] = "3600";
    QTest::newRow("cloudfront period") << "cloudfront" << m << "period"
                                       << "period must be 60 or 300 (seconds)";
    m = cf3;
    m["period"] = "60";
    m["lookback"] = "20d";
    QTest::newRow("cloudfront 1-minute lookback")
        << "cloudfront" << m << "lookback"
        << "lookback: CloudWatch keeps 1-minute data for 15d; use period: 300 to reach further back";
    m = cf3;
    m["delay"] = "2d";
    QTest::newRow("cloudfront delay") << "cloudfront" << m << "delay"
                                      << "delay must be between 0s and 24h";
    const QVariantMap cdnw { { "domains", "a.com" }, { "username", "u" }, { "api_key", "k" } };
    QTest::newRow("cdnetworks api key ok") << "cdnetworks" << cdnw << QString() << QString();
    m = cdnw;
    m["access_key"] = "ak";
    QTest::newRow("cdnetworks both schemes")
        << "cdnetworks" << m << "access_key"
        << "a cdnetworks source needs either username: and api_key: or access_key: and secret_key:";
    m = cdnw;
    m.remove("api_key");
    QTest::newRow("cdnetworks user without key") << "cdnetworks" << m << "api_key"
                                                 << "username: and api_key: go together";
    m = cdnw;
    m["data_interval"] = "15m";
    QTest::newRow("cdnetworks data_interval") << "cdnetworks" << m << "data_interval"
                                              << "data_interval must be 1m, 5m, 1h or 1d";
    m = cdnw;
    m["lookback"] = "8d";
    QTest::newRow("cdnetworks lookback over 7d") << "cdnetworks" << m << "lookback"
                                                 << "lookback: CDNetworks answers at most 7d per query";
    m = akamai;
    m.remove("endpoint");
    QTest::newRow("akamai without endpoint") << "akamai" << m << "endpoint"
                                             << "a akamai source needs endpoint:";
}

void TestCdnSources::validate()
{
    QFETCH(QString, type);
    QFETCH(QVariantMap, options);
    QFETCH(QString, key);
    QFETCH(QString, message);
    SourceConfig c;
    c.id = QStringLiteral("x");
    c.type = type;
    c.options = options;
    const QList<ConfigIssue> issues = SourceFactory::validate(c);
    if (key.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().key, key);
    QCOMPARE(issues.first().message, message);
}

void TestCdnSources::defaultInterval()
{
    for (const char *type :
         { "cloudflare", "tencent-cdn", "aliyun-cdn", "fastly", "akamai", "cloudfront", "cdnetworks" }) {
        QVERIFY(SourceFactory::isKnownType(QLatin1String(type)));
        QCOMPARE(SourceFactory::defaultInterval(QLatin1String(type)), std::chrono::milliseconds(300000));
    }
    QCOMPARE(SourceFactory::defaultInterval(QStringLiteral("kong")), std::chrono::milliseconds(60000));
}

QTEST_GUILESS_MAIN(TestCdnSources)
#include "tst_cdnsources.moc"
