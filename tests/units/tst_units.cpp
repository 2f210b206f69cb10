#include "core/units.h"

#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <limits>

using namespace Bandwatch;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Bandwatch::UnitSystem)

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parseBytes_data();
    void parseBytes();
    void parseBytesRejects_data();
    void parseBytesRejects();

    void parseBitRate_data();
    void parseBitRate();
    void parseBitRateRejects_data();
    void parseBitRateRejects();

    void parseDuration_data();
    void parseDuration();
    void parseDurationRejects_data();
    void parseDurationRejects();

    void formatBytes_data();
    void formatBytes();
    void formatBitRate_data();
    void formatBitRate();
    void formatByteRate_data();
    void formatByteRate();
    void formatDuration_data();
    void formatDuration();

    void bytesRoundTrip_data();
    void bytesRoundTrip();
    void bitRateRoundTrip_data();
    void bitRateRoundTrip();
    void durationRoundTrip_data();
    void durationRoundTrip();

    void scales_data();
    void scales();
};

void TestUnits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// ---------------------------------------------------------------- bytes

void TestUnits::parseBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("expected");

    QTest::newRow("bare") << QStringLiteral("1500") << quint64(1500);
    QTest::newRow("zero") << QStringLiteral("0") << quint64(0);
    QTest::newRow("B") << QStringLiteral("42 B") << quint64(42);
    QTest::newRow("padded") << QStringLiteral("  42 B  ") << quint64(42);
    QTest::newRow("GB-fraction") << QStringLiteral("1.5 GB") << quint64(1500000000);
    QTest::newRow("TB-no-space") << QStringLiteral("2TB") << quint64(2000000000000);
    QTest::newRow("kB") << QStringLiteral("1 kB") << quint64(1000);
    QTest::newRow("KB") << QStringLiteral("1 KB") << quint64(1000);
    QTest::newRow("MB") << QStringLiteral("7 MB") << quint64(7000000);
    QTest::newRow("KiB") << QStringLiteral("512 KiB") << quint64(524288);
    QTest::newRow("kiB") << QStringLiteral("2 kiB") << quint64(2048);
    QTest::newRow("MiB") << QStringLiteral("3 MiB") << quint64(3145728);
    QTest::newRow("GiB-fraction") << QStringLiteral("1.5GiB") << quint64(1610612736);
    QTest::newRow("TiB") << QStringLiteral("1 TiB") << quint64(1099511627776);
    QTest::newRow("round-half-up") << QStringLiteral("1.5 B") << quint64(2);
    QTest::newRow("round-down") << QStringLiteral("0.4 B") << quint64(0);
    QTest::newRow("fraction-kB") << QStringLiteral("1.0006 kB") << quint64(1001);
    QTest::newRow("fraction-KiB") << QStringLiteral("0.001 KiB") << quint64(1);
    QTest::newRow("max") << QStringLiteral("18446744073709551615") << quint64(18446744073709551615ULL);
    QTest::newRow("max-B") << QStringLiteral("18446744073709551615 B") << quint64(18446744073709551615ULL);
    QTest::newRow("largest-TiB") << QStringLiteral("16777215 TiB") << quint64(18446742974197923840ULL);
    QTest::newRow("leading-zeros") << QStringLiteral("007 MB") << quint64(7000000);
}

