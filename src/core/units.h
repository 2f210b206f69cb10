#pragma once

#include <QString>
#include <QStringView>
#include <chrono>
#include <optional>

namespace Bandwatch {

enum class UnitSystem {
    SI, // powers of 1000: KB, MB, GB, TB (and kbit/s, Mbit/s, ...)
    IEC // powers of 1024: KiB, MiB, GiB, TiB
};

// A divisor and unit name chosen for a value range, for chart axes and tables
// that show many values in one unit.
struct UnitScale
{
    double divisor = 1.0;
    QString unit;
};

// Parsing and formatting of byte counts, bit rates and durations as operators
// write them in the YAML file and read them in the UI. Parsers never guess:
// anything they do not understand is an error whose text says what was wrong
// and what is accepted.
class Units
{
public:
    // "1500", "1.5 GB", "2TB", "512 KiB", "3 MiB", "1 kB". A bare number is bytes.
    // SI prefixes are powers of 1000, IEC prefixes powers of 1024; "K" and "k" both mean kilo.
    // Negative, fractional-byte results are rounded to the nearest byte; overflow is an error.
    static std::optional<quint64> parseBytes(QStringView text, QString *error = nullptr);

    // "500Mbit/s", "500 Mbps", "1.2 Gbit/s", "10 kbit/s", "100 bit/s", "2 Tbit/s";
    // byte rates are accepted too ("12.5 MB/s", "1 MiB/s") and converted to bit/s.
    static std::optional<double> parseBitRate(QStringView text, QString *error = nullptr);

    // "250ms", "5s", "1m", "2h", "1d", "1w", "1h30m"; a bare number is seconds.
    static std::optional<std::chrono::milliseconds> parseDuration(QStringView text, QString *error = nullptr);

    // 1234567 -> "1.23 MB" (SI) or "1.18 MiB" (IEC); below 1 kilo: "999 B".
    static QString formatBytes(quint64 bytes, UnitSystem system = UnitSystem::SI, int precision = 2);
    // 1.5e6 -> "1.50 Mbit/s"; always SI (bit rates are decimal by convention).
    static QString formatBitRate(double bitsPerSecond, int precision = 2);
    // 1.5e6 -> "1.50 MB/s" or "1.43 MiB/s".
    static QString formatByteRate(double bytesPerSecond, UnitSystem system = UnitSystem::SI,
                                  int precision = 2);
    // 90s -> "1m 30s"; 0 -> "0s".
    static QString formatDuration(std::chrono::milliseconds d);

    // Largest unit in which maxValue is >= 1 (bit/s, kbit/s, ... Tbit/s).
    static UnitScale bitRateScale(double maxBitsPerSecond);
    static UnitScale byteRateScale(double maxBytesPerSecond, UnitSystem system);
    static UnitScale byteScale(double maxBytes, UnitSystem system);
};

} // namespace Bandwatch
