#pragma once

namespace Bandwatch {

// The two text exposition formats a /metrics endpoint may serve.
enum class ExpositionFormat {
    Unknown, // not decided: detect from Content-Type, then sniff the body
    PrometheusText, // text/plain; version=0.0.4
    OpenMetrics // application/openmetrics-text; version=1.0.0
};

} // namespace Bandwatch
