#pragma once

#include <QtGlobal>

namespace Bandwatch {

// One reading of a cumulative byte counter. `atMs` is any clock the caller
// uses consistently (a monotonic clock is best: wall-clock jumps then cannot
// produce negative or inflated intervals).
struct CounterReading
{
    qint64 atMs = 0;
    quint64 value = 0;
};

enum class CounterWidth {
    Unbounded, // never wraps (e.g. floats from Prometheus): any decrease is a reset
    Bits32, // may wrap at 2^32
    Bits64 // may wrap at 2^64
};

// The traffic between two readings of a counter.
struct CounterDelta
{
    enum class Kind {
        Normal, // value grew (or stayed)
        Wrapped, // the counter passed its maximum and started again from zero
        Reset, // the counter restarted (reboot, service restart): bytes = new value
        Gap, // readings too far apart: no traffic is attributed (not averaged)
        BadInterval // the second reading is not later than the first
    };

    Kind kind = Kind::Normal;
    quint64 bytes = 0;
    double bitsPerSecond = 0.0;
    qint64 intervalMs = 0;

    // Whether this delta should become a sample. Gaps and bad intervals must not.
    bool isUsable() const { return kind != Kind::Gap && kind != Kind::BadInterval; }
};

// Turns two cumulative counter readings into bytes and bit/s over the interval.
//
// A decrease is a reset (the new value is counted from zero), never a negative
// rate. For a counter the source declares 32- or 64-bit, a decrease from the top
// quarter of its range to the bottom quarter is taken as a wrap; anything else is
// a reset, because real resets are far more common than 64-bit wraps.
// An interval longer than maxGapMs (if > 0) is a gap: the traffic is unknown
// in time, so it is not spread over the interval as a fake average.
class CounterRate
{
public:
    static CounterDelta between(const CounterReading &previous, const CounterReading &current,
                                CounterWidth width = CounterWidth::Bits64, qint64 maxGapMs = 0);
};

} // namespace Bandwatch
