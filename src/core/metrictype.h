#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>

namespace Bandwatch {

// The type a metric family declares with `# TYPE`. Prometheus text 0.0.4
// knows counter, gauge, histogram, summary and untyped; OpenMetrics adds
// gaugehistogram, info and stateset and calls untyped "unknown".
enum class MetricType { Unknown, Counter, Gauge, Histogram, GaugeHistogram, Summary, Info, StateSet };

inline QLatin1StringView metricTypeName(MetricType t)
{
    switch (t) {
    case MetricType::Counter:
        return QLatin1StringView("counter");
    case MetricType::Gauge:
        return QLatin1StringView("gauge");
    case MetricType::Histogram:
        return QLatin1StringView("histogram");
    case MetricType::GaugeHistogram:
        return QLatin1StringView("gaugehistogram");
    case MetricType::Summary:
        return QLatin1StringView("summary");
    case MetricType::Info:
        return QLatin1StringView("info");
    case MetricType::StateSet:
        return QLatin1StringView("stateset");
    case MetricType::Unknown:
        break;
    }
    return QLatin1StringView("unknown");
}

} // namespace Bandwatch
