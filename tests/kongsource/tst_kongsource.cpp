#include "sources/kongbandwidth.h"
#include "sources/kongsource.h"
#include "tinyhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Bandwatch;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

enum class Gen { V28, V3, V37 };

// One simulated Kong node: its raw counters, printed in the format of its
// plugin generation around the rest of a real /metrics body.
struct SimNode
{
    struct Series
    {
        QString service, route, consumer;
        Direction dir;
    };

    Gen gen = Gen::V3;
    QMap<QString, quint64> values;
    QMap<QString, Series> meta;
    bool failing = false;
    // nginx's accepted connections: grows with every scrape, starts again on a restart.
    mutable quint64 accepted = 100;

    static QString key(const Series &s)
    {
        return s.service + u'|' + s.route + u'|' + s.consumer + u'|' + directionName(s.dir);
    }

    // Lua's tostring: %.14g (exponent form from 1e14).
    static QByteArray lua(quint64 v)
    {
        return v >= 100000000000000ULL ? QByteArray::number(double(v), 'g', 14) : QByteArray::number(v);
    }

    QByteArray render(const QByteArray &rest) const
    {
        ++accepted;
        QByteArray block;
        if (gen == Gen::V28) {
            // No consumer label before 3.0: one counter per service/route/type.
            QMap<QString, quint64> merged;
            QMap<QString, Series> mergedMeta;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                Series s = meta.value(it.key());
                s.consumer.clear();
                merged[key(s)] += it.value();
                mergedMeta[key(s)] = s;
            }
            if (!merged.isEmpty())
                block += "# HELP kong_bandwidth Total bandwidth in bytes consumed per service/route in Kong\n"
                         "# TYPE kong_bandwidth counter\n";
            for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
                const Series &s = mergedMeta[it.key()];
                block += "kong_bandwidth{type=\"" + QByteArray(s.dir == Direction::In ? "ingress" : "egress")
                    + "\",service=\"" + s.service.toUtf8() + "\",route=\"" + s.route.toUtf8() + "\"} "
                    + lua(it.value()) + "\n";
            }
        } else {
            if (!values.isEmpty())
                block += "# HELP kong_bandwidth_bytes Total bandwidth (ingress/egress) throughput in bytes\n"
                         "# TYPE kong_bandwidth_bytes counter\n";
            int i = 0;
            for (auto it = values.cbegin(); it != values.cend(); ++it, ++i) {
                const Series &s = meta[it.key()];
                const QByteArray dir = s.dir == Direction::In ? "ingress" : "egress";
                const QByteArray ws = gen == Gen::V37 ? ",workspace=\"default\"" : "";
                // Label order varies: labels are matched by name.
                if (i % 2 == 0)
                    block += "kong_bandwidth_bytes{service=\"" + s.service.toUtf8() + "\",route=\""
                        + s.route.toUtf8() + "\",direction=\"" + dir + "\",consumer=\"" + s.consumer.toUtf8()
                        + "\"" + ws + "} " + lua(it.value()) + "\n";
                else
                    block += "kong_bandwidth_bytes{direction=\"" + dir + "\",consumer=\""
                        + s.consumer.toUtf8() + "\"" + ws + ",route=\"" + s.route.toUtf8() + "\",service=\""
                        + s.service.toUtf8() + "\"} " + lua(it.value()) + "\n";
            }
        }
        return block + QByteArray(rest).replace("@ACCEPTED@", QByteArray::number(accepted));
    }
};

// The rest of a real /metrics body: the fixture without its bandwidth family,
// its accepted-connections count a placeholder SimNode fills in.
QByteArray withoutBandwidth(const QByteArray &fixture)
{
    QByteArray out;
    for (const QByteArray &line : fixture.split('\n')) {
        if (line.startsWith("kong_bandwidth") || line.startsWith("# HELP kong_bandwidth")
            || line.startsWith("# TYPE kong_bandwidth"))
            continue;
        if (line.startsWith("kong_nginx_") && line.contains("state=\"accepted\"")) {
            out += line.left(line.lastIndexOf(' ') + 1) + "@ACCEPTED@\n";
            continue;
        }
        if (!line.isEmpty())
            out += line + '\n';
    }
    return out;
}

struct PollOutcome
{
    enum { Succeeded, Failed, NoAnswer, TwoAnswers } kind = NoAnswer;
    SampleList samples;
    QString message;
    QString degraded; // pollDegraded() before pollSucceeded()
    qint64 retryAfterMs = -1;
};

