#pragma once

#include "storage/historyoptions.h"

#include <array>
#include <limits>

struct sqlite3;

namespace Bandwatch {

// Per resolution, the time before which rows may already be deleted
// (retention_state table). Saved in the transaction that starts deleting,
// so a reader never trusts a level for a time it is losing; the writer's copy
// follows only after that transaction commits (RetentionRunner::step).
struct RetentionState
{
    static constexpr qint64 none = std::numeric_limits<qint64>::min() / 4;
    std::array<qint64, resolutionCount> purgedBefore { none, none, none, none, none };

    qint64 horizon(Resolution r) const { return purgedBefore[static_cast<int>(r)]; }
    bool load(sqlite3 *db);
    bool save(sqlite3 *db, Resolution r, qint64 purgedBeforeMs);
};

} // namespace Bandwatch
