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
};

} // namespace Bandwatch
