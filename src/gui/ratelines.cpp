#include "gui/ratelines.h"

#include "gui/appicon.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QPolygonF>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Bandwatch {

RateLines::RateLines(QChart *chart, QCategoryAxis *timeAxis, QValueAxis *valueAxis)
    : m_chart(chart)
    , m_timeAxis(timeAxis)
    , m_valueAxis(valueAxis)
{
    for (Layer *l : { &m_in, &m_out }) {
        l->legend = new QLineSeries;
        m_chart->addSeries(l->legend);
        l->legend->attachAxis(m_timeAxis);
        l->legend->attachAxis(m_valueAxis);
    }
}

void RateLines::draw(Direction direction, const RateSeries &rates, double divisor)
{
    RateSeries &s = layer(direction).scaled;
    s = rates;
    for (auto *list : { &s.segments, &s.lows, &s.highs }) {
        for (QList<QPointF> &segment : *list) {
            for (QPointF &p : segment)
                p.setY(p.y() / divisor);
        }
    }
}

void RateLines::setNames(const QString &in, const QString &out)
{
    m_in.legend->setName(in);
    m_out.legend->setName(out);
}

void RateLines::applyColors(bool darkPalette)
{
    for (Direction d : { Direction::In, Direction::Out }) {
        Layer &l = layer(d);
        l.line = AppIcon::directionColor(d == Direction::In, darkPalette);
        l.fill = l.line;
        l.fill.setAlphaF(d == Direction::In ? 0.22f : 0.16f);
        l.band = l.line;
        l.band.setAlphaF(d == Direction::In ? 0.30f : 0.26f);
        l.legend->setPen(QPen(l.line, 2.0));
    }
}

// Dense (decimated) data zig-zags from pixel column to pixel column: a
// polygon fill or a wide stroke of that costs the raster engine hundreds of
// milliseconds, while one rectangle per column and layer costs a few. The
// points are gathered per whole pixel column first, so columns tile exactly
// (no darker seams where translucent rectangles would overlap).
void RateLines::paintColumns(QPainter *painter, const QRectF &plot, const QPolygonF &line,
                             const QPolygonF &highs, const QPolygonF &lows, const Layer &l)
{
    struct Column
    {
        double fill = std::numeric_limits<double>::infinity(); // smallest y = highest value
        double lineTop = std::numeric_limits<double>::infinity();
        double lineBottom = -std::numeric_limits<double>::infinity();
        double bandTop = std::numeric_limits<double>::infinity();
        double bandBottom = -std::numeric_limits<double>::infinity();
        bool used = false;
    };
    const int left = int(std::floor(plot.left()));
    std::vector<Column> columns(size_t(std::ceil(plot.right())) - size_t(left) + 2);
    const auto column = [&](double x) {
        return std::clamp<qsizetype>(qsizetype(std::floor(x)) - left, 0, qsizetype(columns.size()) - 1);
    };
    for (qsizetype k = 0; k < line.size(); ++k) {
        const double x = line.at(k).x();
        const double before = k > 0 ? (line.at(k - 1).x() + x) / 2.0 : x - 0.5;
        const double after = k + 1 < line.size() ? (x + line.at(k + 1).x()) / 2.0 : x + 0.5;
        const qsizetype from = column(before + 0.5);
        const qsizetype to = std::max(from, column(after - 0.5));
        for (qsizetype c = from; c <= to; ++c) {
            Column &col = columns[size_t(c)];
            col.used = true;
            col.fill = std::min(col.fill, line.at(k).y());
            col.lineTop = std::min(col.lineTop, line.at(k).y());
            col.lineBottom = std::max(col.lineBottom, line.at(k).y());
            if (c == from && k > 0) { // the join from the previous point
                col.lineTop = std::min(col.lineTop, line.at(k - 1).y());
                col.lineBottom = std::max(col.lineBottom, line.at(k - 1).y());
            }
            if (k < highs.size() && k < lows.size()) {
                col.bandTop = std::min(col.bandTop, highs.at(k).y());
                col.bandBottom = std::max(col.bandBottom, lows.at(k).y());
            }
        }
    }
    const int bottom = int(std::ceil(plot.bottom()));
    for (size_t c = 0; c < columns.size(); ++c) {
        const Column &col = columns[c];
        if (!col.used)
            continue;
        const int x = left + int(c);
        const int fillTop = int(std::round(col.fill));
        painter->fillRect(QRect(x, fillTop, 1, bottom - fillTop), l.fill);
        if (col.bandTop <= col.bandBottom) {
            const int top = int(std::round(col.bandTop));
            painter->fillRect(QRect(x, top, 1, std::max(1, int(std::round(col.bandBottom)) - top)), l.band);
        }
        const int top = int(std::round(col.lineTop)) - 1;
        painter->fillRect(QRect(x, top, 2, int(std::round(col.lineBottom)) + 1 - top),
                          l.line); // opaque: overlap is harmless
    }
}

