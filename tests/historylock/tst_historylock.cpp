#include "../historystore/historytestutil.h"
#include "storage/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Bandwatch;
using namespace StoreSamples;

// The one-instance lock of a database (a kernel lock, DatabaseLock) and the
// repair that takes it (the plain second-instance case: tests/historystore).
class TestHistoryLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lockNamingOurPidDoesNotBlock();
    void lockOfAnotherProcess_data();
    void lockOfAnotherProcess();
    void repairReportsWhatItCouldNotWrite_data();
    void repairReportsWhatItCouldNotWrite();

private:
    QTemporaryDir m_dir;
};

void TestHistoryLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// A lock file left by a killed instance that names our own pid, name and
// host: what a restarted PID 1 in a container finds. Only a live holder of
// the kernel lock may block.
void TestHistoryLock::lockNamingOurPidDoesNotBlock()
{
    const QString path = m_dir.filePath(QStringLiteral("ownpid.db"));
    QFile lockFile(path + QStringLiteral(".lock"));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
                   + QCoreApplication::applicationName().toUtf8() + '\n'
                   + QSysInfo::machineHostName().toUtf8() + '\n');
    lockFile.close();
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    // And now it is really held: a second store of this process is refused.
    HistoryStore second;
    QVERIFY(!second.open(path, &error));
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
}

void TestHistoryLock::lockOfAnotherProcess_data()
{
    QTest::addColumn<bool>("kill");
    QTest::newRow("running holder refuses") << false;
    QTest::newRow("SIGKILLed holder does not block") << true;
}

void TestHistoryLock::lockOfAnotherProcess()
{
    QFETCH(bool, kill);
    const QString path = m_dir.filePath(QStringLiteral("other-%1.db").arg(kill ? 1 : 0));
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QStringLiteral(HISTORY_LOCK_HOLDER), { path });
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine() || holder.state() == QProcess::NotRunning, 30'000);
    const QByteArray line = holder.readLine().trimmed();
    QVERIFY2(line.startsWith("open "), line.constData());
    const QByteArray pid = line.mid(5);
    HistoryStore store;
    QString error;
    if (kill) {
        holder.kill(); // SIGKILL: no destructor, no unlock
        QVERIFY(holder.waitForFinished());
        QVERIFY2(store.open(path, &error), qPrintable(error));
        return;
    }
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("in use by another Bandwatch instance")), qPrintable(error));
    QVERIFY2(error.contains(QString::fromLatin1(pid)), qPrintable(error));
    holder.terminate();
    QVERIFY(holder.waitForFinished());
}

// A repair whose new file cannot take every row (full disk) fails and says
// so; it used to report every row as copied.
void TestHistoryLock::repairReportsWhatItCouldNotWrite_data()
{
    // "trigger": the new file refuses inserts past a point (a trigger the
    // repair carries over, standing in for a full disk). "tmpfs": a real file
    // system too small for a second copy; needs permission to mount.
    QTest::addColumn<QString>("kind");
    QTest::newRow("inserts refused") << QStringLiteral("trigger");
    QTest::newRow("small tmpfs") << QStringLiteral("tmpfs");
}

void TestHistoryLock::repairReportsWhatItCouldNotWrite()
{
    QFETCH(QString, kind);
    const QString dir = m_dir.filePath(QStringLiteral("repairfull-") + kind);
    QVERIFY(QDir().mkpath(dir));
    const QString built = m_dir.filePath(QStringLiteral("repairfull-%1.db").arg(kind));
    HistoryOptions options;
    options.retention.keepMs.fill(0);
    {
        HistoryStore store;
        store.setOptions(options);
        QString error;
        QVERIFY2(store.open(built, &error), qPrintable(error));
        store.append(makeSamples(20, 500));
        QVERIFY(store.flush(&error));
        if (kind == QLatin1String("trigger")) {
            QVERIFY(store.write([](QSqlDatabase &db, QString *) {
                return QSqlQuery(db).exec(QStringLiteral(
                    "CREATE TRIGGER refuse_late BEFORE INSERT ON raw WHEN NEW.start_ms >= (SELECT "
                    "min(start_ms) + 250 * 60000 FROM raw) BEGIN SELECT RAISE(ABORT, 'database or disk is "
                    "full'); END"));
            }));
        }
    }
    QString path = built;
    auto unmount = qScopeGuard([&dir, &kind] {
        if (kind == QLatin1String("tmpfs"))
            QProcess::execute(QStringLiteral("umount"), { dir });
    });
    if (kind == QLatin1String("tmpfs")) {
        const qint64 kib = QFileInfo(built).size() * 3 / 2 / 1024 + 64;
        if (geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                                 { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), dir })
                != 0) {
            unmount.dismiss();
            QSKIP("cannot mount a tmpfs here (needs root)");
        }
        path = dir + QStringLiteral("/history.db");
        QVERIFY(QFile::copy(built, path));
    }
    QString report;
    QVERIFY2(!HistoryStore::repair(path, &report), qPrintable(report));
    // On the tmpfs the copy may stay in SQLite's cache until COMMIT fails:
    // either way the repair fails and names the cause.
    if (kind == QLatin1String("trigger")) {
        QVERIFY2(report.contains(QLatin1String("raw: writing failed after")), qPrintable(report));
        QVERIFY2(!report.contains(QLatin1String("raw: 10000 rows copied")), qPrintable(report));
    }
    QVERIFY2(report.contains(QLatin1String("full")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("rolled back")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String(".damaged-")), qPrintable(report)); // the original is kept
}

QTEST_GUILESS_MAIN(TestHistoryLock)
#include "tst_historylock.moc"
