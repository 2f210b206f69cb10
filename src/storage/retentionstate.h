#pragma once

#include "storage/historyoptions.h"

#include <array>
#include <limits>

struct sqlite3;

namespace Bandwatch {

// Per resolution, the time before which rows may already be deleted
// (retention_state table). Set before deleting starts, so a reader or the
// rollup maintainer never trusts a level for a time it is losing.
struct RetentionState
{
    static constexpr qint64 none = std::numeric_limits<qint64>::min() / 4;
    std::array<qint64, resolutionCount> purgedBefore { none, none, none, none, none };

    qint64 horizon(Resolution r) const { return purgedBefore[static_cast<int>(r)]; }
    bool load(sqlite3 *db);
    bool save(sqlite3 *db, Resolution r, qint64 purgedBeforeMs);
};

} // namespace Bandwatch
