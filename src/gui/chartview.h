#pragma once

#include "gui/chartunits.h"
#include "gui/rateseries.h"

#include <QChartView>
#include <QColor>
#include <QList>
#include <functional>
#include <optional>

namespace Bandwatch {

// The bandwidth chart's view: turns the wheel, drags and hovering into
// requests the chart answers (zoom, pan, crosshair), and paints what Qt
// Charts has no series for: quota bands behind the lines and the crosshair
// above them. Positions are in the chart's (= the scene's) coordinates.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    struct Band
    {
        double from = 0.0; // value axis units
        double to = 0.0;
        QColor fill;
        QColor line; // at `from`; invalid: none
        QString label; // at the right end, just above `from`
        QColor labelColor;
    };
    struct Marker
    {
        QPointF value; // x: ms, y: value axis units
        QColor color;
    };

    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    void setBackgroundColor(const QColor &color);
    void setBands(const QList<Band> &bands);
    const QList<Band> &bands() const { return m_bands; }
    // Nothing while `text` is empty.
    void setCrosshair(double xMs, const QList<Marker> &markers, const QString &text, const QColor &textColor,
                      const QColor &boxColor);
    void clearCrosshair();
    // Paints the data between the grid (the chart) and the crosshair.
    void setSeriesPainter(std::function<void(QPainter *)> paint) { m_paintSeries = std::move(paint); }
    // The crosshair at the drawn points of `in` and `out` (bit/s) nearest to
    // hoverMs, with their time and exact values; returns its text (empty: none).
    QString showNearest(std::optional<double> hoverMs, const RateSeries &in, const RateSeries &out,
                        const ChartUnits &units, double divisor);
    bool isDragging() const { return m_dragging; }

Q_SIGNALS:
    // factor < 1 zooms in; anchor is the scene position under the cursor.
    void zoomRequested(QPointF anchor, double factor);
    // Move the time range by this many pixels (positive: the plot moved right,
    // i.e. earlier times come into view).
    void panRequested(double dxPixels);
    void hovered(QPointF position);
    void hoverLeft();
    void contextMenuRequested(QPoint globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QColor m_background;
    std::function<void(QPainter *)> m_paintSeries;
    QList<Band> m_bands;
    std::optional<double> m_crosshairX;
    QList<Marker> m_markers;
    QString m_crosshairText;
    QColor m_textColor;
    QColor m_boxColor;
    bool m_dragging = false;
    QPointF m_lastDrag;
    QPointF m_hover; // scene position of the last hover
};

} // namespace Bandwatch
