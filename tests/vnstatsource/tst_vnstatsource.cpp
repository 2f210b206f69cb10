#include "app/scheduler.h"
#include "sources/interfacessource.h"
#include "sources/sourcefactory.h"
#include "sources/vnstatsource.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;
using namespace std::chrono_literals;

namespace {

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

SourceConfig vnstatConfig(const QVariantMap &options, std::chrono::milliseconds interval = 200ms,
                          std::chrono::milliseconds timeout = 3000ms)
{
    SourceConfig c;
    c.id = "vn";
    c.type = "vnstat";
    c.interval = interval;
    c.timeout = timeout;
    c.options = options;
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool processAlive(qint64 pid)
{
    QFile stat(QString("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    return !stat.readAll().contains(") Z "); // a zombie has exited already
}

} // namespace

class TestVnstatSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void failuresWhileOthersPoll_data();
    void failuresWhileOthersPoll();
    void importsThenFollows();
    void gapInNewestEntriesReadsAll();
    void abortStaysQuiet();
    void staleDaemonStillImports_data();
    void staleDaemonStillImports();
    void aliasOnVnstat1_data();
    void aliasOnVnstat1();

private:
    QString writeScript(const QString &name, const QByteArray &body);
    QTemporaryDir m_dir;
};

void TestVnstatSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestVnstatSource::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                     | QFile::ExeGroup);
    return path;
}

void TestVnstatSource::validate_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QString>("key"); // empty: no issue expected
    QTest::addColumn<QString>("message");
    QTest::newRow("defaults") << "vnstat" << QVariantMap {} << ""
                              << "";
    QTest::newRow("everything") << "vnstat"
                                << QVariantMap { { "command", "/usr/bin/vnstat" },
                                                 { "interface", "eth0" },
                                                 { "config", "/etc/vnstat.conf" },
                                                 { "dbdir", "/var/lib/vnstat" },
                                                 { "stale_after", "20m" },
                                                 { "command_timeout", "5s" },
                                                 { "state_file", "" } }
                                << ""
                                << "";
    QTest::newRow("unknown option") << "vnstat" << QVariantMap { { "iface", "eth0" } } << "iface"
                                    << "unknown option \"iface\"";
    QTest::newRow("bad duration") << "vnstat" << QVariantMap { { "stale_after", "soon" } } << "stale_after"
                                  << "stale_after:";
    QTest::newRow("tiny timeout") << "vnstat" << QVariantMap { { "command_timeout", "5ms" } }
                                  << "command_timeout"
                                  << "at least 100ms";
    QTest::newRow("empty command") << "vnstat" << QVariantMap { { "command", "" } } << "command"
                                   << "must not be empty";
    QTest::newRow("list interface") << "vnstat" << QVariantMap { { "interface", QStringList { "a", "b" } } }
                                    << "interface"
                                    << "single value";
    QTest::newRow("unknown type") << "vnstat2" << QVariantMap {} << "type"
                                  << "unknown source type";
}

void TestVnstatSource::validate()
{
    QFETCH(QString, type);
    QFETCH(QVariantMap, options);
    QFETCH(QString, key);
    QFETCH(QString, message);
    SourceConfig c = vnstatConfig(options);
    c.type = type;
    QVERIFY(SourceFactory::isKnownType("vnstat"));
    const QList<ConfigIssue> issues = SourceFactory::validate(c);
    if (key.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        std::unique_ptr<Source> s(SourceFactory::create(c));
        QVERIFY(qobject_cast<VnstatSource *>(s.get()));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().key, key);
    QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
}

