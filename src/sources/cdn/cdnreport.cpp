#include "sources/cdn/cdnreport.h"

#include <algorithm>
#include <cmath>

namespace Bandwatch {

void CdnReport::add(const QString &series, Direction direction, qint64 startMs, qint64 intervalMs,
                    double bytes)
{
    for (Bucket &b : buckets)
        if (b.startMs == startMs && b.direction == direction && b.series == series) {
            b.bytes += bytes;
            return;
        }
    buckets.append({ series, direction, startMs, intervalMs, bytes });
}

double CdnReport::totalBytes() const
{
    double total = 0;
    for (const Bucket &b : buckets)
        total += b.bytes;
    return total;
}

SampleList CdnReport::toSamples(const QString &sourceId) const
{
    QList<Bucket> sorted = buckets;
    std::sort(sorted.begin(), sorted.end(), [](const Bucket &a, const Bucket &b) {
        if (a.series != b.series)
            return a.series < b.series;
        if (a.direction != b.direction)
            return a.direction < b.direction;
        return a.startMs < b.startMs;
    });
    SampleList samples;
    samples.reserve(sorted.size());
    for (const Bucket &b : std::as_const(sorted)) {
        Sample s;
        s.key.source = sourceId;
        s.key.series = b.series;
        s.key.direction = b.direction;
        s.startMs = b.startMs;
        s.endMs = b.startMs + b.intervalMs;
        s.bytes = quint64(std::llround(std::max(0.0, b.bytes)));
        s.bps = b.intervalMs > 0 ? double(s.bytes) * 8.0 * 1000.0 / double(b.intervalMs) : 0.0;
        samples << s;
    }
    return samples;
}

} // namespace Bandwatch
