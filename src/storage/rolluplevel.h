#pragma once

#include "storage/rollupbucket.h"
#include "storage/sqlitestatement.h"

#include <QString>
#include <functional>
#include <vector>

struct sqlite3;

namespace Bandwatch {

// Reads and writes one rollup level, hiding how it is stored:
// - 1 h and 1 day: one row per (series, bucket);
// - 1 and 5 minutes: one row per series and block of 30 buckets (half an hour
//   of minutes, 2.5 hours of 5-minute buckets), the buckets packed in a blob.
//   With a (series, time) key every row insert lands in the middle of the
//   b-tree; a row per bucket there cost about as much as the raw sample itself
//   at 1-minute sampling. A block is rewritten once per transaction instead.
class RollupLevel
{
public:
    using Visit = std::function<void(qint64 bucketMs, const RollupBucket &bucket)>;

    RollupLevel(sqlite3 *db, Resolution resolution);

    bool prepare(QString *error);
    Resolution resolution() const { return m_resolution; }
    qint64 width() const { return bucketWidth(m_resolution); }
    const char *table() const { return rollupTable(m_resolution); }

    // Buckets with data starting in [fromMs, toMs), oldest first.
    bool scan(qint64 series, qint64 fromMs, qint64 toMs, const Visit &visit) const;
    // The aggregate of the buckets starting in [fromMs, toMs).
    bool sum(qint64 series, qint64 fromMs, qint64 toMs, RollupBucket *out) const;
    bool read(qint64 series, qint64 bucketMs, RollupBucket *out) const;

    // Writer side, inside the caller's transaction. On failure lastError()
    // and lastCode() say why.
    // Adds each bucket to what is stored; rows sorted by key, one per key.
    bool add(const std::vector<std::pair<BucketKey, RollupBucket>> &rows);
    // Stores the bucket as given (an empty one removes it).
    bool put(qint64 series, qint64 bucketMs, const RollupBucket &bucket);

    QString lastError() const { return m_error; }
    int lastCode() const { return m_code; }

    // The packed form: buckets with trailing empty ones left out.
    static QByteArray encode(const std::array<RollupBucket, slotsPerBlock> &slots);
    static void decode(const void *data, int size, std::array<RollupBucket, slotsPerBlock> *slots);

private:
    bool fail(const SqliteStatement &st) const;
    bool readBlock(qint64 series, qint64 blockMs, std::array<RollupBucket, slotsPerBlock> *slots) const;
    bool writeBlock(qint64 series, qint64 blockMs, const std::array<RollupBucket, slotsPerBlock> &slots);

    sqlite3 *m_db;
    Resolution m_resolution;
    bool m_packed;
    mutable SqliteStatement m_scan;
    mutable SqliteStatement m_readOne;
    SqliteStatement m_upsert; // rows: additive upsert; blocks: replace
    SqliteStatement m_replace; // rows only
    SqliteStatement m_remove;
    mutable QString m_error;
    mutable int m_code = 0;
};

} // namespace Bandwatch
