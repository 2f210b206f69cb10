// Headless Bandwatch as a service, from the outside: the real `bandwatch`
// binary with an exporter key, scraped by Debian's real Prometheus on
// 127.0.0.1; SIGHUP reloads, SIGTERM stops, pushed values outlive a restart
// and a SIGKILL,
// and an open bind without keys is refused before anything starts.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <csignal>
#include <memory>

namespace {

quint16 freePort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

QByteArray netDev(quint64 rx, quint64 tx)
{
    return "Inter-|   Receive                                                |  Transmit\n"
           " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop "
           "fifo colls "
           "carrier compressed\n"
           "bwtest0: "
        + QByteArray::number(rx) + " 10 0 0 0 0 0 0 " + QByteArray::number(tx) + " 10 0 0 0 0 0 0\n";
}

bool writeFile(const QString &path, const QByteArray &content, bool secret = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(content) == content.size();
}

struct Http
{
    int status = 0;
    QByteArray body;
};

Http httpGet(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &key = {},
             const QByteArray &verb = "GET", const QByteArray &body = {})
{
    QNetworkRequest req(url);
    if (!key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + key);
    req.setRawHeader("Content-Type", "text/plain");
    QNetworkReply *r = nam.sendCustomRequest(req, verb, body);
    QSignalSpy done(r, &QNetworkReply::finished);
    if (!r->isFinished())
        done.wait(5000);
    Http h { r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll() };
    r->deleteLater();
    return h;
}

} // namespace

class TestExporterIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_bandwatch;
    std::unique_ptr<QProcess> m_prometheus;
    QNetworkAccessManager m_nam;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray config(quint16 port, const QByteArray &keyFile, const QByteArray &scope = "read")
    {
        return "storage:\n  path: " + path(QStringLiteral("history.db")).toUtf8()
            + "\nsources:\n  - id: itest\n    type: interfaces\n    interval: 1s\n    proc_path: "
            + path(QStringLiteral("net_dev")).toUtf8()
            + "\n    include: [bwtest0]\nexporter:\n  enabled: true\n  listen: \"127.0.0.1:"
            + QByteArray::number(port) + "\"\n  api_keys:\n    - name: itest\n      scope: " + scope
            + "\n      key_file: " + keyFile + "\n";
    }

    bool startBandwatch(quint16 port)
    {
        m_bandwatch = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        m_bandwatch->setProcessEnvironment(env);
        m_bandwatch->setStandardErrorFile(path(QStringLiteral("bandwatch.log")), QIODevice::Append);
        m_bandwatch->start(
            QStringLiteral(BANDWATCH_BINARY),
            { QStringLiteral("--headless"), QStringLiteral("--config"), path(QStringLiteral("bw.yaml")) });
        if (!m_bandwatch->waitForStarted(5000))
            return false;
        return waitFor([&] { return httpGet(m_nam, url(port, "/health")).status == 200; }, 10'000);
    }

    int stopBandwatch()
    {
        if (!m_bandwatch)
            return -1;
        ::kill(pid_t(m_bandwatch->processId()), SIGTERM);
        if (!m_bandwatch->waitForFinished(10'000)) {
            m_bandwatch->kill();
            m_bandwatch->waitForFinished(2000);
            return -1;
        }
        const int rc = m_bandwatch->exitStatus() == QProcess::NormalExit ? m_bandwatch->exitCode() : -1;
        m_bandwatch.reset();
        return rc;
    }

    static QUrl url(quint16 port, const char *p)
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(p)));
    }

    template<typename F> static bool waitFor(F condition, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (condition())
                return true;
            QTest::qWait(200);
        }
        return condition();
    }

    QJsonArray promQuery(quint16 port, const QString &query)
    {
        QUrl u = url(port, "/api/v1/query");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), query);
        u.setQuery(q);
        const Http h = httpGet(m_nam, u);
        const QJsonObject o = QJsonDocument::fromJson(h.body).object();
        return o.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    }

    QByteArray log() const
    {
        QFile f(path(QStringLiteral("bandwatch.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        stopBandwatch();
        if (m_prometheus) {
            m_prometheus->terminate();
            if (!m_prometheus->waitForFinished(5000))
                m_prometheus->kill();
            m_prometheus->waitForFinished(2000);
            m_prometheus.reset();
        }
        QFile::remove(path(QStringLiteral("history.db")));
        QFile::remove(path(QStringLiteral("history.db-wal")));
        QFile::remove(path(QStringLiteral("history.db-shm")));
    }

    void prometheusScrapesHeadlessBandwatch()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (prometheus.isEmpty())
            QSKIP("Debian's prometheus package is not installed");
        const quint16 port = freePort();
        const quint16 promPort = freePort();
        QVERIFY(port && promPort && port != promPort);
        const QByteArray key =
            "itest-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-0123456789abcdef";
        QVERIFY(writeFile(path(QStringLiteral("key")), key + "\n", true));
        QVERIFY(writeFile(path(QStringLiteral("net_dev")), netDev(1000, 2000)));
        QVERIFY(
            writeFile(path(QStringLiteral("bw.yaml")), config(port, path(QStringLiteral("key")).toUtf8())));
        QVERIFY2(startBandwatch(port), log().constData());
        // The first poll sets the baseline; the next ones see this growth.
        QTest::qWait(1500);
        QVERIFY(writeFile(path(QStringLiteral("net_dev")), netDev(6000, 9000)));

        const QByteArray promConfig = "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                      "scrape_configs:\n  - job_name: bandwatch\n    authorization:\n"
                                      "      type: Bearer\n      credentials_file: "
            + path(QStringLiteral("key")).toUtf8()
            + "\n    static_configs:\n      - targets: ['127.0.0.1:" + QByteArray::number(port) + "']\n";
        QVERIFY(writeFile(path(QStringLiteral("prometheus.yml")), promConfig));
        m_prometheus = std::make_unique<QProcess>();
        m_prometheus->setStandardErrorFile(path(QStringLiteral("prometheus.log")));
        m_prometheus->start(prometheus,
                            { QStringLiteral("--config.file=") + path(QStringLiteral("prometheus.yml")),
                              QStringLiteral("--storage.tsdb.path=") + path(QStringLiteral("tsdb")),
                              QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort),
                              QStringLiteral("--log.level=warn") });
        QVERIFY(m_prometheus->waitForStarted(5000));

        QVERIFY2(waitFor(
                     [&] {
                         const QJsonArray up = promQuery(promPort, QStringLiteral("up{job=\"bandwatch\"}"));
                         return up.size() == 1
                             && up[0].toObject().value(QStringLiteral("value")).toArray().at(1).toString()
                             == QStringLiteral("1");
                     },
                     40'000),
                 "the bandwatch target never became up");
        QJsonArray series;
        QVERIFY2(waitFor(
                     [&] {
                         series = promQuery(promPort,
                                            QStringLiteral("bandwatch_traffic_bytes_total{job=\"bandwatch\","
                                                           "source=\"itest\",series=\"bwtest0\"}"));
                         if (series.size() != 2)
                             return false;
                         for (const QJsonValue &v : series) {
                             const QString value =
                                 v.toObject().value(QStringLiteral("value")).toArray().at(1).toString();
                             if (value != QStringLiteral("5000") && value != QStringLiteral("7000"))
                                 return false;
                         }
                         return true;
                     },
                     30'000),
                 QJsonDocument(series).toJson().constData());
        QStringList found;
        for (const QJsonValue &v : series) {
            const QJsonObject metric = v.toObject().value(QStringLiteral("metric")).toObject();
            found << metric.value(QStringLiteral("direction")).toString() + u'='
                    + v.toObject().value(QStringLiteral("value")).toArray().at(1).toString();
            QCOMPARE(metric.value(QStringLiteral("interface")).toString(), QStringLiteral("bwtest0"));
        }
        found.sort();
        QCOMPARE(found, (QStringList { QStringLiteral("in=5000"), QStringLiteral("out=7000") }));
        QCOMPARE(promQuery(promPort, QStringLiteral("bandwatch_source_up{source=\"itest\"}")).size(), 1);
        QCOMPARE(stopBandwatch(), 0);
    }

    void sighupReloadsAndPushedValuesSurviveRestart()
    {
        const quint16 port = freePort();
        const QByteArray keyA = "key-a-0123456789abcdef0123";
        const QByteArray keyB = "key-b-0123456789abcdef0123";
        QVERIFY(writeFile(path(QStringLiteral("a.key")), keyA, true));
        QVERIFY(writeFile(path(QStringLiteral("b.key")), keyB, true));
        QVERIFY(writeFile(path(QStringLiteral("net_dev")), netDev(1, 1)));
        QVERIFY(writeFile(path(QStringLiteral("bw.yaml")),
                          config(port, path(QStringLiteral("a.key")).toUtf8(), "write")));
        QVERIFY2(startBandwatch(port), log().constData());
        QCOMPARE(httpGet(m_nam, url(port, "/metrics"), keyA).status, 200);
        QCOMPARE(
            httpGet(m_nam, url(port, "/api/v1/push/deploys?type=counter"), keyA, "POST", "deploys").status,
            201);
        QCOMPARE(httpGet(m_nam, url(port, "/api/v1/push/deploys/add"), keyA, "PUT", "41").status, 204);

        QVERIFY(writeFile(path(QStringLiteral("bw.yaml")),
                          config(port, path(QStringLiteral("b.key")).toUtf8(), "write")));
        ::kill(pid_t(m_bandwatch->processId()), SIGHUP);
        QVERIFY2(waitFor([&] { return httpGet(m_nam, url(port, "/metrics"), keyA).status == 401; }, 10'000),
                 log().constData());
        QCOMPARE(httpGet(m_nam, url(port, "/metrics"), keyB).status, 200);
        QCOMPARE(httpGet(m_nam, url(port, "/api/v1/push/deploys/inc"), keyB, "PUT").status, 204);
        QVERIFY(log().contains("configuration reloaded"));

        // An invalid file is refused on SIGHUP; the service keeps running as it was.
        QVERIFY(
            writeFile(path(QStringLiteral("bw.yaml")), "exporter:\n  listen: 0.0.0.0:1\n  enabled: true\n"));
        ::kill(pid_t(m_bandwatch->processId()), SIGHUP);
        QVERIFY(waitFor([&] { return log().contains("reload refused"); }, 10'000));
        QCOMPARE(httpGet(m_nam, url(port, "/metrics"), keyB).status, 200);

        QCOMPARE(stopBandwatch(), 0);
        QVERIFY(writeFile(path(QStringLiteral("bw.yaml")),
                          config(port, path(QStringLiteral("b.key")).toUtf8(), "write")));
        QVERIFY2(startBandwatch(port), log().constData());
        const Http value = httpGet(m_nam, url(port, "/api/v1/push/deploys"), keyB);
        QCOMPARE(value.status, 200);
        QCOMPARE(value.body, QByteArray("42"));
        QCOMPARE(stopBandwatch(), 0);
        QVERIFY(log().contains("exporter stopped"));

        // A crash right after the acknowledgement loses nothing either.
        QVERIFY2(startBandwatch(port), log().constData());
        QCOMPARE(httpGet(m_nam, url(port, "/api/v1/push/deploys/add"), keyB, "PUT", "8").status, 204);
        m_bandwatch->kill(); // SIGKILL: no flush, no clean shutdown
        QVERIFY(m_bandwatch->waitForFinished(5000));
        m_bandwatch.reset();
        QVERIFY2(startBandwatch(port), log().constData());
        QCOMPARE(httpGet(m_nam, url(port, "/api/v1/push/deploys"), keyB).body, QByteArray("50"));
        QCOMPARE(stopBandwatch(), 0);
    }

    void openBindWithoutKeysIsRefused()
    {
        QVERIFY(writeFile(path(QStringLiteral("open.yaml")),
                          "storage:\n  path: " + path(QStringLiteral("open.db")).toUtf8()
                              + "\nexporter:\n  enabled: true\n  listen: \"0.0.0.0:18563\"\n"));
        for (const QStringList &args :
             { QStringList { QStringLiteral("--check-config"), path(QStringLiteral("open.yaml")) },
               QStringList { QStringLiteral("--headless"), QStringLiteral("--config"),
                             path(QStringLiteral("open.yaml")) } }) {
            QProcess p;
            p.start(QStringLiteral(BANDWATCH_BINARY), args);
            QVERIFY(p.waitForFinished(10'000));
            QCOMPARE(p.exitCode(), 1);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.contains("open.yaml:5: refusing to serve the exporter on 0.0.0.0:18563"),
                     err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestExporterIntegration)
#include "tst_exporterintegration.moc"