PollOutcome pollOnce(Source *source)
{
    QSignalSpy ok(source, &Source::pollSucceeded);
    QSignalSpy failed(source, &Source::pollFailed);
    QSignalSpy degraded(source, &Source::pollDegraded);
    source->poll();
    QElapsedTimer t;
    t.start();
    while (ok.count() + failed.count() == 0 && t.elapsed() < 15000)
        QTest::qWait(5);
    QTest::qWait(20); // a second answer for the same poll would show now
    PollOutcome out;
    if (ok.count() + failed.count() > 1) {
        out.kind = PollOutcome::TwoAnswers;
    } else if (ok.count() == 1) {
        out.kind = PollOutcome::Succeeded;
        out.samples = ok.at(0).at(0).value<SampleList>();
        if (!degraded.isEmpty())
            out.degraded = degraded.at(0).at(0).toString();
    } else if (failed.count() == 1) {
        out.kind = PollOutcome::Failed;
        out.message = failed.at(0).at(0).toString();
        out.retryAfterMs = failed.at(0).at(1).toLongLong();
    }
    return out;
}

SourceConfig kongConfig(const QStringList &urls, const QVariantMap &extra = {})
{
    SourceConfig c;
    c.id = QStringLiteral("kong-test");
    c.type = QStringLiteral("kong");
    c.timeout = std::chrono::seconds(5);
    if (urls.size() == 1)
        c.options.insert(QStringLiteral("url"), urls.first());
    else
        c.options.insert(QStringLiteral("urls"), urls);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        c.options.insert(it.key(), it.value());
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Gen)

class TestKongSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedBytesEqualTrueDeltas_data();
    void storedBytesEqualTrueDeltas();
    void extractFixtures_data();
    void extractFixtures();
    void noBandwidthMetrics_data();
    void noBandwidthMetrics();
    void idleKongThenTraffic();
    void nodeWithoutFamilyIsReported();
    void unreadableCaFileFailsThePoll();
    void nodeOutageKeepsExactDeltas();
    void malformedBodyIsAnError();
    void retryAfterIsPassedOn();
    void credentialsAreSent();
    void abortEmitsNothing();
    void validate_data();
    void validate();
    void gapAttributesNothing();

private:
    QByteArray m_rest3;
    QByteArray m_rest28;
};

void TestKongSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Bandwatch::SampleList>();
    m_rest3 = withoutBandwidth(readData(QStringLiteral("kong_3x_docs_clean.prom")));
    m_rest28 = withoutBandwidth(readData(QStringLiteral("kong_2.8_docs_clean.prom")));
}

void TestKongSource::storedBytesEqualTrueDeltas_data()
{
    QTest::addColumn<Gen>("genA");
    QTest::addColumn<Gen>("genB");
    QTest::addColumn<bool>("keepConsumer");
    QTest::newRow("kong 3.x, two nodes") << Gen::V3 << Gen::V3 << false;
    QTest::newRow("kong 3.7 with workspace, two nodes") << Gen::V37 << Gen::V37 << false;
    QTest::newRow("kong 3.x, consumer kept") << Gen::V3 << Gen::V37 << true;
    QTest::newRow("kong 2.8, two nodes") << Gen::V28 << Gen::V28 << false;
    QTest::newRow("rolling upgrade: 2.8 and 3.x nodes") << Gen::V28 << Gen::V3 << false;
}

