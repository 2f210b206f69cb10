#include "cdnpoll.h"
#include "cdnsignaturecheck.h"
#include "sources/cdn/cdnsource.h"
#include "sources/sourcefactory.h"
#include "tinyhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace Bandwatch;
using namespace CdnTest;

namespace {

// 16:02:30Z: CloudFront's 10-minute settle delay ends the window at 15:50Z.
const QDateTime kNow(QDate(2024, 3, 12), QTime(16, 2, 30), Qt::UTC);

QByteArray fixture(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/paged/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SourceConfig cloudFrontConfig(const TestHttp::Server &server)
{
    SourceConfig c;
    c.id = QStringLiteral("cf");
    c.type = QStringLiteral("cloudfront");
    c.timeout = std::chrono::seconds(5);
    c.options.insert(QStringLiteral("distribution_id"), QStringLiteral("EDFDVBD6EXAMPLE"));
    c.options.insert(QStringLiteral("access_key_id"), QStringLiteral("AKIDEXAMPLE"));
    c.options.insert(QStringLiteral("secret_access_key"), QStringLiteral("aws-secret-key"));
    c.options.insert(QStringLiteral("endpoint"), server.url(QStringLiteral("/")).toString());
    return c;
}

std::unique_ptr<Source> create(const SourceConfig &config)
{
    std::unique_ptr<Source> source(SourceFactory::create(config));
    if (auto *cdn = qobject_cast<CdnSource *>(source.get()))
        cdn->setClock([] { return kNow.toMSecsSinceEpoch(); });
    return source;
}

} // namespace

// NextToken pagination, settle delay and all-or-nothing storing of CloudFront,
// and both CDNetworks authentication schemes, against a local server that
// checks every request's signature.
class TestCdnPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cloudFrontFollowsNextToken();
    void cloudFrontStoresNothingWhenAPageFails_data();
    void cloudFrontStoresNothingWhenAPageFails();
    void cloudFrontSettleDelay_data();
    void cloudFrontSettleDelay();
    void cdnetworksAuthentication_data();
    void cdnetworksAuthentication();
    void signatureCheckRejectsWrongKeys();
};

void TestCdnPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Bandwatch::SampleList>();
    QVERIFY(!fixture(QStringLiteral("page1.xml")).isEmpty());
    QVERIFY(!fixture(QStringLiteral("page2.xml")).isEmpty());
}

void TestCdnPages::cloudFrontFollowsNextToken()
{
    TestHttp::Server server([](const TestHttp::Request &req) {
        const QString token = CdnSignatureCheck::formValue(req, QStringLiteral("NextToken"));
        return TestHttp::Response::text(
            fixture(token.isEmpty() ? QStringLiteral("page1.xml") : QStringLiteral("page2.xml")), "text/xml");
    });
    QVERIFY(server.listen());
    auto source = create(cloudFrontConfig(server));
    const CdnSource::Window window = qobject_cast<CdnSource *>(source.get())->nextWindow();
    const Outcome out = pollOnce(source.get());
    QVERIFY2(out.succeeded, qPrintable(out.message));

    QCOMPARE(server.requests().size(), 2);
    for (const TestHttp::Request &req : server.requests()) {
        const QString problem = CdnSignatureCheck::cloudFront(req, QStringLiteral("AKIDEXAMPLE"),
                                                              QStringLiteral("aws-secret-key"), window, kNow);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(CdnSignatureCheck::formValue(server.requests().at(0), QStringLiteral("NextToken")), QString());
    // The token goes back exactly, with its reserved characters encoded.
    QCOMPARE(CdnSignatureCheck::formValue(server.requests().at(1), QStringLiteral("NextToken")),
             QStringLiteral("token-page-2/with+chars="));
    QVERIFY(server.requests().at(1).body.contains("NextToken=token-page-2%2Fwith%2Bchars%3D"));

    // Both pages together: out 15:35 1000, 15:40 2000, 15:45 4000; in 10, 20, 40.
    QCOMPARE(out.samples.size(), 6);
    const qint64 t0 = QDateTime(QDate(2024, 3, 12), QTime(15, 35), Qt::UTC).toMSecsSinceEpoch();
    const QList<std::tuple<Direction, qint64, quint64>> want {
        { Direction::In, t0, 10 },
        { Direction::In, t0 + 300000, 20 },
        { Direction::In, t0 + 600000, 40 },
        { Direction::Out, t0, 1000 },
        { Direction::Out, t0 + 300000, 2000 },
        { Direction::Out, t0 + 600000, 4000 },
    };
    for (qsizetype i = 0; i < want.size(); ++i) {
        const Sample &s = out.samples.at(i);
        QCOMPARE(s.key.series, QStringLiteral("EDFDVBD6EXAMPLE"));
        QCOMPARE(directionName(s.key.direction), directionName(std::get<0>(want[i])));
        QCOMPARE(s.startMs, std::get<1>(want[i]));
        QCOMPARE(s.endMs - s.startMs, 300000);
        QCOMPARE(s.bytes, std::get<2>(want[i]));
    }
}

void TestCdnPages::cloudFrontStoresNothingWhenAPageFails_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::newRow("throttled, no Retry-After")
        << 400
        << QByteArray("<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate "
                      "exceeded</Message></Error><RequestId>r2</RequestId></ErrorResponse>")
        << QByteArray() << "AWS error Throttling: Rate exceeded (RequestId r2) (HTTP 400)" << 60000LL;
    QTest::newRow("429 with Retry-After")
        << 429
        << QByteArray("<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error>"
                      "<RequestId>r3</RequestId></ErrorResponse>")
        << QByteArray("7") << "AWS error Throttling: Rate exceeded (RequestId r3) (HTTP 429)" << 7000LL;
    QTest::newRow("internal error on page 2")
        << 200
        << QByteArray("<GetMetricDataResponse><GetMetricDataResult><MetricDataResults><member><Id>out0</Id>"
                      "<StatusCode>InternalError</StatusCode></member></MetricDataResults>"
                      "</GetMetricDataResult></GetMetricDataResponse>")
        << QByteArray() << "CloudWatch: query out0 (EDFDVBD6EXAMPLE) answered InternalError" << -1LL;
}