void TestVnstatSource::failuresWhileOthersPoll_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: the command does not exist
    QTest::addColumn<bool>("onPath"); // found through PATH as plain "vnstat"
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<int>("timeoutMs"); // the scheduler's per-poll timeout
    QTest::addColumn<QString>("expected");

    // Found through PATH as plain "vnstat", as it is installed.
    QTest::newRow("hangs") << QByteArray("echo $$ > \"$0.pid\"\nexec sleep 30\n") << true
                           << QVariantMap { { "command_timeout", "300ms" } } << 3000
                           << "vnstat did not finish within 300ms";
    QTest::newRow("hangs past the scheduler's timeout")
        << QByteArray("echo $$ > \"$0.pid\"\nexec sleep 30\n") << false
        << QVariantMap { { "command_timeout", "10s" } } << 400 << "(timeout)";
    QTest::newRow("garbage") << QByteArray("echo 'eth0: 12 MiB rx, 3 MiB tx'\n") << true << QVariantMap {}
                             << 3000 << "not its JSON database dump (not JSON";
    QTest::newRow("unknown interface")
        << QByteArray("echo 'Error: Interface \"x\" not found in database.'\nexit 1\n") << true
        << QVariantMap { { "interface", "x" } } << 3000
        << "vnstat does not know the interface \"x\" (exit code 1)";
    QTest::newRow("unknown interface, vnstat 2.10 wording")
        << QByteArray("cat '" + QFINDTESTDATA("data/vnstat2.10_json_unknown_iface.stdout").toUtf8()
                      + "'\nexit 1\n")
        << false << QVariantMap { { "interface", "nosuchif" } } << 3000
        << "does not know the interface \"nosuchif\" (exit code 1): Error: No interface matching";
    QTest::newRow("database not readable")
        << QByteArray("echo 'Error: Failed to open database \"/srv/x/vnstat.db\" in read-only mode.'\n"
                      "echo 'The vnStat daemon should have created the database when started.'\nexit 1\n")
        << false << QVariantMap {} << 3000 << "vnstat cannot read its database";
    QTest::newRow("crashes") << QByteArray("kill -SEGV $$\n") << false << QVariantMap {} << 3000 << "crashed";
    QTest::newRow("exits 2 silently")
        << QByteArray("exit 2\n") << false << QVariantMap {} << 3000 << "exit code 2: (no output)";
    QTest::newRow("binary missing") << QByteArray() << false << QVariantMap {} << 3000 << "was not found";
    QTest::newRow("empty database") << QByteArray(
        "echo '{\"vnstatversion\":\"2.10\",\"jsonversion\":\"2\",\"interfaces\":[]}'\n")
                                    << false << QVariantMap {} << 3000 << "no interfaces yet";
    const qint64 hourAgo = QDateTime::currentSecsSinceEpoch() - 3600;
    QTest::newRow("daemon not running")
        << QString(
               "echo '{\"vnstatversion\":\"2.10\",\"jsonversion\":\"2\",\"interfaces\":[{\"name\":\"eth0\","
               "\"alias\":\"\",\"updated\":{\"timestamp\":%1},\"traffic\":{\"total\":{\"rx\":1,\"tx\":1},"
               "\"fiveminute\":[]}}]}'\n")
               .arg(hourAgo)
               .toUtf8()
        << false << QVariantMap {} << 3000 << "longer than stale_after (15m): vnstatd is not running";
}

void TestVnstatSource::failuresWhileOthersPoll()
{
    QFETCH(QByteArray, script);
    QFETCH(bool, onPath);
    QFETCH(QVariantMap, options);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expected);

    const QString name =
        QString("vnstat-%1").arg(QTest::currentDataTag()).replace(QRegularExpression("\\W"), "_");
    QString command = m_dir.filePath(name + "-missing");
    const QByteArray oldPath = qgetenv("PATH");
    if (!script.isEmpty()) {
        if (onPath) {
            QDir(m_dir.path()).mkpath(name);
            command = writeScript(name + "/vnstat", script);
            qputenv("PATH", QFile::encodeName(m_dir.filePath(name)) + ":" + oldPath);
        } else {
            command = writeScript(name, script);
        }
        QVERIFY(!command.isEmpty());
    }
    options.insert("command", onPath ? QString("vnstat") : command);
    options.insert("state_file", "");

    SourceConfig config = vnstatConfig(options, 200ms, std::chrono::milliseconds(timeoutMs));
    QVERIFY(VnstatSource::validate(config).isEmpty());
    SourceConfig other;
    other.id = "local";
    other.type = "interfaces";
    other.interval = 100ms;
    other.timeout = 1000ms;

    int vnstatFailures = 0, vnstatSuccesses = 0, otherOk = 0, otherOkAfterFailure = 0;
    Scheduler sched;
    sched.setTiming({ 0.0, 0ms, 2000ms });
    sched.addSource(std::make_unique<VnstatSource>(config));
    sched.addSource(std::make_unique<InterfacesSource>(other));
    connect(&sched, &Scheduler::pollFinished, this, [&](const QString &id, bool ok) {
        if (id == "vn") {
            (ok ? vnstatSuccesses : vnstatFailures)++;
        } else if (ok) {
            ++otherOk;
            if (vnstatFailures > 0)
                ++otherOkAfterFailure;
        }
    });
    sched.start();
    QTRY_VERIFY_WITH_TIMEOUT(vnstatFailures >= 1 && otherOkAfterFailure >= 3, 8000);
    // The other source kept its pace while vnstat was failing (or hanging).
    QVERIFY2(otherOk >= 4, qPrintable(QString::number(otherOk)));
    QCOMPARE(vnstatSuccesses, 0);

    SourceState state;
    for (const SourceState &s : sched.states())
        if (s.id == "vn")
            state = s;
    QCOMPARE(state.health, SourceState::Health::Error);
    QVERIFY2(state.message.contains(expected), qPrintable(state.message));
    for (const SourceState &s : sched.states())
        if (s.id == "local")
            QCOMPARE(s.health, SourceState::Health::Ok);
    sched.stop();
    qputenv("PATH", oldPath);

    // A hanging vnstat is killed, not left behind.
    QFile pidFile(command + ".pid");
    if (pidFile.open(QIODevice::ReadOnly)) {
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 3000);
    }
}

