#include "sources/httpfetch.h"
#include "tinyhttpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Bandwatch::HttpResult::Error)

namespace {

// Every path of the test server is one behaviour.
TestHttp::Response respond(const TestHttp::Request &req)
{
    using TestHttp::Response;
    const QByteArray path = req.path();
    if (path == "/ok")
        return Response::text("hello\n");
    if (path == "/echo-auth") {
        Response r = Response::text(req.headers.value("authorization") + '|' + req.headers.value("x-token")
                                    + '|' + req.headers.value("accept"));
        return r;
    }
    if (path == "/500") {
        Response r = Response::text("internal\nerror: database is locked\n");
        r.status = 500;
        r.reason = "Internal Server Error";
        return r;
    }
    if (path == "/401") {
        Response r = Response::text("denied");
        r.status = 401;
        r.reason = "Unauthorized";
        return r;
    }
    if (path == "/429") {
        Response r = Response::text("slow down");
        r.status = 429;
        r.reason = "Too Many Requests";
        r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "120"));
        return r;
    }
    if (path == "/503-date") {
        Response r = Response::text("maintenance");
        r.status = 503;
        r.reason = "Service Unavailable";
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(90);
        r.headers.append(QPair<QByteArray, QByteArray>(
            "Retry-After", QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1()));
        return r;
    }
    if (path == "/503-bad") {
        Response r = Response::text("maintenance");
        r.status = 503;
        r.reason = "Service Unavailable";
        r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "soon"));
        return r;
    }
    if (path == "/never") {
        Response r;
        r.neverAnswer = true;
        return r;
    }
    if (path == "/big-announced")
        return Response::text(QByteArray(200 * 1024, 'a'));
    if (path == "/big-chunked") {
        Response r = Response::text(QByteArray(200 * 1024, 'b'));
        r.chunked = true;
        return r;
    }
    if (path == "/endless") {
        Response r = Response::text({});
        r.streamForever = true;
        return r;
    }
    if (path == "/short-length") {
        Response r = Response::text(QByteArray(500, 'c'));
        r.announcedLength = 1000;
        r.cutAfterBodyBytes = 500;
        return r;
    }
    if (path == "/cut-chunked") {
        Response r = Response::text(QByteArray(5000, 'd'));
        r.chunked = true;
        r.cutAfterBodyBytes = 2500;
        return r;
    }
    if (path == "/post") {
        Response r = Response::text(req.method + ' ' + req.headers.value("content-type") + ' ' + req.body);
        return r;
    }
    Response r = Response::text("no such path");
    r.status = 404;
    r.reason = "Not Found";
    return r;
}

HttpResult runFetch(QNetworkAccessManager *nam, const HttpRequest &request)
{
    HttpFetch fetch(nam, request);
    QSignalSpy spy(&fetch, &HttpFetch::finished);
    fetch.start();
    if (!spy.wait(15000)) {
        HttpResult r;
        r.errorString = QStringLiteral("test: no finished() within 15 s");
        r.error = HttpResult::Error::Aborted;
        return r;
    }
    // Exactly one finished(): give a stray second emission a chance to show.
    QTest::qWait(20);
    if (spy.count() != 1)
        qWarning("finished() emitted %d times", int(spy.count()));
    return spy.at(0).at(0).value<HttpResult>();
}

} // namespace

class TestHttpFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetch_data();
    void fetch();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void redactedUrl_data();
    void redactedUrl();
    void credentialsAreSentButNeverShown();
    void abortEmitsNothing();
    void connectionRefused();
    void caFile_data();
    void caFile();

private:
    std::unique_ptr<TestHttp::Server> m_server;
    QNetworkAccessManager m_nam;
};

void TestHttpFetch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<TestHttp::Server>(&respond);
    QVERIFY(m_server->listen());
}

