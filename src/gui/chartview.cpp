#include "gui/chartview.h"

#include "gui/appicon.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace Bandwatch {

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    // Qt Charts' own rubber band and drag modes would fight ours.
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
}

void ChartView::setBackgroundColor(const QColor &color)
{
    m_background = color;
    viewport()->update();
}

void ChartView::setBands(const QList<Band> &bands)
{
    m_bands = bands;
    viewport()->update();
}

void ChartView::setCrosshair(double xMs, const QList<Marker> &markers, const QString &text,
                             const QColor &textColor, const QColor &boxColor)
{
    m_crosshairX = xMs;
    m_markers = markers;
    m_crosshairText = text;
    m_textColor = textColor;
    m_boxColor = boxColor;
    viewport()->update();
}

void ChartView::clearCrosshair()
{
    if (!m_crosshairX)
        return;
    m_crosshairX.reset();
    m_markers.clear();
    m_crosshairText.clear();
    viewport()->update();
}

QString ChartView::showNearest(std::optional<double> hoverMs, const RateSeries &in, const RateSeries &out,
                               const ChartUnits &units, double divisor)
{
    // Exact values of drawn points, never interpolated between them.
    const auto nearest = [&hoverMs](const RateSeries &s) -> std::optional<QPointF> {
        std::optional<QPointF> best;
        for (const auto &segment : s.segments) {
            for (const QPointF &p : segment) {
                if (!best || std::abs(p.x() - *hoverMs) < std::abs(best->x() - *hoverMs))
                    best = p;
            }
        }
        return best;
    };
    const std::optional<QPointF> inPoint = hoverMs ? nearest(in) : std::nullopt;
    const std::optional<QPointF> outPoint = hoverMs ? nearest(out) : std::nullopt;
    if (!inPoint && !outPoint) {
        clearCrosshair();
        return {};
    }
    const double x = inPoint ? inPoint->x() : outPoint->x();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x)));
    QStringList lines { QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss")) };
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QList<Marker> markers;
    for (const auto &[point, inbound] : { std::pair { inPoint, true }, std::pair { outPoint, false } }) {
        if (!point)
            continue;
        const QString value = units.formatRate(point->y());
        lines << (inbound ? tr("In: %1").arg(value) : tr("Out: %1").arg(value));
        markers << Marker { QPointF(point->x(), point->y() / divisor),
                            AppIcon::directionColor(inbound, dark) };
    }
    const QString text = lines.join(u'\n');
    setCrosshair(x, markers, text, palette().color(QPalette::Text), palette().color(QPalette::Base));
    return text;
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const int steps = event->angleDelta().y();
    if (steps == 0 || !chart()->plotArea().contains(scenePos)) {
        event->ignore();
        return;
    }
    // One notch (120) zooms by 20 %; touchpads send smaller deltas.
    Q_EMIT zoomRequested(scenePos, std::pow(0.8, double(steps) / 120.0));
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton
        && chart()->plotArea().contains(mapToScene(event->position().toPoint()))) {
        m_dragging = true;
        m_lastDrag = event->position();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const double dx = event->position().x() - m_lastDrag.x();
        m_lastDrag = event->position();
        if (dx != 0.0)
            Q_EMIT panRequested(dx);
        event->accept();
        return;
    }
    m_hover = mapToScene(event->position().toPoint());
    Q_EMIT hovered(m_hover);
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    Q_EMIT hoverLeft();
    QChartView::leaveEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(event->globalPos());
    event->accept();
}

void ChartView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // The chart's own background is off so that the bands can lie behind
    // the series: this is the background.
    painter->fillRect(rect, m_background);
    if (m_bands.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setClipRect(plot.toAlignedRect()); // fractional clips are slow (see RateLines::paint)
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetricsF fm(small);
    for (const Band &b : m_bands) {
        const double yTo = chart()->mapToPosition(QPointF(0.0, b.to)).y();
        const double yFrom = chart()->mapToPosition(QPointF(0.0, b.from)).y();
        if (b.fill.isValid() && b.to != b.from)
            painter->fillRect(QRectF(QPointF(plot.left(), std::min(yTo, yFrom)),
                                     QPointF(plot.right(), std::max(yTo, yFrom))),
                              b.fill);
        if (b.line.isValid()) {
            painter->setPen(QPen(b.line, 1.5));
            painter->drawLine(QPointF(plot.left(), yFrom), QPointF(plot.right(), yFrom));
        }
        if (!b.label.isEmpty() && yFrom >= plot.top() + fm.height() && yFrom <= plot.bottom()) {
            painter->setPen(b.labelColor);
            const double w = fm.horizontalAdvance(b.label);
            painter->drawText(QPointF(plot.right() - w - 6.0, yFrom - 4.0), b.label);
        }
    }
    painter->restore();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    if (m_paintSeries)
        m_paintSeries(painter);
    if (!m_crosshairX || m_crosshairText.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    const double x = chart()->mapToPosition(QPointF(*m_crosshairX, 0.0)).x();
    if (x < plot.left() || x > plot.right())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor line = m_textColor;
    line.setAlphaF(0.45f);
    painter->setPen(QPen(line, 1.0, Qt::DashLine));
    painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    for (const Marker &m : m_markers) {
        const QPointF p = chart()->mapToPosition(m.value);
        painter->setPen(QPen(m_boxColor, 1.5));
        painter->setBrush(m.color);
        painter->drawEllipse(p, 4.0, 4.0);
    }
    const QFontMetricsF fm(font());
    const QRectF textRect =
        fm.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignLeft | Qt::AlignTop, m_crosshairText);
    QRectF box(0, 0, textRect.width() + 14.0, textRect.height() + 10.0);
    // Beside the cursor, not under it, and inside the plot.
    const double top = std::clamp(m_hover.y() + 14.0, plot.top() + 4.0,
                                  std::max(plot.top() + 4.0, plot.bottom() - box.height() - 4.0));
    box.moveTopLeft(QPointF(x + 10.0, top));
    if (box.right() > plot.right())
        box.moveRight(x - 10.0);
    QColor border = m_textColor;
    border.setAlphaF(0.3f);
    painter->setPen(QPen(border, 1.0));
    QColor fill = m_boxColor;
    fill.setAlphaF(0.92f);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 4.0, 4.0);
    painter->setPen(m_textColor);
    painter->drawText(box.adjusted(7.0, 5.0, -7.0, -5.0), Qt::AlignLeft | Qt::AlignTop, m_crosshairText);
    painter->restore();
}

} // namespace Bandwatch
