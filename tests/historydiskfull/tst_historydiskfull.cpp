#include "../historystore/historytestutil.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Bandwatch;
using namespace HistoryTest;

namespace {

SampleList batch(int n, int series = 50)
{
    SampleList out;
    for (int s = 0; s < series; ++s)
        out << sample(key(s), yearStartMs + n * minuteMs, yearStartMs + (n + 1) * minuteMs,
                      quint64(n * 1000 + s));
    return out;
}

} // namespace

class TestHistoryDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fullDisk_data();
    void fullDisk();

private:
    QTemporaryDir m_dir;
    QString m_mounted;
};

void TestHistoryDiskFull::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryDiskFull::cleanup()
{
    if (!m_mounted.isEmpty())
        QProcess::execute(QStringLiteral("umount"), { m_mounted });
    m_mounted.clear();
}

void TestHistoryDiskFull::fullDisk_data()
{
    // "pages": a database limited by PRAGMA max_page_count, freed by raising it.
    // "tmpfs": a real 3 MB file system that runs out, freed by deleting a
    // file; needs permission to mount, skipped otherwise.
    QTest::addColumn<QString>("kind");
    QTest::newRow("size-limited database") << QStringLiteral("pages");
    QTest::newRow("small tmpfs") << QStringLiteral("tmpfs");
}

void TestHistoryDiskFull::fullDisk()
{
    QFETCH(QString, kind);
    HistoryOptions options = keepEverything();
    QString dir = m_dir.filePath(kind);
    QVERIFY(QDir().mkpath(dir));
    const QString filler = dir + QStringLiteral("/filler");
    if (kind == QLatin1String("pages")) {
        options.maxPageCount = 400; // 1.6 MB with 4 KiB pages
    } else {
        if (geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                                 { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=3m"), QStringLiteral("tmpfs"), dir })
                != 0)
            QSKIP("cannot mount a tmpfs here (needs root)");
        m_mounted = dir;
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(QByteArray(1024 * 1024, 'x')) == 1024 * 1024);
        f.close();
    }
    HistoryStore store;
    store.setOptions(options);
    QSignalSpy failures(&store, &HistoryStore::writeFailed);
    QString error;
    QVERIFY2(store.open(dir + QStringLiteral("/history.db"), &error), qPrintable(error));

    // Write until the space runs out.
    int n = 0;
    int stored = -1; // last batch known stored
    bool full = false;
    for (; n < 20'000 && !full; ++n) {
        store.append(batch(n));
        if (n % 10 == 9) {
            if (store.flush(&error))
                stored = n;
            else
                full = true;
        }
    }
    QVERIFY2(full, "the space never ran out");
    QVERIFY2(error.contains(QLatin1String("No space")), qPrintable(error));
    QVERIFY(stored > 0);
    QTRY_VERIFY(!failures.isEmpty()); // the signal reached the store's thread too
    QVERIFY(failures.first().first().toString().contains(QLatin1String("No space")));
    QVERIFY(store.retainedSamples() > 0);

    // Nothing already stored was lost and the file is sound.
    const QSqlDatabase db = store.readConnection();
    QCOMPARE(dump(db, QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM raw")) >= qint64(stored + 1) * 50);
    QCOMPARE(store.samples(key(7), 0, forever).size() >= stored + 1, true);

    // More samples while full are kept, not lost.
    for (int i = 0; i < 5; ++i, ++n)
        store.append(batch(n));
    QVERIFY(!store.flush(&error));

    // Free the space: writing resumes and everything queued meanwhile lands.
    if (kind == QLatin1String("pages")) {
        QVERIFY2(store.write(
                     [](QSqlDatabase &d, QString *) {
                         return QSqlQuery(d).exec(QStringLiteral("PRAGMA max_page_count = 1000000"));
                     },
                     &error),
                 qPrintable(error));
    } else {
        QVERIFY(QFile::remove(filler));
    }
    QVERIFY2(store.flush(&error), qPrintable(error));
    QCOMPARE(store.retainedSamples(), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM raw")), qint64(n) * 50);
    QCOMPARE(store.samples(key(7), 0, forever).size(), n);
    store.append(batch(n));
    QVERIFY(store.flush(&error));
    QCOMPARE(dump(db, QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
    // The rollups hold every byte, including the samples retried after the failure.
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(bytes) FROM rollup_1h")),
             scalar(db, QStringLiteral("SELECT sum(bytes) FROM raw")));
}

QTEST_GUILESS_MAIN(TestHistoryDiskFull)
#include "tst_historydiskfull.moc"