void TestHttpFetch::fetch_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("maxBody");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<HttpResult::Error>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("retryMin");
    QTest::addColumn<qint64>("retryMax");
    QTest::addColumn<QString>("messagePart");

    using E = HttpResult::Error;
    const qint64 big = 1 << 20;
    QTest::newRow("ok") << "/ok" << big << 5000 << E::None << 200 << QByteArray("hello\n") << -1LL << -1LL
                        << QString();
    QTest::newRow("500 with excerpt") << "/500" << big << 5000 << E::HttpStatus << 500
                                      << QByteArray("internal\nerror: database is locked\n") << -1LL << -1LL
                                      << "HTTP 500 Internal Server Error";
    QTest::newRow("500 excerpt is one line") << "/500" << big << 5000 << E::HttpStatus << 500
                                             << QByteArray("internal\nerror: database is locked\n") << -1LL
                                             << -1LL << "internal error: database is locked";
    QTest::newRow("404") << "/nope" << big << 5000 << E::HttpStatus << 404 << QByteArray("no such path")
                         << -1LL << -1LL << "HTTP 404";
    QTest::newRow("429 Retry-After seconds") << "/429" << big << 5000 << E::HttpStatus << 429
                                             << QByteArray("slow down") << 120000LL << 120000LL << "429";
    QTest::newRow("503 Retry-After date") << "/503-date" << big << 5000 << E::HttpStatus << 503
                                          << QByteArray("maintenance") << 85000LL << 90000LL << "503";
    QTest::newRow("503 Retry-After invalid") << "/503-bad" << big << 5000 << E::HttpStatus << 503
                                             << QByteArray("maintenance") << -1LL << -1LL << "503";
    QTest::newRow("timeout") << "/never" << big << 300 << E::Timeout << 0 << QByteArray() << -1LL << -1LL
                             << "within 300 ms";
    QTest::newRow("oversize announced") << "/big-announced" << qint64(100 * 1024) << 5000 << E::TooLarge
                                        << 200 << QByteArray() << -1LL << -1LL << "limit of 102400 bytes";
    QTest::newRow("oversize chunked")
        << "/big-chunked" << qint64(100 * 1024) << 5000 << E::TooLarge << 200 << QByteArray(100 * 1024, 'b')
        << -1LL << -1LL << "larger than the limit";
    // An endless body can only end by the size check while downloading.
    QTest::newRow("oversize endless stream")
        << "/endless" << qint64(300 * 1024) << 10000 << E::TooLarge << 200 << QByteArray(300 * 1024, 'x')
        << -1LL << -1LL << "larger than the limit";
    QTest::newRow("content-length mismatch") << "/short-length" << big << 5000 << E::Truncated << 200
                                             << QByteArray(500, 'c') << -1LL << -1LL << "";
    QTest::newRow("chunked cut mid-body")
        << "/cut-chunked" << big << 5000 << E::Truncated << 200 << QByteArray() << -1LL << -1LL << "";
    QTest::newRow("body exactly at limit")
        << "/ok" << qint64(6) << 5000 << E::None << 200 << QByteArray("hello\n") << -1LL << -1LL << QString();
    QTest::newRow("body one byte over limit")
        << "/ok" << qint64(5) << 5000 << E::TooLarge << 200 << QByteArray() << -1LL << -1LL << "";
}

void TestHttpFetch::fetch()
{
    QFETCH(QString, path);
    QFETCH(qint64, maxBody);
    QFETCH(int, timeoutMs);
    QFETCH(HttpResult::Error, error);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(qint64, retryMin);
    QFETCH(qint64, retryMax);
    QFETCH(QString, messagePart);

    HttpRequest req;
    req.url = m_server->url(path);
    req.maxBodyBytes = maxBody;
    req.timeout = std::chrono::milliseconds(timeoutMs);
    QElapsedTimer clock;
    clock.start();
    const HttpResult r = runFetch(&m_nam, req);
    if (path == u"/cut-chunked" && r.ok()) {
        // Qt 6.4 (QHttpProtocolHandler::_q_receiveReply) takes a connection
        // closed in the middle of a chunked body for the end of the body when
        // the close is seen before the data; QNetworkReply then reports
        // success. HttpFetch cannot see the difference, so the payload
        // parsers' completeness checks (final newline, "# EOF", valid JSON)
        // are the second line of defence. Only the body can be checked here.
        QVERIFY(r.body.size() < 5000);
        return;
    }
    QCOMPARE(r.error, error);
    QCOMPARE(r.ok(), error == HttpResult::Error::None);
    QCOMPARE(r.httpStatus, status);
    if (!body.isEmpty())
        QCOMPARE(r.body, body);
    QVERIFY(r.body.size() <= maxBody);
    QVERIFY2(r.retryAfterMs >= retryMin && r.retryAfterMs <= retryMax, QByteArray::number(r.retryAfterMs));
    QVERIFY2(r.errorString.contains(messagePart), qPrintable(r.errorString));
    QCOMPARE(r.errorString.isEmpty(), r.ok());
    QVERIFY(!r.errorString.contains(QLatin1Char('\n')));
    if (error == HttpResult::Error::Timeout)
        QVERIFY(clock.elapsed() < timeoutMs + 3000);
}

