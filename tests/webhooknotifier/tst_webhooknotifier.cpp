// The webhook notifier against a small HTTP server on 127.0.0.1, directly
// and through the outbox (a failed POST is retried, and counted once).
#include "alerts/alertservice.h"
#include "alerts/alertstore.h"
#include "alerts/webhooknotifier.h"
#include "storage/historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Bandwatch;

namespace {

// Accepts HTTP/1.1 requests with a Content-Length body and answers each
// with the next status of `statuses` (200 once they run out).
class HttpSink : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray requestLine;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    HttpSink()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const
    {
        return QString("http://127.0.0.1:%1/hooks/secret-token").arg(m_server.serverPort());
    }

    QList<int> statuses;
    bool silent = false; // read, never answer
    QList<Request> requests;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        r.requestLine = lines.value(0).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        r.body = buf.mid(end + 4, length);
        m_buffers.remove(s);
        requests << r;
        if (silent)
            return;
        const int status = statuses.isEmpty() ? 200 : statuses.takeFirst();
        const QByteArray body = status >= 300 ? "upstream is down" : "";
        s->write("HTTP/1.1 " + QByteArray::number(status) + (status >= 300 ? " Server Error" : " OK")
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                 + body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

Alert sampleAlert()
{
    Alert a;
    a.quotaId = "cdn-monthly";
    a.quotaName = "CDN";
    a.selector = "kong, service=api";
    a.threshold = 90;
    a.limit = 2e12;
    a.value = 1.83e12;
    a.cycleStartMs = 1'773'504'000'000;
    a.cycleEndMs = 1'776'182'400'000;
    a.timeZone = "Asia/Taipei";
    a.firedAtMs = 1'774'000'000'000;
    a.breakdown.append({ "kong api out", 1.83e12 });
    return a;
}

} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deliver_data();
    void deliver();
    void throughTheOutbox();
    void projectionPayload();

private:
    QTemporaryDir m_dir;
};

void TestWebhookNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWebhookNotifier::deliver_data()
{
    QTest::addColumn<int>("status"); // 0: no answer; -1: nobody listening
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QTest::newRow("200") << 200 << true << "";
    QTest::newRow("204") << 204 << true << "";
    QTest::newRow("500") << 500 << false << "answered HTTP 500 Server Error: upstream is down";
    QTest::newRow("404") << 404 << false << "answered HTTP 404";
    QTest::newRow("no answer") << 0 << false << "failed:";
    QTest::newRow("refused") << -1 << false << "failed: Connection refused";
}

void TestWebhookNotifier::deliver()
{
    QFETCH(int, status);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    HttpSink sink;
    QVERIFY(sink.listen());
    WebhookSettings settings;
    settings.url = sink.url();
    settings.timeoutMs = 500;
    settings.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer t0ken")));
    if (status == -1) {
        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        settings.url = QString("http://127.0.0.1:%1/hook").arg(probe.serverPort());
    }
    sink.silent = status == 0;
    if (status > 0)
        sink.statuses << status;

    WebhookNotifier notifier(settings);
    QSignalSpy spy(&notifier, &Notifier::finished);
    OutboxEntry entry;
    entry.id = 42;
    entry.messageId = "<abc.bandwatch@example.com>";
    notifier.deliver(entry, sampleAlert());
    QVERIFY(spy.isEmpty()); // never synchronously
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 42);
    QCOMPARE(spy.at(0).at(1).toBool(), ok);
    const QString message = spy.at(0).at(2).toString();
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!message.contains("secret-token")); // the hook's path can be its secret
    if (status > 0) {
        QCOMPARE(sink.requests.size(), 1);
        const HttpSink::Request &r = sink.requests.first();
        QCOMPARE(r.requestLine, QByteArray("POST /hooks/secret-token HTTP/1.1"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer t0ken"));
        QCOMPARE(r.headers.value("idempotency-key"), QByteArray("<abc.bandwatch@example.com>"));
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value("event").toString(), "quota.threshold");
        QCOMPARE(o.value("quota").toString(), "cdn-monthly");
        QCOMPARE(o.value("threshold").toDouble(), 90.0);
        QCOMPARE(o.value("value").toDouble(), 1.83e12);
        QCOMPARE(o.value("limit").toDouble(), 2e12);
        QCOMPARE(o.value("percent").toDouble(), 91.5);
        QCOMPARE(o.value("unit").toString(), "bytes");
        QVERIFY2(o.value("text").toString().startsWith(
                     "CDN: 90 % of the volume quota reached (1.83 TB of 2.00 TB)"),
                 qPrintable(o.value("text").toString()));
    }
}

