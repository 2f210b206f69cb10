#include "../historystore/historytestutil.h"
#include "storage/historystore.h"

using HistoryTest::dump;
using HistoryTest::scalar;

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Bandwatch;
using namespace StoreSamples;

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void appendFlushRead_data();
    void appendFlushRead();
    void sameStartReplaces();
    void invalidSamplesIgnored_data();
    void invalidSamplesIgnored();
    void reopenKeepsData();
    void secondInstanceRefused();
    void writeRunsInTransaction_data();
    void writeRunsInTransaction();
    void committedSignal();
    void writeGoesBeforeQueuedSamples_data();
    void writeGoesBeforeQueuedSamples();
    void readConnectionPerThread();
    void readersDoNotWaitForTheWriter_data();
    void readersDoNotWaitForTheWriter();
    void notABandwatchDatabase();
    void damagedDatabaseRepaired_data();
    void damagedDatabaseRepaired();

private:
    QTemporaryDir m_dir;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryStore::appendFlushRead_data()
{
    QTest::addColumn<int>("seriesCount");
    QTest::addColumn<int>("perSeries");
    QTest::addColumn<int>("chunks");
    QTest::newRow("one sample") << 1 << 1 << 1;
    QTest::newRow("10 series x 100") << 10 << 100 << 1;
    QTest::newRow("7 series x 50 in 9 appends") << 7 << 50 << 9;
    QTest::newRow("1000 series x 20") << 1000 << 20 << 4;
}

