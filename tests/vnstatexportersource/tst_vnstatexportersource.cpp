#include "sources/sourcefactory.h"
#include "sources/vnstatexportersource.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Bandwatch;
using namespace std::chrono_literals;

namespace {

const QByteArray kSecretPath = "/webhook/secret-0c68fb14-bb0d-41ca-a53f-a8ba0ea08fae";
const QByteArray kSecretToken = "0c68fb14-bb0d-41ca-a53f-a8ba0ea08fae";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray httpBody(const QByteArray &response)
{
    const qsizetype at = response.indexOf("\n\n");
    return at < 0 ? QByteArray() : response.mid(at + 2).trimmed();
}

QByteArray totals(const char *start, const char *in, const char *out)
{
    return QByteArray(R"({"in":)") + in + R"(,"out":)" + out + R"(,"start_date":")" + start + R"("})";
}

// Just enough HTTP/1.1 on 127.0.0.1 to play an exporter: one request per
// connection, the answer chosen by `handler` from the request target.
class MiniHttpServer : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray headers; // extra header lines, each ending in \r\n
        bool hang = false; // never answer
    };

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    std::function<Reply(const QByteArray &target)> handler;
    QList<QByteArray> targets;

    MiniHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray target = requestLine.value(1);
        targets << target;
        const Reply reply = handler ? handler(target) : Reply { 404, "not found", {}, false };
        if (reply.hang)
            return;
        const QByteArray reason = reply.status == 200 ? "OK" : "Status";
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason + "\r\n"
                      + "Content-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n" + reply.headers
                      + "\r\n" + reply.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Every message logged while it lives, to check that none shows the secret.
class LogCapture
{
public:
    LogCapture()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &msg) { s_messages << msg; });
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static inline QStringList s_messages;

private:
    QtMessageHandler m_previous = nullptr;
};

SourceConfig exporterConfig(const QVariantMap &options, std::chrono::milliseconds timeout = 2000ms)
{
    SourceConfig c;
    c.id = "remote";
    c.type = "vnstat-exporter";
    c.interval = 1000ms;
    c.timeout = timeout;
    c.options = options;
    // Tests keep the last reading in memory unless they test the state file.
    if (!c.options.contains("state_file"))
        c.options.insert("state_file", "");
    return c;
}

struct PollResult
{
    bool answered = false;
    bool ok = false;
    SampleList samples;
    QString message;
    qint64 retryAfterMs = -1;
};

PollResult pollOnce(Source &source)
{
    QSignalSpy ok(&source, &Source::pollSucceeded);
    QSignalSpy failed(&source, &Source::pollFailed);
    source.poll();
    PollResult r;
    r.answered = QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 5000);
    QTest::qWait(20); // a second answer for the same poll would arrive now
    if (ok.size() + failed.size() != 1)
        r.answered = false;
    r.ok = !ok.isEmpty();
    if (r.ok)
        r.samples = ok.first().first().value<SampleList>();
    if (!failed.isEmpty()) {
        r.message = failed.first().at(0).toString();
        r.retryAfterMs = failed.first().at(1).toLongLong();
    }
    return r;
}

} // namespace

class TestVnstatExporterSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void replay_data();
    void replay();
    void secretNeverShown_data();
    void secretNeverShown();
    void baselineSurvivesRestart_data();
    void baselineSurvivesRestart();
};

void TestVnstatExporterSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVnstatExporterSource::validate_data()
{
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    const QString url = "http://10.0.0.5:50000" + QString::fromLatin1(kSecretPath);
    QTest::newRow("ok") << QVariantMap { { "url", url } } << ""
                        << "";
    QTest::newRow("everything") << QVariantMap { { "url", url },
                                                 { "check_health", "true" },
                                                 { "series", "vps1" },
                                                 { "max_gap_intervals", "3" } }
                                << ""
                                << "";
    QTest::newRow("url_file") << QVariantMap { { "url_file", "/run/secrets/exporter" } } << ""
                              << "";
    QTest::newRow("missing url") << QVariantMap {} << "url"
                                 << "url is required";
    QTest::newRow("both") << QVariantMap { { "url", url }, { "url_file", "/x" } } << "url_file"
                          << "not both";
    QTest::newRow("not a url") << QVariantMap { { "url",
                                                  QString("ftp://host" + QString::fromLatin1(kSecretPath)) } }
                               << "url"
                               << "http:// or https://";
    QTest::newRow("no host") << QVariantMap { { "url",
                                                QString("http://" + QString::fromLatin1(kSecretPath)) } }
                             << "url"
                             << "with a host";
    QTest::newRow("no path") << QVariantMap { { "url", "http://10.0.0.5:50000/" } } << "url"
                             << "no path";
    QTest::newRow("unknown option") << QVariantMap { { "url", url }, { "token", "x" } } << "token"
                                    << "unknown option";
    QTest::newRow("bad check_health")
        << QVariantMap { { "url", url }, { "check_health", "sometimes" } } << "check_health"
        << "true or false";
    QTest::newRow("bad gap") << QVariantMap { { "url", url }, { "max_gap_intervals", "0" } }
                             << "max_gap_intervals"
                             << "at least 1";
    QTest::newRow("empty series") << QVariantMap { { "url", url }, { "series", " " } } << "series"
                                  << "must not be empty";
}

