#include "../historystore/historytestutil.h"
#include "storage/historyschema.h"
#include "storage/rollupbucket.h"
#include "storage/rolluplevel.h"
#include "storage/rollupmaintainer.h"
#include "storage/sqlitestatement.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <sqlite3.h>

using namespace Bandwatch;
using namespace HistoryTest;

namespace {

// The rollups of the fixture's raw samples, computed here independently.
using Reference =
    std::map<std::pair<int, std::pair<qint64, qint64>>, RollupBucket>; // (level, (series, bucket))

Reference referenceRollups(sqlite3 *db)
{
    Reference ref;
    SqliteStatement q(db, "SELECT series_id, start_ms, end_ms, bytes, bps FROM raw");
    while (q.step() == SQLITE_ROW) {
        const qint64 series = q.int64(0);
        const double bps = q.real(4);
        for (int level = 0; level < 4; ++level) {
            splitSample(q.int64(1), q.int64(2), q.int64(3), bucketWidth(rollupLevels[level]),
                        [&](qint64 b, qint64 part, qint64 overlap, bool starts) {
                            ref[{ level, { series, b } }].addPart(part, bps, overlap, starts);
                        });
        }
    }
    return ref;
}

bool insertRowRollups(sqlite3 *db, QString *error)
{
    static const char *const tables[] = { "rollup_1m", "rollup_5m", "rollup_1h", "rollup_1d" };
    const Reference ref = referenceRollups(db);
    sqliteExec(db, "BEGIN", nullptr);
    for (const auto &[key, b] : ref) {
        const QByteArray sql =
            QByteArray("INSERT INTO ") + tables[key.first] + " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
        SqliteStatement ins(db, sql.constData());
        ins.bind(1, key.second.first);
        ins.bind(2, key.second.second);
        ins.bind(3, b.bytes);
        ins.bind(4, b.minBps);
        ins.bind(5, b.maxBps);
        ins.bind(6, b.meanBps());
        ins.bind(7, b.coveredMs);
        ins.bind(8, b.samples);
        if (!ins.exec()) {
            *error = ins.errorMessage();
            return false;
        }
    }
    return sqliteExec(db, "COMMIT", error);
}

// Fills a database that is at `version` with data of that version's shape.
// Whoever adds migration N+1 adds the fixture for version N here, so that the
// new step is tested on a populated database of the previous version.
bool fillVersion(sqlite3 *db, int version, QString *error)
{
    switch (version) {
    case 0:
        return true;
    case 2:
        // v2 as the v2 writer left it: rollups in one row per bucket.
        if (!fillVersion(db, 1, error))
            return false;
        return insertRowRollups(db, error);
    case 3:
        // v3 as the last v3 writer left it: rollups packed, and the alert and
        // push tables that it created on first use, holding rows.
        if (!fillVersion(db, 1, error) || !RollupMaintainer::rebuildFromRaw(db, error))
            return false;
        return sqliteExec(
            db,
            "CREATE TABLE IF NOT EXISTS alert_state("
            " quota_id TEXT NOT NULL, cycle_start_ms INTEGER NOT NULL, threshold_bp INTEGER NOT NULL,"
            " cycle_end_ms INTEGER NOT NULL, fired INTEGER NOT NULL, limit_value REAL NOT NULL,"
            " value REAL NOT NULL, fired_at_ms INTEGER NOT NULL, fire_count INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY(quota_id, cycle_start_ms, threshold_bp)) WITHOUT ROWID;"
            "CREATE TABLE IF NOT EXISTS alert_outbox("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, quota_id TEXT NOT NULL,"
            " cycle_start_ms INTEGER NOT NULL, threshold_bp INTEGER NOT NULL, created_ms INTEGER NOT NULL,"
            " message_id TEXT NOT NULL, subject TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL, last_attempt_ms INTEGER,"
            " last_error TEXT, sent_ms INTEGER);"
            "CREATE INDEX IF NOT EXISTS alert_outbox_due ON alert_outbox(status, next_attempt_ms);"
            "CREATE TABLE IF NOT EXISTS exporter_push_metrics(name TEXT PRIMARY KEY, type TEXT NOT NULL,"
            " description TEXT NOT NULL, value REAL NOT NULL, created_ms INTEGER NOT NULL,"
            " updated_ms INTEGER NOT NULL);"
            "INSERT INTO alert_state VALUES('cdn', 1700000000000, 8000, 1702600000000, 1, 2e12, 1.7e12,"
            " 1701000000000, 1);"
            "INSERT INTO alert_outbox(channel, quota_id, cycle_start_ms, threshold_bp, created_ms,"
            " message_id, subject, payload, status, next_attempt_ms) VALUES('email', 'cdn',"
            " 1700000000000, 8000, 1701000000000, '<m@x>', 's', '{}', 'pending', 1701000000000);"
            "INSERT INTO exporter_push_metrics VALUES('jobs_done', 'counter', '', 12, 1, 2)",
            error);
    case 1: {
        if (!sqliteExec(
                db,
                "BEGIN; INSERT INTO sources(id, name) VALUES(1, 'eth'), (2, 'cdn');"
                "INSERT INTO series(id, source_id, name, labels, direction, canonical, first_start_ms, "
                "last_end_ms, max_duration_ms) VALUES"
                "(1, 1, 'eth0', '{}', 0, 'eth\x1f"
                "eth0\x1fin', NULL, NULL, 60000),"
                "(2, 2, 'site', '{\"pop\":\"fra\"}', 1, 'cdn\x1fsite\x1fout\x1fpop\x1e"
                "fra', NULL, NULL, 300000)",
                error))
            return false;
        SqliteStatement ins(
            db, "INSERT INTO raw(start_ms, series_id, end_ms, bytes, bps) VALUES(?1, ?2, ?3, ?4, ?5)");
        for (int i = 0; i < 3000; ++i) {
            const qint64 t = yearStartMs + i * minuteMs + 7000; // unaligned
            ins.bind(1, t);
            ins.bind(2, qint64(1));
            ins.bind(3, t + minuteMs);
            ins.bind(4, qint64(1000 + i));
            ins.bind(5, double(1000 + i) * 8000.0 / double(minuteMs));
            if (!ins.exec()) {
                *error = ins.errorMessage();
                return false;
            }
            ins.reset();
            if (i % 5 == 0) {
                ins.bind(1, yearStartMs + i * minuteMs);
                ins.bind(2, qint64(2));
                ins.bind(3, yearStartMs + (i + 5) * minuteMs);
                ins.bind(4, qint64(77'777));
                ins.bind(5, 77'777 * 8000.0 / double(5 * minuteMs));
                if (!ins.exec()) {
                    *error = ins.errorMessage();
                    return false;
                }
                ins.reset();
            }
        }
        return sqliteExec(
            db,
            "UPDATE series SET first_start_ms = (SELECT min(start_ms) FROM raw WHERE series_id = series.id), "
            "last_end_ms = (SELECT max(end_ms) FROM raw WHERE series_id = series.id); COMMIT",
            error);
    }
    default:
        *error = QStringLiteral("no fixture for schema version %1: add one to fillVersion()").arg(version);
        return false;
    }
}

qint64 query(sqlite3 *db, const char *sql)
{
    SqliteStatement q(db, sql);
    return q.step() == SQLITE_ROW ? q.int64(0) : -1;
}

// What must hold after migrating a filled database to `version`.
void checkVersion(sqlite3 *db, int version, bool filled)
{
    QCOMPARE(HistorySchema::version(db), version);
    QCOMPARE(query(db, "PRAGMA application_id"), qint64(HistorySchema::applicationId));
    if (!filled)
        return;
    if (version >= 1) {
        QCOMPARE(query(db, "SELECT count(*) FROM raw"), qint64(3600));
        QCOMPARE(query(db, "SELECT count(*) FROM series"), qint64(2));
    }
    if (version == 2) {
        for (const char *sql : { "SELECT count(*) FROM rollup_1m", "SELECT count(*) FROM rollup_5m",
                                 "SELECT count(*) FROM rollup_1h", "SELECT count(*) FROM rollup_1d",
                                 "SELECT count(*) FROM retention_state" })
            QVERIFY(query(db, sql) >= 0);
    }
    if (version >= 4) {
        for (const char *table : { "alert_state", "alert_outbox", "exporter_push_metrics" }) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
            // Rows of the v3 fixture's first-use tables are kept; v1/v2 start empty.
            QVERIFY2(query(db, sql.constData()) >= 0, table);
        }
    }
    if (version >= 3) {
        // Packed or not, every level holds exactly the rollups of the raw samples.
        QCOMPARE(query(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('rollup_1m', 'rollup_5m')"),
                 qint64(0));
        const Reference ref = referenceRollups(db);
        for (int level = 0; level < 4; ++level) {
            RollupLevel l(db, rollupLevels[level]);
            QVERIFY(l.prepare(nullptr));
            int rows = 0;
            for (qint64 series : { 1, 2 }) {
                QVERIFY(l.scan(series, 0, forever / 2, [&](qint64 bucket, const RollupBucket &b) {
                    ++rows;
                    const auto it = ref.find({ level, { series, bucket } });
                    QVERIFY(it != ref.end());
                    QCOMPARE(b.bytes, it->second.bytes);
                    QCOMPARE(b.minBps, it->second.minBps);
                    QCOMPARE(b.maxBps, it->second.maxBps);
                    QCOMPARE(b.coveredMs, it->second.coveredMs);
                    QCOMPARE(b.samples, it->second.samples);
                    QVERIFY(qFuzzyCompare(b.meanBps(), it->second.meanBps()));
                }));
            }
            const auto count = std::count_if(ref.begin(), ref.end(),
                                             [level](const auto &e) { return e.first.first == level; });
            QCOMPARE(qint64(rows), qint64(count));
        }
    }
}

struct Db
{
    sqlite3 *handle = nullptr;
    explicit Db(const QString &path) { sqlite3_open(QFile::encodeName(path).constData(), &handle); }
    ~Db() { sqlite3_close(handle); }
};

} // namespace

class TestHistorySchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migrationStep_data();
    void migrationStep();
    void upgradeThroughStoreOpen_data();
    void upgradeThroughStoreOpen();
    void newerVersionRefused();
    void failedMigrationLeavesPreviousVersion();

private:
    QTemporaryDir m_dir;
};

void TestHistorySchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCOMPARE(HistorySchema::latestVersion(), int(HistorySchema::migrations().size()));
}

void TestHistorySchema::migrationStep_data()
{
    QTest::addColumn<int>("version");
    // Every step, including ones added later.
    for (const HistorySchema::Migration &m : HistorySchema::migrations())
        QTest::addRow("to v%d: %s", m.version, m.description) << m.version;
}

void TestHistorySchema::migrationStep()
{
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("step-%1.db").arg(version));
    Db db(path);
    QString error;
    QVERIFY2(HistorySchema::migrate(db.handle, &error, version - 1), qPrintable(error));
    QCOMPARE(HistorySchema::version(db.handle), version - 1);
    QVERIFY2(fillVersion(db.handle, version - 1, &error), qPrintable(error));
    QVERIFY2(HistorySchema::migrate(db.handle, &error, version), qPrintable(error));
    checkVersion(db.handle, version, version - 1 >= 1);
    if (version == 4) {
        // Adopted, not recreated: what v3 had stored is still there.
        QCOMPARE(query(db.handle, "SELECT count(*) FROM alert_state WHERE fired = 1"), qint64(1));
        QCOMPARE(query(db.handle, "SELECT count(*) FROM alert_outbox WHERE status = 'pending'"), qint64(1));
        QCOMPARE(query(db.handle, "SELECT value FROM exporter_push_metrics WHERE name = 'jobs_done'"),
                 qint64(12));
    }
    // Migrating again is a no-op.
    QVERIFY2(HistorySchema::migrate(db.handle, &error, version), qPrintable(error));
    QCOMPARE(HistorySchema::version(db.handle), version);
}

