#pragma once

#include <QString>
#include <optional>

namespace Bandwatch {

// One metric pushed over the API (the MetricNexus replacement).
struct PushMetric
{
    enum class Type { Gauge, Counter };

    QString name; // a valid, lint-clean metric name; counters end in _total
    Type type = Type::Gauge;
    QString description;
    double value = 0.0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    static QString typeName(Type type);
    static std::optional<Type> parseType(QStringView text);
    // A number as clients send it: "12", " 1.5e3\n", or {"value": 12}.
    // Anything else, and NaN or infinities, is nullopt: a bad number is an
    // error, never a silent 0.
    static std::optional<double> parseNumber(const QByteArray &body);
};

} // namespace Bandwatch