void TestVnstatExporterSource::validate()
{
    QFETCH(QVariantMap, options);
    QFETCH(QString, key);
    QFETCH(QString, message);
    QVERIFY(SourceFactory::isKnownType("vnstat-exporter"));
    const QList<ConfigIssue> issues = SourceFactory::validate(exporterConfig(options));
    for (const ConfigIssue &issue : issues)
        QVERIFY2(!issue.message.contains(kSecretToken), qPrintable(issue.message));
    if (key.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        std::unique_ptr<Source> s(SourceFactory::create(exporterConfig(options)));
        QVERIFY(qobject_cast<VnstatExporterSource *>(s.get()));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().key, key);
    QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
}

void TestVnstatExporterSource::replay_data()
{
    QTest::addColumn<QList<QByteArray>>("bodies"); // one per poll
    QTest::addColumn<QList<qint64>>("in"); // bytes of the poll's in sample; -1: no samples
    QTest::addColumn<QList<qint64>>("out");
    QTest::addColumn<bool>("checkHealth");

    const QByteArray initial =
        readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_webhook_initial_cache_derived.json")).trimmed();
    const QByteArray first =
        httpBody(readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_webhook_response_derived.http")));
    QVERIFY(!initial.isEmpty() && !first.isEmpty());
    // 35.2 MiB = 36909875 B, 36.2 MiB = 37958451 B, 37.45 MiB = 39269171 B;
    // 0.05 MiB = 52429 B, 0.06 MiB = 62915 B, 0.01 MiB = 10486 B.
    QTest::newRow("initial cache, growth, exporter restart, growth, reset")
        << QList<QByteArray> { initial,
                               first,
                               totals("2026-11-01", "36.2", "0.06"),
                               initial,
                               totals("2026-11-01", "37.45", "0.06"),
                               totals("2026-11-01", "0.5", "0.01") }
        // no data; baseline; +1 MiB; no data (baseline kept); +1.25 MiB; reset: counted from zero
        << QList<qint64> { -1, -1, 1048576, -1, 1310720, 524288 }
        << QList<qint64> { -1, -1, 10486, -1, 0, 10486 } << false;
    QTest::newRow("with health checks")
        << QList<QByteArray> { first, totals("2026-11-01", "36.2", "0.06") } << QList<qint64> { -1, 1048576 }
        << QList<qint64> { -1, 10486 } << true;
    QTest::newRow("no traffic") << QList<QByteArray> { first, first } << QList<qint64> { -1, 0 }
                                << QList<qint64> { -1, 0 } << false;
    // The totals are per cycle: a new start_date counts them from zero.
    QTest::newRow("new billing cycle")
        << QList<QByteArray> { first, totals("2026-12-01", "0.75", "0.01") } << QList<qint64> { -1, 786432 }
        << QList<qint64> { -1, 10486 } << false;
    // Even when the new cycle's totals passed the old cycle's last reading
    // between two polls: not the difference, the new totals.
    QTest::newRow("new billing cycle, totals higher")
        << QList<QByteArray> { first, totals("2026-12-01", "36.2", "0.06"),
                               totals("2026-12-01", "36.45", "0.06") }
        << QList<qint64> { -1, 37958451, 262144 } << QList<qint64> { -1, 62915, 0 } << false;
}

void TestVnstatExporterSource::replay()
{
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(QList<qint64>, in);
    QFETCH(QList<qint64>, out);
    QFETCH(bool, checkHealth);

    MiniHttpServer server;
    QVERIFY(server.listen());
    qsizetype next = 0;
    const QByteArray health =
        readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_health_derived.json")).trimmed();
    server.handler = [&](const QByteArray &target) -> MiniHttpServer::Reply {
        if (target == "/health")
            return { 200, health, {}, false };
        if (target != kSecretPath)
            return { 404, "not found", {}, false };
        return { 200, bodies.value(next++), {}, false };
    };
    const QString url = QString("http://127.0.0.1:%1").arg(server.port()) + QString::fromLatin1(kSecretPath);
    VnstatExporterSource source(
        exporterConfig({ { "url", url }, { "check_health", checkHealth ? "yes" : "no" } }));

    for (qsizetype i = 0; i < bodies.size(); ++i) {
        QTest::qWait(5); // readings need time between them to have a rate
        const PollResult r = pollOnce(source);
        QVERIFY2(r.answered, "no single answer");
        QVERIFY2(r.ok, qPrintable(r.message));
        if (in.at(i) < 0) {
            QVERIFY2(r.samples.isEmpty(), qPrintable(QString("poll %1").arg(i + 1)));
            continue;
        }
        QCOMPARE(r.samples.size(), 2);
        for (const Sample &s : r.samples) {
            QCOMPARE(s.key.source, QString("remote"));
            QCOMPARE(s.key.series, QString("total"));
            QVERIFY(s.endMs > s.startMs);
            QCOMPARE(qint64(s.bytes), s.key.direction == Direction::In ? in.at(i) : out.at(i));
        }
    }
    QCOMPARE(next, bodies.size());
    if (checkHealth)
        QCOMPARE(server.targets, (QList<QByteArray> { "/health", kSecretPath, "/health", kSecretPath }));
    else
        QCOMPARE(server.targets.size(), bodies.size());
}

void TestVnstatExporterSource::secretNeverShown_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("retryAfterMs");
    const QByteArray odd = "/webhook/s%C3%A9cret-" + kSecretToken + "?k=" + kSecretToken;
    QTest::newRow("404 echoing the path") << kSecretPath << "404"
                                          << "HTTP 404" << qint64(-1);
    QTest::newRow("404, encoded path and query") << odd << "404"
                                                 << "is the secret path in url right?" << qint64(-1);
    QTest::newRow("404, the path where the excerpt is cut") << kSecretPath << "404long"
                                                            << "HTTP 404" << qint64(-1);
    QTest::newRow("500 quoting the URL") << kSecretPath << "500"
                                         << "HTTP 500" << qint64(-1);
    QTest::newRow("429 Retry-After") << kSecretPath << "429"
                                     << "HTTP 429" << qint64(30000);
    QTest::newRow("not JSON") << kSecretPath << "garbage"
                              << "is not a vnstat exporter's totals" << qint64(-1);
    QTest::newRow("not JSON, encoded path") << odd << "garbage"
                                            << "is not a vnstat exporter's totals" << qint64(-1);
    QTest::newRow("connection refused") << kSecretPath << "refused"
                                        << "cannot fetch" << qint64(-1);
    QTest::newRow("no answer") << kSecretPath << "hang"
                               << "no complete answer" << qint64(-1);
    QTest::newRow("unhealthy") << kSecretPath << "unhealthy"
                               << "reports itself unhealthy" << qint64(-1);
    QTest::newRow("health 503") << kSecretPath << "health503"
                                << "health check failed" << qint64(120000);
}

