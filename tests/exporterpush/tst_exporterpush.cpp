// The push-metrics API (the MetricNexus replacement) over HTTP: every
// operation, bad numbers, counters that never go down, values that survive a
// restart, the MetricNexus state import and its old paths.
#include "../exporter/exporterenv.h"
#include "app/exporterbridge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestExporterPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void push_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QByteArray>("value"); // GET of `metric` afterwards; empty: 404
        // Before each row: gauge g = 10, counter c_total = 10.
        QTest::newRow("set gauge") << QByteArray("PUT") << "g" << QByteArray("5") << 204 << "g"
                                   << QByteArray("5");
        QTest::newRow("inc") << QByteArray("PUT") << "g/inc" << QByteArray() << 204 << "g"
                             << QByteArray("11");
        QTest::newRow("dec") << QByteArray("PUT") << "g/dec" << QByteArray() << 204 << "g" << QByteArray("9");
        QTest::newRow("add") << QByteArray("PUT") << "g/add" << QByteArray("2.5") << 204 << "g"
                             << QByteArray("12.5");
        QTest::newRow("sub") << QByteArray("PUT") << "g/sub" << QByteArray("13") << 204 << "g"
                             << QByteArray("-3");
        QTest::newRow("set json") << QByteArray("PUT") << "g" << QByteArray("{\"value\": 1e3}") << 204 << "g"
                                  << QByteArray("1000");
        QTest::newRow("bad number is 400, not 0")
            << QByteArray("PUT") << "g" << QByteArray("ten") << 400 << "g" << QByteArray("10");
        QTest::newRow("empty add") << QByteArray("PUT") << "g/add" << QByteArray(" ") << 400 << "g"
                                   << QByteArray("10");
        QTest::newRow("nan") << QByteArray("PUT") << "g" << QByteArray("NaN") << 400 << "g"
                             << QByteArray("10");
        QTest::newRow("unknown operation")
            << QByteArray("PUT") << "g/mul" << QByteArray("2") << 404 << "g" << QByteArray("10");
        QTest::newRow("counter up") << QByteArray("PUT") << "c" << QByteArray("20") << 204 << "c"
                                    << QByteArray("20");
        QTest::newRow("counter down")
            << QByteArray("PUT") << "c" << QByteArray("5") << 409 << "c" << QByteArray("10");
        QTest::newRow("counter dec") << QByteArray("PUT") << "c/dec" << QByteArray() << 409 << "c"
                                     << QByteArray("10");
        QTest::newRow("counter inc") << QByteArray("PUT") << "c_total/inc" << QByteArray() << 204 << "c"
                                     << QByteArray("11");
        QTest::newRow("set missing") << QByteArray("PUT") << "nothing" << QByteArray("1") << 404 << "nothing"
                                     << QByteArray();
        QTest::newRow("delete") << QByteArray("DELETE") << "g" << QByteArray() << 204 << "g" << QByteArray();
        QTest::newRow("create again")
            << QByteArray("POST") << "g" << QByteArray("same") << 200 << "g" << QByteArray("10");
        QTest::newRow("create other type")
            << QByteArray("POST") << "c_total?type=gauge" << QByteArray() << 400 << "c" << QByteArray("10");
        QTest::newRow("type clash") << QByteArray("POST") << "g?type=counter" << QByteArray() << 201
                                    << "g_total" << QByteArray("0");
        QTest::newRow("create json") << QByteArray("POST") << "jobs"
                                     << QByteArray("{\"type\":\"counter\",\"description\":\"d\",\"value\":4}")
                                     << 201 << "jobs" << QByteArray("4");
        QTest::newRow("sanitised name") << QByteArray("POST") << "spiderKills.now" << QByteArray() << 201
                                        << "spider_kills_now" << QByteArray("0");
        QTest::newRow("lint-unsafe name")
            << QByteArray("POST") << "latency_ms" << QByteArray() << 400 << "latency_ms" << QByteArray();
    }
    void push()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, metric);
        QFETCH(QByteArray, value);
        Env env;
        QVERIFY(env.start());
        ExporterClient c = env.client();
        QCOMPARE(c.send("POST", QStringLiteral("/api/v1/push/g"), kWriteKey, "a gauge").status, 201);
        QCOMPARE(c.send("PUT", QStringLiteral("/api/v1/push/g"), kWriteKey, "10").status, 204);
        QCOMPARE(c.send("POST", QStringLiteral("/api/v1/push/c?type=counter"), kWriteKey, "a counter").status,
                 201);
        QCOMPARE(c.send("PUT", QStringLiteral("/api/v1/push/c"), kWriteKey, "10").status, 204);
        const HttpResult r = c.send(verb, QStringLiteral("/api/v1/push/") + path, kWriteKey, body);
        QVERIFY2(r.status == status, r.body.constData());
        const HttpResult after = c.get(QStringLiteral("/api/v1/push/") + metric, kReadKey);
        if (value.isEmpty()) {
            QCOMPARE(after.status, 404);
        } else {
            QCOMPARE(after.status, 200);
            QCOMPARE(after.body, value);
        }
    }

    void pushValuesSurviveRestart()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.db"));
        {
            HistoryStore store;
            QVERIFY(store.open(db, nullptr));
            Exporter e(&store);
            QVERIFY(e.start(Env::config(), nullptr));
            ExporterClient c(e.baseUrl());
            QCOMPARE(
                c.send("POST", QStringLiteral("/api/v1/push/uptime_seconds"), kWriteKey, "uptime").status,
                201);
            QCOMPARE(c.send("PUT", QStringLiteral("/api/v1/push/uptime_seconds"), kWriteKey, "125.5").status,
                     204);
            QCOMPARE(
                c.send("POST", QStringLiteral("/api/v1/push/kills?type=counter"), kWriteKey, "kills").status,
                201);
            QCOMPARE(c.send("PUT", QStringLiteral("/api/v1/push/kills/add"), kWriteKey, "1e12").status, 204);
            QCOMPARE(c.send("PUT", QStringLiteral("/api/v1/push/kills/inc"), kWriteKey).status, 204);
            // No flush, no clean shutdown of the exporter: the values were
            // committed before each answer.
        }
        HistoryStore store;
        QVERIFY(store.open(db, nullptr));
        Exporter e(&store);
        QVERIFY(e.start(Env::config(), nullptr));
        ExporterClient c(e.baseUrl());
        QCOMPARE(c.get(QStringLiteral("/api/v1/push/uptime_seconds"), kReadKey).body, QByteArray("125.5"));
        QCOMPARE(c.get(QStringLiteral("/api/v1/push/kills"), kReadKey).body, QByteArray("1000000000001"));
        const QByteArray metrics = c.get(QStringLiteral("/metrics"), kReadKey).body;
        QVERIFY(metrics.contains(
            "# HELP uptime_seconds uptime\n# TYPE uptime_seconds gauge\nuptime_seconds 125.5\n"));
        QVERIFY(metrics.contains("# TYPE kills_total counter\nkills_total 1000000000001\n"));
    }

    void metricNexusStateImport()
    {
        QString error;
        const auto metrics = ExporterBridge::readMetricNexusState(
            QFINDTESTDATA("data/metricnexus_state_yamlv3_derived.yaml"), &error);
        QVERIFY2(metrics, qPrintable(error));
        QCOMPARE(metrics->size(), 4); // metric_nexus_clients is ours to compute
        Env env;
        QVERIFY(env.start());
        QStringList skipped;
        QCOMPARE(env.exporter->importPushMetrics(*metrics, &skipped), 4);
        ExporterClient c = env.client();
        QCOMPARE(c.get(QStringLiteral("/api/v1/push/bwmon_eth0_rx_bytes"), kReadKey).body,
                 QByteArray("1234567890000"));
        QCOMPARE(c.get(QStringLiteral("/api/v1/push/big"), kReadKey).body, QByteArray("1e+21"));
        const QByteArray m = c.get(QStringLiteral("/metrics"), kReadKey).body;
        QVERIFY(m.contains("# HELP empty_desc Pushed metric empty_desc.\n"));
        QVERIFY(m.contains("# HELP bwmon_eth0_rx_bytes rx bytes: eth0\n"));
        // Only into an empty store: a second import adds nothing.
        QCOMPARE(env.exporter->importPushMetrics(*metrics, &skipped), 0);
    }
    // Clients written for MetricNexus keep working when asked for: its paths
    // (/:metric, /:metric/inc, /__metrics) and its "token" scheme.
    void metricNexusPaths_data()
    {
        QTest::addColumn<bool>("compat");
        QTest::newRow("metricnexus_compat: true") << true;
        QTest::newRow("off by default") << false;
    }
    void metricNexusPaths()
    {
        QFETCH(bool, compat);
        Env env;
        ExporterConfig c = Env::config();
        c.metricnexusCompat = compat;
        QVERIFY(env.start(c));
        ExporterClient client = env.client();
        const HttpResult created = client.send("POST", QStringLiteral("/uptime_seconds"), kWriteKey,
                                               "metric server uptime", {}, "token");
        if (!compat) {
            QCOMPARE(created.status, 404);
            return;
        }
        QCOMPARE(created.status, 201);
        QCOMPARE(
            client.send("PUT", QStringLiteral("/uptime_seconds"), kWriteKey, "125.5", {}, "token").status,
            204);
        QCOMPARE(client.send("PUT", QStringLiteral("/uptime_seconds/inc"), kWriteKey, {}, {}, "token").status,
                 204);
        QCOMPARE(client.send("GET", QStringLiteral("/uptime_seconds"), kReadKey, {}, {}, "token").body,
                 QByteArray("126.5"));
        const HttpResult m = client.send("GET", QStringLiteral("/__metrics"), kReadKey, {}, {}, "token");
        QCOMPARE(m.status, 200);
        QVERIFY(m.body.contains("# HELP uptime_seconds metric server uptime\n"));
        QVERIFY(m.body.contains("\nuptime_seconds 126.5\n"));
        QCOMPARE(client.send("GET", QStringLiteral("/metrics"), kReadKey).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestExporterPush)
#include "tst_exporterpush.moc"