void TestHttpFetch::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("seconds") << QByteArray("120") << 120000LL;
    QTest::newRow("zero") << QByteArray("0") << 0LL;
    QTest::newRow("spaces") << QByteArray("  30 ") << 30000LL;
    QTest::newRow("capped at a day") << QByteArray("999999") << 86400000LL;
    QTest::newRow("huge capped") << QByteArray("99999999999999999999999") << 86400000LL;
    QTest::newRow("negative") << QByteArray("-5") << -1LL;
    QTest::newRow("fraction") << QByteArray("1.5") << -1LL;
    QTest::newRow("empty") << QByteArray() << -1LL;
    QTest::newRow("garbage") << QByteArray("soon") << -1LL;
    // now = 2026-11-21 12:00:00 UTC
    QTest::newRow("IMF-fixdate") << QByteArray("Sat, 21 Nov 2026 12:02:00 GMT") << 120000LL;
    QTest::newRow("RFC 850") << QByteArray("Saturday, 21-Nov-26 12:00:10 GMT") << 10000LL;
    QTest::newRow("asctime") << QByteArray("Sat Nov 21 12:01:00 2026") << 60000LL;
    QTest::newRow("asctime one-digit day") << QByteArray("Sun Nov  1 12:00:00 2026") << 0LL;
    QTest::newRow("date in the past") << QByteArray("Sat, 21 Nov 2026 11:00:00 GMT") << 0LL;
    QTest::newRow("date far away capped") << QByteArray("Mon, 21 Dec 2026 12:00:00 GMT") << 86400000LL;
    QTest::newRow("date not GMT") << QByteArray("Sat, 21 Nov 2026 12:02:00 PST") << -1LL;
}

void TestHttpFetch::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    QCOMPARE(HttpFetch::parseRetryAfter(value, now), expected);
}

void TestHttpFetch::redactedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "http://kong:8001/metrics"
                           << "http://kong:8001/metrics";
    QTest::newRow("userinfo") << "https://admin:s3cret@kong:8001/metrics"
                              << "https://kong:8001/metrics";
    QTest::newRow("token query") << "http://h/x?token=abc&step=60"
                                 << "http://h/x?token=REDACTED&step=60";
    QTest::newRow("api_key and password") << "http://h/x?api_key=1&password=2&query=up"
                                          << "http://h/x?api_key=REDACTED&password=REDACTED&query=up";
}

void TestHttpFetch::redactedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(HttpFetch::redactedUrl(QUrl(url)), expected);
}

void TestHttpFetch::credentialsAreSentButNeverShown()
{
    // Basic auth from the URL's user info, an extra header, and an Accept header.
    HttpRequest req;
    req.url = m_server->url(QStringLiteral("/echo-auth"));
    req.url.setUserName(QStringLiteral("kong"));
    req.url.setPassword(QStringLiteral("pa:ss"));
    req.headers.append(QPair<QByteArray, QByteArray>("X-Token", "tok-123"));
    req.accept = "text/plain";
    HttpResult r = runFetch(&m_nam, req);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.body, QByteArray("Basic " + QByteArray("kong:pa:ss").toBase64() + "|tok-123|text/plain"));

    // Errors name the URL without user info or secret query values.
    req.url = m_server->url(QStringLiteral("/401?token=tok-456&x=1"));
    req.url.setUserName(QStringLiteral("kong"));
    req.url.setPassword(QStringLiteral("hunter2"));
    r = runFetch(&m_nam, req);
    QCOMPARE(r.error, HttpResult::Error::HttpStatus);
    QCOMPARE(r.httpStatus, 401);
    QVERIFY(!r.errorString.contains(QLatin1String("hunter2")));
    QVERIFY(!r.errorString.contains(QLatin1String("tok-456")));
    QVERIFY(!r.errorString.contains(QLatin1String("tok-123")));
    QVERIFY2(r.errorString.contains(QLatin1String("/401")), qPrintable(r.errorString));

    // A secret path (webhook-style URL) shows neither the path nor the body,
    // which could echo it.
    req.secretPath = true;
    r = runFetch(&m_nam, req);
    QCOMPARE(r.httpStatus, 401);
    QVERIFY2(!r.errorString.contains(QLatin1String("401?")) && !r.errorString.contains(QLatin1String("/401")),
             qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(QLatin1String("/...")), qPrintable(r.errorString));
    QCOMPARE(HttpFetch::redactedUrl(QUrl(QStringLiteral("https://h:9/s3cret/path?x=1")), true),
             QStringLiteral("https://h:9/..."));
    req.secretPath = false;

    // POST with a body.
    HttpRequest post;
    post.url = m_server->url(QStringLiteral("/post"));
    post.method = "POST";
    post.contentType = "application/x-www-form-urlencoded";
    post.body = "query=up&step=15";
    r = runFetch(&m_nam, post);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.body, QByteArray("POST application/x-www-form-urlencoded query=up&step=15"));
}