void TestVnstatSource::importsThenFollows()
{
    // A fake vnstat that records its arguments and prints the real outputs
    // of vnstat 2.10: the whole database, or the newest five-minute entries.
    const QString argsFile = m_dir.filePath("follow.args");
    const QByteArray all = QFINDTESTDATA("data/vnstat2.10_json_all.json").toUtf8();
    const QByteArray newest = QFINDTESTDATA("data/vnstat2.10_json_f_limit2.json").toUtf8();
    QVERIFY(!all.isEmpty() && !newest.isEmpty());
    const QString command =
        writeScript("follow-vnstat",
                    "echo \"$*\" >> '" + argsFile.toUtf8() + "'\ncase \"$*\" in\n  *'--json f '*) cat '"
                        + newest + "' ;;\n  *) cat '" + all + "' ;;\nesac\n");
    const QString state = m_dir.filePath("follow-state.json");
    const QVariantMap options { { "command", command },     { "interface", "eth0" },
                                { "dbdir", "/srv/vnstat" }, { "config", "/srv/vn.conf" },
                                { "stale_after", "0" },     { "state_file", state } };

    auto pollOnce = [](VnstatSource &source) -> SampleList {
        QSignalSpy ok(&source, &Source::pollSucceeded);
        QSignalSpy failed(&source, &Source::pollFailed);
        source.poll();
        if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 5000))
            return {};
        if (!failed.isEmpty())
            qWarning() << failed.first().first().toString();
        return ok.isEmpty() ? SampleList {} : ok.first().first().value<SampleList>();
    };
    auto starts = [](const SampleList &samples) {
        QList<qint64> out;
        for (const Sample &s : samples)
            if (s.key.direction == Direction::In)
                out << s.startMs;
        return out;
    };

    VnstatSource source(vnstatConfig(options));
    const SampleList first = pollOnce(source);
    // Five-minute entries cover the whole (young) database; hour and day are still growing.
    QCOMPARE(first.size(), 6);
    QCOMPARE(starts(first),
             (QList<qint64> { utcMs("2026-11-21T22:20:00Z"), utcMs("2026-11-21T22:25:00Z"),
                              utcMs("2026-11-21T22:30:00Z") }));
    quint64 rx = 0, tx = 0;
    for (const Sample &s : first) {
        QCOMPARE(s.key.source, QString("vn"));
        QCOMPARE(s.key.series, QString("eth0"));
        QCOMPARE(s.key.labels, (Labels { { "interface", "eth0" } }));
        (s.key.direction == Direction::In ? rx : tx) += s.bytes;
    }
    QCOMPARE(rx, quint64(36905632)); // the all-time totals of the file
    QCOMPARE(tx, quint64(51975));
    QCOMPARE(first.at(0).endMs, utcMs("2026-11-21T22:25:00Z"));
    QCOMPARE(first.at(0).bytes, quint64(36559926));
    QCOMPARE(first.at(1).key.direction, Direction::Out);
    QCOMPARE(first.at(1).bytes, quint64(47333));
    QCOMPARE(first.at(0).bps, 36559926 * 8.0 / 300.0);
    // The growing bucket ends where vnstatd last wrote (22:30:55).
    QCOMPARE(first.last().endMs, qint64(1795300255) * 1000);

    // Next poll: only the newest entries, and only from the growing bucket on.
    const SampleList second = pollOnce(source);
    QCOMPARE(starts(second), QList<qint64> { utcMs("2026-11-21T22:30:00Z") });

    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = args.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QByteArray("--config /srv/vn.conf --dbdir /srv/vnstat -i eth0 --json"));
    // Right after the first poll: the entry each mark points at, and two more.
    QCOMPARE(lines.at(1), QByteArray("--config /srv/vn.conf --dbdir /srv/vnstat -i eth0 --json f 3"));

    // A restart (new source, same state file) continues where the last run stopped.
    VnstatSource restarted(vnstatConfig(options));
    QCOMPARE(restarted.statePath(), state);
    QCOMPARE(starts(pollOnce(restarted)), QList<qint64> { utcMs("2026-11-21T22:30:00Z") });

    // Without a state file the same buckets come again, identical: the store replaces them.
    QVariantMap noState = options;
    noState.insert("state_file", "");
    VnstatSource fresh(vnstatConfig(noState));
    const SampleList again = pollOnce(fresh);
    QCOMPARE(again.size(), first.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        QCOMPARE(again.at(i).startMs, first.at(i).startMs);
        QCOMPARE(again.at(i).bytes, first.at(i).bytes);
    }
}

