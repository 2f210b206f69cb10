#pragma once

#include <QString>

namespace Bandwatch {

// The recovery path for a database that fails its start-up check: the damaged
// file (and its WAL) is renamed to <path>.damaged-<UTC time>, kept for
// inspection, and every row SQLite can still read is copied into a new
// database at <path>, table by table in key order, skipping unreadable
// stretches. Refuses while another process holds the store's lock.
class HistoryRepair
{
public:
    static bool repair(const QString &path, QString *report);
    // Whether the file at `path` fails the start-up check (not a database,
    // corrupt, or quick_check finds problems), i.e. whether repair() is the
    // answer to a failed open(); a file that is locked, newer or missing is not
    // damaged. Reads only.
    static bool isDamaged(const QString &path, QString *detail);
};

} // namespace Bandwatch
