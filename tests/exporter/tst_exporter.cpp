// The exporter's HTTP side on 127.0.0.1: authentication and scopes, failed
// attempts rate-limited, the refused open bind, request limits, TLS with a
// generated pair, and reconfiguration.
#include "exporterenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("metrics without key") << QByteArray("GET") << "/metrics" << QByteArray() << 401;
        QTest::newRow("metrics wrong key")
            << QByteArray("GET") << "/metrics" << QByteArray("Bearer nope-nope-nope") << 401;
        QTest::newRow("metrics key prefix")
            << QByteArray("GET") << "/metrics" << QByteArray("Bearer read-key") << 401;
        QTest::newRow("metrics basic scheme")
            << QByteArray("GET") << "/metrics" << QByteArray("Basic " + kReadKey.toBase64()) << 401;
        QTest::newRow("metrics read key")
            << QByteArray("GET") << "/metrics" << QByteArray("Bearer " + kReadKey) << 200;
        QTest::newRow("metrics token scheme")
            << QByteArray("GET") << "/metrics" << QByteArray("token " + kReadKey) << 200;
        QTest::newRow("metrics write key")
            << QByteArray("GET") << "/metrics" << QByteArray("Bearer " + kWriteKey) << 200;
        QTest::newRow("health is open") << QByteArray("GET") << "/health" << QByteArray() << 200;
        QTest::newRow("openapi is open")
            << QByteArray("GET") << "/api/v1/openapi.json" << QByteArray() << 200;
        QTest::newRow("sources need a key") << QByteArray("GET") << "/api/v1/sources" << QByteArray() << 401;
        QTest::newRow("api health needs a key")
            << QByteArray("GET") << "/api/v1/health" << QByteArray() << 401;
        QTest::newRow("read key cannot create")
            << QByteArray("POST") << "/api/v1/push/x" << QByteArray("Bearer " + kReadKey) << 403;
        QTest::newRow("read key cannot set")
            << QByteArray("PUT") << "/api/v1/push/x/inc" << QByteArray("token " + kReadKey) << 403;
        QTest::newRow("read key cannot delete")
            << QByteArray("DELETE") << "/api/v1/push/x" << QByteArray("Bearer " + kReadKey) << 403;
        QTest::newRow("write key creates")
            << QByteArray("POST") << "/api/v1/push/x" << QByteArray("Bearer " + kWriteKey) << 201;
        QTest::newRow("read key lists")
            << QByteArray("GET") << "/api/v1/push" << QByteArray("Bearer " + kReadKey) << 200;
        QTest::newRow("unknown path")
            << QByteArray("GET") << "/nope" << QByteArray("Bearer " + kReadKey) << 404;
        QTest::newRow("wrong method")
            << QByteArray("POST") << "/metrics" << QByteArray("Bearer " + kWriteKey) << 405;
    }
    void auth()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        Env env;
        QVERIFY(env.start());
        ExporterClient c = env.client();
        const HttpResult r =
            c.send(verb, path, {}, verb == "POST" ? QByteArray("a description") : QByteArray(),
                   authorization.isEmpty()
                       ? QList<std::pair<QByteArray, QByteArray>> {}
                       : QList<std::pair<QByteArray, QByteArray>> { { "Authorization", authorization } });
        QCOMPARE(r.status, status);
        if (status >= 400) {
            QVERIFY2(r.contentType.startsWith("application/json"), r.contentType.constData());
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(o.value(QStringLiteral("status")).toInt(), status);
            QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
        }
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void failedAttemptsAreRateLimited()
    {
        Env env;
        ExporterConfig c = Env::config();
        c.authFailuresPerMinute = 3;
        QVERIFY(env.start(c));
        ExporterClient client = env.client();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(QStringLiteral("/metrics"), "guess-" + QByteArray::number(i)).status, 401);
        // Now even the right key waits: the address is throttled, not the key.
        const HttpResult r = client.get(QStringLiteral("/metrics"), kReadKey);
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").toInt() > 0);
        QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
        QVERIFY(
            env.exporter->renderMetrics(ExpositionFormat::PrometheusText, QDateTime::currentMSecsSinceEpoch())
                .contains("bandwatch_exporter_auth_failures_total 3\n"));
    }

    void nonLoopbackWithoutKeysIsRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("withKeys");
        QTest::addColumn<bool>("refused");
        QTest::newRow("any ipv4") << "0.0.0.0" << false << true;
        QTest::newRow("any ipv6") << "::" << false << true;
        QTest::newRow("lan address") << "192.0.2.10" << false << true;
        QTest::newRow("loopback ipv4") << "127.0.0.1" << false << false;
        QTest::newRow("loopback ipv6") << "::1" << false << false;
    }
    void nonLoopbackWithoutKeysIsRefused()
    {
        QFETCH(QString, address);
        QFETCH(bool, withKeys);
        QFETCH(bool, refused);
        Env env;
        ExporterConfig c = Env::config(withKeys);
        c.address = QHostAddress(address);
        c.listen = QStringLiteral("%1:0").arg(address);
        QString error;
        const bool ok = env.start(c, &error);
        QCOMPARE(!ok, refused);
        if (refused) {
            QVERIFY2(error.contains(QStringLiteral("refusing to serve the exporter")), qPrintable(error));
            QVERIFY(error.contains(QStringLiteral("api_keys")));
            QVERIFY(!env.exporter->isRunning());
        } else {
            // Loopback without keys: open to local clients.
            QCOMPARE(env.client().get(QStringLiteral("/metrics")).status, 200);
        }
    }

    void limits_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<int>("pauseMs");
        QTest::addColumn<QByteArray>("statusLine");
        const QByteArray auth = "Authorization: Bearer " + kWriteKey + "\r\n";
        QTest::newRow("declared body too large") << QByteArrayList {
            "POST /api/v1/push/big HTTP/1.1\r\nHost: t\r\n" + auth + "Content-Length: 100000\r\n\r\n",
            QByteArray(1000, 'x')
        } << 0 << QByteArray("HTTP/1.1 413");
        QTest::newRow("body of 1 MiB sent anyway")
            << QByteArrayList { "PUT /api/v1/push/big HTTP/1.1\r\nHost: t\r\n" + auth
                                + "Content-Length: 1048576\r\n\r\n" + QByteArray(1048576, '1') }
            << 0 << QByteArray("HTTP/1.1 413");
        QTest::newRow("headers too large") << QByteArrayList {
            "GET /metrics HTTP/1.1\r\nHost: t\r\nX-Pad: " + QByteArray(5000, 'p') + "\r\n\r\n"
        } << 0 << QByteArray("HTTP/1.1 431");
        QTest::newRow("chunked body")
            << QByteArrayList { "POST /api/v1/push/c HTTP/1.1\r\nHost: t\r\n" + auth
                                + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n" }
            << 0 << QByteArray("HTTP/1.1 411");
        QTest::newRow("slow sender") << QByteArrayList { "GET /metrics HTTP/1.1\r\n", "Host: t\r\n" } << 300
                                     << QByteArray("HTTP/1.1 408");
        QTest::newRow("garbage") << QByteArrayList { "\x16\x03\x01 hello\r\n\r\n" } << 0
                                 << QByteArray("HTTP/1.1 400");
        QTest::newRow("within limits")
            << QByteArrayList { "GET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n" } << 0
            << QByteArray("HTTP/1.1 200");
    }
    void limits()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(int, pauseMs);
        QFETCH(QByteArray, statusLine);
        Env env;
        ExporterConfig c = Env::config();
        c.limits.maxBodyBytes = 4096;
        c.limits.maxHeaderBytes = 2048;
        c.limits.requestTimeoutMs = 800;
        QVERIFY(env.start(c));
        const QByteArray reply = rawExchange(env.exporter->port(), chunks, 4000, pauseMs);
        QVERIFY2(reply.startsWith(statusLine), reply.left(200).constData());
        if (!statusLine.endsWith("200")) {
            QVERIFY(reply.contains("Connection: close"));
            QVERIFY(reply.contains("\"error\":"));
        }
        // The server is still fine afterwards.
        QCOMPARE(env.client().get(QStringLiteral("/health")).status, 200);
    }

    void connectionCap()
    {
        Env env;
        ExporterConfig c = Env::config();
        c.limits.maxConnections = 2;
        QVERIFY(env.start(c));
        QTcpSocket a, b;
        a.connectToHost(QHostAddress::LocalHost, env.exporter->port());
        b.connectToHost(QHostAddress::LocalHost, env.exporter->port());
        QTRY_VERIFY(a.state() == QAbstractSocket::ConnectedState
                    && b.state() == QAbstractSocket::ConnectedState);
        QTest::qWait(100);
        const QByteArray third = rawExchange(env.exporter->port(), {}, 2000);
        QVERIFY2(third.startsWith("HTTP/1.1 503"), third.constData());
        a.abort();
        b.abort();
        QTRY_COMPARE(env.client().get(QStringLiteral("/health")).status, 200);
    }

    void selfSignedTls()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed");
        Env env;
        ExporterConfig c = Env::config();
        c.tls.mode = ExporterTlsConfig::Mode::SelfSigned;
        QVERIFY(env.start(c));
        const QString dir = env.dir.filePath(QStringLiteral("tls"));
        const QFileDevice::Permissions keyPerms = QFile::permissions(dir + QStringLiteral("/key.pem"));
        QVERIFY(keyPerms & QFileDevice::ReadOwner);
        QCOMPARE(int(keyPerms & 0x00FF), 0); // nothing for group and others: 0600
        QCOMPARE(int(QFile::permissions(dir) & 0x00FF), 0);
        const QString fingerprint = env.exporter->tlsFingerprint();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                        QStringLiteral("-sha256"), QStringLiteral("-in"),
                        dir + QStringLiteral("/cert.pem") });
        QVERIFY(openssl.waitForFinished(10'000));
        QVERIFY2(QString::fromLatin1(openssl.readAll()).contains(fingerprint), qPrintable(fingerprint));
        QVERIFY(env.exporter->baseUrl().startsWith(QStringLiteral("https://")));
        ExporterClient client = env.client();
        QCOMPARE(client.get(QStringLiteral("/metrics"), kReadKey).status, 200);
        QCOMPARE(client.get(QStringLiteral("/metrics")).status, 401);
        // Plain HTTP on the TLS port gets nowhere.
        QVERIFY(!rawExchange(env.exporter->port(), { "GET /health HTTP/1.1\r\n\r\n" }, 2000)
                     .startsWith("HTTP/1.1 200"));
        // A restart keeps the pair, so a pinned fingerprint stays valid.
        env.exporter->stop();
        QVERIFY(env.exporter->start(c, nullptr));
        QCOMPARE(env.exporter->tlsFingerprint(), fingerprint);
    }

    void reconfigureSwapsKeys()
    {
        Env env;
        QVERIFY(env.start());
        const quint16 port = env.exporter->port();
        ExporterConfig c = Env::config();
        c.port = port;
        c.keys = { { QStringLiteral("new"), ApiScope::Read, ApiKey::hash("a-brand-new-key-123456") } };
        QString error;
        QVERIFY2(env.exporter->reconfigure(c, &error), qPrintable(error));
        QCOMPARE(env.exporter->port(), port);
        ExporterClient client = env.client();
        QCOMPARE(client.get(QStringLiteral("/metrics"), kReadKey).status, 401);
        QCOMPARE(client.get(QStringLiteral("/metrics"), "a-brand-new-key-123456").status, 200);
        // An open bind without keys is refused on reload too, and the old settings stay.
        ExporterConfig open = c;
        open.keys.clear();
        open.address = QHostAddress(QHostAddress::AnyIPv4);
        QVERIFY(!env.exporter->reconfigure(open, &error));
        QCOMPARE(client.get(QStringLiteral("/metrics"), "a-brand-new-key-123456").status, 200);
    }

    void connectionCloseIsHonoured()
    {
        Env env;
        QVERIFY(env.start());
        const QByteArray reply = rawExchange(
            env.exporter->port(), { "GET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n" }, 3000);
        QVERIFY(reply.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(reply.contains("Connection: close\r\n"));
        QVERIFY(reply.endsWith("}"));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
