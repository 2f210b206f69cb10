#include "storage/retentionrunner.h"

#include "storage/retentionstate.h"
#include "storage/rollupbucket.h"

#include <numeric>
#include <sqlite3.h>

namespace Bandwatch {

RetentionRunner::RetentionRunner(sqlite3 *db, const RetentionPolicy &policy, RetentionState *state)
    : m_db(db)
    , m_policy(policy)
    , m_state(state)
{ }

RetentionRunner::~RetentionRunner() = default;

bool RetentionRunner::prepare(QString *error)
{
    if (!m_nextSeries.prepare(m_db, "SELECT id FROM series WHERE id >= ?1 ORDER BY id LIMIT 1")) {
        *error = sqliteError(m_db);
        return false;
    }
    return true;
}

void RetentionRunner::startPass()
{
    m_pending.fill(true);
    m_cursor.fill(0);
}

qint64 RetentionRunner::targetHorizon(const RetentionPolicy &policy, Resolution r, qint64 nowMs)
{
    const qint64 keep = policy.keep(r);
    if (keep <= 0)
        return RetentionState::none;
    // Whole blocks of this level, and whole buckets of the next coarser one.
    const qint64 own = r == Resolution::Raw ? 1 : blockWidth(r);
    const qint64 next = r == Resolution::Day ? bucketWidth(Resolution::Day)
                                             : bucketWidth(static_cast<Resolution>(int(r) + 1));
    return alignDown(nowMs - keep, std::lcm(own, next));
}

bool RetentionRunner::step(qint64 nowMs, int maxRows, bool *more, QString *error, int *code)
{
    *more = false;
    QString e;
    if (!sqliteExec(m_db, "BEGIN IMMEDIATE", &e)) {
        *error = e;
        *code = sqlite3_extended_errcode(m_db);
        return false;
    }
    // The new horizons reach m_state (read by the rollup maintainer) only
    // once they are committed: after a rolled-back step memory would run ahead
    // of the database, and the next step would delete below a horizon that the
    // database never recorded.
    RetentionState next = *m_state;
    int budget = std::max(1, maxRows);
    bool ok = true;
    for (int i = 0; ok && i < resolutionCount && budget > 0; ++i) {
        const auto r = static_cast<Resolution>(i);
        const qint64 target = targetHorizon(m_policy, r, nowMs);
        if (target > next.horizon(r)) {
            // Announce the new horizon before deleting anything below it.
            if (!next.save(m_db, r, target)) {
                *error = sqliteError(m_db);
                *code = sqlite3_extended_errcode(m_db);
                ok = false;
                break;
            }
            m_pending[size_t(i)] = true;
            m_cursor[size_t(i)] = 0;
        }
        if (m_pending[size_t(i)] && next.horizon(r) != RetentionState::none)
            ok = stepLevel(r, next.horizon(r), &budget, error, code);
        else
            m_pending[size_t(i)] = false;
    }
    if (ok && !sqliteExec(m_db, "COMMIT", &e)) {
        *error = e;
        *code = sqlite3_extended_errcode(m_db);
        ok = false;
    }
    if (!ok) {
        sqliteExec(m_db, "ROLLBACK", nullptr);
        // Deletions are idempotent; start the passes again next time.
        m_pending.fill(true);
        m_cursor.fill(0);
        return false;
    }
    *m_state = next;
    for (bool p : m_pending)
        *more = *more || p;
    return true;
}

bool RetentionRunner::stepLevel(Resolution r, qint64 horizon, int *budget, QString *error, int *code)
{
    bool done = false;
    const bool ok = r == Resolution::Raw ? deleteRaw(horizon, budget, &done, error, code)
                                         : deleteRollup(r, horizon, budget, &done, error, code);
    if (ok && done)
        m_pending[static_cast<size_t>(r)] = false;
    return ok;
}

bool RetentionRunner::deleteRaw(qint64 horizon, int *budget, bool *done, QString *error, int *code)
{
    // raw is clustered by (start_ms, series_id): find the key `budget` rows in
    // and delete everything before it, a contiguous range of the b-tree. The
    // cut is a whole key, not a start time: more than `budget` series sharing
    // the oldest start would otherwise never let a step delete anything.
    SqliteStatement cut(m_db,
                        "SELECT start_ms, series_id FROM raw WHERE start_ms < ?1 "
                        "ORDER BY start_ms, series_id LIMIT 1 OFFSET ?2");
    cut.bind(1, horizon);
    cut.bind(2, qint64(*budget));
    const int rc = cut.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *error = cut.errorMessage();
        *code = rc;
        return false;
    }
    const bool partial = rc == SQLITE_ROW;
    const qint64 cutStart = partial ? cut.int64(0) : horizon;
    const qint64 cutSeries = partial ? cut.int64(1) : 0;
    cut.finalize();
    SqliteStatement del(m_db,
                        partial ? "DELETE FROM raw WHERE (start_ms, series_id) < (?1, ?2)"
                                : "DELETE FROM raw WHERE start_ms < ?1");
    del.bind(1, cutStart);
    if (partial)
        del.bind(2, cutSeries);
    if (!del.exec()) {
        *error = del.errorMessage();
        *code = del.lastCode();
        return false;
    }
    *budget -= std::max(1, sqlite3_changes(m_db));
    *done = !partial;
    return true;
}

bool RetentionRunner::deleteRollup(Resolution r, qint64 horizon, int *budget, bool *done, QString *error,
                                   int *code)
{
    const QByteArray table(rollupTable(r));
    const QByteArray column = isPacked(r) ? "block_ms" : "bucket_ms";
    const QByteArray cutSql = "SELECT " + column + " FROM " + table + " WHERE series_id = ?1 AND " + column
        + " < ?2 ORDER BY " + column + " LIMIT 1 OFFSET ?3";
    const QByteArray delSql = "DELETE FROM " + table + " WHERE series_id = ?1 AND " + column + " < ?2";
    SqliteStatement cut(m_db, cutSql.constData());
    SqliteStatement del(m_db, delSql.constData());
    qint64 &cursor = m_cursor[static_cast<size_t>(r)];
    while (*budget > 0) {
        m_nextSeries.bind(1, cursor);
        const int rc = m_nextSeries.step();
        const qint64 series = rc == SQLITE_ROW ? m_nextSeries.int64(0) : -1;
        m_nextSeries.reset();
        if (rc == SQLITE_DONE) {
            *done = true;
            return true;
        }
        if (rc != SQLITE_ROW) {
            *error = m_nextSeries.errorMessage();
            *code = rc;
            return false;
        }
        cut.bind(1, series);
        cut.bind(2, horizon);
        cut.bind(3, qint64(*budget));
        const int crc = cut.step();
        const qint64 upTo = crc == SQLITE_ROW ? cut.int64(0) : horizon;
        cut.reset();
        if (crc != SQLITE_ROW && crc != SQLITE_DONE) {
            *error = cut.errorMessage();
            *code = crc;
            return false;
        }
        del.bind(1, series);
        del.bind(2, upTo);
        if (!del.exec()) {
            *error = del.errorMessage();
            *code = del.lastCode();
            return false;
        }
        del.reset();
        *budget -= sqlite3_changes(m_db) + 1; // a probe of a series with nothing to delete costs about a row
        if (upTo == horizon)
            cursor = series + 1;
    }
    return true;
}

} // namespace Bandwatch
