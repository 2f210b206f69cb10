#include "core/vnstatparser.h"
#include "sources/vnstatsource.h"
#include "storage/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <csignal>
#include <limits>

using namespace Bandwatch;
using namespace std::chrono_literals;

// The real Debian vnstat and vnstatd, with a private configuration and
// database directory, counting traffic on a veth pair whose other end lives
// in a network namespace the test creates (vnstatd refuses `lo`). Traffic is
// a bounded number of UDP datagrams from one end of the pair to the other;
// nothing leaves this machine.
namespace {

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out + err).trimmed(); }
};

RunResult run(const QString &program, const QStringList &args, int timeoutMs = 10000)
{
    QProcess p;
    p.start(program, args);
    RunResult r;
    if (!p.waitForStarted(timeoutMs)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(
        name, { "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin" });
}

struct PollResult
{
    bool ok = false;
    SampleList samples;
    QString message;
};

PollResult pollOnce(Source &source)
{
    QSignalSpy ok(&source, &Source::pollSucceeded);
    QSignalSpy failed(&source, &Source::pollFailed);
    QSignalSpy progress(&source, &Source::pollProgress);
    source.poll();
    PollResult r;
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 15000)) {
        r.message = "no answer";
        return r;
    }
    r.ok = !ok.isEmpty();
    if (r.ok) {
        r.samples = ok.first().first().value<SampleList>();
    } else if (!progress.isEmpty()) {
        // Data, and what is wrong all the same (vnstatd stopped).
        r.samples = progress.first().at(0).value<SampleList>();
        r.message = failed.first().first().toString();
    } else {
        r.message = failed.first().first().toString();
    }
    return r;
}

} // namespace

class TestVnstatIntegration : public QObject
{
    Q_OBJECT
public:
    ~TestVnstatIntegration() override { tearDown(); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importTwiceAddsNothingTwice_data();
    void importTwiceAddsNothingTwice();
    void errorsFromRealVnstat_data();
    void errorsFromRealVnstat();

private:
    bool ip(const QStringList &args, QString *error = nullptr);
    void tearDown();
    std::optional<VnstatInterface> vnstatNow();
    SourceConfig sourceConfig(const QVariantMap &extra) const;

    QString m_vnstat, m_vnstatd, m_ip;
    QString m_namespace, m_host, m_peer, m_hostAddress, m_peerAddress;
    bool m_namespaceCreated = false;
    bool m_hostLinkCreated = false;
    QTemporaryDir m_dir;
    QString m_config;
    QProcess m_daemon;
    QByteArray m_daemonLog;
};

bool TestVnstatIntegration::ip(const QStringList &args, QString *error)
{
    const RunResult r = run(m_ip, args);
    if (r.exitCode != 0 && error)
        *error = QString("ip %1: %2").arg(args.join(' '), r.text());
    return r.exitCode == 0;
}

void TestVnstatIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_vnstat = findTool("vnstat");
    m_vnstatd = findTool("vnstatd");
    m_ip = findTool("ip");
    if (m_vnstat.isEmpty() || m_vnstatd.isEmpty())
        QSKIP("vnstat/vnstatd are not installed (Debian package vnstat)");
    if (m_ip.isEmpty())
        QSKIP("the ip tool is not installed (Debian package iproute2)");
    QVERIFY(m_dir.isValid());

    // Names unique to this run, short enough for interface names (15 characters).
    const qint64 pid = QCoreApplication::applicationPid();
    const QString tag = QString::number(pid % 100000);
    m_namespace = "bwvnstat" + tag;
    m_host = "bwv" + tag + "h";
    m_peer = "bwv" + tag + "p";
    const int third = int(pid / 64 % 200) + 20, fourth = int(pid % 64) * 4;
    m_hostAddress = QString("169.254.%1.%2").arg(third).arg(fourth + 1);
    m_peerAddress = QString("169.254.%1.%2").arg(third).arg(fourth + 2);

    QString error;
    if (!ip({ "netns", "add", m_namespace }, &error))
        QSKIP(qPrintable("cannot create a network namespace (needs root or CAP_NET_ADMIN): " + error));
    m_namespaceCreated = true;
    QVERIFY2(ip({ "link", "add", m_host, "type", "veth", "peer", "name", m_peer }, &error),
             qPrintable(error));
    m_hostLinkCreated = true;
    QVERIFY2(ip({ "link", "set", m_peer, "netns", m_namespace }, &error), qPrintable(error));
    // No IPv6: its automatic chatter would add traffic while the test compares totals.
    for (const QString &iface : { m_host }) {
        QFile disable("/proc/sys/net/ipv6/conf/" + iface + "/disable_ipv6");
        if (disable.open(QIODevice::WriteOnly))
            disable.write("1");
    }
    run(m_ip,
        { "netns", "exec", m_namespace, findTool("sysctl"), "-qw", "net.ipv6.conf.all.disable_ipv6=1" });
    QVERIFY2(ip({ "addr", "add", m_hostAddress + "/30", "dev", m_host }, &error), qPrintable(error));
    QVERIFY2(ip({ "link", "set", m_host, "up" }, &error), qPrintable(error));
    QVERIFY2(ip({ "-n", m_namespace, "addr", "add", m_peerAddress + "/30", "dev", m_peer }, &error),
             qPrintable(error));
    QVERIFY2(ip({ "-n", m_namespace, "link", "set", m_peer, "up" }, &error), qPrintable(error));