void TestWebhookNotifier::throughTheOutbox()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.statuses << 503;

    HistoryStore store;
    HistoryOptions options;
    options.retention.setKeep(Resolution::Raw, 0);
    options.startupCheck = HistoryOptions::StartupCheck::None;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(m_dir.filePath("outbox.db"), &error), qPrintable(error));
    const QDateTime now = QDateTime(QDate(2026, 3, 20), QTime(0, 0), QTimeZone::utc());
    Sample s;
    s.key.source = "kong";
    s.key.series = "api";
    s.key.direction = Direction::Out;
    s.startMs = now.toMSecsSinceEpoch() - 86'400'000;
    s.endMs = now.toMSecsSinceEpoch();
    s.bytes = 950'000'000;
    store.append({ s });
    QVERIFY(store.flush());

    AlertService service(&store);
    AlertsConfig config;
    Quota q;
    q.id = "hooked";
    q.selector.source = "kong";
    q.limit = 1e9;
    q.projectionAlert = false; // two thresholds are enough for the retry; projectionPayload() has the warning
    config.quotas << q;
    WebhookSettings hook;
    hook.url = sink.url();
    config.notifications.webhook = hook;
    config.notifications.retryInitialMs = 200;
    config.notifications.evaluateIntervalMs = 3'600'000;
    service.configure(config);
    service.setClock([now] { return now; });
    QVERIFY(service.start(&error));
    QCOMPARE(service.evaluateNow(), 2); // 80 and 90 at once
    QTRY_COMPARE_WITH_TIMEOUT(service.alertStore()->openCount(), 0, 5000);
    QCOMPARE(sink.requests.size(), 3); // one 503, retried, and the other one
    const QList<OutboxEntry> entries = service.alertStore()->entries(false);
    QCOMPARE(entries.size(), 2);
    int attempts = 0;
    for (const OutboxEntry &e : entries) {
        QCOMPARE(e.status, OutboxEntry::Status::Sent);
        QCOMPARE(e.channel, "webhook");
        attempts += e.attempts;
    }
    QCOMPARE(attempts, 3);
    QSet<QByteArray> keys;
    for (const HttpSink::Request &r : std::as_const(sink.requests))
        keys.insert(r.headers.value("idempotency-key"));
    QCOMPARE(keys.size(), 2); // the retry carries the same key
    service.stop();
    store.close();
}

void TestWebhookNotifier::projectionPayload()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.statuses << 200;
    WebhookSettings settings;
    settings.url = sink.url();
    WebhookNotifier notifier(settings);
    QSignalSpy spy(&notifier, &Notifier::finished);
    Alert a = sampleAlert();
    a.projectionWarning = true;
    a.threshold = 100;
    a.value = 0.8e12; // 40 %
    a.hasProjection = true;
    a.projectedToExceed = true;
    a.projectedTotal = 2.4e12;
    a.exceedAtMs = 1'775'500'000'000; // 2026-04-07 02:26 in Taipei
    OutboxEntry entry;
    entry.id = 7;
    entry.messageId = "<p.bandwatch@example.com>";
    notifier.deliver(entry, a);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    QVERIFY(spy.at(0).at(1).toBool());
    QCOMPARE(sink.requests.size(), 1);
    const QJsonObject o = QJsonDocument::fromJson(sink.requests.first().body).object();
    QCOMPARE(o.value("event").toString(), "quota.projection");
    QCOMPARE(o.value("alert").toString(), "projection");
    QCOMPARE(o.value("percent").toDouble(), 40.0);
    const QJsonObject p = o.value("projection").toObject();
    QCOMPARE(p.value("projected_to_exceed").toBool(), true);
    QCOMPARE(p.value("projected_total").toDouble(), 2.4e12);
    QCOMPARE(p.value("exceed_at_ms").toInteger(), 1'775'500'000'000);
    QCOMPARE(o.value("subject").toString(),
             "CDN: projected to exceed the volume quota on 2026-04-07 02:26 "
             "(800.00 GB of 2.00 TB used, 2.40 TB expected by the end of the cycle)");
    // The stored payload reads back as the same kind of alert.
    QVERIFY(Alert::fromJson(o).projectionWarning);
    QVERIFY(!Alert::fromJson(sampleAlert().toJson()).projectionWarning);
}

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "tst_webhooknotifier.moc"
