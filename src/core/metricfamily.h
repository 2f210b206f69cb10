#pragma once

#include "core/metricpoint.h"
#include "core/metrictype.h"

#include <QList>
#include <QString>

namespace Bandwatch {

// One materialised metric family with its metadata and samples.
struct MetricFamily
{
    QString name;
    MetricType type = MetricType::Unknown;
    QString help;
    QString unit;
    QList<MetricPoint> points;
};

} // namespace Bandwatch