void TestUnits::parseBytes()
{
    QFETCH(QString, text);
    QFETCH(quint64, expected);
    QString error;
    const std::optional<quint64> value = Units::parseBytes(text, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QCOMPARE(*value, expected);
    QVERIFY(error.isEmpty());
    // The error pointer is optional.
    QCOMPARE(Units::parseBytes(text), std::optional<quint64>(expected));
}

void TestUnits::parseBytesRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("word") << QStringLiteral("abc");
    QTest::newRow("unknown-unit") << QStringLiteral("12 XB");
    QTest::newRow("negative") << QStringLiteral("-5 MB");
    QTest::newRow("plus-sign") << QStringLiteral("+5 MB");
    QTest::newRow("exponent-overflow") << QStringLiteral("1e999 GB");
    QTest::newRow("exponent") << QStringLiteral("1e3 B");
    QTest::newRow("trailing-garbage") << QStringLiteral("5 MB extra");
    QTest::newRow("nan") << QStringLiteral("nan");
    QTest::newRow("NaN-GB") << QStringLiteral("NaN GB");
    QTest::newRow("inf") << QStringLiteral("inf");
    QTest::newRow("infinity-TB") << QStringLiteral("infinity TB");
    QTest::newRow("comma-decimal") << QStringLiteral("1,5 GB");
    QTest::newRow("two-dots") << QStringLiteral("1.5.3 GB");
    QTest::newRow("unit-only") << QStringLiteral("GB");
    QTest::newRow("lowercase-mb") << QStringLiteral("5 mb");
    QTest::newRow("megabit-is-not-bytes") << QStringLiteral("5 Mb");
    QTest::newRow("rate-is-not-size") << QStringLiteral("5 MB/s");
    QTest::newRow("hex") << QStringLiteral("0x10");
    QTest::newRow("overflow-integer") << QStringLiteral("18446744073709551616");
    QTest::newRow("overflow-TiB") << QStringLiteral("16777216 TiB");
    QTest::newRow("overflow-fraction") << QStringLiteral("18446744.1 TB");
    QTest::newRow("overflow-huge") << QStringLiteral("99999999999999999999999 GB");
}

void TestUnits::parseBytesRejects()
{
    QFETCH(QString, text);
    QString error;
    QCOMPARE(Units::parseBytes(text, &error), std::nullopt);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u'"' + text + u'"'), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("KiB")) && error.contains(QLatin1String("TB")), qPrintable(error));
    QCOMPARE(Units::parseBytes(text), std::nullopt);
}

// ---------------------------------------------------------------- bit rates

void TestUnits::parseBitRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");

    QTest::newRow("Mbit/s-no-space") << QStringLiteral("500Mbit/s") << 5e8;
    QTest::newRow("Mbps") << QStringLiteral("500 Mbps") << 5e8;
    QTest::newRow("Mb/s") << QStringLiteral("100 Mb/s") << 1e8;
    QTest::newRow("Gbit/s-fraction") << QStringLiteral("1.2 Gbit/s") << 1.2e9;
    QTest::newRow("Gbps") << QStringLiteral("1 Gbps") << 1e9;
    QTest::newRow("Gb/s") << QStringLiteral("10 Gb/s") << 1e10;
    QTest::newRow("kbit/s") << QStringLiteral("10 kbit/s") << 1e4;
    QTest::newRow("Kbit/s") << QStringLiteral("10 Kbit/s") << 1e4;
    QTest::newRow("kbps") << QStringLiteral("56 kbps") << 56000.0;
    QTest::newRow("Kbps") << QStringLiteral("56 Kbps") << 56000.0;
    QTest::newRow("kb/s") << QStringLiteral("64 kb/s") << 64000.0;
    QTest::newRow("bit/s") << QStringLiteral("100 bit/s") << 100.0;
    QTest::newRow("bps") << QStringLiteral("100 bps") << 100.0;
    QTest::newRow("b/s") << QStringLiteral("9600 b/s") << 9600.0;
    QTest::newRow("Tbit/s") << QStringLiteral("2 Tbit/s") << 2e12;
    QTest::newRow("Tbps") << QStringLiteral("3 Tbps") << 3e12;
    QTest::newRow("Kibit/s") << QStringLiteral("1 Kibit/s") << 1024.0;
    QTest::newRow("Mibit/s") << QStringLiteral("1 Mibit/s") << 1048576.0;
    QTest::newRow("zero") << QStringLiteral("0 Mbit/s") << 0.0;
    QTest::newRow("padded") << QStringLiteral("  20 Mbit/s ") << 2e7;
    // Byte rates are multiplied by 8.
    QTest::newRow("B/s") << QStringLiteral("1 B/s") << 8.0;
    QTest::newRow("kB/s") << QStringLiteral("1 kB/s") << 8000.0;
    QTest::newRow("KB/s") << QStringLiteral("2 KB/s") << 16000.0;
    QTest::newRow("MB/s-fraction") << QStringLiteral("12.5 MB/s") << 1e8;
    QTest::newRow("GB/s") << QStringLiteral("2 GB/s") << 1.6e10;
    QTest::newRow("TB/s") << QStringLiteral("1 TB/s") << 8e12;
    QTest::newRow("KiB/s") << QStringLiteral("1 KiB/s") << 8192.0;
    QTest::newRow("MiB/s") << QStringLiteral("1 MiB/s") << 8388608.0;
    QTest::newRow("GiB/s") << QStringLiteral("1 GiB/s") << 8589934592.0;
    QTest::newRow("TiB/s") << QStringLiteral("0.5 TiB/s") << 4398046511104.0;
}