    // A private vnstat: its own config and database directory.
    const QString db = m_dir.filePath("db");
    QVERIFY(QDir().mkpath(db));
    m_config = m_dir.filePath("vnstat.conf");
    QFile conf(m_config);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(
        QString(
            "DatabaseDir \"%1\"\nInterface \"%2\"\nUpdateInterval 2\nPollInterval 2\nSaveInterval 1\n"
            "OfflineSaveInterval 1\nUseLogging 0\nBandwidthDetection 0\nTimeSyncWait 0\nCheckDiskSpace 0\n")
            .arg(db, m_host)
            .toUtf8());
    conf.close();
    RunResult r = run(m_vnstatd, { "--initdb", "--config", m_config });
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    r = run(m_vnstat, { "--config", m_config, "--add", "-i", m_host });
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    r = run(m_vnstat, { "--config", m_config, "-i", m_host, "--setalias", "uplink" });
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));

    // The daemon in the foreground, as a child of the test.
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_daemon, &QProcess::readyRead, this, [this] { m_daemonLog += m_daemon.readAll(); });
    m_daemon.start(m_vnstatd, { "-n", "--noadd", "--config", m_config });
    QVERIFY2(m_daemon.waitForStarted(5000), qPrintable(m_daemon.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_daemonLog.contains("Monitoring"), m_daemonLog.constData(), 8000);
    QTest::qWait(500); // its first reading of the counters is the baseline

    // Bounded traffic: 300 datagrams of 1000 bytes to the namespace's end.
    QUdpSocket socket;
    QVERIFY2(socket.bind(QHostAddress(m_hostAddress), 0), qPrintable(socket.errorString()));
    for (int i = 0; i < 300; ++i) {
        socket.writeDatagram(QByteArray(1000, 'b'), QHostAddress(m_peerAddress), 9);
        if (i % 25 == 24)
            QTest::qWait(10);
    }

    // Let vnstatd read the counters, then make it write (SIGHUP flushes).
    std::optional<VnstatInterface> now;
    QVERIFY(QTest::qWaitFor(
        [&] {
            ::kill(pid_t(m_daemon.processId()), SIGHUP);
            QTest::qWait(700);
            now = vnstatNow();
            return now && now->totalTx >= 200000;
        },
        15000));
    qInfo("vnstat counted rx %llu, tx %llu bytes on %s", now->totalRx, now->totalTx, qPrintable(m_host));
}

void TestVnstatIntegration::cleanupTestCase()
{
    tearDown();
}

void TestVnstatIntegration::tearDown()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(3000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(3000);
        }
    }
    if (m_hostLinkCreated) {
        // Deleting one end of a veth pair deletes both.
        run(m_ip, { "link", "del", m_host });
        m_hostLinkCreated = false;
    }
    if (m_namespaceCreated) {
        run(m_ip, { "netns", "del", m_namespace });
        m_namespaceCreated = false;
    }
}

std::optional<VnstatInterface> TestVnstatIntegration::vnstatNow()
{
    const RunResult r = run(m_vnstat, { "--config", m_config, "-i", m_host, "--json" });
    QString error;
    const auto data = VnstatParser::parse(r.out, &error);
    if (!data || data->interfaces.size() != 1)
        return std::nullopt;
    return data->interfaces.first();
}

SourceConfig TestVnstatIntegration::sourceConfig(const QVariantMap &extra) const
{
    SourceConfig c;
    c.id = "vn";
    c.type = "vnstat";
    c.interval = 60s;
    c.timeout = 10s;
    c.options = { { "command", m_vnstat }, { "config", m_config }, { "interface", m_host } };
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        c.options.insert(it.key(), it.value());
    return c;
}

void TestVnstatIntegration::importTwiceAddsNothingTwice_data()
{
    QTest::addColumn<QString>("interface"); // empty: the veth's name
    QTest::addColumn<QString>("second"); // how the second import runs
    QTest::newRow("the same source polls again") << ""
                                                 << "same";
    QTest::newRow("restart, state kept") << ""
                                         << "restart";
    QTest::newRow("restart, state lost") << ""
                                         << "fresh";
    QTest::newRow("by alias, restart") << "uplink"
                                       << "restart";
}

