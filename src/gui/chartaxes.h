#pragma once

#include <QtGlobal>

class QCategoryAxis;
class QValueAxis;

namespace Bandwatch {

// Axis helpers shared by the bandwidth and the cycle-usage chart.
class ChartAxes
{
public:
    // 0..max in steps of 1, 2, 2.5 or 5 times a power of ten, with some
    // headroom so the highest point never touches the top of the plot.
    static void setNiceRange(QValueAxis *axis, double maxValue);
    // Labels on round local times (xx:00, xx:10, midnight, Mondays...) for [fromMs, toMs].
    static void setTimeRange(QCategoryAxis *axis, qint64 fromMs, qint64 toMs);
};

} // namespace Bandwatch
