#pragma once

#include "core/sample.h"
#include "gui/rateseries.h"

#include <QColor>
#include <QList>
#include <QPointF>

class QCategoryAxis;
class QChart;
class QLineSeries;
class QPainter;
class QPolygonF;
class QRectF;
class QValueAxis;

namespace Bandwatch {

// The in and out traffic of the bandwidth chart, painted directly: per
// direction a line with a filled area under it per run of contiguous data (a
// gap stays a gap) and, for decimated history, a lighter band from each
// point's minimum to its maximum. Qt Charts' own series rebuild a stroked
// outline of every line on each update, which costs a second per redraw of
// a year; a QPainter does the same drawing in milliseconds. Two empty series
// keep the legend entries.
class RateLines
{
public:
    RateLines(QChart *chart, QCategoryAxis *timeAxis, QValueAxis *valueAxis);

    // Keeps `rates` (bit/s) divided by `divisor` for the next paint().
    void draw(Direction direction, const RateSeries &rates, double divisor);
    void setNames(const QString &in, const QString &out);
    void applyColors(bool darkPalette);
    // Into the chart's plot area (scene coordinates), clipped to it.
    void paint(QPainter *painter) const;

    QList<QPointF> points(Direction direction) const; // as drawn
    int segments(Direction direction) const; // non-empty runs

private:
    struct Layer
    {
        RateSeries scaled;
        QLineSeries *legend = nullptr;
        QColor line;
        QColor fill;
        QColor band;
    };
    static void paintColumns(QPainter *painter, const QRectF &plot, const QPolygonF &line,
                             const QPolygonF &highs, const QPolygonF &lows, const Layer &l);
    Layer &layer(Direction d) { return d == Direction::In ? m_in : m_out; }
    const Layer &layer(Direction d) const { return d == Direction::In ? m_in : m_out; }

    QChart *m_chart;
    QCategoryAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    Layer m_in;
    Layer m_out;
};

} // namespace Bandwatch