void TestHistorySchema::upgradeThroughStoreOpen_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 1; v < HistorySchema::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestHistorySchema::upgradeThroughStoreOpen()
{
    QFETCH(int, fromVersion);
    const QString path = m_dir.filePath(QStringLiteral("open-%1.db").arg(fromVersion));
    {
        Db db(path);
        QString error;
        QVERIFY2(HistorySchema::migrate(db.handle, &error, fromVersion), qPrintable(error));
        QVERIFY2(fillVersion(db.handle, fromVersion, &error), qPrintable(error));
    }
    HistoryStore store;
    store.setOptions(keepEverything()); // the fixture's data is old
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    SeriesKey eth0;
    eth0.source = QStringLiteral("eth");
    eth0.series = QStringLiteral("eth0");
    QCOMPARE(store.samples(eth0, 0, forever).size(), 3000);
    QCOMPARE(store.seriesKeys().size(), 2);
    // And it keeps working: new samples continue the series.
    store.append(
        { sample(eth0, yearStartMs + 3000 * minuteMs + 7000, yearStartMs + 3001 * minuteMs + 7000, 5) });
    QVERIFY(store.flush(&error));
    QCOMPARE(store.samples(eth0, 0, forever).size(), 3001);
    QCOMPARE(scalar(store.readConnection(), QStringLiteral("SELECT sum(bytes) FROM rollup_1d")),
             scalar(store.readConnection(), QStringLiteral("SELECT sum(bytes) FROM raw")));
}

