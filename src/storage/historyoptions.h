#pragma once

#include <QtGlobal>
#include <array>
#include <functional>

namespace Bandwatch {

// Storage resolutions: the raw samples as the sources reported them, and the
// fixed-width UTC rollups built from them.
enum class Resolution { Raw = 0, Minute = 1, FiveMinutes = 2, Hour = 3, Day = 4 };
constexpr int resolutionCount = 5;
constexpr std::array<qint64, resolutionCount> resolutionBucketMs { 0, 60'000, 300'000, 3'600'000,
                                                                   86'400'000 };

// How long each resolution is kept; 0 means forever.
struct RetentionPolicy
{
    static constexpr qint64 hourMs = 3'600'000;
    static constexpr qint64 dayMs = 24 * hourMs;

    std::array<qint64, resolutionCount> keepMs { 48 * hourMs, 14 * dayMs, 90 * dayMs, 731 * dayMs, 0 };

    qint64 keep(Resolution r) const { return keepMs[static_cast<int>(r)]; }
    void setKeep(Resolution r, qint64 ms) { keepMs[static_cast<int>(r)] = ms; }
    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

struct HistoryOptions
{
    // What open() verifies before anything is written. Quick skips the index
    // cross-checks of integrity_check and reads each page once.
    enum class StartupCheck { None, Quick, Full };
    // FULL syncs the WAL at every commit; see docs/storage.md.
    enum class Synchronous { Normal, Full };

    StartupCheck startupCheck = StartupCheck::Quick;
    Synchronous synchronous = Synchronous::Full;
    RetentionPolicy retention;
    // Upper bound of samples per write transaction: bounds commit latency and memory.
    int maxBatchSamples = 250'000;
    // Samples kept in memory while writes fail (full disk) and retried; older
    // ones beyond this are dropped, with a writeFailed() message.
    int maxRetainedSamples = 2'000'000;
    // Retention runs at most this often, deleting at most retentionChunkRows
    // rows per transaction so that no lock is held long.
    qint64 retentionIntervalMs = 60'000;
    int retentionChunkRows = 20'000;
    // 0 = unlimited. A limit (in pages) makes the database behave like a full
    // disk once reached; used by tests and for a hard size cap.
    qint64 maxPageCount = 0;
    // Writer-connection page cache.
    int writerCacheKiB = 65'536;
    // "Now" for retention, UTC ms; the system clock when empty (tests set it).
    std::function<qint64()> clock;
};

} // namespace Bandwatch
