#pragma once

#include <QByteArrayView>
#include <optional>

namespace Bandwatch::Exposition {

struct Number
{
    double value = 0.0;
    bool integerToken = false; // written as [sign]digits
};

// Decimal floating point ([sign] digits [. digits] [e [sign] digits], at least
// one mantissa digit) or, when allowed, [sign] inf / infinity / nan in any
// case. This is the common ground of Go's ParseFloat (text format) and
// Python's float() (OpenMetrics reference), minus hex floats and underscores
// which neither format allows.
bool parseNumber(QByteArrayView t, Number *out, bool allowSpecial = true);
// An integer as Go's ParseInt reads it (a leading '+' allowed).
bool parseInt64(QByteArrayView t, qint64 *out);
bool isWhole(const Number &n);
// Seconds (OpenMetrics timestamps) to milliseconds, saturating.
std::optional<qint64> secondsToMs(double seconds);

} // namespace Bandwatch::Exposition