void TestVnstatExporterSource::secretNeverShown()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    QFETCH(qint64, retryAfterMs);

    LogCapture logs;
    MiniHttpServer server;
    QVERIFY(server.listen());
    quint16 port = server.port();
    if (mode == "refused") {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
        closed.close();
    }
    const QString base = QString("http://127.0.0.1:%1").arg(port);
    server.handler = [&](const QByteArray &target) -> MiniHttpServer::Reply {
        const QByteArray echo =
            "<p>The requested URL " + target + " (" + base.toUtf8() + target + ") failed</p>";
        if (target == "/health") {
            if (mode == "unhealthy")
                return { 200, R"({"status":"degraded"})", {}, false };
            if (mode == "health503")
                return { 503, echo, "Retry-After: 120\r\n", false };
            return { 200, R"({"status":"ok"})", {}, false };
        }
        if (mode == "404")
            return { 404, echo, {}, false };
        if (mode == "404long") // an error message long enough to be cut inside the path
            return { 404, QByteArray(150, 'x') + ' ' + target + ' ' + QByteArray(150, 'y'), {}, false };
        if (mode == "500")
            return { 500, echo, {}, false };
        if (mode == "429")
            return { 429, echo, "Retry-After: 30\r\n", false };
        if (mode == "garbage")
            return { 200, echo, {}, false };
        if (mode == "hang")
            return { 200, {}, {}, true };
        return { 200, totals("2026-11-01", "1", "1"), {}, false };
    };
    const bool checkHealth = mode == "unhealthy" || mode == "health503";
    VnstatExporterSource source(exporterConfig({ { "url", QString(base + QString::fromUtf8(path)) },
                                                 { "check_health", checkHealth ? "true" : "false" } },
                                               mode == "hang" ? 400ms : 2000ms));
    QCOMPARE(source.displayUrl(), base + "/<secret path>");
    const PollResult r = pollOnce(source);
    QVERIFY(r.answered);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    QCOMPARE(r.retryAfterMs, retryAfterMs);
    if (mode != "unhealthy" && mode != "health503")
        QVERIFY2(r.message.contains(base), qPrintable(r.message)); // still says where
    // Neither the message nor any log line shows the path or the query.
    for (const QString &text : QStringList { r.message } + LogCapture::s_messages) {
        QVERIFY2(!text.contains(QString::fromLatin1(kSecretToken)), qPrintable(text));
        QVERIFY2(!text.contains("webhook/s"), qPrintable(text));
    }
}

