#pragma once

#include "exporter/pushmetric.h"

#include <QString>

namespace Bandwatch {

// Turns what a client wrote into a metric name Prometheus accepts and
// `promtool check metrics` does not warn about: camelCase becomes snake_case,
// other characters become '_', counters get "_total". Names the linter would
// still object to (abbreviated or non-base units, "_count" on a gauge, ...)
// are refused with a message that says why, rather than renamed behind the
// client's back.
class PushMetricName
{
public:
    // The character-level form: lower-case [a-z0-9_], no leading digit.
    // Empty with *error when nothing usable remains or the name is reserved.
    static QString base(const QString &raw, QString *error);
    // The name a metric of `type` gets, or empty with *error.
    static QString forType(const QString &raw, PushMetric::Type type, QString *error);
};

} // namespace Bandwatch