void TestHistoryStore::appendFlushRead()
{
    QFETCH(int, seriesCount);
    QFETCH(int, perSeries);
    QFETCH(int, chunks);
    const QString path = m_dir.filePath(QStringLiteral("afr-%1.db").arg(QTest::currentDataTag()));
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(store.isOpen());
    const SampleList all = makeSamples(seriesCount, perSeries);
    const qsizetype chunk = (all.size() + chunks - 1) / chunks;
    for (qsizetype i = 0; i < all.size(); i += chunk)
        store.append(all.mid(i, chunk));
    QVERIFY2(store.flush(&error), qPrintable(error));

    QCOMPARE(store.seriesKeys().size(), seriesCount);
    for (int s = 0; s < seriesCount; s += std::max(1, seriesCount / 10)) {
        const SeriesKey k = key(s, s % 2 ? Direction::Out : Direction::In);
        QVERIFY(store.seriesKeys().contains(k));
        const SampleList got = store.samples(k, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(got.size(), perSeries);
        for (int t = 0; t < perSeries; ++t) {
            const Sample &want = all.at(t * seriesCount + s);
            QCOMPARE(got.at(t).key, k);
            QCOMPARE(got.at(t).startMs, want.startMs);
            QCOMPARE(got.at(t).endMs, want.endMs);
            QCOMPARE(got.at(t).bytes, want.bytes);
            QCOMPARE(got.at(t).bps, want.bps);
        }
        // Half-open range by start.
        const qint64 t0 = all.first().startMs;
        QCOMPARE(store.samples(k, t0, t0 + 60'000).size(), 1);
        QCOMPARE(store.samples(k, t0 + 1, t0 + 60'000).size(), 0);
    }
    const std::optional<qint64> last = store.lastSampleEnd(QStringLiteral("src0"));
    QVERIFY(last.has_value());
    QCOMPARE(*last, all.last().endMs);
    QVERIFY(!store.lastSampleEnd(QStringLiteral("nosuchsource")).has_value());
}

void TestHistoryStore::sameStartReplaces()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("replace.db")), &error), qPrintable(error));
    SampleList a = makeSamples(2, 5);
    store.append(a);
    SampleList fix { a.at(4) }; // series 0, third minute
    fix[0].bytes = 999'999;
    fix[0].bps = 1.5;
    store.append(fix);
    QVERIFY(store.flush(&error));
    const SampleList got = store.samples(key(0), 0, std::numeric_limits<qint64>::max());
    QCOMPARE(got.size(), 5);
    QCOMPARE(got.at(2).bytes, quint64(999'999));
    QCOMPARE(got.at(2).bps, 1.5);
}

void TestHistoryStore::invalidSamplesIgnored_data()
{
    QTest::addColumn<qint64>("startOffsetMs");
    QTest::addColumn<qint64>("lengthMs");
    QTest::addColumn<bool>("withSource");
    QTest::newRow("end before start") << qint64(0) << qint64(-1000) << true;
    QTest::newRow("empty interval") << qint64(0) << qint64(0) << true;
    QTest::newRow("no source") << qint64(0) << qint64(60'000) << false;
    QTest::newRow("500 days long") << qint64(0) << qint64(500) * 86'400'000 << true;
    QTest::newRow("end of time") << std::numeric_limits<qint64>::max() / 2 << qint64(60'000) << true;
}

void TestHistoryStore::invalidSamplesIgnored()
{
    QFETCH(qint64, startOffsetMs);
    QFETCH(qint64, lengthMs);
    QFETCH(bool, withSource);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("invalid-%1.db").arg(QTest::currentDataTag())), &error),
             qPrintable(error));
    SampleList list = makeSamples(1, 3);
    Sample bad = list.first();
    bad.key.series = QStringLiteral("bad");
    if (!withSource)
        bad.key.source.clear();
    bad.startMs = recentMs + 10 * 60'000 + startOffsetMs;
    bad.endMs = bad.startMs + lengthMs;
    list.insert(1, bad);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignored 1 samples")));
    store.append(list);
    QVERIFY2(store.flush(&error), qPrintable(error)); // the good ones are stored, the batch is not lost
    QCOMPARE(store.samples(key(0), 0, std::numeric_limits<qint64>::max()).size(), 3);
    QCOMPARE(store.seriesKeys().size(), 1);
}

void TestHistoryStore::reopenKeepsData()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        store.append(makeSamples(3, 10));
        // No flush: the destructor writes what is queued.
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.samples(key(1, Direction::Out), 0, std::numeric_limits<qint64>::max()).size(), 10);
    // Appending continues after the stored data.
    store.append(makeSamples(3, 10, recentMs + 600'000));
    QVERIFY(store.flush(&error));
    QCOMPARE(store.samples(key(1, Direction::Out), 0, std::numeric_limits<qint64>::max()).size(), 20);
}

void TestHistoryStore::secondInstanceRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    HistoryStore first;
    QString error;
    QVERIFY2(first.open(path, &error), qPrintable(error));
    HistoryStore second;
    QVERIFY(!second.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("in use by another Bandwatch instance")), qPrintable(error));
    QVERIFY(error.contains(QString::number(QCoreApplication::applicationPid())));
    first.close();
    QVERIFY2(second.open(path, &error), qPrintable(error));
}

void TestHistoryStore::writeRunsInTransaction_data()
{
    QTest::addColumn<bool>("succeed");
    QTest::newRow("commit") << true;
    QTest::newRow("rollback") << false;
}

void TestHistoryStore::writeRunsInTransaction()
{
    QFETCH(bool, succeed);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("work-%1.db").arg(succeed)), &error),
             qPrintable(error));
    QVERIFY(store.write([](QSqlDatabase &db, QString *) {
        return QSqlQuery(db).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t(x INTEGER)"));
    }));
    store.append(makeSamples(1, 3));
    // write() jobs go before queued samples (writeGoesBeforeQueuedSamples):
    // work that needs them flushes first.
    QVERIFY(store.flush(&error));
    const bool ok = store.write(
        [succeed](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("INSERT INTO t VALUES(42)")))
                return false;
            // The samples flushed before write() are visible to it.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM raw")) || !q.next() || q.value(0).toInt() != 3) {
                *e = QStringLiteral("flushed samples not visible to the work");
                return false;
            }
            if (!succeed)
                *e = QStringLiteral("refused");
            return succeed;
        },
        &error);
    QCOMPARE(ok, succeed);
    if (!succeed)
        QCOMPARE(error, QStringLiteral("refused"));
    QSqlQuery q(store.readConnection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), succeed ? 1 : 0);
}