void TestCdnPages::cloudFrontStoresNothingWhenAPageFails()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, error);
    QFETCH(qint64, retryAfterMs);
    TestHttp::Server server([&](const TestHttp::Request &req) {
        if (CdnSignatureCheck::formValue(req, QStringLiteral("NextToken")).isEmpty())
            return TestHttp::Response::text(fixture(QStringLiteral("page1.xml")), "text/xml");
        TestHttp::Response r = TestHttp::Response::text(body, "text/xml");
        r.status = status;
        r.reason = "Error";
        if (!retryAfter.isEmpty())
            r.headers.append({ "Retry-After", retryAfter });
        return r;
    });
    QVERIFY(server.listen());
    auto source = create(cloudFrontConfig(server));
    auto *cdn = qobject_cast<CdnSource *>(source.get());
    const CdnSource::Window before = cdn->nextWindow();
    const Outcome out = pollOnce(source.get());
    QVERIFY(!out.succeeded);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(out.message, error);
    QCOMPARE(out.retryAfterMs, retryAfterMs);
    // Nothing of page 1 was kept: the next poll asks for the same window, and
    // once page 2 answers, page 1 is counted exactly once.
    QCOMPARE(cdn->nextWindow().fromMs, before.fromMs);
    server.setHandler([](const TestHttp::Request &req) {
        const QString token = CdnSignatureCheck::formValue(req, QStringLiteral("NextToken"));
        return TestHttp::Response::text(
            fixture(token.isEmpty() ? QStringLiteral("page1.xml") : QStringLiteral("page2.xml")), "text/xml");
    });
    const Outcome again = pollOnce(source.get());
    QVERIFY2(again.succeeded, qPrintable(again.message));
    quint64 total = 0;
    for (const Sample &s : again.samples)
        total += s.bytes;
    QCOMPARE(total, quint64(1000 + 2000 + 4000 + 10 + 20 + 40));
}

void TestCdnPages::cloudFrontSettleDelay_data()
{
    QTest::addColumn<QString>("delay");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QTime>("to");
    QTest::newRow("default 10m, 5-minute periods") << QString() << QString() << QTime(15, 50);
    QTest::newRow("no delay") << "0s"
                              << "300" << QTime(16, 0);
    QTest::newRow("15m, 1-minute periods") << "15m"
                                           << "60" << QTime(15, 47);
}