void TestHttpFetch::abortEmitsNothing()
{
    HttpRequest req;
    req.url = m_server->url(QStringLiteral("/never"));
    HttpFetch fetch(&m_nam, req);
    QSignalSpy spy(&fetch, &HttpFetch::finished);
    fetch.start();
    QTest::qWait(100);
    fetch.abort();
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!fetch.isRunning());

    // An invalid URL fails asynchronously, never inside start().
    HttpRequest bad;
    bad.url = QUrl(QStringLiteral("ftp://127.0.0.1/x"));
    HttpFetch f2(&m_nam, bad);
    QSignalSpy spy2(&f2, &HttpFetch::finished);
    f2.start();
    QCOMPARE(spy2.count(), 0);
    QVERIFY(spy2.wait(1000));
    QCOMPARE(spy2.at(0).at(0).value<HttpResult>().error, HttpResult::Error::Network);
}

void TestHttpFetch::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    HttpRequest req;
    req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
    const HttpResult r = runFetch(&m_nam, req);
    QCOMPARE(r.error, HttpResult::Error::Network);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY(!r.errorString.isEmpty());
}

namespace {

// A self-signed certificate for 127.0.0.1 (its own CA) in `dir`.
bool makeCertificate(const QTemporaryDir &dir, const QString &name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    dir.filePath(name + QStringLiteral("-key.pem")), QStringLiteral("-out"),
                    dir.filePath(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("1"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

} // namespace

// TLS verification is always on; ca_file replaces the system's CAs, as curl's --cacert does.
void TestHttpFetch::caFile_data()
{
    QTest::addColumn<QString>("caFile"); // "server", "other", or a path that does not exist
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("no ca_file: the system's CAs") << QString() << false << QStringLiteral("self");
    QTest::newRow("the server's own CA") << QStringLiteral("server") << true << QString();
    QTest::newRow("another CA") << QStringLiteral("other") << false << QStringLiteral("self");
}

void TestHttpFetch::caFile()
{
    QFETCH(QString, caFile);
    QFETCH(bool, succeeds);
    QFETCH(QString, errorPart);
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed: cannot make certificates");
    QTemporaryDir dir;
    QVERIFY(makeCertificate(dir, QStringLiteral("server")));
    QVERIFY(makeCertificate(dir, QStringLiteral("other")));
    QFile certFile(dir.filePath(QStringLiteral("server.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("server-key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    TestHttp::Server server(&respond);
    QVERIFY(server.listen(&tls));

    QString error;
    HttpRequest req;
    req.url = server.url(QStringLiteral("/ok"), QStringLiteral("https"));
    req.timeout = 10s;
    if (!caFile.isEmpty()) {
        const auto cas = HttpFetch::loadCaFile(dir.filePath(caFile + QStringLiteral(".pem")), &error);
        QVERIFY2(cas, qPrintable(error));
        req.caCertificates = *cas;
    }
    const HttpResult r = runFetch(&m_nam, req);
    if (succeeds) {
        QVERIFY2(r.error == HttpResult::Error::None, qPrintable(r.errorString));
        QCOMPARE(r.httpStatus, 200);
    } else {
        QCOMPARE(r.error, HttpResult::Error::Tls);
        QVERIFY2(r.errorString.contains(errorPart, Qt::CaseInsensitive), qPrintable(r.errorString));
        QVERIFY(r.body.isEmpty());
    }
    // Unreadable or empty CA files are errors, never "trust the system instead".
    QVERIFY(!HttpFetch::loadCaFile(dir.filePath(QStringLiteral("missing.pem")), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read the CA file")), qPrintable(error));
    QFile empty(dir.filePath(QStringLiteral("empty.pem")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("not a certificate\n");
    empty.close();
    QVERIFY(!HttpFetch::loadCaFile(empty.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("holds no PEM certificate")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHttpFetch)
#include "tst_httpfetch.moc"