void TestVnstatExporterSource::baselineSurvivesRestart_data()
{
    QTest::addColumn<bool>("keepState");
    QTest::addColumn<QByteArray>("afterRestart"); // the first reading of the second instance
    QTest::addColumn<qint64>("in"); // bytes of its sample; -1: no samples
    QTest::addColumn<qint64>("out");
    QTest::newRow("same cycle") << true << totals("2026-11-01", "36.2", "0.06") << qint64(1048576)
                                << qint64(10486);
    // A new cycle began while it was down: the old totals say nothing about the new ones.
    QTest::newRow("new cycle meanwhile")
        << true << totals("2026-12-01", "36.2", "0.06") << qint64(-1) << qint64(-1);
    QTest::newRow("state file disabled")
        << false << totals("2026-11-01", "36.2", "0.06") << qint64(-1) << qint64(-1);
}

void TestVnstatExporterSource::baselineSurvivesRestart()
{
    QFETCH(bool, keepState);
    QFETCH(QByteArray, afterRestart);
    QFETCH(qint64, in);
    QFETCH(qint64, out);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath("sub/remote.exporter.json");
    MiniHttpServer server;
    QVERIFY(server.listen());
    const QList<QByteArray> bodies {
        httpBody(readFile(QFINDTESTDATA("data/vnstat_traffic_exporter_webhook_response_derived.http"))),
        afterRestart
    };
    qsizetype next = 0;
    server.handler = [&](const QByteArray &) -> MiniHttpServer::Reply {
        return { 200, bodies.value(next++), {}, false };
    };
    const QString url = QString("http://127.0.0.1:%1").arg(server.port()) + QString::fromLatin1(kSecretPath);
    const SourceConfig config =
        exporterConfig({ { "url", url }, { "state_file", keepState ? state : QString() } });

    {
        VnstatExporterSource before(config);
        const PollResult r = pollOnce(before);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.samples.isEmpty()); // the baseline
    }
    if (keepState) {
        const QFile::Permissions mode = QFile::permissions(state); // 0600
        QVERIFY(mode.testFlag(QFile::ReadOwner) && mode.testFlag(QFile::WriteOwner));
        QVERIFY(!(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        QVERIFY2(!readFile(state).contains(kSecretToken), "the secret URL is not written down");
    }
    QTest::qWait(5);
    VnstatExporterSource after(config);
    const PollResult r = pollOnce(after);
    QVERIFY2(r.ok, qPrintable(r.message));
    if (in < 0) {
        QVERIFY(r.samples.isEmpty());
        return;
    }
    QCOMPARE(r.samples.size(), 2);
    for (const Sample &s : r.samples) {
        QCOMPARE(qint64(s.bytes), s.key.direction == Direction::In ? in : out);
        QVERIFY(s.endMs > s.startMs);
    }
}

QTEST_GUILESS_MAIN(TestVnstatExporterSource)
#include "tst_vnstatexportersource.moc"
