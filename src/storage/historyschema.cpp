#include "storage/historyschema.h"

#include "storage/rolluplevel.h"
#include "storage/rollupmaintainer.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace Bandwatch {

namespace {

// v1: identities and raw samples.
// raw is clustered by (start_ms, series_id): samples of all series arrive in
// time order, so every insert appends at the right edge of the b-tree (about
// 15x faster than a (series, time) key with 1,000 series). Reads of one series
// over raw are short ranges only (the chart switches to rollups beyond them).
bool migrateTo1(sqlite3 *db, QString *error)
{
    return sqliteExec(db, R"SQL(
CREATE TABLE sources(
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE series(
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES sources(id),
    name           TEXT NOT NULL,
    labels         TEXT NOT NULL,     -- JSON object, keys sorted
    direction      INTEGER NOT NULL,  -- 0 in, 1 out
    canonical      TEXT NOT NULL UNIQUE,
    first_start_ms INTEGER,
    last_end_ms    INTEGER,
    max_duration_ms INTEGER NOT NULL DEFAULT 0  -- longest sample, bounds overlap searches
);
CREATE INDEX series_by_source ON series(source_id);
CREATE TABLE raw(
    start_ms  INTEGER NOT NULL,
    series_id INTEGER NOT NULL,
    end_ms    INTEGER NOT NULL,
    bytes     INTEGER NOT NULL,
    bps       REAL NOT NULL,
    PRIMARY KEY(start_ms, series_id)
) WITHOUT ROWID;
)SQL",
                      error);
}

// v2: rollups at 1 min, 5 min, 1 h and 1 day, clustered by (series, bucket)
// because every read of them is one series over a time range; retention
// progress. (v3 fills them from existing raw samples.)
bool migrateTo2(sqlite3 *db, QString *error)
{
    static const char *const tables[] = { "rollup_1m", "rollup_5m", "rollup_1h", "rollup_1d" };
    for (const char *table : tables) {
        const QByteArray ddl = QByteArray("CREATE TABLE ") + table + R"SQL((
    series_id  INTEGER NOT NULL,
    bucket_ms  INTEGER NOT NULL,  -- UTC start of the bucket
    bytes      INTEGER NOT NULL,  -- sum, samples shared in proportion to their overlap
    min_bps    REAL NOT NULL,
    max_bps    REAL NOT NULL,
    mean_bps   REAL NOT NULL,     -- weighted by overlap
    covered_ms INTEGER NOT NULL,  -- time covered by samples
    samples    INTEGER NOT NULL,  -- samples starting in the bucket
    PRIMARY KEY(series_id, bucket_ms)
) WITHOUT ROWID;)SQL";
        if (!sqliteExec(db, ddl.constData(), error))
            return false;
    }
    return sqliteExec(db, R"SQL(
CREATE TABLE retention_state(
    resolution       INTEGER PRIMARY KEY,  -- 0 raw, 1 = 1 min, 2 = 5 min, 3 = 1 h, 4 = 1 day
    purged_before_ms INTEGER NOT NULL
);
)SQL",
                      error);
}

// v3: the 1- and 5-minute levels as blocks of 30 buckets per series and row
// (RollupLevel): a row per bucket made them as expensive to write as the raw
// samples. Existing rows are packed; a database that never had rollups (from
// v1) gets them built from its raw samples.
bool migrateTo3(sqlite3 *db, QString *error)
{
    for (const Resolution r : { Resolution::Minute, Resolution::FiveMinutes }) {
        const QByteArray blocks = rollupTable(r);
        const QByteArray rows = r == Resolution::Minute ? "rollup_1m" : "rollup_5m";
        const QByteArray ddl = "CREATE TABLE " + blocks + R"SQL((
    series_id INTEGER NOT NULL,
    block_ms  INTEGER NOT NULL,  -- UTC start of 30 buckets
    slots     BLOB NOT NULL,     -- RollupLevel::encode()
    PRIMARY KEY(series_id, block_ms)
))SQL";
        if (!sqliteExec(db, ddl.constData(), error))
            return false;
        const QByteArray select =
            "SELECT series_id, bucket_ms, bytes, min_bps, max_bps, mean_bps, covered_ms, "
            "samples FROM "
            + rows + " ORDER BY series_id, bucket_ms";
        SqliteStatement q(db, select.constData());
        std::vector<std::pair<BucketKey, RollupBucket>> buckets;
        while (q.step() == SQLITE_ROW) {
            RollupBucket b;
            b.bytes = q.int64(2);
            b.minBps = q.real(3);
            b.maxBps = q.real(4);
            b.coveredMs = q.int64(6);
            b.bpsMs = q.real(5) * double(b.coveredMs);
            b.samples = q.int64(7);
            buckets.emplace_back(BucketKey { q.int64(0), q.int64(1) }, b);
        }
        if (q.lastCode() != SQLITE_DONE) {
            *error = q.errorMessage();
            return false;
        }
        q.finalize();
        RollupLevel level(db, r);
        if (!level.prepare(error))
            return false;
        if (!level.add(buckets)) {
            *error = level.lastError();
            return false;
        }
        const QByteArray drop = "DROP TABLE " + rows;
        if (!sqliteExec(db, drop.constData(), error))
            return false;
    }
    SqliteStatement rollups(db, "SELECT (SELECT count(*) FROM rollup_1h) = 0 AND EXISTS (SELECT 1 FROM raw)");
    if (rollups.step() == SQLITE_ROW && rollups.int64(0) == 1) {
        rollups.finalize();
        return RollupMaintainer::rebuildFromRaw(db, error);
    }
    return true;
}

