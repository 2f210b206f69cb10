// The settings page's test mail against a real SMTP server: Debian's aiosmtpd
// on 127.0.0.1 (tests/smtpalerts/data/smtpserver.py, with STARTTLS and AUTH,
// or plain) and a CA and server certificate made here with openssl. What the
// server received is read back with tests/smtpalerts/data/parsemail.py.
#include "alerts/testmail.h"
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;

namespace {

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

int freePort()
{
    QTcpServer probe; // released at once for the server (or left closed on purpose)
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestTestMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void compose();
    void send_data();
    void send();
    void secondStartWhileRunningIsRefused();

private:
    enum class Server { None, Plain, StartTls };
    bool startServer(Server kind);
    void stopServer();
    QJsonArray parseMails() const;

    QTemporaryDir m_dir;
    QString m_maildir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

void TestTestMail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!QFile::exists("/usr/bin/python3")
        || !run("/usr/bin/python3", { "-c", "import aiosmtpd" }, m_dir.path()))
        QSKIP("needs /usr/bin/python3 with aiosmtpd (apt install python3-aiosmtpd)");
    const QString d = m_dir.path();
    QString certError;
    QVERIFY2(makeTestCertificates(d, &certError), qPrintable(certError));
    // The SMTP alert test's server and parser, shared rather than copied.
    for (const char *script : { "smtpserver.py", "parsemail.py" }) {
        const QString source = QFINDTESTDATA(QString("../smtpalerts/data/") + script);
        QVERIFY2(!source.isEmpty(), script);
        QVERIFY(QFile::copy(source, m_dir.filePath(script)));
    }
    m_maildir = m_dir.filePath("mail");
    QVERIFY(QDir().mkpath(m_maildir));
    m_port = freePort();
    QVERIFY(m_port > 0);
}

void TestTestMail::cleanup()
{
    stopServer();
    for (const QString &f : QDir(m_maildir).entryList(QDir::Files))
        QFile::remove(QDir(m_maildir).filePath(f));
}