void TestKongSource::storedBytesEqualTrueDeltas()
{
    QFETCH(Gen, genA);
    QFETCH(Gen, genB);
    QFETCH(bool, keepConsumer);

    SimNode nodes[2];
    nodes[0].gen = genA;
    nodes[1].gen = genB;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        const int i = req.path() == "/nodeA/metrics" ? 0 : 1;
        if (nodes[i].failing) {
            TestHttp::Response r = TestHttp::Response::text("upstream connect error");
            r.status = 500;
            r.reason = "Internal Server Error";
            return r;
        }
        return TestHttp::Response::text(nodes[i].render(nodes[i].gen == Gen::V28 ? m_rest28 : m_rest3),
                                        "text/plain; charset=UTF-8");
    });
    QVERIFY(server.listen());

    QVariantMap extra;
    if (keepConsumer)
        extra.insert(QStringLiteral("keep_labels"), QStringList { QStringLiteral("consumer") });
    const SourceConfig config = kongConfig({ server.url(QStringLiteral("/nodeA/metrics")).toString(),
                                             server.url(QStringLiteral("/nodeB/metrics")).toString() },
                                           extra);
    QVERIFY(KongSource::validate(config).isEmpty());
    KongSource source(config);

    // The truth: every byte added after the baseline, per stored series.
    QHash<QString, quint64> truth;
    QHash<QString, quint64> stored;
    bool baselineDone = false;
    const SimNode::Series G_e { QStringLiteral("google"), QStringLiteral("google.route-1"), QString(),
                                Direction::Out };
    const SimNode::Series G_i { QStringLiteral("google"), QStringLiteral("google.route-1"), QString(),
                                Direction::In };
    const SimNode::Series F_e { QStringLiteral("files"), QStringLiteral("files.download"), QString(),
                                Direction::Out };
    const SimNode::Series F_e_acme { QStringLiteral("files"), QStringLiteral("files.download"),
                                     QStringLiteral("acme"), Direction::Out };
    const SimNode::Series F_i_acme { QStringLiteral("files"), QStringLiteral("files.download"),
                                     QStringLiteral("acme"), Direction::In };
    const SimNode::Series N_e { QStringLiteral("newsvc"), QStringLiteral("newsvc.r2"), QString(),
                                Direction::Out };
    const SimNode::Series N_i { QStringLiteral("newsvc"), QStringLiteral("newsvc.r2"), QString(),
                                Direction::In };
    const SimNode::Series BIG { QStringLiteral("bulk"), QStringLiteral("bulk.big"), QString(),
                                Direction::Out };

    auto storedKey = [&](const SimNode::Series &s) {
        SeriesKey k;
        k.source = config.id;
        k.series = s.service + u'/' + s.route;
        k.direction = s.dir;
        k.labels.insert(QStringLiteral("service"), s.service);
        k.labels.insert(QStringLiteral("route"), s.route);
        // Consumers only exist as labels on 3.x nodes.
        if (keepConsumer)
            k.labels.insert(QStringLiteral("consumer"), s.consumer);
        return k.canonical();
    };
    // Bytes a down node counts reach the truth when the node answers again.
    QHash<QString, quint64> pending[2];
    auto add = [&](int node, const SimNode::Series &s, quint64 bytes) {
        const QString k = SimNode::key(s);
        nodes[node].meta[k] = s;
        nodes[node].values[k] += bytes;
        if (baselineDone)
            pending[node][storedKey(s)] += bytes;
    };
    auto restart = [&](int node) {
        nodes[node].values.clear();
        nodes[node].accepted = 0;
    };
    // degradedPath: the node the poll must report as failed, while storing the others.
    auto pollAndCheck = [&](bool expectOk, const char *step, const char *degradedPath = nullptr) {
        const PollOutcome o = pollOnce(&source);
        if (!expectOk) {
            QVERIFY2(o.kind == PollOutcome::Failed, step);
            return;
        }
        for (int n = 0; n < 2; ++n) {
            if (nodes[n].failing)
                continue;
            for (auto it = pending[n].cbegin(); it != pending[n].cend(); ++it)
                truth[it.key()] += it.value();
            pending[n].clear();
        }
        QVERIFY2(o.kind == PollOutcome::Succeeded, qPrintable(QString::fromLatin1(step) + u": " + o.message));
        if (degradedPath)
            QVERIFY2(o.degraded.contains(QLatin1String(degradedPath)),
                     qPrintable(step + (u": " + o.degraded)));
        else
            QVERIFY2(o.degraded.isEmpty(), qPrintable(step + (u": " + o.degraded)));
        if (!baselineDone) {
            QVERIFY2(o.samples.isEmpty(), "the first poll only sets the baseline");
            baselineDone = true;
            return;
        }
        for (const Sample &s : o.samples) {
            QCOMPARE(s.key.source, config.id);
            QVERIFY(s.endMs > s.startMs);
            QVERIFY(qAbs(s.bps - double(s.bytes) * 8000.0 / double(s.endMs - s.startMs))
                    < 1e-6 * (1 + s.bps));
            stored[s.key.canonical()] += s.bytes;
        }
        for (auto it = truth.cbegin(); it != truth.cend(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1: %2 stored %3, true %4")
                                    .arg(QLatin1String(step), QString(it.key()).replace(QChar(0x1f), u'|'))
                                    .arg(stored.value(it.key()))
                                    .arg(it.value())));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(truth.contains(it.key()) || it.value() == 0,
                     qPrintable(QString(it.key()).replace(QChar(0x1f), u'|')));
    };

    // Baseline: both nodes already carry traffic from before Bandwatch started.
    add(0, G_e, 1000);
    add(0, G_i, 200);
    add(0, F_e, 50000);
    add(0, F_e_acme, 20000);
    add(0, F_i_acme, 300);
    add(1, G_e, 700);
    add(1, G_i, 100);
    add(1, F_e_acme, 5);
    pollAndCheck(true, "baseline");

    add(0, G_e, 300);
    add(0, G_i, 40);
    add(0, F_e, 1000);
    add(0, F_e_acme, 2000);
    add(1, G_e, 250);
    pollAndCheck(true, "growth");

    restart(1); // node B restarts: its counters start again from zero
    add(1, G_e, 80);
    add(1, G_i, 5);
    add(0, G_e, 1);
    pollAndCheck(true, "node B reset");

    add(0, N_e, 123); // a route that did not exist before
    add(0, N_i, 7);
    add(1, F_e_acme, 3); // reappears on B after its restart, below its old value
    pollAndCheck(true, "new route");

    restart(0); // node A restarts too, independently
    add(0, G_e, 10);
    add(0, F_e_acme, 5);
    add(0, N_e, 100);
    add(1, G_e, 999);
    pollAndCheck(true, "node A reset");

    add(1, BIG, 250000000000000ULL); // printed 2.5e+14
    pollAndCheck(true, "exponent form");
    add(1, BIG, 10000000000000ULL); // 2.6e+14
    add(0, G_i, 1);
    pollAndCheck(true, "exponent growth");

    // Node B restarts and its counters climb past their old values before the
    // next poll: only its accepted-connections count shows the restart.
    restart(1);
    add(1, G_e, 5000);
    add(1, BIG, 300000000000000ULL);
    add(0, G_i, 2);
    pollAndCheck(true, "node B restart hidden by growth");

    // One node down for longer than max_gap_intervals: node A's traffic is
    // stored every poll, node B's when it answers again.
    nodes[1].failing = true;
    for (int i = 0; i < 7; ++i) {
        add(0, G_e, 5 + i);
        add(1, G_e, 7);
        pollAndCheck(true, "node B down", "/nodeB/metrics");
    }
    nodes[1].failing = false;
    add(0, G_e, 6);
    pollAndCheck(true, "node B back"); // its outage is accounted for now

    // Down again, and restarted while down to above its old values.
    nodes[1].failing = true;
    add(0, F_e, 11);
    pollAndCheck(true, "node B down again", "/nodeB/metrics");
    restart(1);
    add(1, G_e, 10000);
    nodes[1].failing = false;
    pollAndCheck(true, "node B back after a restart");

    nodes[0].failing = nodes[1].failing = true;
    pollAndCheck(false, "every node down");
    nodes[0].failing = nodes[1].failing = false;
    add(0, G_e, 1);
    add(1, G_e, 2);
    pollAndCheck(true, "every node back");

    pollAndCheck(true, "idle");
    QVERIFY(server.requests().size() >= 40);
}