void TestCdnPages::cloudFrontSettleDelay()
{
    QFETCH(QString, delay);
    QFETCH(QString, period);
    QFETCH(QTime, to);
    TestHttp::Server server(
        [](const TestHttp::Request &) { return TestHttp::Response::text("", "text/xml"); });
    QVERIFY(server.listen());
    SourceConfig config = cloudFrontConfig(server);
    if (!delay.isEmpty())
        config.options.insert(QStringLiteral("delay"), delay);
    if (!period.isEmpty())
        config.options.insert(QStringLiteral("period"), period);
    QVERIFY2(SourceFactory::validate(config).isEmpty(),
             qPrintable(SourceFactory::validate(config).value(0).message));
    auto source = create(config);
    auto *cdn = qobject_cast<CdnSource *>(source.get());
    QCOMPARE(cdn->nextWindow().toMs, QDateTime(QDate(2024, 3, 12), to, Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(cdn->bucketMs(), (period.isEmpty() ? 300 : period.toLongLong()) * 1000);
}

void TestCdnPages::cdnetworksAuthentication_data()
{
    QTest::addColumn<bool>("akSk");
    QTest::newRow("username + api_key") << false;
    QTest::newRow("access_key + secret_key") << true;
}

void TestCdnPages::cdnetworksAuthentication()
{
    QFETCH(bool, akSk);
    // Both protocols are asked; the same bucket of both adds up. The bucket
    // ending at 00:05 GMT+8 starts at 16:00Z the day before; 24:00 ends at
    // 16:00Z, the window's end, so it is complete and kept; the one after is not.
    TestHttp::Server server([](const TestHttp::Request &req) {
        const bool https = req.body.contains("\"https\"");
        const QByteArray key = https ? "httpsFlowData" : "httpFlowData";
        QByteArray body =
            R"({"resultList":[{"domain":"a.example","FLOW":[{"timestamp":"2024-03-12 00:05","value":"V"},)"
            R"({"timestamp":"2024-03-12 24:00","value":"2.00"},{"timestamp":"2024-03-13 00:05","value":"9.99"}]}]})";
        body.replace("FLOW", key).replace("\"V\"", https ? "\"1.25\"" : "\"0.75\"");
        return TestHttp::Response::text(body, "application/json");
    });
    QVERIFY(server.listen());
    SourceConfig c;
    c.id = QStringLiteral("cdnw");
    c.type = QStringLiteral("cdnetworks");
    c.timeout = std::chrono::seconds(5);
    c.options.insert(QStringLiteral("domains"), QStringLiteral("a.example"));
    c.options.insert(QStringLiteral("endpoint"), server.url(QString()).toString());
    if (akSk) {
        c.options.insert(QStringLiteral("access_key"), QStringLiteral("example_accessKey"));
        c.options.insert(QStringLiteral("secret_key"), QStringLiteral("example_secretKey"));
    } else {
        c.options.insert(QStringLiteral("username"), QStringLiteral("example_username"));
        c.options.insert(QStringLiteral("api_key"), QStringLiteral("example_apiKey"));
    }
    QVERIFY2(SourceFactory::validate(c).isEmpty(), qPrintable(SourceFactory::validate(c).value(0).message));
    auto source = create(c);
    const CdnSource::Window window = qobject_cast<CdnSource *>(source.get())->nextWindow();
    const Outcome out = pollOnce(source.get());
    QVERIFY2(out.succeeded, qPrintable(out.message));
    QCOMPARE(server.requests().size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString protocol = i == 0 ? QStringLiteral("http") : QStringLiteral("https");
        const QString problem = akSk
            ? CdnSignatureCheck::cdnetworksAkSk(server.requests().at(i), QStringLiteral("example_accessKey"),
                                                QStringLiteral("example_secretKey"), window, protocol, kNow)
            : CdnSignatureCheck::cdnetworksApiKey(server.requests().at(i), QStringLiteral("example_username"),
                                                  QStringLiteral("example_apiKey"), window, protocol, kNow);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(out.samples.size(), 2);
    QCOMPARE(out.samples.at(0).startMs,
             QDateTime(QDate(2024, 3, 11), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(out.samples.at(0).bytes, quint64(2000000)); // 0.75 + 1.25 MB
    QCOMPARE(out.samples.at(1).startMs,
             QDateTime(QDate(2024, 3, 12), QTime(15, 55), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(out.samples.at(1).bytes, quint64(4000000));
}

void TestCdnPages::signatureCheckRejectsWrongKeys()
{
    // The checks above could not pass by accident: a request signed with
    // another key fails them.
    TestHttp::Server server(
        [](const TestHttp::Request &) { return TestHttp::Response::text("", "text/xml"); });
    QVERIFY(server.listen());
    auto source = create(cloudFrontConfig(server));
    const CdnSource::Window window = qobject_cast<CdnSource *>(source.get())->nextWindow();
    pollOnce(source.get());
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(CdnSignatureCheck::cloudFront(server.requests().first(), QStringLiteral("AKIDEXAMPLE"),
                                          QStringLiteral("aws-secret-key"), window, kNow)
                .isEmpty());
    QVERIFY(CdnSignatureCheck::cloudFront(server.requests().first(), QStringLiteral("AKIDEXAMPLE"),
                                          QStringLiteral("other-secret"), window, kNow)
                .startsWith(QStringLiteral("authorization:")));
}

QTEST_GUILESS_MAIN(TestCdnPages)
#include "tst_cdnpages.moc"
