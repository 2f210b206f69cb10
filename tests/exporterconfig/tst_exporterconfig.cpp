// The `exporter:` section (through ConfigLoader, with file and line), listen
// addresses, API keys and the failed-attempt throttle.
#include "app/configloader.h"
#include "exporter/apikeyring.h"
#include "exporter/auththrottle.h"
#include "exporter/exporterconfig.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

class TestExporterConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("default") << "127.0.0.1:18563" << true << "127.0.0.1" << 18563 << true;
        QTest::newRow("ipv6 loopback") << "[::1]:9100" << true << "::1" << 9100 << true;
        QTest::newRow("localhost") << "localhost:8080" << true << "127.0.0.1" << 8080 << true;
        QTest::newRow("all ipv4") << "0.0.0.0:18563" << true << "0.0.0.0" << 18563 << false;
        QTest::newRow("all ipv6") << "[::]:18563" << true << "::" << 18563 << false;
        QTest::newRow("lan") << "192.168.1.5:80" << true << "192.168.1.5" << 80 << false;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << 0 << false;
        QTest::newRow("bad port") << "127.0.0.1:99999" << false << "" << 0 << false;
        QTest::newRow("ipv6 without brackets") << "::1:80" << false << "" << 0 << false;
        QTest::newRow("host name") << "example.org:80" << false << "" << 0 << false;
    }
    void listen()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(bool, loopback);
        QHostAddress a;
        quint16 p = 0;
        QString error;
        QCOMPARE(ExporterConfig::parseListen(text, &a, &p, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(a, QHostAddress(address));
        QCOMPARE(int(p), port);
        QCOMPARE(a.isLoopback(), loopback);
    }

    void config_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("absent") << QByteArray("sources: []\n") << "";
        QTest::newRow("defaults") << QByteArray("exporter:\n  enabled: true\n") << "";
        QTest::newRow("non-loopback without keys")
            << QByteArray("exporter:\n  enabled: true\n  listen: 0.0.0.0:18563\n")
            << "refusing to serve the exporter";
        QTest::newRow("ipv6 any without keys")
            << QByteArray("exporter:\n  enabled: true\n  listen: \"[::]:18563\"\n") << "no API key";
        QTest::newRow("non-loopback disabled is fine")
            << QByteArray("exporter:\n  enabled: false\n  listen: 0.0.0.0:18563\n") << "";
        QTest::newRow("non-loopback with key")
            << QByteArray("exporter:\n  enabled: true\n  listen: 0.0.0.0:18563\n  api_keys:\n"
                          "    - {name: p, scope: read, key: \"${BW_EXPORTER_TEST_KEY}\"}\n")
            << "";
        QTest::newRow("key file") << QByteArray(
            "exporter:\n  api_keys:\n    - name: p\n      key_file: KEYFILE\n")
                                  << "";
        QTest::newRow("missing key file")
            << QByteArray("exporter:\n  api_keys:\n    - name: p\n      key_file: /nonexistent/key\n")
            << "cannot read secret file";
        QTest::newRow("bad scope") << QByteArray(
            "exporter:\n  api_keys:\n    - {name: p, scope: admin, key: abcdefghijklmnopq}\n")
                                   << "scope must be read or write";
        QTest::newRow("no key") << QByteArray("exporter:\n  api_keys:\n    - {name: p}\n")
                                << "exactly one of key";
        QTest::newRow("duplicate name")
            << QByteArray("exporter:\n  api_keys:\n    - {name: p, key: abcdefghijklmnopq}\n"
                          "    - {name: p, key: bbcdefghijklmnopq}\n")
            << "used twice";
        QTest::newRow("duplicate value")
            << QByteArray("exporter:\n  api_keys:\n    - {name: p, key: abcdefghijklmnopq}\n"
                          "    - {name: q, key: abcdefghijklmnopq}\n")
            << "same value";
        QTest::newRow("bad listen") << QByteArray("exporter:\n  listen: nowhere\n") << "exporter.listen";
        QTest::newRow("unknown key") << QByteArray("exporter:\n  enable: true\n") << "unknown key \"enable\"";
        QTest::newRow("bad limit") << QByteArray("exporter:\n  limits: {max_body: lots}\n") << "max_body";
        QTest::newRow("tls half") << QByteArray("exporter:\n  tls: {cert_file: /a.pem}\n")
                                  << "both cert_file and key_file";
        QTest::newRow("tls both kinds")
            << QByteArray("exporter:\n  tls: {cert_file: a, key_file: b, self_signed: true}\n") << "not both";
    }
    void config()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QFile key(dir.filePath(QStringLiteral("p.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("0123456789abcdef0123\n");
        key.close();
        key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("BW_EXPORTER_TEST_KEY", "0123456789abcdef0123");
        yaml.replace("KEYFILE", key.fileName().toUtf8());
        const auto r = ConfigLoader::parse(yaml, dir.filePath(QStringLiteral("bw.yaml")));
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.errors.join(u'\n').contains(error), qPrintable(r.errors.join(u'\n')));
        }
    }

    void inlineKeyWarns_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("warned");
        QTest::newRow("inline") << QByteArray(
            "exporter:\n  api_keys:\n    - {name: p, key: abcdefghijklmnopqrstu}\n")
                                << true;
        QTest::newRow("from environment")
            << QByteArray("exporter:\n  api_keys:\n    - {name: p, key: \"${BW_EXPORTER_TEST_KEY}\"}\n")
            << false;
    }
    void inlineKeyWarns()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, warned);
        qputenv("BW_EXPORTER_TEST_KEY", "0123456789abcdef0123");
        const auto r = ConfigLoader::parse(yaml, QStringLiteral("w.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.warnings.join(u'\n').contains(QStringLiteral("written inline")), warned);
        if (warned)
            QVERIFY(r.warnings.first().startsWith(QStringLiteral("w.yaml:3: ")));
    }

    void configValues()
    {
        ConfigError e;
        QList<ConfigError> errors;
        const QByteArray yaml = "exporter:\n  enabled: true\n  listen: \"[::1]:9999\"\n  stale_after: 10m\n"
                                "  limits: {max_body: 1KiB, max_connections: 7, request_timeout: 2s}\n"
                                "  api_keys:\n    - {name: w, scope: write, key: abcdefghijklmnopqrstu}\n"
                                "  push: {enabled: false}\n  tls: {self_signed: true}\n";
        const auto r = ConfigLoader::parse(yaml, QStringLiteral("x.yaml"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        const ExporterConfig c =
            ExporterConfig::parse(r.config->document.child(u"exporter"), QString(), &errors, nullptr);
        QVERIFY(errors.isEmpty());
        QVERIFY(c.enabled);
        QCOMPARE(c.address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(c.port, quint16(9999));
        QCOMPARE(c.staleAfterMs, qint64(600'000));
        QCOMPARE(c.limits.maxBodyBytes, qint64(1024));
        QCOMPARE(c.limits.maxConnections, 7);
        QCOMPARE(c.limits.requestTimeoutMs, qint64(2000));
        QCOMPARE(c.keys.size(), 1);
        QCOMPARE(c.keys[0].scope, ApiScope::Write);
        QCOMPARE(c.keys[0].sha256, ApiKey::hash("abcdefghijklmnopqrstu"));
        QVERIFY(!c.pushEnabled);
        QCOMPARE(c.tls.mode, ExporterTlsConfig::Mode::SelfSigned);
    }

    void keyRing_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("matched");
        QTest::newRow("bearer") << QByteArray("Bearer read-key-0123456789") << "reader";
        QTest::newRow("bearer lower case") << QByteArray("bearer read-key-0123456789") << "reader";
        QTest::newRow("token scheme") << QByteArray("token write-key-0123456789") << "writer";
        QTest::newRow("extra spaces") << QByteArray("  Bearer   write-key-0123456789  ") << "writer";
        QTest::newRow("wrong key") << QByteArray("Bearer read-key-012345678") << "";
        QTest::newRow("prefix of a key") << QByteArray("Bearer read") << "";
        QTest::newRow("basic scheme") << QByteArray("Basic cmVhZC1rZXk=") << "";
        QTest::newRow("no scheme") << QByteArray("read-key-0123456789") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }
    void keyRing()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, matched);
        ApiKeyRing ring;
        ring.setKeys({ { QStringLiteral("reader"), ApiScope::Read, ApiKey::hash("read-key-0123456789") },
                       { QStringLiteral("writer"), ApiScope::Write, ApiKey::hash("write-key-0123456789") } });
        const auto m = ring.match(header);
        QCOMPARE(m ? m->name : QString(), matched);
    }

    void throttle_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("below limit") << 2 << qint64(0) << false;
        QTest::newRow("at limit") << 3 << qint64(0) << true;
        QTest::newRow("window passed") << 3 << qint64(61'000) << false;
        QTest::newRow("far above") << 50 << qint64(30'000) << true;
    }
    void throttle()
    {
        QFETCH(int, failures);
        QFETCH(qint64, after);
        QFETCH(bool, blocked);
        AuthThrottle t;
        t.setLimit(3, 60'000);
        const QHostAddress a(QStringLiteral("127.0.0.1"));
        const QHostAddress other(QStringLiteral("::1"));
        for (int i = 0; i < failures; ++i)
            t.recordFailure(a, 1'000'000 + i);
        QCOMPARE(t.retryAfterMs(a, 1'000'000 + failures + after) > 0, blocked);
        QCOMPARE(t.retryAfterMs(other, 1'000'000), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestExporterConfig)
#include "tst_exporterconfig.moc"