void TestUnits::parseBitRate()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QString error;
    const std::optional<double> value = Units::parseBitRate(text, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QCOMPARE(*value, expected);
    QVERIFY(error.isEmpty());
}

void TestUnits::parseBitRateRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("word") << QStringLiteral("abc");
    // A bare number could be bit/s, Mbit/s or bytes: rejected rather than guessed.
    QTest::newRow("bare-number") << QStringLiteral("100");
    QTest::newRow("unknown-unit") << QStringLiteral("12 XB/s");
    QTest::newRow("negative") << QStringLiteral("-5 Mbit/s");
    QTest::newRow("exponent-overflow") << QStringLiteral("1e999 Gbit/s");
    QTest::newRow("trailing-garbage") << QStringLiteral("5 Mbit/s extra");
    QTest::newRow("nan") << QStringLiteral("nan Mbit/s");
    QTest::newRow("inf") << QStringLiteral("inf");
    QTest::newRow("lowercase-m-is-milli") << QStringLiteral("5 mbit/s");
    QTest::newRow("MBps-ambiguous") << QStringLiteral("5 MBps");
    QTest::newRow("no-per-second") << QStringLiteral("5 Mbit");
    QTest::newRow("size-is-not-rate") << QStringLiteral("5 GB");
    QTest::newRow("comma-decimal") << QStringLiteral("1,5 Mbit/s");
    QTest::newRow("unit-only") << QStringLiteral("Mbit/s");
}

void TestUnits::parseBitRateRejects()
{
    QFETCH(QString, text);
    QString error;
    QCOMPARE(Units::parseBitRate(text, &error), std::nullopt);
    QVERIFY2(error.contains(u'"' + text + u'"'), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Mbit/s")) && error.contains(QLatin1String("MiB/s")),
             qPrintable(error));
    QCOMPARE(Units::parseBitRate(text), std::nullopt);
}

// ---------------------------------------------------------------- durations

void TestUnits::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("ms") << QStringLiteral("250ms") << qint64(250);
    QTest::newRow("s") << QStringLiteral("5s") << qint64(5000);
    QTest::newRow("m") << QStringLiteral("1m") << qint64(60000);
    QTest::newRow("h") << QStringLiteral("2h") << qint64(7200000);
    QTest::newRow("d") << QStringLiteral("1d") << qint64(86400000);
    QTest::newRow("w") << QStringLiteral("1w") << qint64(604800000);
    QTest::newRow("h-m") << QStringLiteral("1h30m") << qint64(5400000);
    QTest::newRow("h-m-spaced") << QStringLiteral("1h 30m") << qint64(5400000);
    QTest::newRow("number-space-unit") << QStringLiteral("10 s") << qint64(10000);
    QTest::newRow("all-units") << QStringLiteral("1w 1d 2h 3m 4s 5ms") << qint64(698584005);
    QTest::newRow("w-d") << QStringLiteral("1w2d") << qint64(777600000);
    QTest::newRow("bare-seconds") << QStringLiteral("90") << qint64(90000);
    QTest::newRow("bare-fraction") << QStringLiteral("1.5") << qint64(1500);
    QTest::newRow("bare-zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("zero-s") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("fraction-m") << QStringLiteral("0.5m") << qint64(30000);
    QTest::newRow("fraction-rounds") << QStringLiteral("1.0006s") << qint64(1001);
    QTest::newRow("padded") << QStringLiteral("  3h ") << qint64(10800000);
    QTest::newRow("large") << QStringLiteral("520w") << qint64(314496000000);
}

void TestUnits::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, expectedMs);
    QString error;
    const auto value = Units::parseDuration(text, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QCOMPARE(value->count(), expectedMs);
    QVERIFY(error.isEmpty());
}

