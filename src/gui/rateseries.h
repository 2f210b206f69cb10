#pragma once

#include <QList>
#include <QPointF>

namespace Bandwatch {

// A rate over time ready to draw: x is the end of each interval in UTC
// milliseconds since the epoch, y is bit/s. Consecutive points of one segment
// are contiguous in time; a gap in the data starts a new segment, so a chart
// never draws a line across time nobody measured.
struct RateSeries
{
    QList<QList<QPointF>> segments;
    // Decimated history only: per point of `segments`, the lowest and highest
    // rate the point stands for (same x), so peaks show as an envelope.
    QList<QList<QPointF>> lows;
    QList<QList<QPointF>> highs;
    double maxValue = 0.0;

    bool isEmpty() const { return segments.isEmpty(); }
    int pointCount() const
    {
        int n = 0;
        for (const auto &s : segments)
            n += int(s.size());
        return n;
    }
    QList<QPointF> allPoints() const
    {
        QList<QPointF> out;
        for (const auto &s : segments)
            out += s;
        return out;
    }
};

} // namespace Bandwatch
