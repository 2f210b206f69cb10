// Alerts by e-mail against a real SMTP server: Debian's aiosmtpd, run with
// /usr/bin/python3 on 127.0.0.1 with STARTTLS (a CA and server certificate
// made here with openssl) and AUTH (data/smtpserver.py, copied into the
// temporary directory). The received messages are parsed with Python's email
// package (data/parsemail.py).
#include "alerts/alertservice.h"
#include "alerts/alertstore.h"
#include "alerts/mailmessage.h"
#include "alerts/outboxdispatcher.h"
#include "app/configloader.h"
#include "storage/historystore.h"
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Bandwatch;

namespace {

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void logHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, ctx, message);
}

QStringList logLines()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

bool run(const QString &program, const QStringList &args, const QString &dir, QByteArray *out = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished(5000);
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestSmtpAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void rampSendsWarningAndThreeMails();
    void serverDownDuringCrossing();
    void smtpsImplicitTls();
    void deliveryErrors_data();
    void deliveryErrors();

private:
    enum class Tls { StartTls, None, Implicit, Refused };
    bool startServer(Tls tls = Tls::StartTls);
    void stopServer();
    int mailCount() const;
    QJsonArray parseMails() const;
    void clearMail();
    QByteArray config(const QString &password, bool withCa,
                      const QString &quotaId = QStringLiteral("cdn-monthly"),
                      bool projectionAlert = false) const;

    // One life of the application on the same database file.
    struct Life
    {
        HistoryStore store;
        std::unique_ptr<AlertService> service;
    };
    std::unique_ptr<Life> startLife(const QByteArray &yaml, const QDateTime &now);
    void addTraffic(Life &life, qint64 fromMs, qint64 toMs, quint64 bytes);

    QTemporaryDir m_dir;
    QString m_maildir;
    QString m_dbPath;
    int m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

void TestSmtpAlerts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))
        || !run(QStringLiteral("/usr/bin/python3"), { "-c", "import aiosmtpd" }, m_dir.path()))
        QSKIP("needs /usr/bin/python3 with aiosmtpd (apt install python3-aiosmtpd)");
    g_previousHandler = qInstallMessageHandler(logHandler);

    const QString d = m_dir.path();
    QString certError;
    QVERIFY2(makeTestCertificates(d, &certError), qPrintable(certError));
    for (const char *script : { "smtpserver.py", "parsemail.py" }) {
        const QString source = QFINDTESTDATA(QString("data/") + script);
        QVERIFY2(!source.isEmpty(), script);
        QVERIFY(QFile::copy(source, m_dir.filePath(script)));
    }
    QFile pass(m_dir.filePath("smtp.pass"));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("s3cret-pässword\n");
    pass.close();
    pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile wrong(m_dir.filePath("wrong.pass"));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-the-password\n");
    wrong.close();
    wrong.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    m_maildir = m_dir.filePath("mail");
    QVERIFY(QDir().mkpath(m_maildir));
    QTcpServer probe; // a free port, released at once for the SMTP server
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
    probe.close();
}

void TestSmtpAlerts::cleanup()
{
    stopServer();
    clearMail();
}

void TestSmtpAlerts::cleanupTestCase()
{
    stopServer();
    if (g_previousHandler)
        qInstallMessageHandler(g_previousHandler);
}