void TestUnits::parseDurationRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  ");
    QTest::newRow("word") << QStringLiteral("abc");
    QTest::newRow("unknown-unit") << QStringLiteral("5x");
    QTest::newRow("long-unit-name") << QStringLiteral("5 sec");
    QTest::newRow("uppercase-M") << QStringLiteral("5M");
    QTest::newRow("negative") << QStringLiteral("-5s");
    QTest::newRow("trailing-garbage") << QStringLiteral("5s extra");
    QTest::newRow("unitless-tail") << QStringLiteral("1h30");
    QTest::newRow("two-bare-numbers") << QStringLiteral("10 5");
    QTest::newRow("out-of-order") << QStringLiteral("30m1h");
    QTest::newRow("repeated-unit") << QStringLiteral("1h1h");
    QTest::newRow("unit-only") << QStringLiteral("s");
    QTest::newRow("exponent") << QStringLiteral("1e3s");
    QTest::newRow("nan") << QStringLiteral("nan");
    QTest::newRow("inf") << QStringLiteral("inf s");
    QTest::newRow("two-dots") << QStringLiteral("1.5.5s");
    QTest::newRow("comma-decimal") << QStringLiteral("1,5s");
    QTest::newRow("too-long") << QStringLiteral("99999999999w");
}

void TestUnits::parseDurationRejects()
{
    QFETCH(QString, text);
    QString error;
    QCOMPARE(Units::parseDuration(text, &error), std::nullopt);
    QVERIFY2(error.contains(u'"' + text + u'"'), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("ms")) && error.contains(QLatin1String("seconds")),
             qPrintable(error));
}

// ---------------------------------------------------------------- formatting

void TestUnits::formatBytes_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<UnitSystem>("system");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");

    const auto SI = UnitSystem::SI;
    const auto IEC = UnitSystem::IEC;
    QTest::newRow("zero") << quint64(0) << SI << 2 << QStringLiteral("0 B");
    QTest::newRow("999") << quint64(999) << SI << 2 << QStringLiteral("999 B");
    QTest::newRow("1000") << quint64(1000) << SI << 2 << QStringLiteral("1.00 kB");
    QTest::newRow("1234567-SI") << quint64(1234567) << SI << 2 << QStringLiteral("1.23 MB");
    QTest::newRow("1234567-IEC") << quint64(1234567) << IEC << 2 << QStringLiteral("1.18 MiB");
    QTest::newRow("1234567-SI-3") << quint64(1234567) << SI << 3 << QStringLiteral("1.235 MB");
    QTest::newRow("1234567-SI-0") << quint64(1234567) << SI << 0 << QStringLiteral("1 MB");
    QTest::newRow("1023-IEC") << quint64(1023) << IEC << 2 << QStringLiteral("1023 B");
    QTest::newRow("1024-IEC") << quint64(1024) << IEC << 2 << QStringLiteral("1.00 KiB");
    QTest::newRow("1536-IEC-1") << quint64(1536) << IEC << 1 << QStringLiteral("1.5 KiB");
    // Rounding up to the next unit switches to that unit.
    QTest::newRow("999999-rounds-to-MB") << quint64(999999) << SI << 2 << QStringLiteral("1.00 MB");
    QTest::newRow("999499-stays-kB") << quint64(999499) << SI << 2 << QStringLiteral("999.50 kB");
    QTest::newRow("GB") << quint64(42000000000) << SI << 2 << QStringLiteral("42.00 GB");
    QTest::newRow("TB") << quint64(5000000000000) << SI << 2 << QStringLiteral("5.00 TB");
    QTest::newRow("TiB") << quint64(1099511627776) << IEC << 2 << QStringLiteral("1.00 TiB");
    QTest::newRow("beyond-TB") << quint64(5000000000000000) << SI << 2 << QStringLiteral("5000.00 TB");
    QTest::newRow("max") << std::numeric_limits<quint64>::max() << SI << 2
                         << QStringLiteral("18446744.07 TB");
}

void TestUnits::formatBytes()
{
    QFETCH(quint64, bytes);
    QFETCH(UnitSystem, system);
    QFETCH(int, precision);
    QFETCH(QString, expected);
    QCOMPARE(Units::formatBytes(bytes, system, precision), expected);
}

