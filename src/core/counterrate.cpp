#include "core/counterrate.h"

#include <QtNumeric>
#include <limits>

namespace Bandwatch {

namespace {

// Whether a decrease from `previous` to `current` is a counter of `bits` bits
// passing its maximum: it must come from the top quarter of the range and land
// in the bottom quarter. Values outside the range cannot come from such a
// counter, so they never count as a wrap.
bool isWrap(quint64 previous, quint64 current, int bits)
{
    const quint64 quarter = quint64(1) << (bits - 2);
    const quint64 max = bits == 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
    return previous <= max && previous >= max - quarter + 1 && current < quarter;
}

} // namespace

CounterDelta CounterRate::between(const CounterReading &previous, const CounterReading &current,
                                  CounterWidth width, qint64 maxGapMs)
{
    CounterDelta delta;
    qint64 interval = 0;
    if (qSubOverflow(current.atMs, previous.atMs, &interval)) {
        // Only nonsense timestamps get here; either way no rate can be derived.
        delta.kind = current.atMs > previous.atMs ? CounterDelta::Kind::Gap : CounterDelta::Kind::BadInterval;
        delta.intervalMs = current.atMs > previous.atMs ? std::numeric_limits<qint64>::max()
                                                        : std::numeric_limits<qint64>::min();
        return delta;
    }
    delta.intervalMs = interval;
    if (interval <= 0) {
        delta.kind = CounterDelta::Kind::BadInterval;
        return delta;
    }
    if (maxGapMs > 0 && interval > maxGapMs) {
        delta.kind = CounterDelta::Kind::Gap;
        return delta;
    }

    if (current.value >= previous.value) {
        delta.kind = CounterDelta::Kind::Normal;
        delta.bytes = current.value - previous.value;
    } else if ((width == CounterWidth::Bits32 && isWrap(previous.value, current.value, 32))
               || (width == CounterWidth::Bits64 && isWrap(previous.value, current.value, 64))) {
        delta.kind = CounterDelta::Kind::Wrapped;
        const quint64 modulus = width == CounterWidth::Bits32 ? quint64(1) << 32 : 0; // 0 = 2^64 mod 2^64
        delta.bytes = modulus - previous.value + current.value;
    } else {
        delta.kind = CounterDelta::Kind::Reset;
        delta.bytes = current.value;
    }
    delta.bitsPerSecond = double(delta.bytes) * 8.0 * 1000.0 / double(interval);
    return delta;
}

} // namespace Bandwatch