// A write() job (alert state, outbox) does not queue behind a back-fill:
// it runs before the samples queued ahead of it, cutting the running sample
// transaction short. Seen from inside the job: not all of them are stored
// yet. Afterwards every sample is, with rollups to match.
void TestHistoryStore::writeGoesBeforeQueuedSamples_data()
{
    QTest::addColumn<int>("lists");
    QTest::addColumn<int>("perList");
    QTest::newRow("one 300,000-sample import") << 1 << 300'000;
    QTest::newRow("300 polls of 1,000 series") << 300 << 1'000;
}

void TestHistoryStore::writeGoesBeforeQueuedSamples()
{
    QFETCH(int, lists);
    QFETCH(int, perList);
    const QString path = m_dir.filePath(QStringLiteral("urgent-%1.db").arg(lists));
    HistoryOptions options;
    options.retention.keepMs.fill(0);
    options.synchronous = HistoryOptions::Synchronous::Normal;
    HistoryStore store;
    store.setOptions(options);
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const int series = 1'000;
    const int total = lists * perList;
    const SampleList all = makeSamples(series, total / series, recentMs - 30LL * 24 * 3'600'000);
    for (int i = 0; i < lists; ++i)
        store.append(all.mid(qsizetype(i) * perList, perList));
    qint64 seen = -1;
    QVERIFY2(store.write(
                 [&seen](QSqlDatabase &db, QString *) {
                     seen = scalar(db, QStringLiteral("SELECT count(*) FROM raw"));
                     return QSqlQuery(db).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS urgent(x)"));
                 },
                 &error),
             qPrintable(error));
    QVERIFY2(seen >= 0 && seen < total, qPrintable(QString::number(seen)));
    QVERIFY2(store.flush(&error), qPrintable(error));
    QCOMPARE(scalar(store.readConnection(), QStringLiteral("SELECT count(*) FROM raw")), qint64(total));
    QCOMPARE(scalar(store.readConnection(), QStringLiteral("SELECT sum(bytes) FROM rollup_1h")),
             scalar(store.readConnection(), QStringLiteral("SELECT sum(bytes) FROM raw")));
}

void TestHistoryStore::committedSignal()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("signal.db")), &error), qPrintable(error));
    QSignalSpy spy(&store, &HistoryStore::committed);
    store.append(makeSamples(4, 5));
    QVERIFY(store.flush());
    QTRY_VERIFY(!spy.isEmpty());
    int total = 0;
    for (const QList<QVariant> &args : spy)
        total += args.at(0).toInt();
    QCOMPARE(total, 20);
}