bool TestTestMail::startServer(Server kind)
{
    stopServer();
    if (kind == Server::None)
        return true;
    m_server = std::make_unique<QProcess>();
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
    if (kind == Server::Plain)
        args << "--no-starttls";
    else
        args << "--cert" << m_dir.filePath("server.pem") << "--key" << m_dir.filePath("server.key");
    m_server->start("/usr/bin/python3", args);
    if (!m_server->waitForStarted(10'000))
        return false;
    for (int i = 0; i < 100 && !m_server->canReadLine(); ++i)
        m_server->waitForReadyRead(100);
    return m_server->readLine().startsWith("READY");
}

void TestTestMail::stopServer()
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

QJsonArray TestTestMail::parseMails() const
{
    QByteArray out;
    if (!run("/usr/bin/python3", { m_dir.filePath("parsemail.py"), m_maildir }, m_dir.path(), &out))
        return {};
    return QJsonDocument::fromJson(out).array();
}

void TestTestMail::compose()
{
    SmtpSettings s;
    s.url = "smtp://127.0.0.1:25";
    s.from = "Bandwatch <ops@example.com>";
    s.to = { "noc@example.com", "oncall@example.com" };
    s.subjectPrefix = "[BW]";
    const MailMessage m = TestMail::compose(s, QDateTime::currentDateTime());
    QCOMPARE(m.subject, QString("[BW] Test message from Bandwatch"));
    QCOMPARE(m.to, s.to);
    QVERIFY(m.messageId.endsWith("@example.com>"));
    const QByteArray bytes = m.toBytes();
    const qsizetype to = bytes.indexOf("\r\nTo: ");
    QVERIFY(to > 0);
    QVERIFY(bytes.indexOf("noc@example.com", to) > to);
    QVERIFY(bytes.indexOf("oncall@example.com", to) > to);
    QVERIFY(bytes.contains("\r\nX-Bandwatch-Test: 1\r\n"));
}

void TestTestMail::send_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<bool>("expectOk");
    QTest::addColumn<QString>("expected");

    QTest::newRow("STARTTLS and AUTH")
        << int(Server::StartTls) << "smtp"
        << "s3cret-pässword" << true << true << "accepted the test message for noc@example.com";
    QTest::newRow("plain, starttls optional")
        << int(Server::Plain) << "smtp"
        << "s3cret-pässword" << false << true << "accepted the test message";
    QTest::newRow("wrong password")
        << int(Server::StartTls) << "smtp"
        << "not-the-password" << true << false
        << "the server rejected the login of user \"ops\": wrong user name or password";
    QTest::newRow("connection refused")
        << int(Server::None) << "smtp"
        << "s3cret-pässword" << true << false
        << QString("e-mail via 127.0.0.1:%1 failed: cannot connect to 127.0.0.1:%1").arg(m_port);
    QTest::newRow("untrusted certificate")
        << int(Server::StartTls) << "smtp"
        << "s3cret-pässword" << false << false << "the server's TLS certificate is not trusted";
}

void TestTestMail::send()
{
    QFETCH(int, server);
    QFETCH(QString, scheme);
    QFETCH(QString, password);
    QFETCH(bool, withCa);
    QFETCH(bool, expectOk);
    QFETCH(QString, expected);
    QVERIFY(startServer(Server(server)));

    SmtpSettings s;
    s.url = QString("%1://127.0.0.1:%2").arg(scheme).arg(m_port);
    s.from = "ops@example.com";
    s.to = { "noc@example.com" };
    s.username = "ops";
    s.password = password;
    s.timeoutMs = 20'000;
    if (Server(server) == Server::Plain)
        s.startTls = SmtpSettings::StartTls::Optional;
    if (withCa)
        s.caFile = m_dir.filePath("ca.pem");

    TestMail mail;
    QSignalSpy spy(&mail, &TestMail::finished);
    QVERIFY(mail.start(s));
    QVERIFY(mail.isRunning());
    QVERIFY(spy.wait(30'000));
    QVERIFY(!mail.isRunning());
    const bool ok = spy.first().at(0).toBool();
    const QString message = spy.first().at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(ok, expectOk);
    QVERIFY(!message.contains("s3cret") && !message.contains("not-the-password"));

    const QJsonArray mails = parseMails();
    if (!expectOk) {
        QCOMPARE(mails.size(), 0);
        return;
    }
    QCOMPARE(mails.size(), 1);
    const QJsonObject m = mails.first().toObject();
    QCOMPARE(m["subject"].toString(), QString("[Bandwatch] Test message from Bandwatch"));
    QCOMPARE(m["to"].toArray(), QJsonArray { "noc@example.com" });
    QCOMPARE(m["from"].toString(), QString("ops@example.com"));
    QVERIFY(m["body"].toString().contains("quota alerts sent by e-mail with these settings will arrive"));
    QCOMPARE(m["defects"].toArray().size(), 0);
}

void TestTestMail::secondStartWhileRunningIsRefused()
{
    // A server that never answers keeps the first attempt running.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SmtpSettings s;
    s.url = QString("smtp://127.0.0.1:%1").arg(silent.serverPort());
    s.from = "ops@example.com";
    s.to = { "noc@example.com" };
    s.timeoutMs = 20'000;
    auto mail = std::make_unique<TestMail>();
    QSignalSpy spy(mail.get(), &TestMail::finished);
    QVERIFY(mail->start(s));
    QVERIFY(!mail->start(s));
    QTest::qWait(200);
    // Destroying it interrupts the transfer at once instead of waiting out the timeout.
    QElapsedTimer t;
    t.start();
    mail.reset();
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(spy.size(), 0);
}

QTEST_GUILESS_MAIN(TestTestMail)
#include "tst_testmail.moc"
