#pragma once

#include "core/sample.h" // Labels

#include <QString>
#include <optional>

namespace Bandwatch {

// One materialised sample of a metric family (see ExpositionParser::families).
struct MetricPoint
{
    QString name; // sample name: the family name or family name + suffix (_total, _bucket, ...)
    Labels labels;
    double value = 0.0;
    std::optional<qint64> timestampMs;
};

} // namespace Bandwatch