void TestHistoryStore::readConnectionPerThread()
{
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("threads.db")), &error), qPrintable(error));
    store.append(makeSamples(2, 4));
    QVERIFY(store.flush());
    const QString mine = store.readConnection().connectionName();
    QCOMPARE(store.readConnection().connectionName(), mine);
    QString theirs;
    int count = 0;
    QThread *t = QThread::create([&] {
        theirs = store.readConnection().connectionName();
        count = int(store.samples(key(0), 0, std::numeric_limits<qint64>::max()).size());
    });
    t->start();
    QVERIFY(t->wait(10'000));
    delete t;
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(count, 4);
    // Readers cannot write: the writer thread is the only writer.
    QSqlQuery q(store.readConnection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM raw")));
}

void TestHistoryStore::readersDoNotWaitForTheWriter_data()
{
    QTest::addColumn<int>("seriesCount");
    QTest::addColumn<int>("perSeries");
    QTest::newRow("1000 series x 300") << 1000 << 300;
}

void TestHistoryStore::readersDoNotWaitForTheWriter()
{
    QFETCH(int, seriesCount);
    QFETCH(int, perSeries);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("busy.db")), &error), qPrintable(error));
    store.append(makeSamples(seriesCount, 10));
    QVERIFY(store.flush(&error));
    const SampleList big = makeSamples(seriesCount, perSeries, recentMs + 10 * 60'000);
    QElapsedTimer timer;
    timer.start();
    store.append(big);
    const qint64 appendMs = timer.elapsed();
    // While the writer is busy with the big transaction, reads answer from
    // the last committed state at once.
    timer.restart();
    const qsizetype seen =
        store.samples(key(1, Direction::Out), 0, std::numeric_limits<qint64>::max()).size();
    const qint64 readMs = timer.elapsed();
    timer.restart();
    QVERIFY(store.flush(&error));
    const qint64 writeMs = timer.elapsed();
    qInfo("append %lld ms, read during the write %lld ms, rest of the write %lld ms", appendMs, readMs,
          writeMs);
    QVERIFY(appendMs < 250); // it only queues; generous for a loaded machine
    QVERIFY(seen == 10 || seen == 10 + perSeries); // before or after, never half
    QVERIFY2(readMs < writeMs || writeMs < 50, "the read waited for the write");
    QCOMPARE(store.samples(key(1, Direction::Out), 0, std::numeric_limits<qint64>::max()).size(),
             10 + perSeries);
}

void TestHistoryStore::notABandwatchDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE mine(x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("did not create")), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void TestHistoryStore::damagedDatabaseRepaired_data()
{
    QTest::addColumn<double>("where"); // fraction of the file
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("dataSurvives");
    QTest::newRow("garbage over data pages") << 0.5 << 3 * 4096 << true;
    QTest::newRow("garbage near the end") << 0.9 << 4096 << true;
    QTest::newRow("header destroyed") << 0.0 << 100 << false;
}

void TestHistoryStore::damagedDatabaseRepaired()
{
    QFETCH(double, where);
    QFETCH(int, length);
    QFETCH(bool, dataSurvives);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1.db").arg(QTest::currentDataTag()));
    HistoryOptions options;
    options.retention.keepMs.fill(0);
    {
        HistoryStore store;
        store.setOptions(options);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        store.append(makeSamples(20, 500));
        // A table the history store itself knows nothing about.
        QVERIFY(store.write([](QSqlDatabase &db, QString *) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("CREATE TABLE other_module(id TEXT PRIMARY KEY, v INTEGER)"))
                && q.exec(QStringLiteral("INSERT INTO other_module VALUES('quota', 3)"));
        }));
        QVERIFY(store.flush(&error));
    } // closed: the WAL is checkpointed into the file
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = qint64(double(f.size()) * where) / 4096 * 4096;
        QVERIFY(f.seek(at));
        QByteArray garbage(length, '\0');
        for (int i = 0; i < length; ++i)
            garbage[i] = char((i * 7919 + 13) & 0xff);
        f.write(garbage);
    }
    HistoryStore store;
    store.setOptions(options);
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("is damaged")) && error.contains(QLatin1String("repair")),
             qPrintable(error));

    QString report;
    QVERIFY2(HistoryStore::repair(path, &report), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String(".damaged-")), qPrintable(report));
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(dump(store.readConnection(), QStringLiteral("PRAGMA integrity_check")),
             QStringList { QStringLiteral("ok") });
    const qint64 raw = scalar(store.readConnection(), QStringLiteral("SELECT count(*) FROM raw"));
    if (dataSurvives) {
        QVERIFY2(raw > 20 * 500 / 2, qPrintable(report));
        QCOMPARE(store.seriesKeys().size(), 20);
        QCOMPARE(scalar(store.readConnection(), QStringLiteral("SELECT v FROM other_module")), qint64(3));
    }
    // Writing works again.
    store.append(makeSamples(20, 1, 1'800'000'000'000));
    QVERIFY(store.flush(&error));
    QCOMPARE(scalar(store.readConnection(), QStringLiteral("SELECT count(*) FROM raw")), raw + 20);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
