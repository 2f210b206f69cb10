#pragma once

#include "storage/rollupbucket.h"
#include "storage/rolluplevel.h"
#include "storage/sqlitestatement.h"

#include <QString>
#include <array>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace Bandwatch {

struct RawChange;
struct RetentionState;

// Keeps the 1 min / 5 min / 1 h / 1 day rollups in step with the raw samples,
// inside the writer's transaction.
//
// New samples (nothing stored at their (series, start), and raw still holds
// their time) are added: aggregated per bucket in memory, then one additive
// upsert per bucket and level. Anything else (a replaced or removed sample,
// or one older than the raw retention) marks the buckets it touches, old and
// new extent,
// and each marked bucket is rebuilt from the level below when that level
// still holds all of it; otherwise a sample covering the whole bucket defines
// it, and failing that the old sample's share is taken out and the new one's
// put in. docs/storage.md discusses the corner where that is not exact.
class RollupMaintainer
{
public:
    RollupMaintainer(sqlite3 *db, const RetentionState *state);
    ~RollupMaintainer();

    bool prepare(QString *error);
    void add(const RawChange &change, qint64 seriesMaxDurationMs);
    // Writes everything added since the last apply().
    bool apply(QString *error, int *code);
    void rolledBack();

    // Builds all rollups from the raw table (into empty rollup tables).
    static bool rebuildFromRaw(sqlite3 *db, QString *error);

private:
    using Key = BucketKey;
    struct KeyHash
    {
        size_t operator()(const Key &k) const noexcept
        {
            // splitmix64's finalizer: consecutive buckets of many series spread well.
            quint64 h = quint64(k.series) * 0x9E3779B97F4A7C15ULL + quint64(k.bucket);
            h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
            h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
            return size_t(h ^ (h >> 31));
        }
    };
    struct Slow
    {
        qint64 series;
        qint64 startMs, endMs, bytes;
        double bps;
        bool stored, replaced;
        qint64 oldStartMs, oldEndMs, oldBytes;
        double oldBps;
    };
    using BucketMap = std::unordered_map<Key, RollupBucket, KeyHash>;
    // Samples of a series come in time order: each level keeps the bucket
    // being filled per series and moves it to m_done when the next begins.
    struct OpenBuckets
    {
        static constexpr qint64 none = std::numeric_limits<qint64>::min();
        std::array<qint64, 4> bucket { none, none, none, none };
        std::array<RollupBucket, 4> acc;
    };

    bool flushAdditive(int level, QString *error, int *code);
    bool applySlow(int level, QString *error, int *code);
    bool recomputeFromRaw(const std::vector<Key> &keys, BucketMap *out, QString *error, int *code);
    bool fail(const SqliteStatement &st, QString *error, int *code);
    bool fail(const RollupLevel &level, QString *error, int *code);

    sqlite3 *m_db;
    const RetentionState *m_state;
    std::unordered_map<qint64, OpenBuckets> m_open;
    std::array<std::vector<std::pair<Key, RollupBucket>>, 4> m_done;
    std::vector<Slow> m_slow;
    std::unordered_map<qint64, qint64> m_maxDuration;
    std::array<std::unique_ptr<RollupLevel>, 4> m_levels;
    SqliteStatement m_rawWindow;
};

} // namespace Bandwatch
