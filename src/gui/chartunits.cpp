#include "gui/chartunits.h"

#include <QLocale>
#include <array>
#include <cmath>

namespace Bandwatch {

namespace {

// units.h has binary prefixes for bytes only; bit rates with binary
// prefixes are rare but some operators' links are billed that way.
UnitScale iecBitScale(double maxBps)
{
    static constexpr std::array<QStringView, 5> names { u"bit/s", u"Kibit/s", u"Mibit/s", u"Gibit/s",
                                                        u"Tibit/s" };
    UnitScale scale { 1.0, names[0].toString() };
    for (size_t i = 1; i < names.size() && std::isfinite(maxBps) && maxBps >= scale.divisor * 1024.0; ++i) {
        scale.divisor *= 1024.0;
        scale.unit = names[i].toString();
    }
    return scale;
}

} // namespace

UnitScale ChartUnits::rateScale(double maxBps) const
{
    if (!bytes)
        return system == UnitSystem::SI ? Units::bitRateScale(maxBps) : iecBitScale(maxBps);
    UnitScale s = Units::byteRateScale(maxBps / 8.0, system);
    s.divisor *= 8.0;
    return s;
}

QString ChartUnits::formatRate(double bps, int precision) const
{
    const UnitScale s = rateScale(std::abs(bps));
    if (s.divisor == 1.0 || (bytes && s.divisor == 8.0))
        precision = 0;
    return QLocale().toString(bps / s.divisor, 'f', precision) + u' ' + s.unit;
}

QString ChartUnits::formatBytes(double value, int precision) const
{
    return Units::formatBytes(quint64(std::max(0.0, std::round(value))), system, precision);
}

} // namespace Bandwatch
