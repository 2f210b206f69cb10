#pragma once

#include "core/sample.h"
#include "core/units.h"
#include "gui/chartselection.h"
#include "gui/rateseries.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <optional>

class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Bandwatch {

class LiveTraffic;

// The bandwidth chart: in and out of the selected series over a time range,
// in bit/s with the axis unit scaled to the data. It reads everything it
// draws from a LiveTraffic and keeps no data of its own; the rest of the GUI
// talks to this class only, never to Qt Charts, so the drawing can change
// (quota bands, zoom, decimated history) without touching its users.
class BandwidthChart : public QWidget
{
    Q_OBJECT
public:
    explicit BandwidthChart(QWidget *parent = nullptr);
    ~BandwidthChart() override;

    void setTraffic(LiveTraffic *traffic);
    void setSelection(const ChartSelection &selection);
    const ChartSelection &selection() const { return m_selection; }
    void setRange(std::chrono::milliseconds range);
    std::chrono::milliseconds range() const { return m_range; }
    // Live mode (the default, nullopt): the right edge follows the clock.
    // A fixed end is for screenshots and tests.
    void setEndTime(std::optional<qint64> endMs);
    void refresh();
    // Shown instead of "waiting for data" while the selection has no data,
    // e.g. the error of a failing source. Empty: the default text.
    void setEmptyText(const QString &text);

    // What is on screen, for the window's figures and for tests.
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    const RateSeries &shown(Direction direction) const;
    QList<QPointF> plottedPoints(Direction direction) const; // x: ms, y: in valueScale() units
    int plottedSegments(Direction direction) const;
    UnitScale valueScale() const { return m_scale; }
    double valueAxisMax() const;
    QString valueAxisTitle() const;
    QStringList timeLabels() const;
    QString placeholderText() const; // empty while data is shown
    QChart *chart() const { return m_chart; }

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Pool
    {
        QList<QAreaSeries *> areas;
        QList<QLineSeries *> lines;
    };

    void applyPalette();
    void retranslate();
    void ensureSegments(Direction direction, qsizetype count);
    void draw(Direction direction, const RateSeries &rates);
    void updateTimeAxis();
    void updateValueAxis(double maxBps);
    Pool &pool(Direction d) { return d == Direction::In ? m_in : m_out; }
    const Pool &pool(Direction d) const { return d == Direction::In ? m_in : m_out; }

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLabel *m_placeholder = nullptr;
    Pool m_in;
    Pool m_out;
    RateSeries m_shownIn;
    RateSeries m_shownOut;
    QPointer<LiveTraffic> m_traffic;
    ChartSelection m_selection;
    std::chrono::milliseconds m_range = std::chrono::hours(1);
    std::optional<qint64> m_endMs;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    UnitScale m_scale;
    int m_maxPoints = 0;
    QString m_emptyText;
    QTimer m_tick;
};

} // namespace Bandwatch
