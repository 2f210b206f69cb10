#pragma once

#include <QString>
#include <vector>

struct sqlite3;

namespace Bandwatch {

// Every table of the history database, created and upgraded by numbered
// migrations; PRAGMA user_version holds the number of the last one applied.
//
// Other modules (alert state, outbox, pushed metrics) add their tables here as
// a new migration at the end of the list in historyschema.cpp — never by
// editing an existing step — and then use them through HistoryStore::write().
// docs/storage.md has the checklist.
class HistorySchema
{
public:
    using Apply = bool (*)(sqlite3 *db, QString *error);
    struct Migration
    {
        int version; // user_version after this step
        const char *description;
        Apply apply;
    };

    // Marks the file as a Bandwatch history database (PRAGMA application_id, "BWhs").
    static constexpr int applicationId = 0x42576873;

    static const std::vector<Migration> &migrations();
    static int latestVersion();
    static int version(sqlite3 *db);

    // Brings the schema to targetVersion (default: latest), one transaction per
    // step so that a crash leaves the database at a version boundary. Refuses
    // a database of a newer version or one that is not ours.
    static bool migrate(sqlite3 *db, QString *error, int targetVersion = -1);
};

} // namespace Bandwatch