void TestUnits::formatBitRate_data()
{
    QTest::addColumn<double>("bps");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1.5M") << 1.5e6 << 2 << QStringLiteral("1.50 Mbit/s");
    QTest::newRow("zero") << 0.0 << 2 << QStringLiteral("0 bit/s");
    QTest::newRow("999") << 999.0 << 2 << QStringLiteral("999 bit/s");
    QTest::newRow("fraction-below-kilo") << 123.4 << 2 << QStringLiteral("123 bit/s");
    QTest::newRow("1000") << 1000.0 << 2 << QStringLiteral("1.00 kbit/s");
    QTest::newRow("rounds-to-M") << 999999.0 << 2 << QStringLiteral("1.00 Mbit/s");
    QTest::newRow("G-precision-1") << 1.26e9 << 1 << QStringLiteral("1.3 Gbit/s");
    QTest::newRow("T") << 2.5e12 << 2 << QStringLiteral("2.50 Tbit/s");
    QTest::newRow("beyond-T") << 5e15 << 2 << QStringLiteral("5000.00 Tbit/s");
    QTest::newRow("SI-not-IEC") << 1048576.0 << 2 << QStringLiteral("1.05 Mbit/s");
}

void TestUnits::formatBitRate()
{
    QFETCH(double, bps);
    QFETCH(int, precision);
    QFETCH(QString, expected);
    QCOMPARE(Units::formatBitRate(bps, precision), expected);
}

void TestUnits::formatByteRate_data()
{
    QTest::addColumn<double>("bytesPerSecond");
    QTest::addColumn<UnitSystem>("system");
    QTest::addColumn<QString>("expected");

    QTest::newRow("SI") << 1.5e6 << UnitSystem::SI << QStringLiteral("1.50 MB/s");
    QTest::newRow("IEC") << 1.5e6 << UnitSystem::IEC << QStringLiteral("1.43 MiB/s");
    QTest::newRow("IEC-below-kibi") << 512.0 << UnitSystem::IEC << QStringLiteral("512 B/s");
    QTest::newRow("IEC-kibi") << 2048.0 << UnitSystem::IEC << QStringLiteral("2.00 KiB/s");
    QTest::newRow("SI-1000-is-kilo") << 1000.0 << UnitSystem::SI << QStringLiteral("1.00 kB/s");
    QTest::newRow("IEC-1000-is-bytes") << 1000.0 << UnitSystem::IEC << QStringLiteral("1000 B/s");
    QTest::newRow("zero") << 0.0 << UnitSystem::SI << QStringLiteral("0 B/s");
    QTest::newRow("GB") << 3.25e9 << UnitSystem::SI << QStringLiteral("3.25 GB/s");
}

void TestUnits::formatByteRate()
{
    QFETCH(double, bytesPerSecond);
    QFETCH(UnitSystem, system);
    QFETCH(QString, expected);
    QCOMPARE(Units::formatByteRate(bytesPerSecond, system), expected);
}

void TestUnits::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::newRow("90s") << qint64(90000) << QStringLiteral("1m 30s");
    QTest::newRow("250ms") << qint64(250) << QStringLiteral("250ms");
    QTest::newRow("1500ms") << qint64(1500) << QStringLiteral("1s 500ms");
    QTest::newRow("1h") << qint64(3600000) << QStringLiteral("1h");
    QTest::newRow("1h30m") << qint64(5400000) << QStringLiteral("1h 30m");
    QTest::newRow("1d") << qint64(86400000) << QStringLiteral("1d");
    QTest::newRow("week-as-days") << qint64(604800000) << QStringLiteral("7d");
    QTest::newRow("30d") << qint64(2592000000) << QStringLiteral("30d");
    QTest::newRow("all-parts") << qint64(93784005) << QStringLiteral("1d 2h 3m 4s 5ms");
    QTest::newRow("skips-zero-parts") << qint64(86400001) << QStringLiteral("1d 1ms");
    QTest::newRow("negative") << qint64(-90000) << QStringLiteral("-1m 30s");
}

void TestUnits::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(Units::formatDuration(std::chrono::milliseconds(ms)), expected);
}

// ---------------------------------------------------------------- round trips