void TestKongSource::extractFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("known"); // false: a data file without expectations
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("series");
    QTest::addColumn<bool>("hasRoute");
    QTest::addColumn<quint64>("egress");
    QTest::addColumn<quint64>("ingress");
    QTest::addColumn<qint64>("accepted"); // the restart witness; -1: none

    struct Expectation
    {
        int count;
        QString series;
        bool hasRoute;
        quint64 egress, ingress;
        qint64 accepted;
    };
    // Every file in data/ is a case: a new one fails until it is listed here.
    const QHash<QString, Expectation> expectations {
        { QStringLiteral("kong_3x_docs_clean.prom"),
          { 2, QStringLiteral("google/google.route-1"), true, 264, 93, 296 } },
        { QStringLiteral("kong_2.8_docs_clean.prom"),
          { 2, QStringLiteral("google/google.route-1"), true, 1277, 254, 8 } },
        // <= 2.4: kong_bandwidth_total{type} is an aggregate and must not be counted.
        { QStringLiteral("kong_2.4_docs_derived.prom"),
          { 2, QStringLiteral("google"), false, 1277, 254, 8 } },
    };
    const QDir data(QFileInfo(QFINDTESTDATA("data/SOURCES.md")).absolutePath());
    const QStringList files = data.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() > expectations.size());
    for (const QString &f : files) {
        if (f == u"SOURCES.md")
            continue;
        const Expectation e = expectations.value(f, { -1, QString(), false, 0, 0, -1 });
        QTest::newRow(qPrintable(f)) << f << expectations.contains(f) << e.count << e.series << e.hasRoute
                                     << e.egress << e.ingress << e.accepted;
    }
}