void RateLines::paint(QPainter *painter) const
{
    const QRectF plot = m_chart->plotArea();
    const double x0 = m_timeAxis->min();
    const double xSpan = std::max(1e-9, m_timeAxis->max() - x0);
    const double y0 = m_valueAxis->min();
    const double ySpan = std::max(1e-12, m_valueAxis->max() - y0);
    const auto map = [&](const QPointF &p) {
        return QPointF(plot.left() + (p.x() - x0) / xSpan * plot.width(),
                       plot.bottom() - (p.y() - y0) / ySpan * plot.height());
    };
    const auto polygon = [&](const QList<QPointF> &points) {
        QPolygonF out;
        out.reserve(points.size() + 2);
        for (const QPointF &p : points)
            out << map(p);
        return out;
    };
    painter->save();
    // An integer clip: a fractional one sends every fill down the raster
    // engine's path-clipping route.
    painter->setClipRect(plot.toAlignedRect());
    painter->setPen(Qt::NoPen);
    // Out first: in is usually the larger and reads best on top.
    for (Direction d : { Direction::Out, Direction::In }) {
        const Layer &l = layer(d);
        for (qsizetype i = 0; i < l.scaled.segments.size(); ++i) {
            const QPolygonF line = polygon(l.scaled.segments.at(i));
            if (line.isEmpty())
                continue;
            const bool envelope = i < l.scaled.highs.size() && i < l.scaled.lows.size();
            const double spacing =
                line.size() > 1 ? (line.last().x() - line.first().x()) / double(line.size() - 1) : 0;
            painter->setRenderHint(QPainter::Antialiasing, false);
            if (spacing > 0 && spacing < 4.0) {
                paintColumns(painter, plot, line, envelope ? polygon(l.scaled.highs.at(i)) : QPolygonF(),
                             envelope ? polygon(l.scaled.lows.at(i)) : QPolygonF(), l);
                continue;
            }
            if (envelope) {
                QPolygonF band = polygon(l.scaled.highs.at(i));
                const QPolygonF lows = polygon(l.scaled.lows.at(i));
                for (auto it = lows.crbegin(); it != lows.crend(); ++it)
                    band << *it;
                painter->setBrush(l.band);
                painter->drawPolygon(band);
            }
            QPolygonF area = line;
            area << QPointF(line.last().x(), plot.bottom()) << QPointF(line.first().x(), plot.bottom());
            painter->setBrush(l.fill);
            painter->drawPolygon(area); // edges lie under the line: no antialiasing needed
            painter->setRenderHint(QPainter::Antialiasing, true);
            QPen pen(l.line, 2.0);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            if (line.size() == 1)
                painter->drawPoint(line.first());
            else
                painter->drawPolyline(line);
            painter->setPen(Qt::NoPen);
        }
    }
    painter->restore();
}

QList<QPointF> RateLines::points(Direction direction) const
{
    return layer(direction).scaled.allPoints();
}

int RateLines::segments(Direction direction) const
{
    int n = 0;
    for (const QList<QPointF> &s : layer(direction).scaled.segments)
        n += s.isEmpty() ? 0 : 1;
    return n;
}

} // namespace Bandwatch