void TestVnstatSource::gapInNewestEntriesReadsAll()
{
    // The newest entries skip the bucket where the last poll stopped (22:30):
    // the same poll reads the whole database instead of losing 22:30.
    QByteArray later = readAll(QFINDTESTDATA("data/vnstat2.10_json_f_limit2.json"));
    QVERIFY(later.contains("\"timestamp\":1795300200"));
    later.replace("\"timestamp\":1795300200", "\"timestamp\":1795300800"); // 22:30 -> 22:40
    later.replace("\"timestamp\":1795299900", "\"timestamp\":1795300500"); // 22:25 -> 22:35
    const QString laterFile = m_dir.filePath("later.json");
    QFile f(laterFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(later);
    f.close();
    const QString argsFile = m_dir.filePath("gap.args");
    const QString command =
        writeScript("gap-vnstat",
                    "echo \"$*\" >> '" + argsFile.toUtf8() + "'\ncase \"$*\" in\n  *'--json f '*) cat '"
                        + laterFile.toUtf8() + "' ;;\n  *) cat '"
                        + QFINDTESTDATA("data/vnstat2.10_json_all.json").toUtf8() + "' ;;\nesac\n");
    VnstatSource source(
        vnstatConfig({ { "command", command }, { "stale_after", "0" }, { "state_file", "" } }));
    QSignalSpy ok(&source, &Source::pollSucceeded);
    source.poll();
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 5000);
    source.poll();
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 2, 5000);
    const SampleList second = ok.at(1).first().value<SampleList>();
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.first().startMs, utcMs("2026-11-21T22:30:00Z"));
    QCOMPARE(readAll(argsFile).trimmed().split('\n'),
             (QList<QByteArray> { "--json", "--json f 3", "--json" }));
}

void TestVnstatSource::abortStaysQuiet()
{
    const QString command = writeScript(
        "quick-vnstat", "cat '" + QFINDTESTDATA("data/vnstat2.10_json_all.json").toUtf8() + "'\n");
    VnstatSource source(
        vnstatConfig({ { "command", command }, { "stale_after", "0" }, { "state_file", "" } }));
    QSignalSpy ok(&source, &Source::pollSucceeded);
    QSignalSpy failed(&source, &Source::pollFailed);
    source.poll();
    source.abort();
    QTest::qWait(400);
    QCOMPARE(ok.size() + failed.size(), 0);
    // And the next poll works normally.
    source.poll();
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 5000);
    QCOMPARE(failed.size(), 0);
}

void TestVnstatSource::staleDaemonStillImports_data()
{
    QTest::addColumn<QString>("staleAfter");
    QTest::addColumn<QString>("message"); // empty: healthy
    // The fixture was written on 2026-11-21 at 22:30:55 UTC: long ago for a daemon.
    QTest::newRow("stopped daemon") << "15m"
                                    << "longer than stale_after (15m): vnstatd is not running";
    QTest::newRow("no staleness check") << "0"
                                        << "";
}