void TestKongSource::extractFixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, known);
    QFETCH(int, count);
    QFETCH(QString, series);
    QFETCH(bool, hasRoute);
    QFETCH(quint64, egress);
    QFETCH(quint64, ingress);
    QFETCH(qint64, accepted);
    if (!known)
        QFAIL(qPrintable(QStringLiteral("data/%1 has no expectations: add expectations for it to "
                                        "extractFixtures_data()")
                             .arg(file)));
    ExpositionError error;
    const auto extracted = KongBandwidth::extract(readData(file), "text/plain; charset=UTF-8", &error);
    QVERIFY2(extracted, qPrintable(error.toString()));
    QVERIFY(extracted->hasBandwidthMetrics);
    QVERIFY(extracted->hasKongMetrics);
    QCOMPARE(extracted->counters.size(), count);
    for (const KongCounter &c : extracted->counters) {
        QCOMPARE(KongBandwidth::seriesName(c.service, c.route), series);
        QCOMPARE(c.hasRoute, hasRoute);
        QCOMPARE(c.value, c.direction == Direction::Out ? egress : ingress);
    }
    QCOMPARE(extracted->acceptedConnections.has_value(), accepted >= 0);
    if (accepted >= 0)
        QCOMPARE(qint64(*extracted->acceptedConnections), accepted);
}

void TestKongSource::noBandwidthMetrics_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("failsAtPoll");
    QTest::addColumn<QString>("message");
    const QString noBandwidth =
        QStringLiteral("Kong serves no kong_bandwidth_bytes metrics: enable bandwidth_metrics=true in the "
                       "Prometheus plugin (or no traffic has passed through Kong since it started)");
    // An idle Kong prints no bandwidth family until its first proxied byte:
    // only lasting absence is an error.
    QTest::newRow("kong 3.x, idle or unconfigured") << m_rest3 << 3 << noBandwidth;
    QTest::newRow("kong 2.8, idle or unconfigured") << m_rest28 << 3 << noBandwidth;
    QTest::newRow("not kong at all") << QByteArray("# TYPE up gauge\nup 1\n") << 1
                                     << QStringLiteral("not the /metrics of Kong's Prometheus plugin");
}

void TestKongSource::noBandwidthMetrics()
{
    QFETCH(QByteArray, body);
    QFETCH(int, failsAtPoll);
    QFETCH(QString, message);
    TestHttp::Server server([&](const TestHttp::Request &) {
        return TestHttp::Response::text(QByteArray(body).replace("@ACCEPTED@", "5"));
    });
    QVERIFY(server.listen());
    KongSource source(kongConfig({ server.url(QStringLiteral("/metrics")).toString() }));
    QCOMPARE(
        KongSource::noBandwidthMessage(),
        QStringLiteral("Kong serves no kong_bandwidth_bytes metrics: enable bandwidth_metrics=true in the "
                       "Prometheus plugin (or no traffic has passed through Kong since it started)"));
    for (int poll = 1; poll < failsAtPoll; ++poll) {
        const PollOutcome o = pollOnce(&source);
        QCOMPARE(int(o.kind), int(PollOutcome::Succeeded));
        QVERIFY(o.samples.isEmpty());
    }
    const PollOutcome o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Failed));
    QVERIFY2(o.message.contains(message), qPrintable(o.message));
}

