#pragma once

#include "core/expositionformat.h"
#include "core/metrictype.h"

#include <QByteArrayView>
#include <QString>

namespace Bandwatch {

// Metadata of the metric family a run of samples belongs to. A view: valid
// only during the visitor call that receives it.
struct ExpositionFamily
{
    QByteArrayView name;
    MetricType type = MetricType::Unknown;
    QByteArrayView rawHelp; // escaped as in the body; empty when there is no HELP
    QByteArrayView unit; // OpenMetrics only
    ExpositionFormat format = ExpositionFormat::PrometheusText;

    // HELP with its escapes resolved (\\ and \n; OpenMetrics also \").
    QString help() const;
};

} // namespace Bandwatch
