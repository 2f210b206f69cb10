#pragma once

#include "core/units.h"

namespace Bandwatch {

// How the charts show rates: bit/s or bytes/s, with decimal (SI) or binary
// (IEC) prefixes. Rates are always kept in bit/s; a scale's divisor turns
// bit/s into the shown unit.
struct ChartUnits
{
    bool bytes = false;
    UnitSystem system = UnitSystem::SI;

    UnitScale rateScale(double maxBps) const;
    QString formatRate(double bps, int precision = 2) const;
    UnitScale byteScale(double maxBytes) const { return Units::byteScale(maxBytes, system); }
    QString formatBytes(double bytes, int precision = 2) const;

    friend bool operator==(const ChartUnits &, const ChartUnits &) = default;
};

} // namespace Bandwatch
