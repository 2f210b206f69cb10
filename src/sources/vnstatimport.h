#pragma once

#include "core/vnstatdata.h"

#include <limits>

namespace Bandwatch {

// What VnstatImport::select() chose from one interface's tables.
struct VnstatSelection
{
    VnstatBuckets buckets; // oldest first, never overlapping
    qint64 newestStartMs = -1; // start of the newest bucket (the one still growing); -1 if none
    // False when buckets were asked for from a point the tables no longer
    // reach at their finest resolution (the data in between is only in a
    // coarser table, or gone).
    bool reachesFrom = true;
};

// Chooses which vnstat buckets become samples, so that every stretch of time
// is counted once, at the finest resolution vnstat still holds for it:
// five-minute entries, then hours for the older range the five-minute table no
// longer covers, then days for older still, then months that end before the
// first day (vnstat keeps days for about two months by default but months for
// two years; a month the days cover in part is left out, so the days stay).
// Years are not used: months reach back further than any year worth having.
//
// The boundary between two resolutions is put on the coarser grid: a complete
// hour that the five-minute table only partly covers (vnstat pruned its first
// minutes) is taken whole and its five-minute entries are left out, so no
// traffic of that hour is lost. (When the five-minute entries hold all of the
// hour's traffic, because the database was created during it, they are kept.)
//
// `fromMs` restricts the choice to buckets starting at or after it (where the
// previous import stopped): a coarse bucket that starts before it is never
// taken, because finer samples for its beginning are already stored.
class VnstatImport
{
public:
    static VnstatSelection select(const VnstatInterface &iface,
                                  qint64 fromMs = std::numeric_limits<qint64>::min());
};

} // namespace Bandwatch
