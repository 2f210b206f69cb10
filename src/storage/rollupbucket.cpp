#include "storage/rollupbucket.h"

namespace Bandwatch {

const char *rollupTable(Resolution r)
{
    switch (r) {
    case Resolution::Minute:
        return "rollup_1m_blocks";
    case Resolution::FiveMinutes:
        return "rollup_5m_blocks";
    case Resolution::Hour:
        return "rollup_1h";
    case Resolution::Day:
        return "rollup_1d";
    case Resolution::Raw:
        break;
    }
    return nullptr;
}

BucketShare bucketShare(qint64 startMs, qint64 endMs, qint64 bytes, qint64 bucketMs, qint64 width)
{
    BucketShare s;
    const qint64 duration = endMs - startMs;
    const qint64 from = std::max(bucketMs, startMs);
    const qint64 to = std::min(bucketMs + width, endMs);
    if (duration <= 0 || to <= from)
        return s;
    auto upTo = [&](qint64 t) {
        if (t >= endMs)
            return bytes;
        if (t <= startMs)
            return qint64(0);
        return proportion(bytes, t - startMs, duration);
    };
    s.bytes = upTo(to) - upTo(from);
    s.overlapMs = to - from;
    s.startsHere = startMs >= bucketMs && startMs < bucketMs + width;
    return s;
}

} // namespace Bandwatch
