#include "../historystore/historytestutil.h"
#include "crashprotocol.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bandwatch;
using namespace HistoryTest;

class TestHistoryCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killWhileWriting_data();
    void killWhileWriting();

private:
    QTemporaryDir m_dir;
};

void TestHistoryCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(HISTORY_CRASH_WRITER)));
}

void TestHistoryCrash::killWhileWriting_data()
{
    QTest::addColumn<int>("kills");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("24 kills") << 24 << quint32(20240101);
}

void TestHistoryCrash::killWhileWriting()
{
    QFETCH(int, kills);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QString path = m_dir.filePath(QStringLiteral("crash.db"));
    qint64 reported = -1; // highest batch any run reported committed
    int runsWithCommits = 0;
    for (int run = 0; run < kills; ++run) {
        // Continue after what is stored (a batch committed but not yet
        // reported is simply written again: same rows, replaced).
        qint64 first = 0;
        if (QFile::exists(path)) {
            HistoryStore probe;
            probe.setOptions(keepEverything());
            QString error;
            QVERIFY2(probe.open(path, &error), qPrintable(error));
            const std::optional<qint64> end = probe.lastSampleEnd(QStringLiteral("crash"));
            if (end)
                first = (*end - CrashProtocol::baseMs) / CrashProtocol::stepMs;
        }
        QProcess writer;
        writer.start(QStringLiteral(HISTORY_CRASH_WRITER), { path, QString::number(first) });
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10'000)); // "started": the database is open
        // A random moment while batches are being committed.
        QTest::qWait(int(rng.bounded(20, 400)));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10'000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        qint64 reportedNow = -1;
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                reportedNow = line.mid(10).toLongLong();
        }
        if (reportedNow >= 0)
            ++runsWithCommits;
        reported = std::max(reported, reportedNow);

        // Opens (the start-up check passes), integrity_check passes, and every
        // reported batch is there, raw and rolled up alike.
        HistoryStore store;
        store.setOptions(keepEverything());
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QSqlDatabase db = store.readConnection();
        QCOMPARE(dump(db, QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
        if (reported < 0)
            continue;
        const qint64 reportedEnd = CrashProtocol::baseMs + reported * CrashProtocol::stepMs;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM raw WHERE start_ms <= %1").arg(reportedEnd)),
                 (reported + 1) * CrashProtocol::seriesCount);
        const qint64 expectedBytes = [&] {
            qint64 sum = 0;
            for (qint64 b = 0; b <= reported; ++b)
                for (int s = 0; s < CrashProtocol::seriesCount; ++s)
                    sum += qint64(CrashProtocol::bytes(b, s));
            return sum;
        }();
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT sum(bytes) FROM raw WHERE start_ms <= %1").arg(reportedEnd)),
            expectedBytes);
        // Raw and rollups are written in one transaction: always consistent.
        const qint64 raw = scalar(db, QStringLiteral("SELECT sum(bytes) FROM raw"));
        for (const Resolution level : rollupLevels)
            QCOMPARE(rollupBytes(db, level), raw);
    }
    qInfo("%d kills, %d with batches reported committed, %lld batches in total", kills, runsWithCommits,
          static_cast<long long>(reported + 1));
    QVERIFY(runsWithCommits >= kills / 2); // the kills did land while writing
}

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_historycrash.moc"
