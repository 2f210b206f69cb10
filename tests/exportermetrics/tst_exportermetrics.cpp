// What the exporter serves: /metrics checked by the real promtool with every
// family in use, counters resumed from the store, stale series, and the JSON
// shapes of the tools it replaces (Kong bandwidth, vnstat webhook).
#include "../exporter/exporterenv.h"
#include "core/vnstatexportertotals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

class TestExporterMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countersResumeFromStore()
    {
        Env env;
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 60'000;
        env.store.append({ sample("local", "eth0", Direction::In, t, t + 5000, 1000),
                           sample("local", "eth0", Direction::In, t + 5000, t + 10'000, 500) });
        QVERIFY(env.store.flush());
        QVERIFY(env.start());
        env.exporter->addSamples({ sample("local", "eth0", Direction::In, t + 10'000, t + 15'000, 25) });
        const QByteArray m = env.client().get(QStringLiteral("/metrics"), kReadKey).body;
        QVERIFY2(
            m.contains(
                "bandwatch_traffic_bytes_total{source=\"local\",series=\"eth0\",direction=\"in\"} 1525\n"),
            m.constData());
    }

    void staleSeriesDisappear()
    {
        Env env;
        QVERIFY(env.start());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        env.exporter->addSamples(
            { sample("cdn", "example.org", Direction::Out, now - 5000, now, 10),
              sample("cdn", "gone.example", Direction::Out, now - 7'200'000, now - 7'195'000, 10),
              sample("removed", "x", Direction::Out, now - 5000, now, 10) });
        ExporterClient c = env.client();
        QByteArray m = c.get(QStringLiteral("/metrics"), kReadKey).body;
        QVERIFY(m.contains("series=\"example.org\""));
        QVERIFY2(!m.contains("gone.example"), "a series silent for 2 h is stale");
        QVERIFY2(!m.contains("source=\"removed\""), "a source not configured is not served");
        env.exporter->setSources({ source(QStringLiteral("local")) });
        m = c.get(QStringLiteral("/metrics"), kReadKey).body;
        QVERIFY(!m.contains("example.org"));
        QVERIFY(!m.contains("source=\"cdn\""));
    }

    // Every family in use, with label values and help texts that need
    // escaping; promtool must accept the real /metrics output without a word.
    void promtoolAcceptsEverything()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed");
        Env env;
        QVERIFY(env.start());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QuotaStatus volume;
        volume.name = QStringLiteral("monthly \"cap\" \\ eu\nwest");
        volume.cycleStart = QDateTime::currentDateTimeUtc().addDays(-3);
        volume.cycleEnd = QDateTime::currentDateTimeUtc().addDays(27);
        volume.limit = 1e12;
        volume.used = 4e11;
        volume.inBytes = 1e11;
        volume.outBytes = 3e11;
        volume.projected = 9e11;
        QuotaStatus rate = volume;
        rate.name = QStringLiteral("p95");
        rate.kind = QuotaStatus::Kind::Rate;
        rate.limit = 5e8;
        rate.used = 1e8;
        env.quotas.list = { volume, rate };
        env.exporter->setSources({ source(QStringLiteral("cdn")),
                                   source(QStringLiteral("local\"1\""), ExportedSource::Health::Error) });
        env.exporter->addSamples(
            { sample("cdn", "say \"hi\"\nC:\\dir", Direction::Out, now - 5000, now, 12345,
                     { { QStringLiteral("service"), QStringLiteral("svc\\\"x") },
                       { QStringLiteral("route-name"), QStringLiteral("r\n") } }),
              sample("cdn", "say \"hi\"\nC:\\dir", Direction::In, now - 5000, now, 1),
              sample("local\"1\"", "eth0", Direction::In, now - 5000, now, 99) });
        ExporterClient c = env.client();
        QCOMPARE(c.send("POST", QStringLiteral("/api/v1/push/jobsDone?type=counter"), kWriteKey,
                        "Jobs done \\ with a\nnewline")
                     .status,
                 201);
        QCOMPARE(c.send("POST", QStringLiteral("/api/v1/push/queue_length"), kWriteKey).status, 201);
        QCOMPARE(c.send("PUT", QStringLiteral("/api/v1/push/queue_length"), kWriteKey, "-2.5").status, 204);
        QCOMPARE(c.get(QStringLiteral("/metrics"), "wrong-key-wrong-key").status, 401);

        const HttpResult r = c.get(QStringLiteral("/metrics"), kReadKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        for (const char *family :
             { "bandwatch_traffic_bytes_total{", "bandwatch_bandwidth_bytes_per_second{",
               "bandwatch_source_up{", "bandwatch_source_last_success_timestamp_seconds{",
               "bandwatch_source_errors_total{", "bandwatch_source_polls_total{",
               "bandwatch_quota_usage_ratio{", "bandwatch_quota_limit_bytes{", "bandwatch_quota_used_bytes{",
               "bandwatch_quota_projected_bytes{", "bandwatch_quota_rate_limit_bytes_per_second{",
               "bandwatch_quota_rate_bytes_per_second{", "bandwatch_quota_cycle_start_timestamp_seconds{",
               "bandwatch_quota_cycle_end_timestamp_seconds{", "bandwatch_push_clients 1",
               "jobs_done_total 0", "queue_length -2.5", "bandwatch_exporter_auth_failures_total 1" })
            QVERIFY2(r.body.contains(family), family);
        QVERIFY(r.body.contains("series=\"say \\\"hi\\\"\\nC:\\\\dir\""));
        QVERIFY(r.body.contains("quota=\"monthly \\\"cap\\\" \\\\ eu\\nwest\""));
        QVERIFY(r.body.contains("# HELP jobs_done_total Jobs done \\\\ with a\\nnewline\n"));

        QProcess p;
        p.start(promtool, { QStringLiteral("check"), QStringLiteral("metrics") });
        QVERIFY(p.waitForStarted());
        p.write(r.body);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30'000));
        const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0 && output.trimmed().isEmpty(),
                 QByteArray(output + "\n" + r.body).constData());

        // The same through OpenMetrics, checked by prometheus_client's strict parser.
        const HttpResult om =
            c.send("GET", QStringLiteral("/metrics"), kReadKey, {},
                   { { "Accept", "application/openmetrics-text;version=1.0.0,text/plain;q=0.5" } });
        QCOMPARE(om.contentType, QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"));
        QVERIFY(om.body.endsWith("# EOF\n"));
        QVERIFY(om.body.contains(
            "# TYPE bandwatch_traffic_bytes counter\n# UNIT bandwatch_traffic_bytes bytes\n"));
        // Prometheus asks for gzip; the raw reply is compressed and decodes to the same text.
        const QByteArray raw = rawExchange(env.exporter->port(),
                                           { "GET /metrics HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip\r\n"
                                             "Connection: close\r\nAuthorization: Bearer "
                                             + kReadKey + "\r\n\r\n" });
        QVERIFY2(raw.contains("\r\nContent-Encoding: gzip\r\n"), raw.left(300).constData());
        QVERIFY(raw.mid(raw.indexOf("\r\n\r\n") + 4).startsWith("\x1f\x8b"));
        if (QFile::exists(QStringLiteral("/usr/bin/python3"))) {
            QProcess py;
            py.start(QStringLiteral("/usr/bin/python3"),
                     { QStringLiteral("-c"),
                       QStringLiteral("import sys\nfrom prometheus_client.openmetrics.parser import "
                                      "text_string_to_metric_families as p\n"
                                      "print(sum(len(f.samples) for f in p(sys.stdin.read())))") });
            QVERIFY(py.waitForStarted());
            py.write(om.body);
            py.closeWriteChannel();
            QVERIFY(py.waitForFinished(30'000));
            QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        }
    }

    void bandwidthHasTheKongShape()
    {
        Env env;
        const qint64 minute = 60'000;
        const qint64 base = (QDateTime::currentMSecsSinceEpoch() / minute - 4) * minute;
        const Labels l { { QStringLiteral("service"), QStringLiteral("bun-service") },
                         { QStringLiteral("route"), QStringLiteral("bun-route") } };
        env.store.append(
            { sample("kong", "bun-service/bun-route", Direction::Out, base + 2 * minute,
                     base + 2 * minute + 30'000, 9133, l),
              sample("kong", "bun-service/bun-route", Direction::In, base, base + 30'000, 10, l) });
        QVERIFY(env.store.flush());
        QVERIFY(env.start());
        const HttpResult r = env.client().get(
            QStringLiteral(
                "/api/v1/bandwidth?lookback_duration=5m&type=egress&service=bun-service&route=bun-route"),
            kReadKey);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = QJsonDocument::fromJson(r.body).array();
        const QJsonArray fixture =
            QJsonDocument::fromJson(readFile(QFINDTESTDATA("data/kong_bandwidth_used_sample_output.json")))
                .array();
        QVERIFY(!fixture.isEmpty());
        QCOMPARE(rows.size(), 6);
        const QRegularExpression timeShape(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00$"));
        int filled = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), fixture.first().toObject().keys());
            QVERIFY(timeShape.match(o.value(QStringLiteral("time")).toString()).hasMatch());
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("egress"));
            QCOMPARE(o.value(QStringLiteral("service")).toString(), QStringLiteral("bun-service"));
            QCOMPARE(o.value(QStringLiteral("route")).toString(), QStringLiteral("bun-route"));
            if (!o.value(QStringLiteral("bandwidth_used")).isNull()) {
                QCOMPARE(o.value(QStringLiteral("bandwidth_used")).toInt(), 9133);
                ++filled;
            }
        }
        QCOMPARE(filled, 1);
        QCOMPARE(
            env.client().get(QStringLiteral("/api/v1/metrics/bandwidth_used?type=sideways"), kReadKey).status,
            400);
    }

    void quotaUsageHasTheVnstatShape()
    {
        Env env;
        QVERIFY(env.start());
        QuotaStatus q;
        q.name = QStringLiteral("vps");
        q.cycleStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        q.cycleEnd = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        q.inBytes = 36'909'875; // 35.2 MiB
        q.outBytes = 52'429; // 0.05 MiB
        q.limit = 1e12;
        q.used = double(q.inBytes + q.outBytes);
        env.quotas.list = { q };
        const QByteArray fixture =
            readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_webhook_response_derived.http"));
        const QByteArray expected = fixture.mid(fixture.indexOf("\n\n") + 2).trimmed();
        ExporterClient c = env.client();
        const HttpResult r = c.get(QStringLiteral("/api/v1/quotas/vps/usage"), kReadKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.body, expected);
        const QJsonObject rich =
            QJsonDocument::fromJson(c.get(QStringLiteral("/api/v1/quotas/vps"), kReadKey).body).object();
        QCOMPARE(rich.value(QStringLiteral("in_bytes")).toDouble(), 36'909'875.0);
        QCOMPARE(rich.value(QStringLiteral("limit_bytes")).toDouble(), 1e12);
        QCOMPARE(rich.value(QStringLiteral("start_date")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(c.get(QStringLiteral("/api/v1/quotas/nope/usage"), kReadKey).status, 404);
    }

    // start_date names the cycle's first day where the cycle starts at
    // midnight: in the quota's zone, not in UTC (15th 00:00 in Taipei is the
    // 14th 16:00 UTC).
    void quotaStartDateInTheQuotaZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral("2026-11-15");
        QTest::newRow("east of UTC") << QByteArray("Asia/Taipei") << QStringLiteral("2026-11-15");
        QTest::newRow("west of UTC") << QByteArray("America/New_York") << QStringLiteral("2026-11-15");
    }

    void quotaStartDateInTheQuotaZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        Env env;
        QVERIFY(env.start());
        QuotaStatus q;
        q.name = QStringLiteral("vps");
        q.zone = tz;
        q.cycleStart = QDateTime(QDate(2026, 11, 15), QTime(0, 0), tz).toUTC();
        q.cycleEnd = QDateTime(QDate(2026, 12, 15), QTime(0, 0), tz).toUTC();
        q.inBytes = 1 << 20;
        q.limit = 1e12;
        q.used = double(q.inBytes);
        env.quotas.list = { q };
        ExporterClient c = env.client();
        const QJsonObject usage =
            QJsonDocument::fromJson(c.get(QStringLiteral("/api/v1/quotas/vps/usage"), kReadKey).body)
                .object();
        QCOMPARE(usage.value(QStringLiteral("start_date")).toString(), expected);
        const QJsonObject rich =
            QJsonDocument::fromJson(c.get(QStringLiteral("/api/v1/quotas/vps"), kReadKey).body).object();
        QCOMPARE(rich.value(QStringLiteral("start_date")).toString(), expected);
    }

    void sourcesAndHealth()
    {
        Env env;
        QVERIFY(env.start());
        env.exporter->setSources(
            { source(QStringLiteral("a")), source(QStringLiteral("b"), ExportedSource::Health::Error) });
        ExporterClient c = env.client();
        const QJsonArray sources =
            QJsonDocument::fromJson(c.get(QStringLiteral("/api/v1/sources"), kReadKey).body)
                .object()
                .value(QStringLiteral("sources"))
                .toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[1].toObject().value(QStringLiteral("health")).toString(), QStringLiteral("error"));
        const QJsonObject health =
            QJsonDocument::fromJson(c.get(QStringLiteral("/api/v1/health"), kReadKey).body).object();
        QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
        QCOMPARE(health.value(QStringLiteral("sources")).toObject().value(QStringLiteral("failing")).toInt(),
                 1);
        // The open /health is the one the vnstat traffic exporter serves (same
        // keys), so its clients and our own vnstat-exporter source accept it.
        const QByteArray openBody = c.get(QStringLiteral("/health")).body;
        const QJsonObject open = QJsonDocument::fromJson(openBody).object();
        const QJsonObject upstream =
            QJsonDocument::fromJson(
                readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_health_derived.json")))
                .object();
        QVERIFY(!upstream.isEmpty());
        QCOMPARE(open.keys(), upstream.keys());
        QString status;
        QVERIFY2(VnstatExporterTotals::isHealthy(openBody, &status), qPrintable(status));
    }
};

QTEST_GUILESS_MAIN(TestExporterMetrics)
#include "tst_exportermetrics.moc"
