#include "storage/retentionstate.h"

#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace Bandwatch {

bool RetentionState::load(sqlite3 *db)
{
    purgedBefore.fill(none);
    SqliteStatement q(db, "SELECT resolution, purged_before_ms FROM retention_state");
    if (!q.isValid())
        return false;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 r = q.int64(0);
        if (r >= 0 && r < resolutionCount)
            purgedBefore[size_t(r)] = q.int64(1);
    }
    return rc == SQLITE_DONE;
}

bool RetentionState::save(sqlite3 *db, Resolution r, qint64 purgedBeforeMs)
{
    SqliteStatement q(db,
                      "INSERT INTO retention_state(resolution, purged_before_ms) VALUES(?1, ?2) "
                      "ON CONFLICT(resolution) DO UPDATE SET purged_before_ms = ?2");
    q.bind(1, qint64(r));
    q.bind(2, purgedBeforeMs);
    if (!q.exec())
        return false;
    purgedBefore[static_cast<int>(r)] = purgedBeforeMs;
    return true;
}

} // namespace Bandwatch