void TestVnstatIntegration::importTwiceAddsNothingTwice()
{
    QFETCH(QString, interface);
    QFETCH(QString, second);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(tmp.filePath("history.db"), &error), qPrintable(error));

    QVariantMap options { { "state_file", tmp.filePath("state.json") } };
    if (!interface.isEmpty())
        options.insert("interface", interface);
    auto storedTotals = [&](quint64 *rx, quint64 *tx, int *count) {
        *rx = *tx = 0;
        *count = 0;
        for (const Direction dir : { Direction::In, Direction::Out }) {
            SeriesKey key { "vn", m_host, Labels { { "interface", m_host } }, dir };
            const SampleList stored = store.samples(key, 0, std::numeric_limits<qint64>::max());
            for (qsizetype i = 0; i < stored.size(); ++i) {
                (dir == Direction::In ? *rx : *tx) += stored.at(i).bytes;
                if (i > 0 && stored.at(i).startMs < stored.at(i - 1).endMs)
                    return false; // overlapping samples: something counted twice
            }
            *count += int(stored.size());
        }
        return true;
    };

    VnstatSource source(sourceConfig(options));
    const PollResult first = pollOnce(source);
    QVERIFY2(first.ok, qPrintable(first.message));
    QVERIFY(!first.samples.isEmpty());
    for (const Sample &s : first.samples)
        QCOMPARE(s.key.series, m_host); // the real name, also when selected by alias
    store.append(first.samples);
    QVERIFY2(store.flush(&error), qPrintable(error));
    std::optional<VnstatInterface> truth = vnstatNow();
    QVERIFY(truth);
    quint64 rx = 0, tx = 0;
    int count = 0;
    QVERIFY(storedTotals(&rx, &tx, &count));
    QCOMPARE(rx, truth->totalRx);
    QCOMPARE(tx, truth->totalTx);
    const int firstCount = count;

    PollResult again;
    if (second == "same") {
        again = pollOnce(source);
    } else {
        if (second == "fresh")
            options.insert("state_file", "");
        VnstatSource restarted(sourceConfig(options));
        again = pollOnce(restarted);
    }
    QVERIFY2(again.ok, qPrintable(again.message));
    QVERIFY(!again.samples.isEmpty()); // at least the growing bucket comes again
    store.append(again.samples);
    QVERIFY2(store.flush(&error), qPrintable(error));
    truth = vnstatNow();
    QVERIFY(truth);
    QVERIFY(storedTotals(&rx, &tx, &count));
    // Still exactly vnstat's own totals, not more: nothing was added twice.
    QCOMPARE(rx, truth->totalRx);
    QCOMPARE(tx, truth->totalTx);
    QVERIFY(tx >= 200000);
    // Only buckets that began meanwhile may have been added.
    QVERIFY2(count <= firstCount + 2 * 2, qPrintable(QString("%1 -> %2 samples").arg(firstCount).arg(count)));
    store.close();
}

void TestVnstatIntegration::errorsFromRealVnstat_data()
{
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown interface") << QVariantMap { { "interface", "nosuchif0" } }
                                       << "vnstat does not know the interface \"nosuchif0\" (exit code 1)";
    QTest::newRow("no database there")
        << QVariantMap { { "dbdir", "/nonexistent/bandwatch-test" } } << "vnstat cannot read its database";
    QTest::newRow("stale data") << QVariantMap { { "stale_after", "1s" } }
                                << "vnstatd is not running, or not monitoring";
}

void TestVnstatIntegration::errorsFromRealVnstat()
{
    QFETCH(QVariantMap, options);
    QFETCH(QString, expected);
    options.insert("state_file", "");
    PollResult r;
    // For the stale case, vnstatd's last write must be over a second old; it
    // may write again meanwhile (its save interval), hence a few attempts.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (options.contains("stale_after")) {
            const std::optional<VnstatInterface> now = vnstatNow();
            QVERIFY(now);
            const qint64 wait = now->updatedMs + 2000 - QDateTime::currentMSecsSinceEpoch();
            if (wait > 0)
                QTest::qWait(int(std::min<qint64>(wait, 3000)));
        }
        VnstatSource source(sourceConfig(options));
        r = pollOnce(source);
        if (!r.ok && r.message.contains(expected))
            break;
    }
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    // A stopped daemon's history is still read.
    QCOMPARE(!r.samples.isEmpty(), options.contains("stale_after"));
}

QTEST_GUILESS_MAIN(TestVnstatIntegration)
#include "tst_vnstatintegration.moc"