void TestUnits::bytesRoundTrip_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<UnitSystem>("system");
    QTest::addColumn<int>("precision");

    const quint64 values[] = {
        0,          1,           999,           1000,          1023,
        1024,       1536,        999999,        1234567,       987654321,
        4294967296, 12345678901, 1099511627776, 9876543210123, 18000000000000000000ULL
    };
    for (const quint64 v : values) {
        for (const int precision : { 0, 2, 4 }) {
            QTest::addRow("%llu-SI-%d", static_cast<unsigned long long>(v), precision)
                << v << UnitSystem::SI << precision;
            QTest::addRow("%llu-IEC-%d", static_cast<unsigned long long>(v), precision)
                << v << UnitSystem::IEC << precision;
        }
    }
    // The largest count: in SI it prints below 2^64. (In IEC it rounds to
    // "16777216 TiB", exactly 2^64, which parsing rightly rejects as overflow.)
    for (const int precision : { 0, 2, 4 })
        QTest::addRow("max-SI-%d", precision)
            << std::numeric_limits<quint64>::max() << UnitSystem::SI << precision;
}

void TestUnits::bytesRoundTrip()
{
    QFETCH(quint64, bytes);
    QFETCH(UnitSystem, system);
    QFETCH(int, precision);

    const QString text = Units::formatBytes(bytes, system, precision);
    QString error;
    const std::optional<quint64> parsed = Units::parseBytes(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(text + u": " + error));

    // The formatted value is off by at most half a unit in its last digit.
    const QString unit = text.section(u' ', 1);
    const std::optional<quint64> divisor = Units::parseBytes(QString(u"1 " + unit));
    QVERIFY2(divisor.has_value(), qPrintable(unit));
    const double tolerance = *divisor == 1 ? 0.0 : 0.5 * double(*divisor) * std::pow(10.0, -precision) + 1.0;
    const double diff = std::fabs(double(*parsed) - double(bytes));
    QVERIFY2(diff <= tolerance,
             qPrintable(QStringLiteral("%1 -> %2 -> %3").arg(bytes).arg(text).arg(*parsed)));
}

void TestUnits::bitRateRoundTrip_data()
{
    QTest::addColumn<double>("bps");
    QTest::addColumn<int>("precision");

    const double values[] = { 0.0,      1.0,   999.0,       1000.0,     1500.0, 56000.0,
                              999999.0, 1.5e6, 123456789.0, 9.87654e11, 2.5e12, 7.77e14 };
    for (const double v : values) {
        for (const int precision : { 0, 1, 3 }) {
            QTest::addRow("%g-%d", v, precision) << v << precision;
        }
    }
}

void TestUnits::bitRateRoundTrip()
{
    QFETCH(double, bps);
    QFETCH(int, precision);

    const QString text = Units::formatBitRate(bps, precision);
    QString error;
    const std::optional<double> parsed = Units::parseBitRate(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(text + u": " + error));
    const std::optional<double> divisor = Units::parseBitRate(QString(u"1 " + text.section(u' ', 1)));
    QVERIFY(divisor.has_value());
    const double lastDigit = *divisor == 1.0 ? 1.0 : *divisor * std::pow(10.0, -precision);
    QVERIFY2(std::fabs(*parsed - bps) <= 0.5 * lastDigit * (1.0 + 1e-9),
             qPrintable(QStringLiteral("%1 -> %2 -> %3").arg(bps).arg(text).arg(*parsed)));

    // Byte rates parse back too, times 8.
    const QString byteText = Units::formatByteRate(bps, UnitSystem::IEC, precision);
    const std::optional<double> bits = Units::parseBitRate(byteText, &error);
    QVERIFY2(bits.has_value(), qPrintable(byteText + u": " + error));
    const std::optional<double> byteDivisor = Units::parseBitRate(QString(u"1 " + byteText.section(u' ', 1)));
    QVERIFY(byteDivisor.has_value());
    const double byteLastDigit = *byteDivisor == 8.0 ? 8.0 : *byteDivisor * std::pow(10.0, -precision);
    QVERIFY2(std::fabs(*bits - 8.0 * bps) <= 0.5 * byteLastDigit * (1.0 + 1e-9),
             qPrintable(QStringLiteral("%1 -> %2 -> %3").arg(bps).arg(byteText).arg(*bits)));
}

void TestUnits::durationRoundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    const qint64 values[] = { 0,        1,         999,       1000,       59999,
                              60000,    90000,     3599999,   3600000,    86399999,
                              86400000, 604800000, 691384005, 2678400000, 31622400123 };
    for (const qint64 v : values)
        QTest::addRow("%lld", static_cast<long long>(v)) << v;
}

