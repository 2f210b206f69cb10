#include "core/units.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QtNumeric>
#include <array>
#include <cmath>
#include <limits>

namespace Bandwatch {

namespace {

struct UnitEntry
{
    QStringView name;
    double factor;
};

// 2^64 as a double; every double below it converts to quint64 without overflow.
constexpr double kTwoTo64 = 18446744073709551616.0;

// Units has no QObject base; this gives its messages a translation context.
class UnitsText
{
    Q_DECLARE_TR_FUNCTIONS(Bandwatch::Units)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// A quantity as written: digits with an optional dot-decimal part (QLocale::c()
// style), then an optional unit. No sign, no exponent, no thousands separator:
// those are where typos hide, and none of them is needed to write a quota.
struct Quantity
{
    QStringView number;
    QStringView unit;
};

std::optional<Quantity> splitQuantity(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && text[i].isDigit() && text[i].unicode() < 128)
        ++i;
    if (i == 0)
        return std::nullopt;
    if (i < n && text[i] == u'.') {
        const qsizetype dot = i++;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128)
            ++i;
        if (i == dot + 1)
            return std::nullopt;
    }
    return Quantity { text.first(i), text.sliced(i).trimmed() };
}

const UnitEntry *findUnit(QStringView unit, const UnitEntry *begin, const UnitEntry *end)
{
    for (const UnitEntry *e = begin; e != end; ++e) {
        if (e->name == unit)
            return e;
    }
    return nullptr;
}

constexpr double kKi = 1024.0;
constexpr double kMi = kKi * 1024.0;
constexpr double kGi = kMi * 1024.0;
constexpr double kTi = kGi * 1024.0;

const std::array kByteUnits {
    UnitEntry { u"B", 1.0 },   UnitEntry { u"kB", 1e3 },  UnitEntry { u"KB", 1e3 },
    UnitEntry { u"MB", 1e6 },  UnitEntry { u"GB", 1e9 },  UnitEntry { u"TB", 1e12 },
    UnitEntry { u"KiB", kKi }, UnitEntry { u"kiB", kKi }, UnitEntry { u"MiB", kMi },
    UnitEntry { u"GiB", kGi }, UnitEntry { u"TiB", kTi },
};

// Factors are in bit/s. Case matters for the b/B (bits/bytes, a factor of 8)
// and for M (mega, never milli); only kilo is accepted in both cases.
const std::array kRateUnits {
    UnitEntry { u"bit/s", 1.0 },       UnitEntry { u"b/s", 1.0 },         UnitEntry { u"bps", 1.0 },
    UnitEntry { u"kbit/s", 1e3 },      UnitEntry { u"Kbit/s", 1e3 },      UnitEntry { u"kb/s", 1e3 },
    UnitEntry { u"Kb/s", 1e3 },        UnitEntry { u"kbps", 1e3 },        UnitEntry { u"Kbps", 1e3 },
    UnitEntry { u"Mbit/s", 1e6 },      UnitEntry { u"Mb/s", 1e6 },        UnitEntry { u"Mbps", 1e6 },
    UnitEntry { u"Gbit/s", 1e9 },      UnitEntry { u"Gb/s", 1e9 },        UnitEntry { u"Gbps", 1e9 },
    UnitEntry { u"Tbit/s", 1e12 },     UnitEntry { u"Tb/s", 1e12 },       UnitEntry { u"Tbps", 1e12 },
    UnitEntry { u"Kibit/s", kKi },     UnitEntry { u"kibit/s", kKi },     UnitEntry { u"Mibit/s", kMi },
    UnitEntry { u"Gibit/s", kGi },     UnitEntry { u"Tibit/s", kTi },     UnitEntry { u"B/s", 8.0 },
    UnitEntry { u"kB/s", 8e3 },        UnitEntry { u"KB/s", 8e3 },        UnitEntry { u"MB/s", 8e6 },
    UnitEntry { u"GB/s", 8e9 },        UnitEntry { u"TB/s", 8e12 },       UnitEntry { u"KiB/s", 8.0 * kKi },
    UnitEntry { u"kiB/s", 8.0 * kKi }, UnitEntry { u"MiB/s", 8.0 * kMi }, UnitEntry { u"GiB/s", 8.0 * kGi },
    UnitEntry { u"TiB/s", 8.0 * kTi },
};

QString acceptedByteUnits()
{
    return UnitsText::tr("accepted units: B, kB (or KB), MB, GB, TB (powers of 1000), "
                         "KiB, MiB, GiB, TiB (powers of 1024); a bare number is bytes");
}

QString acceptedRateUnits()
{
    return UnitsText::tr("accepted units: bit/s, kbit/s, Mbit/s, Gbit/s, Tbit/s (also written bps, kbps, "
                         "Mbps, Gbps, Tbps or kb/s, Mb/s, Gb/s, Tb/s; K and k both mean kilo), "
                         "Kibit/s, Mibit/s, Gibit/s, Tibit/s, and byte rates B/s, kB/s, MB/s, GB/s, TB/s, "
                         "KiB/s, MiB/s, GiB/s, TiB/s (converted to bit/s)");
}

QString acceptedDurationUnits()
{
    return UnitsText::tr("accepted: a number followed by ms, s, m, h, d or w, several such parts from the "
                         "largest unit to the smallest (\"1h30m\"), or a bare number of seconds");
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

QString badInput(QStringView input, const QString &what, const QString &why, const QString &accepted)
{
    return UnitsText::tr("%1 is not a valid %2: %3; %4").arg(quoted(input), what, why, accepted);
}

// Formats value/divisor with `precision` decimals, in the largest unit (index
// into `units`, each `step` times the previous) whose value is >= 1. The unit
// is chosen after rounding, so 999999 B prints as "1.00 MB", not "1000.00 kB".
QString formatScaled(double value, const QStringView *units, int unitCount, double step, int precision,
                     bool integerBase)
{
    precision = qBound(0, precision, 15);
    if (!std::isfinite(value))
        return QLocale::c().toString(value) + u' ' + units[0].toString();
    const double magnitude = std::fabs(value);
    int index = 0;
    double divisor = 1.0;
    while (index + 1 < unitCount && magnitude >= divisor * step) {
        divisor *= step;
        ++index;
    }
    auto render = [&](int i, double div) {
        const int decimals = (i == 0 && integerBase) ? 0 : precision;
        return QLocale::c().toString(value / div, 'f', decimals);
    };
    QString number = render(index, divisor);
    if (index + 1 < unitCount) {
        bool ok = false;
        const double shown = std::fabs(QLocale::c().toDouble(number, &ok));
        if (ok && shown >= step) {
            divisor *= step;
            ++index;
            number = render(index, divisor);
        }
    }
    return number + u' ' + units[index].toString();
}

UnitScale pickScale(double maxValue, const QStringView *units, int unitCount, double step)
{
    UnitScale scale;
    scale.divisor = 1.0;
    scale.unit = units[0].toString();
    if (!std::isfinite(maxValue) || maxValue <= 0.0)
        return scale;
    for (int i = 1; i < unitCount; ++i) {
        const double divisor = scale.divisor * step;
        if (maxValue < divisor)
            break;
        scale.divisor = divisor;
        scale.unit = units[i].toString();
    }
    return scale;
}

constexpr std::array<QStringView, 5> kSiByteNames { u"B", u"kB", u"MB", u"GB", u"TB" };
constexpr std::array<QStringView, 5> kIecByteNames { u"B", u"KiB", u"MiB", u"GiB", u"TiB" };
constexpr std::array<QStringView, 5> kSiByteRateNames { u"B/s", u"kB/s", u"MB/s", u"GB/s", u"TB/s" };
constexpr std::array<QStringView, 5> kIecByteRateNames { u"B/s", u"KiB/s", u"MiB/s", u"GiB/s", u"TiB/s" };
constexpr std::array<QStringView, 5> kBitRateNames { u"bit/s", u"kbit/s", u"Mbit/s", u"Gbit/s", u"Tbit/s" };

struct DurationUnit
{
    QStringView name;
    qint64 ms;
};

// Ordered from largest to smallest: parts of a duration must follow this order.
constexpr std::array kDurationUnits {
    DurationUnit { u"w", 7LL * 24 * 3600 * 1000 },
    DurationUnit { u"d", 24LL * 3600 * 1000 },
    DurationUnit { u"h", 3600LL * 1000 },
    DurationUnit { u"m", 60LL * 1000 },
    DurationUnit { u"s", 1000 },
    DurationUnit { u"ms", 1 },
};

} // namespace

std::optional<quint64> Units::parseBytes(QStringView text, QString *error)
{
    const QString what = UnitsText::tr("byte size");
    const QStringView input = text.trimmed();
    if (input.isEmpty()) {
        setError(error, badInput(text, what, UnitsText::tr("it is empty"), acceptedByteUnits()));
        return std::nullopt;
    }
    const std::optional<Quantity> q = splitQuantity(input);
    if (!q) {
        setError(error,
                 badInput(text, what, UnitsText::tr("it does not start with a non-negative number"),
                          acceptedByteUnits()));
        return std::nullopt;
    }
    double factor = 1.0;
    if (!q->unit.isEmpty()) {
        const UnitEntry *unit = findUnit(q->unit, kByteUnits.data(), kByteUnits.data() + kByteUnits.size());
        if (!unit) {
            setError(error,
                     badInput(text, what, UnitsText::tr("unknown unit %1").arg(quoted(q->unit)),
                              acceptedByteUnits()));
            return std::nullopt;
        }
        factor = unit->factor;
    }
    const QString tooLarge =
        UnitsText::tr("it is larger than %1 bytes").arg(std::numeric_limits<quint64>::max());

    if (!q->number.contains(u'.')) {
        // Integers are computed exactly: a double would lose the last bytes of large counts.
        bool ok = false;
        const quint64 count = QLocale::c().toULongLong(q->number, &ok);
        quint64 result = 0;
        if (!ok || qMulOverflow(count, static_cast<quint64>(factor), &result)) {
            setError(error, badInput(text, what, tooLarge, acceptedByteUnits()));
            return std::nullopt;
        }
        return result;
    }

    bool ok = false;
    const double number = QLocale::c().toDouble(q->number, &ok);
    const double value = std::round(number * factor);
    if (!ok || !std::isfinite(value) || value >= kTwoTo64) {
        setError(error, badInput(text, what, tooLarge, acceptedByteUnits()));
        return std::nullopt;
    }
    return static_cast<quint64>(value);
}

std::optional<double> Units::parseBitRate(QStringView text, QString *error)
{
    const QString what = UnitsText::tr("bit rate");
    const QStringView input = text.trimmed();
    if (input.isEmpty()) {
        setError(error, badInput(text, what, UnitsText::tr("it is empty"), acceptedRateUnits()));
        return std::nullopt;
    }
    const std::optional<Quantity> q = splitQuantity(input);
    if (!q) {
        setError(error,
                 badInput(text, what, UnitsText::tr("it does not start with a non-negative number"),
                          acceptedRateUnits()));
        return std::nullopt;
    }
    // Unlike a byte count, a bare number has no obvious unit (bit/s? Mbit/s? bytes?).
    if (q->unit.isEmpty()) {
        setError(error, badInput(text, what, UnitsText::tr("the unit is missing"), acceptedRateUnits()));
        return std::nullopt;
    }
    const UnitEntry *unit = findUnit(q->unit, kRateUnits.data(), kRateUnits.data() + kRateUnits.size());
    if (!unit) {
        setError(
            error,
            badInput(text, what, UnitsText::tr("unknown unit %1").arg(quoted(q->unit)), acceptedRateUnits()));
        return std::nullopt;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(q->number, &ok) * unit->factor;
    if (!ok || !std::isfinite(value)) {
        setError(error,
                 badInput(text, what, UnitsText::tr("the number is out of range"), acceptedRateUnits()));
        return std::nullopt;
    }
    return value;
}

std::optional<std::chrono::milliseconds> Units::parseDuration(QStringView text, QString *error)
{
    const QString what = UnitsText::tr("duration");
    const QStringView input = text.trimmed();
    if (input.isEmpty()) {
        setError(error, badInput(text, what, UnitsText::tr("it is empty"), acceptedDurationUnits()));
        return std::nullopt;
    }

    QStringView rest = input;
    double totalMs = 0.0;
    qsizetype lastUnit = -1; // index into kDurationUnits of the previous part
    int parts = 0;
    while (!rest.isEmpty()) {
        const std::optional<Quantity> q = splitQuantity(rest);
        if (!q) {
            setError(error,
                     badInput(text, what,
                              UnitsText::tr("expected a non-negative number at %1").arg(quoted(rest)),
                              acceptedDurationUnits()));
            return std::nullopt;
        }
        ++parts;
        // The unit is the run of letters after the number; more parts may follow.
        qsizetype len = 0;
        while (len < q->unit.size() && q->unit[len].isLetter())
            ++len;
        const QStringView unitName = q->unit.first(len);
        rest = q->unit.sliced(len).trimmed();

        bool ok = false;
        const double number = QLocale::c().toDouble(q->number, &ok);
        if (!ok || !std::isfinite(number)) {
            setError(
                error,
                badInput(text, what, UnitsText::tr("the number is out of range"), acceptedDurationUnits()));
            return std::nullopt;
        }
        if (unitName.isEmpty()) {
            if (parts == 1 && rest.isEmpty()) {
                totalMs = number * 1000.0;
                break;
            }
            setError(error,
                     badInput(text, what,
                              rest.isEmpty() ? UnitsText::tr("a number without a unit can only stand alone")
                                             : UnitsText::tr("unexpected %1").arg(quoted(rest)),
                              acceptedDurationUnits()));
            return std::nullopt;
        }
        qsizetype index = -1;
        for (qsizetype i = 0; i < qsizetype(kDurationUnits.size()); ++i) {
            if (kDurationUnits[size_t(i)].name == unitName)
                index = i;
        }
        if (index < 0) {
            setError(error,
                     badInput(text, what, UnitsText::tr("unknown unit %1").arg(quoted(unitName)),
                              acceptedDurationUnits()));
            return std::nullopt;
        }
        if (index <= lastUnit) {
            setError(error,
                     badInput(text, what,
                              UnitsText::tr("the unit %1 is repeated or out of order").arg(quoted(unitName)),
                              acceptedDurationUnits()));
            return std::nullopt;
        }
        lastUnit = index;
        totalMs += number * double(kDurationUnits[size_t(index)].ms);
    }

    const double rounded = std::round(totalMs);
    // 2^62 ms is some 146 million years; anything near the qint64 limit is a typo.
    if (!std::isfinite(rounded) || rounded > 4611686018427387904.0) {
        setError(error, badInput(text, what, UnitsText::tr("it is too long"), acceptedDurationUnits()));
        return std::nullopt;
    }
    return std::chrono::milliseconds(static_cast<qint64>(rounded));
}

QString Units::formatBytes(quint64 bytes, UnitSystem system, int precision)
{
    const auto &names = system == UnitSystem::IEC ? kIecByteNames : kSiByteNames;
    const double step = system == UnitSystem::IEC ? 1024.0 : 1000.0;
    if (double(bytes) < step)
        return QString::number(bytes) + u' ' + names[0].toString();
    return formatScaled(double(bytes), names.data(), int(names.size()), step, precision, true);
}

QString Units::formatBitRate(double bitsPerSecond, int precision)
{
    return formatScaled(bitsPerSecond, kBitRateNames.data(), int(kBitRateNames.size()), 1000.0, precision,
                        true);
}

QString Units::formatByteRate(double bytesPerSecond, UnitSystem system, int precision)
{
    const auto &names = system == UnitSystem::IEC ? kIecByteRateNames : kSiByteRateNames;
    const double step = system == UnitSystem::IEC ? 1024.0 : 1000.0;
    return formatScaled(bytesPerSecond, names.data(), int(names.size()), step, precision, true);
}

QString Units::formatDuration(std::chrono::milliseconds d)
{
    qint64 ms = d.count();
    if (ms == 0)
        return QStringLiteral("0s");
    QString sign;
    quint64 remaining = 0;
    if (ms < 0) {
        sign = QStringLiteral("-");
        remaining = quint64(0) - quint64(ms);
    } else {
        remaining = quint64(ms);
    }
    // Weeks are left out: "30d" reads better than "4w 2d" for billing periods.
    QStringList parts;
    for (const DurationUnit &unit : kDurationUnits) {
        if (unit.name == u"w")
            continue;
        const quint64 count = remaining / quint64(unit.ms);
        remaining %= quint64(unit.ms);
        if (count > 0)
            parts.append(QString::number(count) + unit.name.toString());
    }
    return sign + parts.join(u' ');
}

UnitScale Units::bitRateScale(double maxBitsPerSecond)
{
    return pickScale(maxBitsPerSecond, kBitRateNames.data(), int(kBitRateNames.size()), 1000.0);
}

UnitScale Units::byteRateScale(double maxBytesPerSecond, UnitSystem system)
{
    const auto &names = system == UnitSystem::IEC ? kIecByteRateNames : kSiByteRateNames;
    return pickScale(maxBytesPerSecond, names.data(), int(names.size()),
                     system == UnitSystem::IEC ? 1024.0 : 1000.0);
}

UnitScale Units::byteScale(double maxBytes, UnitSystem system)
{
    const auto &names = system == UnitSystem::IEC ? kIecByteNames : kSiByteNames;
    return pickScale(maxBytes, names.data(), int(names.size()), system == UnitSystem::IEC ? 1024.0 : 1000.0);
}

} // namespace Bandwatch