void TestHistorySchema::newerVersionRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    {
        Db db(path);
        QString error;
        QVERIFY(HistorySchema::migrate(db.handle, &error));
        const QByteArray sql =
            "PRAGMA user_version=" + QByteArray::number(HistorySchema::latestVersion() + 1);
        QVERIFY(sqliteExec(db.handle, sql.constData(), &error));
    }
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("newer Bandwatch")), qPrintable(error));
}

void TestHistorySchema::failedMigrationLeavesPreviousVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("failing.db"));
    Db db(path);
    QString error;
    QVERIFY(HistorySchema::migrate(db.handle, &error, 1));
    QVERIFY(fillVersion(db.handle, 1, &error));
    // Something in the way of migration 2.
    QVERIFY(sqliteExec(db.handle, "CREATE TABLE rollup_5m(x)", &error));
    QVERIFY(!HistorySchema::migrate(db.handle, &error));
    QVERIFY2(error.contains(QLatin1String("version 2")), qPrintable(error));
    QCOMPARE(HistorySchema::version(db.handle), 1);
    QCOMPARE(query(db.handle, "SELECT count(*) FROM sqlite_schema WHERE name = 'rollup_1m'"), qint64(0));
    QCOMPARE(query(db.handle, "SELECT count(*) FROM raw"), qint64(3600));
}

QTEST_GUILESS_MAIN(TestHistorySchema)
#include "tst_historyschema.moc"
