#pragma once

#include "alerts/alertservice.h"
#include "core/sample.h"
#include "core/units.h"
#include "gui/chartdataprovider.h"
#include "gui/chartquotas.h"
#include "gui/chartrange.h"
#include "gui/chartselection.h"
#include "gui/chartunits.h"
#include "gui/chartview.h"
#include "gui/rateseries.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <memory>
#include <optional>

class QCategoryAxis;
class QChart;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabBar;
class QValueAxis;

namespace Bandwatch {

class ChartMenu;
class CycleUsageChart;
class HistoryStore;
class LiveTraffic;
class RateLines;

// The bandwidth chart: in and out of the selected series over a time range,
// with the quota bands that apply, and a second page with the cycle usage of
// a volume quota. Recent data comes from a LiveTraffic, the rest from the
// history store (ChartDataProvider). The rest of the GUI talks to this class
// only, never to Qt Charts. The wheel zooms around the cursor and dragging
// pans; either leaves live mode until goLive() or a new range.
class BandwidthChart : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Bandwidth, CycleUsage };

    explicit BandwidthChart(QWidget *parent = nullptr);
    ~BandwidthChart() override;

    void setTraffic(LiveTraffic *traffic);
    void setHistory(HistoryStore *store);
    // Quotas and their latest evaluation, followed as they change.
    void setAlerts(AlertService *alerts);
    void setQuotas(const QList<Quota> &quotas, const QList<QuotaSnapshot> &snapshots);
    void setSelection(const ChartSelection &selection);
    const ChartSelection &selection() const { return m_selection; }

    void setRange(std::chrono::milliseconds range); // the last `range`, live
    void setChartRange(const ChartRange &range); // also returns to live mode
    const ChartRange &chartRange() const { return m_range; }
    std::chrono::milliseconds range() const { return std::chrono::milliseconds(m_toMs - m_fromMs); }
    // Live: the range follows the clock (and new data). Zooming and panning leave it.
    bool isLive() const { return m_follow; }
    void goLive();
    void zoom(qint64 anchorMs, double factor); // factor < 1 zooms in
    void pan(qint64 deltaMs); // positive: later
    // "Now" for the chart; nullopt (the default) is the clock. For screenshots and tests.
    void setEndTime(std::optional<qint64> endMs);
    void refresh();
    // Shown instead of "waiting for data" while the selection has no data,
    // e.g. the error of a failing source. Empty: the default text.
    void setEmptyText(const QString &text);

    void setUnits(const ChartUnits &units);
    const ChartUnits &units() const { return m_units; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    QMenu *contextMenu() const;

    // What is on screen, for the window's figures and for tests.
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    ChartDataProvider::Origin dataOrigin() const { return m_origin; }
    BillingCycle cycle() const { return m_cycle; }
    const RateSeries &shown(Direction direction) const;
    QList<QPointF> plottedPoints(Direction direction) const; // x: ms, y: in valueScale() units
    int plottedSegments(Direction direction) const;
    UnitScale valueScale() const { return m_scale; }
    double valueAxisMax() const;
    QString valueAxisTitle() const;
    QStringList timeLabels() const;
    QString placeholderText() const; // empty while data is shown
    QList<ChartView::Band> quotaBands() const { return m_view->bands(); }
    QString crosshairText() const { return m_crosshairText; }
    // Where a point (x: ms, y: value-axis units) is in plotViewport() coordinates.
    QPoint viewportPosition(double xMs, double value) const;
    QWidget *plotViewport() const;
    CycleUsageChart *cycleUsage() const { return m_usage; }
    QChart *chart() const { return m_chart; }

Q_SIGNALS:
    void refreshed();
    void liveChanged(bool live);
    void unitsChanged(const Bandwatch::ChartUnits &units);
    void modeChanged(Bandwatch::BandwidthChart::Mode mode);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void retranslate();
    void updateValueAxis(double maxBps);
    void updateCrosshair();
    void setFixedSpan(qint64 fromMs, qint64 toMs);
    void onHovered(QPointF position);
    void onPan(double dxPixels);
    void onZoom(QPointF anchor, double factor);
    qint64 now() const;
    int plotWidth() const;

    QChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    CycleUsageChart *m_usage = nullptr;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    ChartMenu *m_menu = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLabel *m_placeholder = nullptr;
    std::unique_ptr<RateLines> m_lines;
    RateSeries m_shownIn;
    RateSeries m_shownOut;
    ChartDataProvider m_data;
    ChartQuotas m_quotas;
    QPointer<AlertService> m_alerts;
    ChartSelection m_selection;
    QList<SeriesKey> m_selectedKeys;
    ChartRange m_range;
    BillingCycle m_cycle;
    bool m_follow = true;
    std::optional<qint64> m_endMs;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    ChartDataProvider::Origin m_origin = ChartDataProvider::Origin::None;
    ChartUnits m_units;
    UnitScale m_scale;
    Mode m_mode = Mode::Bandwidth;
    int m_drawnWidth = 0;
    std::optional<double> m_hoverMs;
    QString m_crosshairText;
    QString m_emptyText;
    QTimer m_tick;
};

} // namespace Bandwatch
