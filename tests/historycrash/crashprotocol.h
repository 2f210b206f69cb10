#pragma once

// What the crash writer writes, so that the test can check it independently.

#include "core/sample.h"

namespace CrashProtocol {

constexpr int seriesCount = 100;
constexpr qint64 baseMs = 1'704'067'200'000; // 2024-01-01
constexpr qint64 stepMs = 10'000;

inline Bandwatch::SeriesKey key(int s)
{
    Bandwatch::SeriesKey k;
    k.source = QStringLiteral("crash");
    k.series = QStringLiteral("s%1").arg(s);
    return k;
}

inline quint64 bytes(qint64 batch, int s)
{
    return quint64(batch * 131 + s * 7 + 1000);
}

// Batch n: one 10-second sample per series at baseMs + n * stepMs. Every
// seventh batch also re-sends the previous one unchanged (a late re-import),
// which takes the replacement path through the rollups.
inline Bandwatch::SampleList batch(qint64 n)
{
    Bandwatch::SampleList out;
    for (qint64 b = (n % 7 == 0 && n > 0) ? n - 1 : n; b <= n; ++b) {
        for (int s = 0; s < seriesCount; ++s) {
            Bandwatch::Sample x;
            x.key = key(s);
            x.startMs = baseMs + b * stepMs;
            x.endMs = x.startMs + stepMs;
            x.bytes = bytes(b, s);
            x.bps = double(x.bytes) * 8000.0 / double(stepMs);
            out << x;
        }
    }
    return out;
}

} // namespace CrashProtocol
