// One desktop instance per user and configuration: SingleInstance objects in
// this process (the second one asking from a thread, as a second process
// would block), stale leftovers of a crashed instance, and the real binary
// launched twice on the offscreen platform.
#include "gui/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLockFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <future>

using namespace Bandwatch;

Q_DECLARE_METATYPE(Bandwatch::SingleInstance::Result)

namespace {

// Runs a second SingleInstance in its own thread while this one keeps the
// event loop going for the first.
SingleInstance::Result startElsewhere(const QString &key, int timeoutMs, QString *error = nullptr)
{
    auto future = std::async(std::launch::async, [key, timeoutMs] {
        SingleInstance second(key);
        const SingleInstance::Result r = second.start(timeoutMs);
        return std::make_pair(r, second.error());
    });
    while (future.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const auto [result, message] = future.get();
    if (error)
        *error = message;
    return result;
}

QString uniqueKey(const char *tag)
{
    return QStringLiteral("bandwatch-test-%1-%2-%3")
        .arg(QLatin1String(tag))
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestGuiSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keys_data();
    void keys();
    void secondAsksFirstToRaise();
    void leftovers_data();
    void leftovers();
    void silentOwnerFails();
    void realBinaryTwice();
};

void TestGuiSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiSingleInstance::keys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same file") << "/etc/bandwatch.yaml"
                               << "/etc/bandwatch.yaml" << true;
    QTest::newRow("same file, other spelling") << "/etc/bandwatch.yaml"
                                               << "/etc/./bandwatch.yaml" << true;
    QTest::newRow("other file") << "/etc/bandwatch.yaml"
                                << "/tmp/bandwatch.yaml" << false;
}

void TestGuiSingleInstance::keys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const QString ka = SingleInstance::keyFor(a);
    QCOMPARE(ka == SingleInstance::keyFor(b), same);
    QVERIFY(ka.startsWith(QStringLiteral("bandwatch-")));
    QVERIFY(ka.size() < 60); // socket paths are short (sun_path)
}

void TestGuiSingleInstance::secondAsksFirstToRaise()
{
    const QString key = uniqueKey("raise");
    SingleInstance first(key);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    QCOMPARE(first.start(), SingleInstance::Result::Primary);
    QVERIFY(first.isPrimary());
    QElapsedTimer t;
    t.start();
    QCOMPARE(startElsewhere(key, 5000), SingleInstance::Result::RaisedOther);
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 1, 2000);
    // Again: each launch raises once.
    QCOMPARE(startElsewhere(key, 5000), SingleInstance::Result::RaisedOther);
    QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 2, 2000);
}

void TestGuiSingleInstance::leftovers_data()
{
    QTest::addColumn<bool>("staleSocket");
    QTest::addColumn<bool>("staleLock");
    QTest::newRow("socket left by a crash") << true << false;
    QTest::newRow("lock file of a dead process") << false << true;
    QTest::newRow("both") << true << true;
}

void TestGuiSingleInstance::leftovers()
{
    QFETCH(bool, staleSocket);
    QFETCH(bool, staleLock);
    const QString key = uniqueKey("stale");
    SingleInstance probe(key);
    if (staleSocket) {
        // A crash leaves the socket's file behind with nobody listening: a
        // file by that name makes a plain listen() fail with "address in use".
        QFile f(QDir::temp().filePath(key));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QLocalServer blocked;
        QVERIFY(!blocked.listen(key));
    }
    if (staleLock) {
        // QLockFile's format (pid, app name, host), naming a process that has exited.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished(5000));
        const qint64 pid = gone.processId() > 0 ? gone.processId() : 999'999;
        QSaveFile lock(probe.lockFilePath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(pid) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
                   + QSysInfo::machineHostName().toUtf8() + '\n');
        QVERIFY(lock.commit());
    }
    SingleInstance first(key);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    QCOMPARE(first.start(2000), SingleInstance::Result::Primary);
    QCOMPARE(startElsewhere(key, 5000), SingleInstance::Result::RaisedOther);
    QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 1, 2000);
}

void TestGuiSingleInstance::silentOwnerFails()
{
    // The lock is held by a live process that never answers: the second launch
    // gives up after its timeout with a message, rather than running twice.
    const QString key = uniqueKey("silent");
    SingleInstance probe(key);
    QLockFile lock(probe.lockFilePath());
    QVERIFY(lock.tryLock(0));
    QString error;
    QElapsedTimer t;
    t.start();
    QCOMPARE(startElsewhere(key, 800, &error), SingleInstance::Result::Failed);
    QVERIFY(t.elapsed() < 3000);
    QVERIFY2(error.contains(QStringLiteral("does not answer")), qPrintable(error));
}

void TestGuiSingleInstance::realBinaryTwice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString proc = dir.filePath(QStringLiteral("net_dev"));
    QFile p(proc);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("Inter-|\n face |\n");
    p.close();
    const QString config = dir.filePath(QStringLiteral("bandwatch.yaml"));
    QFile c(config);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(QStringLiteral("storage:\n  path: %1\nsources:\n  - {id: local, type: interfaces, interval: 1h, "
                           "proc_path: %2}\n")
                .arg(dir.filePath(QStringLiteral("history.db")), proc)
                .toUtf8());
    c.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path()); // settings and runtime files of its own
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    const QStringList args { QStringLiteral("--config"), config };

    QProcess first;
    QString firstErr;
    connect(&first, &QProcess::readyReadStandardError, this,
            [&] { firstErr += QString::fromUtf8(first.readAllStandardError()); });
    const auto stop = qScopeGuard([&first] {
        first.terminate();
        if (!first.waitForFinished(10000)) {
            first.kill();
            first.waitForFinished(5000);
        }
    });
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(BANDWATCH_BINARY), args);
    QVERIFY(first.waitForStarted(5000));
    // Ready once it has taken the lock and opened the history.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("history.db"))), 20000);
    QTest::qWait(500);
    QCOMPARE(first.state(), QProcess::Running);

    QProcess second;
    second.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    second.start(QStringLiteral(BANDWATCH_BINARY), args);
    QVERIFY(second.waitForFinished(15000));
    const QString secondErr = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, qPrintable(secondErr));
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(secondErr.contains(QStringLiteral("already running")), qPrintable(secondErr));
    // The first got the request and is still the one running.
    QTRY_VERIFY2_WITH_TIMEOUT(firstErr.contains(QStringLiteral("raising")), qPrintable(firstErr), 5000);
    QCOMPARE(first.state(), QProcess::Running);
}

QTEST_MAIN(TestGuiSingleInstance)
#include "tst_gui_singleinstance.moc"