void TestKongSource::idleKongThenTraffic()
{
    // Baselined while idle (no family at all), then the first bytes: the new
    // series count in full, the poll before them is no error.
    SimNode node;
    TestHttp::Server server(
        [&](const TestHttp::Request &) { return TestHttp::Response::text(node.render(m_rest3)); });
    QVERIFY(server.listen());
    KongSource source(kongConfig({ server.url(QStringLiteral("/metrics")).toString() }));
    PollOutcome o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Succeeded));
    o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Succeeded));
    QVERIFY(o.samples.isEmpty());
    const SimNode::Series s { QStringLiteral("svc"), QStringLiteral("r"), QString(), Direction::Out };
    node.meta[SimNode::key(s)] = s;
    node.values[SimNode::key(s)] = 4242;
    o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Succeeded));
    QCOMPARE(o.samples.size(), 1);
    QCOMPARE(o.samples[0].bytes, quint64(4242));
    QVERIFY(o.degraded.isEmpty());
}

void TestKongSource::nodeWithoutFamilyIsReported()
{
    // Node A serves the family, node B never does (bandwidth_metrics off on
    // it, or a plugin instance of its own): B is named, A is still stored.
    SimNode a;
    const SimNode::Series s { QStringLiteral("svc"), QStringLiteral("r"), QString(), Direction::Out };
    a.meta[SimNode::key(s)] = s;
    a.values[SimNode::key(s)] = 10;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        if (req.path() == "/nodeA/metrics")
            return TestHttp::Response::text(a.render(m_rest3));
        return TestHttp::Response::text(QByteArray(m_rest3).replace("@ACCEPTED@", "7"));
    });
    QVERIFY(server.listen());
    KongSource source(kongConfig({ server.url(QStringLiteral("/nodeA/metrics")).toString(),
                                   server.url(QStringLiteral("/nodeB/metrics")).toString() }));
    for (int poll = 1; poll <= 4; ++poll) {
        a.values[SimNode::key(s)] += 5;
        const PollOutcome o = pollOnce(&source);
        QCOMPARE(int(o.kind), int(PollOutcome::Succeeded));
        if (poll > 1) {
            QCOMPARE(o.samples.size(), 1);
            QCOMPARE(o.samples[0].bytes, quint64(5));
        }
        // Two answers without the family may still be an idle node.
        if (poll < 3) {
            QVERIFY2(o.degraded.isEmpty(), qPrintable(o.degraded));
        } else {
            QVERIFY2(o.degraded.contains(QLatin1String("/nodeB/metrics")), qPrintable(o.degraded));
            QVERIFY(!o.degraded.contains(QLatin1String("/nodeA/")));
        }
    }
}

void TestKongSource::unreadableCaFileFailsThePoll()
{
    // Falling back to the system CAs would trust servers the user excluded.
    TestHttp::Server server([&](const TestHttp::Request &) { return TestHttp::Response::text(m_rest3); });
    QVERIFY(server.listen());
    const QString missing = QDir::temp().filePath(QStringLiteral("bandwatch-no-such-ca.pem"));
    KongSource source(kongConfig({ server.url(QStringLiteral("/metrics")).toString() },
                                 { { QStringLiteral("ca_file"), missing } }));
    const PollOutcome o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Failed));
    QVERIFY2(o.message.contains(missing), qPrintable(o.message));
    QVERIFY(server.requests().isEmpty());
}

void TestKongSource::nodeOutageKeepsExactDeltas()
{
    // Two nodes, polled every second, gap after 5 s. Node B is down for 10 s:
    // A's bytes are stored every poll, B's whole outage when it is back.
    KongBandwidth::Options o;
    o.maxGapMs = 5000;
    KongBandwidth b(o);
    auto counter = [](quint64 v) {
        KongCounter c;
        c.service = QStringLiteral("s");
        c.direction = Direction::Out;
        c.value = v;
        return c;
    };
    const QString A = QStringLiteral("a"), B = QStringLiteral("b");
    QVERIFY(b.update(QStringLiteral("k"), { { A, { counter(100) }, 1 }, { B, { counter(1000) }, 1 } }, 0, 0)
                .isEmpty());
    quint64 a = 100, bVal = 1000;
    for (int t = 1; t <= 10; ++t) {
        a += 10;
        bVal += 7;
        const SampleList s =
            b.update(QStringLiteral("k"), { { A, { counter(a) }, 1 + quint64(t) } }, t * 1000, t * 1000);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].bytes, quint64(10));
    }
    a += 1;
    const SampleList back = b.update(
        QStringLiteral("k"), { { A, { counter(a) }, 20 }, { B, { counter(bVal) }, 20 } }, 11000, 11000);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].bytes, quint64(1 + 70));
    // Restarted between two polls and already past its old value: the
    // accepted-connections count fell, so all of 5000 is new.
    const SampleList restarted = b.update(
        QStringLiteral("k"), { { A, { counter(a) }, 21 }, { B, { counter(5000) }, 3 } }, 12000, 12000);
    QCOMPARE(restarted.size(), 1);
    QCOMPARE(restarted[0].bytes, quint64(5000));
}

