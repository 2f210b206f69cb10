// Runs the real `bandwatch` binary the way users and scripts do.
#include "storage/historystore.h"
#include "tinyhttpserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Bandwatch;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment env(bool display = false) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        if (!display) {
            e.remove(QStringLiteral("DISPLAY"));
            e.remove(QStringLiteral("WAYLAND_DISPLAY"));
            e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        }
        return e;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(BANDWATCH_BINARY), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

    // Like run(), but keeps this process's event loop turning, so a
    // TinyHttpServer in it can answer the child.
    Run runServing(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(BANDWATCH_BINARY), args);
        if (!p.waitForStarted())
            return {};
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

    static QByteArray readFixture(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        QVERIFY(QFile::exists(QStringLiteral(BANDWATCH_BINARY)));
    }

    void version()
    {
        const Run r = run({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("bandwatch 0."), r.out.constData());
    }

    void unknownOptionFails()
    {
        const Run r = run({ QStringLiteral("--no-such-flag") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("no-such-flag"));
    }

    void checkConfig_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("valid") << QByteArray(
            "sources:\n  - id: local\n    type: interfaces\n    interval: 5s\n")
                               << 0 << QString();
        QTest::newRow("syntax") << QByteArray("sources:\n  - id: local\n    type: [interfaces\n") << 1
                                << QStringLiteral("check.yaml:4: YAML syntax error");
        QTest::newRow("unknown type") << QByteArray("sources:\n  - id: a\n    type: nope\n") << 1
                                      << QStringLiteral("check.yaml:3: source \"a\": unknown source type");
        QTest::newRow("bad interval")
            << QByteArray("sources:\n  - id: a\n    type: interfaces\n    interval: 5 parsecs\n") << 1
            << QStringLiteral("check.yaml:4: interval");
        // Valid, but worth a word: an empty file would otherwise run doing nothing.
        QTest::newRow("empty file") << QByteArray("") << 0
                                    << QStringLiteral("check.yaml: no enabled sources");
        QTest::newRow("all disabled")
            << QByteArray("sources:\n  - id: a\n    type: interfaces\n    enabled: false\n") << 0
            << QStringLiteral("no enabled sources");
    }
    void checkConfig()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        const QString path = writeFile(QStringLiteral("check.yaml"), yaml);
        const Run r = run({ QStringLiteral("--check-config"), path });
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0)
            QVERIFY(r.out.contains("OK"));
        if (stderrContains.isEmpty())
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        else
            QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
    }

    // The documented example must pass its own check, without warnings, once
    // the one secret file it names exists.
    void exampleConfigIsValid()
    {
        QFile example(QStringLiteral(BANDWATCH_EXAMPLE_CONFIG));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QString secret = writeFile(QStringLiteral("smtp.pass"), "not-a-real-password\n");
        QVERIFY(QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QByteArray yaml = example.readAll();
        yaml.replace("/etc/bandwatch/smtp.pass", secret.toUtf8());
        const QString path = writeFile(QStringLiteral("example.yaml"), yaml);
        const Run r = run({ QStringLiteral("--check-config"), path });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.contains("OK"));
    }

    void checkConfigMissingFile()
    {
        const Run r =
            run({ QStringLiteral("--check-config"), m_home.filePath(QStringLiteral("absent.yaml")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("absent.yaml"));
    }

    // The issue's acceptance: this machine's interfaces as JSON lines.
    void dryRunRealInterfaces()
    {
        const QString cfg = writeFile(QStringLiteral("dry.yaml"),
                                      "sources:\n  - id: local\n    type: interfaces\n    interval: 1s\n"
                                      "    exclude: []\n");
        const Run r = run({ QStringLiteral("--dry-run"), QStringLiteral("--polls"), QStringLiteral("2"),
                            QStringLiteral("--config"), cfg });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, r.out.constData()); // at least lo in and out
        bool sawLoIn = false, sawLoOut = false;
        for (const QByteArray &line : lines) {
            QJsonParseError pe;
            const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, line.constData());
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
            QVERIFY(o.value(QStringLiteral("labels")).isObject());
            const QString dir = o.value(QStringLiteral("direction")).toString();
            QVERIFY(dir == QStringLiteral("in") || dir == QStringLiteral("out"));
            const QDateTime start =
                QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
            const QDateTime end =
                QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
            QVERIFY(start.isValid() && end.isValid());
            QCOMPARE(end.timeSpec(), Qt::UTC);
            QVERIFY(o.value(QStringLiteral("start")).toString().endsWith(u'Z'));
            // ~1 s apart (the second poll follows the first by one interval)
            QVERIFY2(start.msecsTo(end) > 500 && start.msecsTo(end) < 5000, line.constData());
            QVERIFY(qAbs(end.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
            const QJsonValue bytes = o.value(QStringLiteral("bytes"));
            QVERIFY(bytes.isDouble() && bytes.toDouble() >= 0
                    && bytes.toDouble() == std::floor(bytes.toDouble()));
            const double bps = o.value(QStringLiteral("bps")).toDouble(-1);
            QVERIFY(bps >= 0 && bps < 1e12);
            QVERIFY(qAbs(bps - bytes.toDouble() * 8000.0 / double(start.msecsTo(end))) <= 0.01 * bps + 1);
            if (o.value(QStringLiteral("series")).toString() == QStringLiteral("lo")) {
                sawLoIn = sawLoIn || dir == QStringLiteral("in");
                sawLoOut = sawLoOut || dir == QStringLiteral("out");
            }
        }
        QVERIFY(sawLoIn && sawLoOut);
    }

    void dryRunFailingSourceExitsNonZero()
    {
        const QString cfg = writeFile(QStringLiteral("fail.yaml"),
                                      "sources:\n  - id: broken\n    type: interfaces\n    interval: 200ms\n"
                                      "    proc_path: /nonexistent/net/dev\n");
        const Run r = run({ QStringLiteral("--dry-run"), QStringLiteral("--polls"), QStringLiteral("2"),
                            QStringLiteral("--config"), cfg });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("/nonexistent/net/dev"), r.err.constData());
        QVERIFY2(r.err.contains("broken failed on every poll"), r.err.constData());
    }

    // A Kong node replayed from its fixture: the first poll is the baseline,
    // the second prints the growth as JSON lines.
    void dryRunKong()
    {
        const QByteArray fixture = readFixture(QFINDTESTDATA("../kongsource/data/kong_3x_docs_clean.prom"));
        QVERIFY(fixture.contains("direction=\"egress\",consumer=\"\"} 264"));
        int requests = 0;
        TestHttp::Server server([&](const TestHttp::Request &) {
            QByteArray body = fixture;
            if (requests++ > 0)
                body.replace("direction=\"egress\",consumer=\"\"} 264",
                             "direction=\"egress\",consumer=\"\"} 1264")
                    .replace("direction=\"ingress\",consumer=\"\"} 93",
                             "direction=\"ingress\",consumer=\"\"} 593");
            return TestHttp::Response::text(body);
        });
        QVERIFY(server.listen());
        const QString cfg =
            writeFile(QStringLiteral("kong.yaml"),
                      QStringLiteral("sources:\n  - id: gw\n    type: kong\n    interval: 300ms\n"
                                     "    url: %1\n")
                          .arg(server.url(QStringLiteral("/metrics")).toString())
                          .toUtf8());
        const Run r = runServing({ QStringLiteral("--dry-run"), QStringLiteral("--polls"),
                                   QStringLiteral("2"), QStringLiteral("--config"), cfg });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requests, 2);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QMap<QString, double> bytes;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("gw"));
            QCOMPARE(o.value(QStringLiteral("series")).toString(), QStringLiteral("google/google.route-1"));
            QCOMPARE(o.value(QStringLiteral("labels")).toObject().value(QStringLiteral("route")).toString(),
                     QStringLiteral("google.route-1"));
            bytes[o.value(QStringLiteral("direction")).toString()] +=
                o.value(QStringLiteral("bytes")).toDouble();
        }
        QCOMPARE(bytes.value(QStringLiteral("out")), 1000.0);
        QCOMPARE(bytes.value(QStringLiteral("in")), 500.0);
    }

    // A Prometheus query_range answer replayed: every point becomes a line.
    void dryRunPrometheus()
    {
        const QByteArray fixture = readFixture(
            QFINDTESTDATA("../prometheussource/data/prom_2.42_query_range_rate_by_service_direction.json"));
        QVERIFY(!fixture.isEmpty());
        int requests = 0;
        TestHttp::Server server([&](const TestHttp::Request &req) {
            TestHttp::Response r;
            r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json"));
            r.body = req.path() != "/api/v1/query_range"
                ? QByteArray(R"({"status":"error","errorType":"bad_data","error":"wrong path"})")
                : requests++ == 0
                ? fixture
                : QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})");
            return r;
        });
        QVERIFY(server.listen());
        const QString cfg = writeFile(
            QStringLiteral("prom.yaml"),
            QStringLiteral("sources:\n  - id: prom\n    type: prometheus\n    interval: 300ms\n    url: %1\n"
                           "    query: sum by (service, direction) (rate(kong_bandwidth_bytes[1m]))\n"
                           "    series_labels: [service]\n    step: 15s\n")
                .arg(server.url(QString()).toString())
                .toUtf8());
        const Run r = runServing({ QStringLiteral("--dry-run"), QStringLiteral("--polls"),
                                   QStringLiteral("2"), QStringLiteral("--config"), cfg });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(requests >= 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 24); // 4 series x 6 points
        QMap<QString, double> bytes;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("prom"));
            const QDateTime start =
                QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
            const QDateTime end =
                QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
            QCOMPARE(start.msecsTo(end), 15000);
            bytes[o.value(QStringLiteral("series")).toString() + u'|'
                  + o.value(QStringLiteral("direction")).toString()] +=
                o.value(QStringLiteral("bytes")).toDouble();
        }
        QCOMPARE(bytes.keys(),
                 (QStringList { QStringLiteral("files|in"), QStringLiteral("files|out"),
                                QStringLiteral("google|in"), QStringLiteral("google|out") }));
        // files out: (1155.6 + 3 x 1800.144... + 1800 + 1800) x 15 s
        QVERIFY2(qAbs(bytes.value(QStringLiteral("files|out"))
                      - std::floor((1155.6 + 3 * 1800.1440115209218 + 3600.0000000000005) * 15))
                     <= 1,
                 qPrintable(QString::number(bytes.value(QStringLiteral("files|out")))));
    }

    void firstStartWritesDefaultConfig()
    {
        const QString expected = m_home.filePath(QStringLiteral("config/bandwatch/bandwatch.yaml"));
        QFile::remove(expected);
        const Run r =
            run({ QStringLiteral("--dry-run"), QStringLiteral("--polls"), QStringLiteral("1") }, 60000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(expected));
        QCOMPARE(QFile::permissions(expected) & QFileDevice::ReadOther, QFileDevice::Permissions());
        QFile f(expected);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("type: interfaces"));
    }

    // A damaged database stops the start with a message naming the way out,
    // and --repair-history takes it.
    void damagedHistoryAndRepair()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.db"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QString cfg = writeFile(QStringLiteral("damaged.yaml"),
                                      QStringLiteral("storage:\n  path: %1\nsources:\n  - id: local\n"
                                                     "    type: interfaces\n    interval: 1s\n")
                                          .arg(db)
                                          .toUtf8());
        Run r = run({ QStringLiteral("--headless"), QStringLiteral("--config"), cfg }, 20000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("damaged") && r.err.contains("--repair-history"), r.err.constData());
        r = run({ QStringLiteral("--repair-history"), QStringLiteral("--config"), cfg }, 20000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList kept =
            QDir(dir.path()).entryList({ QStringLiteral("history.db.damaged-*") }, QDir::Files);
        QCOMPARE(kept.size(), 1);
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
    }

    void headless_data()
    {
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QStringList>("vars"); // NAME=value, on top of env()
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("--headless") << QStringList { QStringLiteral("--headless") } << QStringList {}
                                    << QStringLiteral("running headless");
        QTest::newRow("no display") << QStringList {} << QStringList {}
                                    << QStringLiteral("starting headless mode");
        // A stale DISPLAY (an ssh session's, a stopped Xvfb's): Qt would abort.
        QTest::newRow("display named, nothing answers")
            << QStringList {} << QStringList { QStringLiteral("DISPLAY=:171") }
            << QStringLiteral("no X server answers on DISPLAY=:171): starting headless mode");
        QTest::newRow("wayland named, nothing answers")
            << QStringList {}
            << QStringList { QStringLiteral("WAYLAND_DISPLAY=wayland-171"),
                             QStringLiteral("XDG_RUNTIME_DIR=/nonexistent") }
            << QStringLiteral("starting headless mode");
    }
    // Collect into the store, stop on SIGTERM with exit 0 and everything flushed.
    void headless()
    {
        QFETCH(QStringList, extraArgs);
        QFETCH(QStringList, vars);
        QFETCH(QString, stderrContains);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.db"));
        const QString cfg =
            writeFile(QStringLiteral("headless.yaml"),
                      QStringLiteral("storage:\n  path: %1\nsources:\n  - id: local\n"
                                     "    type: interfaces\n    interval: 200ms\n    exclude: []\n")
                          .arg(db)
                          .toUtf8());
        QProcessEnvironment e = env();
        for (const QString &v : std::as_const(vars))
            e.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(BANDWATCH_BINARY),
                extraArgs + QStringList { QStringLiteral("--config"), cfg });
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running);
        // A second instance on the same database refuses.
        const Run second =
            run(QStringList { QStringLiteral("--headless"), QStringLiteral("--config"), cfg }, 10000);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(db.toUtf8()), second.err.constData());
        const qint64 terminatedMs = QDateTime::currentMSecsSinceEpoch();
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(QString::fromUtf8(err).contains(stderrContains), err.constData());

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        const QList<SeriesKey> keys = store.seriesKeys();
        bool loIn = false;
        for (const SeriesKey &k : keys)
            loIn = loIn || (k.series == QStringLiteral("lo") && k.direction == Direction::In);
        QVERIFY(loIn);
        SeriesKey lo;
        lo.source = QStringLiteral("local");
        lo.series = QStringLiteral("lo");
        lo.labels.insert(QStringLiteral("interface"), QStringLiteral("lo"));
        lo.direction = Direction::In;
        const SampleList samples = store.samples(lo, 0, QDateTime::currentMSecsSinceEpoch() + 1000);
        QVERIFY2(samples.size() >= 3, qPrintable(QString::number(samples.size())));
        // The final flush: the last poll before SIGTERM (every 200 ms, ±10 % jitter) is stored.
        const std::optional<qint64> lastEnd = store.lastSampleEnd(QStringLiteral("local"));
        QVERIFY(lastEnd.has_value());
        QVERIFY2(
            *lastEnd >= terminatedMs - 1000,
            qPrintable(QStringLiteral("last stored end %1 ms before SIGTERM").arg(terminatedMs - *lastEnd)));
    }

    // Headless alerting end to end: a Kong node (a local server whose egress
    // counter grows by 2 MB per scrape) feeds a 10 MB quota whose webhook is a
    // local sink. Each threshold is POSTed once; SIGTERM exits 0; a restart
    // over the same database sends nothing again.
    void headlessAlerts()
    {
        quint64 counter = 1'000'000'000;
        int scrapes = 0;
        TestHttp::Server kong([&](const TestHttp::Request &) {
            ++scrapes;
            counter += 2'000'000;
            return TestHttp::Response::text(
                "# HELP kong_bandwidth_bytes Total bandwidth (ingress/egress) throughput in bytes\n"
                "# TYPE kong_bandwidth_bytes counter\n"
                "kong_bandwidth_bytes{service=\"api\",route=\"api-route\",direction=\"egress\",consumer=\"\"}"
                " "
                + QByteArray::number(counter) + "\n");
        });
        QList<QJsonObject> posts;
        TestHttp::Server hook([&](const TestHttp::Request &r) {
            if (r.method == "POST" && r.path() == "/hook")
                posts << QJsonDocument::fromJson(r.body).object();
            TestHttp::Response ok;
            ok.status = 204;
            ok.reason = "No Content";
            return ok;
        });
        QVERIFY(kong.listen());
        QVERIFY(hook.listen());
        QTemporaryDir dir;
        const QString cfg = writeFile(
            QStringLiteral("alerts.yaml"),
            QStringLiteral(
                "storage:\n  path: %1\n"
                "sources:\n  - id: kong\n    type: kong\n    url: %2\n    interval: 200ms\n"
                "quotas:\n  - id: api-transfer\n    series: {source: kong, labels: {service: api}}\n"
                "    direction: out\n    kind: volume\n    limit: 10MB\n"
                "    cycle: {period: monthly, start_day: 1, timezone: UTC}\n"
                "    thresholds: [50, 100]\n"
                // The forecast needs an hour of the cycle: the test must not depend on the time of day.
                "    projection_alert: false\n"
                "notifications:\n  webhook: {url: \"%3\"}\n  check_interval: 300ms\n"
                "  retry: {initial: 300ms, max: 1s}\n")
                .arg(dir.filePath(QStringLiteral("history.db")),
                     kong.url(QStringLiteral("/metrics")).toString(),
                     hook.url(QStringLiteral("/hook")).toString())
                .toUtf8());
        const auto stop = [](QProcess &p) {
            ::kill(pid_t(p.processId()), SIGTERM);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
        };

        QProcess first;
        first.setProcessEnvironment(env());
        first.start(QStringLiteral(BANDWATCH_BINARY),
                    { QStringLiteral("--headless"), QStringLiteral("--config"), cfg });
        QVERIFY(first.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(posts.size(), 2, 30000);
        // Several more evaluations of a quota that stays over both thresholds.
        const int scrapesAtSecond = scrapes;
        QTRY_VERIFY_WITH_TIMEOUT(scrapes >= scrapesAtSecond + 10, 20000);
        stop(first);
        if (QTest::currentTestFailed())
            return;
        const QByteArray firstErr = first.readAllStandardError();
        QCOMPARE(posts.size(), 2);
        QStringList thresholds;
        for (const QJsonObject &o : std::as_const(posts)) {
            QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("quota.threshold"));
            QCOMPARE(o.value(QStringLiteral("quota")).toString(), QStringLiteral("api-transfer"));
            QVERIFY(o.value(QStringLiteral("value")).toDouble()
                    >= o.value(QStringLiteral("threshold")).toDouble() / 100.0 * 10e6);
            thresholds << QString::number(o.value(QStringLiteral("threshold")).toDouble());
        }
        QCOMPARE(thresholds, (QStringList { QStringLiteral("50"), QStringLiteral("100") }));
        QVERIFY2(firstErr.contains("quota alert:"), firstErr.constData());

        QProcess second;
        second.setProcessEnvironment(env());
        second.start(QStringLiteral(BANDWATCH_BINARY),
                     { QStringLiteral("--headless"), QStringLiteral("--config"), cfg });
        QVERIFY(second.waitForStarted());
        const int scrapesAtRestart = scrapes;
        QTRY_VERIFY_WITH_TIMEOUT(scrapes >= scrapesAtRestart + 10, 20000);
        stop(second);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(posts.size(), 2);
        const QByteArray secondErr = second.readAllStandardError();
        QVERIFY2(!secondErr.contains("quota alert:"), secondErr.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
