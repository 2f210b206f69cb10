#pragma once

#include "storage/historyoptions.h"

#include <QtGlobal>
#include <cmath>
#include <limits>

namespace Bandwatch {

// floor(a / b) for b > 0, also for times before the epoch.
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
constexpr qint64 alignDown(qint64 t, qint64 width)
{
    return floorDiv(t, width) * width;
}

// round(value * part / whole) for 0 <= part <= whole, whole > 0, exact in
// 128-bit integers (the same rounding wherever a sample's bytes are shared).
inline qint64 proportion(qint64 value, qint64 part, qint64 whole)
{
    __extension__ using Wide = __int128;
    const Wide num = Wide(value) * part;
    const Wide q = (2 * (num < 0 ? -num : num) + whole) / (2 * Wide(whole));
    return qint64(num < 0 ? -q : q);
}

// Query bounds are clamped into +-2^62 ms (146 million years) so that bucket
// arithmetic near the ends of qint64 cannot overflow.
constexpr qint64 timeLimitMs = qint64(1) << 62;
constexpr qint64 clampTime(qint64 t)
{
    return t < -timeLimitMs ? -timeLimitMs : (t > timeLimitMs ? timeLimitMs : t);
}

// The rollup tables by resolution (schema v3); nullptr for Raw.
const char *rollupTable(Resolution r);
inline qint64 bucketWidth(Resolution r)
{
    return resolutionBucketMs[static_cast<int>(r)];
}
// The 1- and 5-minute levels store one row per series and block of
// slotsPerBlock buckets (RollupLevel); the others one row per bucket.
// 30 buckets of 40 bytes: three blocks fit in a 4 KiB page.
constexpr int slotsPerBlock = 30;
inline bool isPacked(Resolution r)
{
    return r == Resolution::Minute || r == Resolution::FiveMinutes;
}
inline qint64 blockWidth(Resolution r)
{
    return isPacked(r) ? slotsPerBlock * bucketWidth(r) : bucketWidth(r);
}

struct BucketKey
{
    qint64 series;
    qint64 bucket;
    friend bool operator==(const BucketKey &, const BucketKey &) = default;
    friend bool operator<(const BucketKey &a, const BucketKey &b)
    {
        return a.series != b.series ? a.series < b.series : a.bucket < b.bucket;
    }
};

// One rollup bucket (or an aggregate of several). bit/s mean is weighted by
// the time each sample overlaps the bucket.
struct RollupBucket
{
    qint64 bytes = 0;
    double minBps = std::numeric_limits<double>::infinity();
    double maxBps = -std::numeric_limits<double>::infinity();
    double bpsMs = 0.0; // sum of bps x overlap (ms)
    qint64 coveredMs = 0;
    qint64 samples = 0; // samples that start in the bucket

    bool isEmpty() const { return coveredMs <= 0 && samples <= 0; }
    double meanBps() const { return coveredMs > 0 ? bpsMs / double(coveredMs) : 0.0; }
    void addPart(qint64 partBytes, double bps, qint64 overlapMs, bool startsHere)
    {
        bytes += partBytes;
        minBps = std::min(minBps, bps);
        maxBps = std::max(maxBps, bps);
        bpsMs += bps * double(overlapMs);
        coveredMs += overlapMs;
        samples += startsHere ? 1 : 0;
    }
    // Takes a part back out. min/max cannot be taken back; they keep the
    // extremes (used only where the finer data is gone, see docs/storage.md).
    void removePart(qint64 partBytes, double bps, qint64 overlapMs, bool startsHere)
    {
        bytes = std::max<qint64>(0, bytes - partBytes);
        bpsMs = std::max(0.0, bpsMs - bps * double(overlapMs));
        coveredMs = std::max<qint64>(0, coveredMs - overlapMs);
        samples = std::max<qint64>(0, samples - (startsHere ? 1 : 0));
    }
    void merge(const RollupBucket &o)
    {
        bytes += o.bytes;
        minBps = std::min(minBps, o.minBps);
        maxBps = std::max(maxBps, o.maxBps);
        bpsMs += o.bpsMs;
        coveredMs += o.coveredMs;
        samples += o.samples;
    }
};

// Calls f(bucketStart, partBytes, overlapMs, startsHere) for every bucket of
// `width` that [startMs, endMs) overlaps. Bytes are shared in proportion to
// the overlap and the parts add up to exactly `bytes`.
template<typename F> void splitSample(qint64 startMs, qint64 endMs, qint64 bytes, qint64 width, F &&f)
{
    const qint64 duration = endMs - startMs;
    if (duration <= 0)
        return;
    qint64 b = alignDown(startMs, width);
    if (b + width >= endMs) { // the common case: one bucket
        f(b, bytes, duration, true);
        return;
    }
    qint64 given = 0;
    for (; b < endMs; b += width) {
        const qint64 from = std::max(b, startMs);
        const qint64 to = std::min(b + width, endMs);
        const qint64 cumulative = to - startMs;
        const qint64 upTo = to == endMs ? bytes : proportion(bytes, cumulative, duration);
        f(b, upTo - given, to - from, b <= startMs);
        given = upTo;
    }
}

// The share of a sample of [startMs, endMs) that falls into the bucket
// [bucketMs, bucketMs + width): the same rounding as splitSample().
struct BucketShare
{
    qint64 bytes = 0;
    qint64 overlapMs = 0;
    bool startsHere = false;
};
BucketShare bucketShare(qint64 startMs, qint64 endMs, qint64 bytes, qint64 bucketMs, qint64 width);

} // namespace Bandwatch