void TestVnstatSource::staleDaemonStillImports()
{
    QFETCH(QString, staleAfter);
    QFETCH(QString, message);
    const QString command = writeScript(
        "stale-vnstat", "cat '" + QFINDTESTDATA("data/vnstat2.10_json_all.json").toUtf8() + "'\n");
    Scheduler sched;
    sched.setTiming({ 0.0, 0ms, 2000ms });
    sched.addSource(std::make_unique<VnstatSource>(
        vnstatConfig({ { "command", command }, { "stale_after", staleAfter }, { "state_file", "" } }, 60s)));
    SampleList stored;
    connect(&sched, &Scheduler::samplesReady, this, [&](const SampleList &samples) { stored += samples; });
    QSignalSpy finished(&sched, &Scheduler::pollFinished);
    sched.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    sched.stop();

    // The history is stored either way: the five-minute entries of the fixture.
    QCOMPARE(stored.size(), 6);
    quint64 rx = 0;
    for (const Sample &s : stored)
        rx += s.key.direction == Direction::In ? s.bytes : 0;
    QCOMPARE(rx, quint64(36905632));
    // And the source says what is wrong with it.
    const SourceState state = sched.states().value(0);
    QCOMPARE(finished.first().at(1).toBool(), message.isEmpty());
    QCOMPARE(state.health, message.isEmpty() ? SourceState::Health::Ok : SourceState::Health::Error);
    QVERIFY2(state.message.contains(message), qPrintable(state.message));
}

void TestVnstatSource::aliasOnVnstat1_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QList<QByteArray>>("runs"); // the arguments of each vnstat run
    QTest::addColumn<QString>("error"); // empty: eth0's history is imported
    QTest::newRow("real name") << "eth0" << QList<QByteArray> { "-i eth0 --json" } << "";
    // 1.x has no database file named after the alias: read all, find it by alias.
    QTest::newRow("alias") << "wan" << QList<QByteArray> { "-i wan --json", "--json" } << "";
    QTest::newRow("neither") << "ppp0" << QList<QByteArray> { "-i ppp0 --json", "--json" }
                             << "interface \"ppp0\" is not in vnstat's database (it has: eth0)";
}

void TestVnstatSource::aliasOnVnstat1()
{
    QFETCH(QString, interface);
    QFETCH(QList<QByteArray>, runs);
    QFETCH(QString, error);
    // A fake vnstat 1.18: a database file per real interface name.
    const QString argsFile = m_dir.filePath(QString("v1-%1.args").arg(interface));
    const QByteArray dump = QFINDTESTDATA("data/vnstat1x_1.18_json_alias_derived.json").toUtf8();
    QVERIFY(!dump.isEmpty());
    const QString command =
        writeScript(QString("v1-vnstat-%1").arg(interface),
                    "echo \"$*\" >> '" + argsFile.toUtf8() + "'\ncase \"$*\" in\n  *'-i eth0 '*) cat '" + dump
                        + "' ;;\n  *'-i '*) echo \"Error: Unable to read database "
                          "\\\"/var/lib/vnstat/$2\\\": No such file or "
                          "directory\"; exit 1 ;;\n  *) cat '"
                        + dump + "' ;;\nesac\n");
    VnstatSource source(vnstatConfig({ { "command", command },
                                       { "interface", interface },
                                       { "stale_after", "0" },
                                       { "state_file", "" } }));
    QSignalSpy ok(&source, &Source::pollSucceeded);
    QSignalSpy failed(&source, &Source::pollFailed);
    source.poll();
    QTRY_COMPARE_WITH_TIMEOUT(ok.size() + failed.size(), 1, 5000);
    QCOMPARE(readAll(argsFile).trimmed().split('\n'), runs);
    if (!error.isEmpty()) {
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(error),
                 qPrintable(failed.first().first().toString()));
        return;
    }
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const SampleList samples = ok.first().first().value<SampleList>();
    QVERIFY(!samples.isEmpty());
    for (const Sample &s : samples)
        QCOMPARE(s.key.series, QString("eth0"));
}

QTEST_GUILESS_MAIN(TestVnstatSource)
#include "tst_vnstatsource.moc"
