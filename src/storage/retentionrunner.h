#pragma once

#include "storage/historyoptions.h"
#include "storage/sqlitestatement.h"

#include <QString>
#include <array>

struct sqlite3;

namespace Bandwatch {

struct RetentionState;

// Deletes what the retention policy no longer keeps, a bounded number of rows
// per transaction, so the writer is never busy with it for long and readers
// (WAL) are never blocked at all.
//
// Each level's horizon is aligned down to the next coarser bucket width, so a
// coarser bucket is either wholly backed by the finer level or not at all.
class RetentionRunner
{
public:
    RetentionRunner(sqlite3 *db, const RetentionPolicy &policy, RetentionState *state);
    ~RetentionRunner();

    bool prepare(QString *error);
    // Starts a pass over every level: rows may have arrived below a horizon
    // (late data) since the last one.
    void startPass();
    // One transaction's worth (about maxRows rows); *more when work remains.
    bool step(qint64 nowMs, int maxRows, bool *more, QString *error, int *code);

    // The horizon the policy asks for at nowMs, or RetentionState::none.
    static qint64 targetHorizon(const RetentionPolicy &policy, Resolution r, qint64 nowMs);

private:
    bool stepLevel(Resolution r, qint64 horizon, int *budget, QString *error, int *code);
    bool deleteRaw(qint64 horizon, int *budget, bool *done, QString *error, int *code);
    bool deleteRollup(Resolution r, qint64 horizon, int *budget, bool *done, QString *error, int *code);

    sqlite3 *m_db;
    RetentionPolicy m_policy;
    RetentionState *m_state;
    // A pass is pending for a level until all its rows before the horizon are
    // gone; rollup passes walk the series in id order. A new runner starts with
    // a pass (a previous process may have stopped in the middle of one).
    std::array<bool, resolutionCount> m_pending { true, true, true, true, true };
    std::array<qint64, resolutionCount> m_cursor {};
    SqliteStatement m_nextSeries;
};

} // namespace Bandwatch