bool TestSmtpAlerts::startServer(Tls tls)
{
    stopServer();
    m_server = std::make_unique<QProcess>();
    // aiosmtpd logs every refused handshake with a traceback: kept out of the test output.
    m_server->setStandardErrorFile(m_dir.filePath("smtpserver.log"), QIODevice::Append);
    QStringList args { m_dir.filePath("smtpserver.py"),
                       "--port",
                       QString::number(m_port),
                       "--maildir",
                       m_maildir,
                       "--user",
                       "ops",
                       "--password",
                       "s3cret-pässword" };
    if (tls == Tls::None)
        args << "--no-starttls";
    else
        args << "--cert" << m_dir.filePath("server.pem") << "--key" << m_dir.filePath("server.key");
    if (tls == Tls::Implicit)
        args << "--smtps";
    if (tls == Tls::Refused)
        args << "--refuse-starttls";
    m_server->start("/usr/bin/python3", args);
    if (!m_server->waitForStarted(10'000))
        return false;
    for (int i = 0; i < 100 && !m_server->canReadLine(); ++i)
        m_server->waitForReadyRead(100);
    return m_server->readLine().startsWith("READY");
}

void TestSmtpAlerts::stopServer()
{
    if (!m_server)
        return;
    m_server->closeWriteChannel(); // the script stops on end of input
    if (!m_server->waitForFinished(5000)) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    m_server.reset();
}

int TestSmtpAlerts::mailCount() const
{
    return int(QDir(m_maildir).entryList({ "*.eml" }, QDir::Files).size());
}

void TestSmtpAlerts::clearMail()
{
    for (const QString &f : QDir(m_maildir).entryList(QDir::Files))
        QFile::remove(QDir(m_maildir).filePath(f));
}

QJsonArray TestSmtpAlerts::parseMails() const
{
    QByteArray out;
    if (!run("/usr/bin/python3", { m_dir.filePath("parsemail.py"), m_maildir }, m_dir.path(), &out))
        return {};
    return QJsonDocument::fromJson(out).array();
}

// The YAML shape, pointed at the local server.
QByteArray TestSmtpAlerts::config(const QString &passwordFile, bool withCa, const QString &quotaId,
                                  bool projectionAlert) const
{
    QByteArray yaml =
        "sources:\n"
        "  - id: kong\n"
        "    type: interfaces\n"
        "quotas:\n"
        "  - id: QUOTA\n"
        "    name: \"Taipei CDN – 月流量\"\n"
        "    series: {source: kong, labels: {service: api}}   # selector: source id, optional label match\n"
        "    direction: out            # in | out | both\n"
        "    kind: volume              # volume | bandwidth | p95\n"
        "    limit: 1GB\n"
        "    cycle: {period: monthly, start_day: 15, timezone: Asia/Taipei}\n"
        "    thresholds: [80, 90, 100]\n"
        "PROJECTION"
        "notifications:\n"
        "  email: {url: \"smtp://127.0.0.1:PORT\", starttls: required, from: ops@example.com, "
        "to: [noc@example.com], username: ops, password_file: PASSFILE CA}\n"
        "  retry: {initial: 300ms, max: 1s}\n";
    yaml.replace("QUOTA", quotaId.toUtf8());
    // Most rows are about one threshold's mail; the warning would add one.
    yaml.replace("PROJECTION", projectionAlert ? QByteArray() : QByteArray("    projection_alert: false\n"));
    yaml.replace("PORT", QByteArray::number(m_port));
    yaml.replace("PASSFILE", m_dir.filePath(passwordFile).toUtf8());
    yaml.replace(" CA}", withCa ? ", ca_file: " + m_dir.filePath("ca.pem").toUtf8() + "}" : QByteArray("}"));
    return yaml;
}

std::unique_ptr<TestSmtpAlerts::Life> TestSmtpAlerts::startLife(const QByteArray &yaml, const QDateTime &now)
{
    const ConfigLoader::Result r = ConfigLoader::parse(yaml, "test.yaml");
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.errors.join('\n')));
        return nullptr;
    }
    auto life = std::make_unique<Life>();
    HistoryOptions options;
    options.retention.setKeep(Resolution::Raw, 0);
    options.startupCheck = HistoryOptions::StartupCheck::None;
    life->store.setOptions(options);
    QString error;
    if (!life->store.open(m_dbPath, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    life->service = std::make_unique<AlertService>(&life->store);
    if (!life->service->configure(r.config->document, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    life->service->setClock([now] { return now; });
    if (!life->service->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return life;
}

void TestSmtpAlerts::addTraffic(Life &life, qint64 fromMs, qint64 toMs, quint64 bytes)
{
    Sample s;
    s.key.source = "kong";
    s.key.series = "api";
    s.key.labels.insert("service", "api");
    s.key.direction = Direction::Out;
    s.startMs = fromMs;
    s.endMs = toMs;
    s.bytes = bytes;
    s.bps = double(bytes) * 8000.0 / double(toMs - fromMs);
    life.store.append({ s });
    QVERIFY(life.store.flush());
}

void TestSmtpAlerts::rampSendsWarningAndThreeMails()
{
    m_dbPath = m_dir.filePath("ramp.db");
    QVERIFY(startServer());
    // Cycle from 2026-03-15 00:00 in Taipei (= 03-14 16:00 UTC); 1 GB; cumulative MB per day.
    const QList<std::pair<const char *, int>> ramp {
        { "2026-03-16T16:00:00", 300 }, { "2026-03-17T16:00:00", 600 }, { "2026-03-18T16:00:00", 810 },
        { "2026-03-19T16:00:00", 880 }, { "2026-03-20T16:00:00", 905 }, { "2026-03-21T16:00:00", 1010 },
        { "2026-03-22T16:00:00", 1100 }
    };
    qint64 previousEnd = utc("2026-03-14T16:00:00").toMSecsSinceEpoch();
    int previousMb = 0;
    const qint64 sentAfter = QDateTime::currentSecsSinceEpoch() - 1;
    for (const auto &[at, mb] : ramp) {
        const QDateTime now = utc(at);
        auto life = startLife(config("smtp.pass", true, QStringLiteral("cdn-monthly"), true), now);
        QVERIFY(life);
        addTraffic(*life, previousEnd, now.toMSecsSinceEpoch(), quint64(mb - previousMb) * 1'000'000);
        previousEnd = now.toMSecsSinceEpoch();
        previousMb = mb;
        life->service->evaluateNow();
        QTRY_COMPARE_WITH_TIMEOUT(life->service->alertStore()->openCount(), 0, 15'000);
    }
    QCOMPARE(mailCount(), 4);

    QJsonArray mails = parseMails();
    QCOMPARE(mails.size(), 4);
    // First the warning, two days in at 300 MB (150 MB/day): the limit is
    // expected 4.67 days later, on 03-21 16:00 in Taipei, 4.65 GB by the end.
    const QJsonObject warning = mails.takeAt(0).toObject();
    QCOMPARE(warning.value("alert").toString(), "projection");
    QCOMPARE(warning.value("defects").toArray().size(), 0);
    QCOMPARE(warning.value("long_lines").toArray().size(), 0);
    QCOMPARE(warning.value("subject").toString(),
             "[Bandwatch] Taipei CDN – 月流量: projected to exceed the volume quota on 2026-03-21 16:00 "
             "(300.00 MB of 1.00 GB used, 4.65 GB expected by the end of the cycle)");
    const QString warningBody = warning.value("body").toString().replace("\r\n", "\n");
    QVERIFY2(warningBody.startsWith(
                 "Bandwatch quota warning: projected to exceed the limit before the cycle ends\n"),
             qPrintable(warningBody));
    QVERIFY2(warningBody.contains(
                 "Warning:     a projection, not a crossing: at this pace the limit is exceeded on "
                 "2026-03-21 16:00, 4.65 GB expected by the end of the cycle"),
             qPrintable(warningBody));
    QVERIFY2(warningBody.contains("Used:        300.00 MB of 1.00 GB (30 %;"), qPrintable(warningBody));
    const QStringList thresholds { "80", "90", "100" };
    const QStringList used { "810.00 MB of 1.00 GB (81 %; 810000000 of 1000000000 bytes)",
                             "905.00 MB of 1.00 GB (90.5 %; 905000000 of 1000000000 bytes)",
                             "1.01 GB of 1.00 GB (101 %; 1010000000 of 1000000000 bytes)" };
    QSet<QString> ids;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject m = mails.at(i).toObject();
        QCOMPARE(m.value("defects").toArray().size(), 0);
        QCOMPARE(m.value("long_lines").toArray().size(), 0);
        QCOMPARE(m.value("from").toString(), "ops@example.com");
        QCOMPARE(m.value("to").toArray().first().toString(), "noc@example.com");
        QCOMPARE(m.value("mime").toString(), "text/plain");
        QCOMPARE(m.value("charset").toString(), "utf-8");
        QVERIFY(m.value("date_ok").toBool());
        // Date is when the alert was queued: during this test, in real time.
        QVERIFY(qint64(m.value("date_epoch").toDouble()) >= sentAfter);
        QVERIFY(qint64(m.value("date_epoch").toDouble()) <= QDateTime::currentSecsSinceEpoch() + 1);
        const QString id = m.value("message_id").toString();
        QVERIFY2(QRegularExpression("^<[0-9a-f]{32}\\.bandwatch@example\\.com>$").match(id).hasMatch(),
                 qPrintable(id));
        ids.insert(id);
        QCOMPARE(m.value("threshold").toString(), thresholds.at(i));
        QCOMPARE(m.value("alert").toString(), "threshold");
        QCOMPARE(m.value("quota").toString(), "cdn-monthly");
        QVERIFY2(m.value("raw_subject").toString().startsWith("=?UTF-8?B?"),
                 qPrintable(m.value("raw_subject").toString()));
        const QString subject = m.value("subject").toString();
        QVERIFY2(
            subject.startsWith(QString("[Bandwatch] Taipei CDN – 月流量: %1 % of the volume quota reached")
                                   .arg(thresholds.at(i))),
            qPrintable(subject));
        const QString body = m.value("body").toString().replace("\r\n", "\n");
        QVERIFY2(body.contains("Used:        " + used.at(i)), qPrintable(body));
        QVERIFY2(body.contains("Cycle:       2026-03-15 00:00 to 2026-04-15 00:00 (Asia/Taipei)"),
                 qPrintable(body));
        QVERIFY2(body.contains("Projection:"), qPrintable(body));
        QVERIFY2(body.contains("Per series:\n  kong api out"), qPrintable(body));
    }
    QCOMPARE(ids.size(), 3);
    QVERIFY(!ids.contains(warning.value("message_id").toString()));
    // Four days in at 810 MB: about 202 MB/day, 1 GB is expected on day 5 of 31.
    QVERIFY(mails.at(0).toObject().value("body").toString().contains(
        "Projected to exceed the quota on 2026-03-19 "));
}

void TestSmtpAlerts::serverDownDuringCrossing()
{
    m_dbPath = m_dir.filePath("down.db");
    stopServer();
    const QDateTime now = utc("2026-03-20T00:00:00");
    {
        auto life = startLife(config("smtp.pass", true, "down"), now);
        QVERIFY(life);
        addTraffic(*life, utc("2026-03-15T00:00:00").toMSecsSinceEpoch(), now.toMSecsSinceEpoch(),
                   850'000'000);
        QCOMPARE(life->service->evaluateNow(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!life->service->alertStore()->entries(true).isEmpty()
                                     && life->service->alertStore()->entries(true).first().attempts >= 1,
                                 10'000);
        const OutboxEntry e = life->service->alertStore()->entries(true).first();
        QCOMPARE(e.status, OutboxEntry::Status::Failed);
        QVERIFY2(e.lastError.contains("cannot connect to 127.0.0.1:" + QString::number(m_port)),
                 qPrintable(e.lastError));
    }
    // A restart while the server is still down: the entry is still there, failing.
    {
        auto life = startLife(config("smtp.pass", true, "down"), now);
        QVERIFY(life);
        QCOMPARE(life->service->evaluateNow(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(life->service->alertStore()->entries(true).value(0).attempts >= 2, 10'000);
        QCOMPARE(life->service->alertStore()->openCount(), 1);
        // The server comes back: the retry delivers the mail once.
        QVERIFY(startServer());
        QTRY_COMPARE_WITH_TIMEOUT(life->service->alertStore()->openCount(), 0, 15'000);
        QCOMPARE(mailCount(), 1);
    }
    // And after another restart, nothing is sent again.
    {
        auto life = startLife(config("smtp.pass", true, "down"), now);
        QVERIFY(life);
        QCOMPARE(life->service->evaluateNow(), 0);
        QTest::qWait(800); // longer than the retry interval
        QCOMPARE(life->service->alertStore()->openCount(), 0);
        const QList<OutboxEntry> all = life->service->alertStore()->entries(false);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().status, OutboxEntry::Status::Sent);
    }
    QCOMPARE(mailCount(), 1);
    QVERIFY(logLines().join('\n').contains("not delivered (attempt 1): e-mail via 127.0.0.1:"
                                           + QString::number(m_port) + " failed: cannot connect"));
}

void TestSmtpAlerts::smtpsImplicitTls()
{
    m_dbPath = m_dir.filePath("smtps.db");
    QVERIFY(startServer(Tls::Implicit));
    QByteArray yaml = config("smtp.pass", true, "smtps");
    yaml.replace("smtp://127.0.0.1", "smtps://127.0.0.1");
    const QDateTime now = utc("2026-03-20T00:00:00");
    auto life = startLife(yaml, now);
    QVERIFY(life);
    addTraffic(*life, utc("2026-03-15T00:00:00").toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), 950'000'000);
    QCOMPARE(life->service->evaluateNow(), 2); // 80 and 90 at once: one mail each
    QTRY_COMPARE_WITH_TIMEOUT(life->service->alertStore()->openCount(), 0, 15'000);
    QCOMPARE(mailCount(), 2);
    const QJsonArray mails = parseMails();
    QCOMPARE(mails.size(), 2);
    QStringList thresholds;
    for (const QJsonValue &m : mails)
        thresholds << m.toObject().value("threshold").toString();
    thresholds.sort();
    QCOMPARE(thresholds, (QStringList { "80", "90" }));
}

void TestSmtpAlerts::deliveryErrors_data()
{
    QTest::addColumn<QString>("passwordFile");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<int>("serverTls"); // Tls
    QTest::addColumn<QString>("expected");

    QTest::newRow("wrong password")
        << "wrong.pass" << true << int(Tls::StartTls)
        << "the server rejected the login of user \"ops\": wrong user name or password";
    QTest::newRow("STARTTLS not offered")
        << "smtp.pass" << true << int(Tls::None)
        << "the server does not offer STARTTLS, and starttls is required: nothing was sent";
    QTest::newRow("STARTTLS refused")
        << "smtp.pass" << true << int(Tls::Refused)
        << "the server offers STARTTLS but refused it with \"454 4.7.0 TLS not available due to temporary "
           "reason\", and starttls is required: nothing was sent";
    QTest::newRow("untrusted certificate")
        << "smtp.pass" << false << int(Tls::StartTls) << "the server's TLS certificate is not trusted";
}

void TestSmtpAlerts::deliveryErrors()
{
    QFETCH(QString, passwordFile);
    QFETCH(bool, withCa);
    QFETCH(int, serverTls);
    QFETCH(QString, expected);
    m_dbPath = m_dir.filePath(QString("errors-%1.db").arg(QTest::currentDataTag()).replace(' ', '_'));
    QVERIFY(startServer(Tls(serverTls)));
    const QDateTime now = utc("2026-03-20T00:00:00");
    const qsizetype logBefore = logLines().size();
    auto life = startLife(config(passwordFile, withCa, "errors"), now);
    QVERIFY(life);
    addTraffic(*life, utc("2026-03-15T00:00:00").toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), 850'000'000);
    QCOMPARE(life->service->evaluateNow(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(life->service->alertStore()->entries(true).value(0).attempts >= 1, 10'000);
    const OutboxEntry e = life->service->alertStore()->entries(true).first();
    QCOMPARE(e.status, OutboxEntry::Status::Failed);
    QVERIFY2(e.lastError.contains(expected), qPrintable(e.lastError));
    QVERIFY(e.nextAttemptMs > e.lastAttemptMs);
    const QString log = logLines().mid(logBefore).join('\n');
    QVERIFY2(log.contains(expected), qPrintable(log));
    QVERIFY(!log.contains("s3cret")); // the password never reaches the log
    QCOMPARE(mailCount(), 0);
}

QTEST_GUILESS_MAIN(TestSmtpAlerts)
#include "tst_smtpalerts.moc"