void TestUnits::durationRoundTrip()
{
    QFETCH(qint64, ms);
    const QString text = Units::formatDuration(std::chrono::milliseconds(ms));
    QString error;
    const auto parsed = Units::parseDuration(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(text + u": " + error));
    QCOMPARE(parsed->count(), ms);
}

// ---------------------------------------------------------------- scales

void TestUnits::scales_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<UnitSystem>("system");
    QTest::addColumn<double>("maxValue");
    QTest::addColumn<double>("divisor");
    QTest::addColumn<QString>("unit");

    const auto SI = UnitSystem::SI;
    const auto IEC = UnitSystem::IEC;
    const QString bit = QStringLiteral("bitrate");
    const QString rate = QStringLiteral("byterate");
    const QString size = QStringLiteral("bytes");

    QTest::newRow("bit-zero") << bit << SI << 0.0 << 1.0 << QStringLiteral("bit/s");
    QTest::newRow("bit-negative") << bit << SI << -5.0 << 1.0 << QStringLiteral("bit/s");
    QTest::newRow("bit-below-one") << bit << SI << 0.5 << 1.0 << QStringLiteral("bit/s");
    QTest::newRow("bit-999") << bit << SI << 999.0 << 1.0 << QStringLiteral("bit/s");
    QTest::newRow("bit-1000") << bit << SI << 1000.0 << 1e3 << QStringLiteral("kbit/s");
    QTest::newRow("bit-1.5M") << bit << SI << 1.5e6 << 1e6 << QStringLiteral("Mbit/s");
    QTest::newRow("bit-just-below-T") << bit << SI << 9.99e11 << 1e9 << QStringLiteral("Gbit/s");
    QTest::newRow("bit-T") << bit << SI << 1e12 << 1e12 << QStringLiteral("Tbit/s");
    QTest::newRow("bit-beyond-T") << bit << SI << 5e15 << 1e12 << QStringLiteral("Tbit/s");
    QTest::newRow("rate-SI-M") << rate << SI << 1.5e6 << 1e6 << QStringLiteral("MB/s");
    QTest::newRow("rate-IEC-M") << rate << IEC << 1.5e6 << 1048576.0 << QStringLiteral("MiB/s");
    QTest::newRow("rate-IEC-1023") << rate << IEC << 1023.0 << 1.0 << QStringLiteral("B/s");
    QTest::newRow("rate-IEC-1024") << rate << IEC << 1024.0 << 1024.0 << QStringLiteral("KiB/s");
    QTest::newRow("rate-SI-1000") << rate << SI << 1000.0 << 1000.0 << QStringLiteral("kB/s");
    QTest::newRow("rate-zero") << rate << IEC << 0.0 << 1.0 << QStringLiteral("B/s");
    QTest::newRow("bytes-SI-G") << size << SI << 1e9 << 1e9 << QStringLiteral("GB");
    QTest::newRow("bytes-IEC-T") << size << IEC << 1099511627776.0 << 1099511627776.0
                                 << QStringLiteral("TiB");
    QTest::newRow("bytes-IEC-below-T")
        << size << IEC << 1099511627775.0 << 1073741824.0 << QStringLiteral("GiB");
    QTest::newRow("bytes-SI-999") << size << SI << 999.0 << 1.0 << QStringLiteral("B");
    QTest::newRow("bytes-zero") << size << SI << 0.0 << 1.0 << QStringLiteral("B");
    QTest::newRow("bytes-beyond-T") << size << SI << 1e13 << 1e12 << QStringLiteral("TB");
}

void TestUnits::scales()
{
    QFETCH(QString, which);
    QFETCH(UnitSystem, system);
    QFETCH(double, maxValue);
    QFETCH(double, divisor);
    QFETCH(QString, unit);

    UnitScale scale;
    if (which == u"bitrate")
        scale = Units::bitRateScale(maxValue);
    else if (which == u"byterate")
        scale = Units::byteRateScale(maxValue, system);
    else
        scale = Units::byteScale(maxValue, system);
    QCOMPARE(scale.divisor, divisor);
    QCOMPARE(scale.unit, unit);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