// v4: the tables of the alert engine (threshold state, outbox) and of the
// push exporter. Builds before v4 created them on first use, so a v3 database
// may already hold them with their rows: IF NOT EXISTS adopts those as they
// are (their shape is the same) instead of failing the step.
bool migrateTo4(sqlite3 *db, QString *error)
{
    return sqliteExec(db, R"SQL(
CREATE TABLE IF NOT EXISTS alert_state(
    quota_id       TEXT NOT NULL,
    cycle_start_ms INTEGER NOT NULL,
    threshold_bp   INTEGER NOT NULL,  -- threshold in basis points of the limit
    cycle_end_ms   INTEGER NOT NULL,
    fired          INTEGER NOT NULL,
    limit_value    REAL NOT NULL,
    value          REAL NOT NULL,
    fired_at_ms    INTEGER NOT NULL,
    fire_count     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(quota_id, cycle_start_ms, threshold_bp)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alert_outbox(
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT NOT NULL,
    quota_id        TEXT NOT NULL,
    cycle_start_ms  INTEGER NOT NULL,
    threshold_bp    INTEGER NOT NULL,
    created_ms      INTEGER NOT NULL,
    message_id      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL,
    last_attempt_ms INTEGER,
    last_error      TEXT,
    sent_ms         INTEGER
);
CREATE INDEX IF NOT EXISTS alert_outbox_due ON alert_outbox(status, next_attempt_ms);
CREATE TABLE IF NOT EXISTS exporter_push_metrics(
    name        TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    description TEXT NOT NULL,
    value       REAL NOT NULL,
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
);
)SQL",
                      error);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("HistorySchema", text);
}

} // namespace

const std::vector<HistorySchema::Migration> &HistorySchema::migrations()
{
    // Append only. Each step must work on a database of the previous version
    // holding data (tests/historyschema covers every step).
    static const std::vector<Migration> list {
        { 1, "sources, series and raw samples", &migrateTo1 },
        { 2, "rollups and retention state", &migrateTo2 },
        { 3, "1- and 5-minute rollups packed in blocks", &migrateTo3 },
        { 4, "alert state, alert outbox and pushed metrics", &migrateTo4 },
    };
    return list;
}

int HistorySchema::latestVersion()
{
    return migrations().back().version;
}

int HistorySchema::version(sqlite3 *db)
{
    SqliteStatement q(db, "PRAGMA user_version");
    return q.step() == SQLITE_ROW ? int(q.int64(0)) : -1;
}

bool HistorySchema::migrate(sqlite3 *db, QString *error, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int current = version(db);
    if (current < 0) {
        *error = tr("cannot read the schema version: %1").arg(sqliteError(db));
        return false;
    }
    if (current > latestVersion()) {
        *error = tr("the database has schema version %1, written by a newer Bandwatch "
                    "(this one knows up to %2); upgrade Bandwatch or use another file")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    SqliteStatement appId(db, "PRAGMA application_id");
    const qint64 id = appId.step() == SQLITE_ROW ? appId.int64(0) : 0;
    appId.finalize();
    if (current == 0) {
        SqliteStatement tables(db, "SELECT count(*) FROM sqlite_schema");
        if (id != applicationId && tables.step() == SQLITE_ROW && tables.int64(0) > 0) {
            *error = tr("the file is an SQLite database that Bandwatch did not create; "
                        "refusing to change it");
            return false;
        }
    } else if (id != applicationId) {
        *error = tr("the file is not a Bandwatch history database (application id %1)").arg(id);
        return false;
    }

    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        QString stepError;
        if (!sqliteExec(db, "BEGIN IMMEDIATE", &stepError)) {
            *error = tr("cannot start schema migration %1: %2").arg(m.version).arg(stepError);
            return false;
        }
        bool ok = m.apply(db, &stepError);
        if (ok) {
            const QByteArray pragmas = "PRAGMA application_id=" + QByteArray::number(applicationId)
                + ";PRAGMA user_version=" + QByteArray::number(m.version);
            ok = sqliteExec(db, pragmas.constData(), &stepError);
        }
        if (ok)
            ok = sqliteExec(db, "COMMIT", &stepError);
        if (!ok) {
            sqliteExec(db, "ROLLBACK", nullptr);
            *error = tr("schema migration to version %1 (%2) failed: %3")
                         .arg(m.version)
                         .arg(QLatin1String(m.description), stepError);
            return false;
        }
    }
    return true;
}

} // namespace Bandwatch