void TestKongSource::malformedBodyIsAnError()
{
    TestHttp::Server server([&](const TestHttp::Request &) {
        return TestHttp::Response::text(
            "# TYPE kong_bandwidth_bytes counter\n"
            "kong_bandwidth_bytes{service=\"a\",route=\"b\",direction=\"egress\"} 1\n"
            "kong_bandwidth_bytes{service=\"a\",route=\"b\",direction=\"ingress\" 2\n");
    });
    QVERIFY(server.listen());
    QUrl url = server.url(QStringLiteral("/metrics?apikey=sekrit"));
    url.setUserName(QStringLiteral("admin"));
    url.setPassword(QStringLiteral("hunter2"));
    KongSource source(kongConfig({ url.toString() }));
    const PollOutcome o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Failed));
    QVERIFY2(o.message.contains(QLatin1String("line 3:")), qPrintable(o.message));
    QVERIFY(!o.message.contains(QLatin1String("hunter2")));
    QVERIFY(!o.message.contains(QLatin1String("sekrit")));
}

void TestKongSource::retryAfterIsPassedOn()
{
    TestHttp::Server server([&](const TestHttp::Request &) {
        TestHttp::Response r = TestHttp::Response::text("rate limited");
        r.status = 429;
        r.reason = "Too Many Requests";
        r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "30"));
        return r;
    });
    QVERIFY(server.listen());
    KongSource source(kongConfig({ server.url(QStringLiteral("/metrics")).toString() }));
    const PollOutcome o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Failed));
    QCOMPARE(o.retryAfterMs, 30000);
    QVERIFY(o.message.contains(QLatin1String("429")));
}

void TestKongSource::credentialsAreSent()
{
    QByteArray auth, token;
    TestHttp::Server server([&](const TestHttp::Request &req) {
        auth = req.headers.value("authorization");
        token = req.headers.value("kong-admin-token");
        return TestHttp::Response::text(readData(QStringLiteral("kong_3x_docs_clean.prom")));
    });
    QVERIFY(server.listen());
    KongSource source(kongConfig({ server.url(QStringLiteral("/metrics")).toString() },
                                 { { QStringLiteral("username"), QStringLiteral("kong") },
                                   { QStringLiteral("password"), QStringLiteral("s3cret") },
                                   { QStringLiteral("token"), QStringLiteral("rbac-token") } }));
    const PollOutcome o = pollOnce(&source);
    QCOMPARE(int(o.kind), int(PollOutcome::Succeeded));
    QVERIFY(o.samples.isEmpty()); // baseline
    QCOMPARE(auth, "Basic " + QByteArray("kong:s3cret").toBase64());
    QCOMPARE(token, QByteArray("rbac-token"));
}

void TestKongSource::abortEmitsNothing()
{
    TestHttp::Server server([&](const TestHttp::Request &) {
        TestHttp::Response r;
        r.neverAnswer = true;
        return r;
    });
    QVERIFY(server.listen());
    KongSource source(kongConfig({ server.url(QStringLiteral("/metrics")).toString() }));
    QSignalSpy ok(&source, &Source::pollSucceeded);
    QSignalSpy failed(&source, &Source::pollFailed);
    source.poll();
    QTest::qWait(100);
    source.abort();
    QTest::qWait(200);
    QCOMPARE(ok.count() + failed.count(), 0);
}

void TestKongSource::validate_data()
{
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QStringList>("issueKeys");
    auto m = [](std::initializer_list<std::pair<const char *, QVariant>> kv) {
        QVariantMap map;
        for (const auto &p : kv)
            map.insert(QLatin1String(p.first), p.second);
        return map;
    };
    const QString u = QStringLiteral("http://kong:8001/metrics");
    QTest::newRow("url") << m({ { "url", u } }) << QStringList();
    QTest::newRow("urls") << m(
        { { "urls", QStringList { u, QStringLiteral("https://kong2:8001/metrics") } } })
                          << QStringList();
    QTest::newRow("none") << QVariantMap() << QStringList { QStringLiteral("url") };
    QTest::newRow("both") << m({ { "url", u }, { "urls", QStringList { u } } })
                          << QStringList { QStringLiteral("urls") };
    QTest::newRow("ftp") << m({ { "url", QStringLiteral("ftp://kong/metrics") } })
                         << QStringList { QStringLiteral("url") };
    QTest::newRow("unknown option") << m({ { "url", u }, { "verify_tls", QStringLiteral("false") } })
                                    << QStringList { QStringLiteral("verify_tls") };
    QTest::newRow("password without user") << m({ { "url", u }, { "password", QStringLiteral("x") } })
                                           << QStringList { QStringLiteral("password") };
    QTest::newRow("header without token") << m({ { "url", u }, { "header", QStringLiteral("X-Token") } })
                                          << QStringList { QStringLiteral("header") };
    QTest::newRow("bad header") << m(
        { { "url", u }, { "token", QStringLiteral("t") }, { "header", QStringLiteral("a b") } })
                                << QStringList { QStringLiteral("header") };
    QTest::newRow("keep_labels") << m(
        { { "url", u },
          { "keep_labels", QStringList { QStringLiteral("consumer"), QStringLiteral("workspace") } } })
                                 << QStringList();
    QTest::newRow("bad keep_labels") << m(
        { { "url", u }, { "keep_labels", QStringList { QStringLiteral("route") } } })
                                     << QStringList { QStringLiteral("keep_labels") };
    QTest::newRow("max_body") << m({ { "url", u }, { "max_body", QStringLiteral("16 MiB") } })
                              << QStringList();
    QTest::newRow("bad max_body") << m({ { "url", u }, { "max_body", QStringLiteral("lots") } })
                                  << QStringList { QStringLiteral("max_body") };
    QTest::newRow("bad max_gap_intervals")
        << m({ { "url", u }, { "max_gap_intervals", QStringLiteral("0") } })
        << QStringList { QStringLiteral("max_gap_intervals") };
    QTest::newRow("ca_file missing") << m(
        { { "url", u }, { "ca_file", QStringLiteral("/nonexistent/ca.pem") } })
                                     << QStringList { QStringLiteral("ca_file") };
    QTest::newRow("ca_file not a certificate")
        << m({ { "url", u }, { "ca_file", QFINDTESTDATA("data/kong_3x_docs_clean.prom") } })
        << QStringList { QStringLiteral("ca_file") };
}

void TestKongSource::validate()
{
    QFETCH(QVariantMap, options);
    QFETCH(QStringList, issueKeys);
    SourceConfig c;
    c.id = QStringLiteral("k");
    c.type = QStringLiteral("kong");
    c.options = options;
    QStringList keys;
    for (const ConfigIssue &i : KongSource::validate(c)) {
        keys << i.key;
        QVERIFY(!i.message.isEmpty());
    }
    QCOMPARE(keys, issueKeys);
}

void TestKongSource::gapAttributesNothing()
{
    KongBandwidth::Options o;
    o.maxGapMs = 1000;
    KongBandwidth b(o);
    KongCounter c;
    c.service = QStringLiteral("s");
    c.route = QStringLiteral("r");
    c.hasRoute = true;
    c.direction = Direction::Out;
    c.value = 100;
    QVERIFY(b.update(QStringLiteral("k"), { { QStringLiteral("n"), { c }, std::nullopt } }, 0, 0).isEmpty());
    c.value = 150;
    SampleList s = b.update(QStringLiteral("k"), { { QStringLiteral("n"), { c }, std::nullopt } }, 500, 500);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].bytes, quint64(50));
    QCOMPARE(s[0].bps, 800.0);
    QCOMPARE(s[0].key.series, QStringLiteral("s/r"));
    c.value = 10000;
    // No poll at all for longer than the gap (a suspended machine): nothing attributed.
    QVERIFY(b.update(QStringLiteral("k"), { { QStringLiteral("n"), { c }, std::nullopt } }, 5000, 5000)
                .isEmpty());
    c.value = 10010;
    s = b.update(QStringLiteral("k"), { { QStringLiteral("n"), { c }, std::nullopt } }, 5100, 5100);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].bytes, quint64(10)); // counted from the reading after the gap
}

QTEST_GUILESS_MAIN(TestKongSource)
#include "tst_kongsource.moc"
