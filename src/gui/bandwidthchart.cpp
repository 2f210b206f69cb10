#include "gui/bandwidthchart.h"

#include "alerts/alertservice.h"
#include "gui/chartaxes.h"
#include "gui/chartmenu.h"
#include "gui/cycleusagechart.h"
#include "gui/livetraffic.h"
#include "gui/ratelines.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace Bandwatch {

namespace {

using namespace std::chrono_literals;

constexpr qint64 kMinSpanMs = 60'000;
constexpr qint64 kMaxSpanMs = 10LL * 366 * 86'400'000;
// A rate quota's limit this close above the data is drawn in full.
constexpr double kNearLimit = 1.5;

const QString kUnitsKey = QStringLiteral("Chart/units");

} // namespace

BandwidthChart::BandwidthChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 6, 12, 6));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setShowToolTips(false);
    // ChartView paints the background, so that quota bands can lie under the series.
    m_chart->setBackgroundVisible(false);

    m_timeAxis = new QCategoryAxis(m_chart);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setMin(0.0);
    m_valueAxis->setMinorTickCount(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_lines = std::make_unique<RateLines>(m_chart, m_timeAxis, m_valueAxis);

    m_view = new ChartView(m_chart); // takes ownership of the chart
    m_view->setSeriesPainter([this](QPainter *painter) { m_lines->paint(painter); });
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(320, 170); // with the mode tabs, as tall as the chart alone was
    m_placeholder = new QLabel(m_view);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setWordWrap(true);
    m_usage = new CycleUsageChart;

    m_tabs = new QTabBar;
    m_tabs->setObjectName(QStringLiteral("chartModeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_usage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) { setMode(Mode(index)); });

    connect(m_view, &ChartView::zoomRequested, this, &BandwidthChart::onZoom);
    connect(m_view, &ChartView::panRequested, this, &BandwidthChart::onPan);
    connect(m_view, &ChartView::hovered, this, &BandwidthChart::onHovered);
    connect(m_view, &ChartView::hoverLeft, this, [this] {
        m_hoverMs.reset();
        updateCrosshair();
    });
    m_menu = new ChartMenu(this);
    connect(m_view, &ChartView::contextMenuRequested, this, [this](QPoint pos) {
        m_menu->liveAction()->setEnabled(!m_follow);
        m_menu->popup(pos);
    });
    connect(m_menu, &ChartMenu::unitsChosen, this, &BandwidthChart::setUnits);
    connect(m_menu->liveAction(), &QAction::triggered, this, &BandwidthChart::goLive);

    m_tick.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, &BandwidthChart::refresh);

    const QVariantMap units = QSettings().value(kUnitsKey).toMap();
    m_units.bytes = units.value(QStringLiteral("bytes")).toBool();
    m_units.system = units.value(QStringLiteral("iec")).toBool() ? UnitSystem::IEC : UnitSystem::SI;
    m_menu->setUnits(m_units);
    applyPalette();
    retranslate();
    setRange(1h);
}

BandwidthChart::~BandwidthChart() = default;

void BandwidthChart::setTraffic(LiveTraffic *traffic)
{
    if (LiveTraffic *old = m_data.traffic())
        disconnect(old, nullptr, this, nullptr);
    m_data.setTraffic(traffic);
    if (traffic) {
        connect(traffic, &LiveTraffic::updated, this, [this] {
            // History ranges are redrawn by the timer: re-reading the store at
            // every poll would gain nothing the rollups have not got yet.
            if (m_origin != ChartDataProvider::Origin::History)
                refresh();
        });
    }
    refresh();
}

void BandwidthChart::setHistory(HistoryStore *store)
{
    m_data.setStore(store);
    refresh();
}

void BandwidthChart::setAlerts(AlertService *alerts)
{
    if (m_alerts)
        disconnect(m_alerts, nullptr, this, nullptr);
    m_alerts = alerts;
    const auto update = [this] {
        if (m_alerts)
            setQuotas(m_alerts->config().quotas, m_alerts->snapshots());
    };
    if (m_alerts)
        connect(m_alerts, &AlertService::snapshotsChanged, this, update);
    update();
}

void BandwidthChart::setQuotas(const QList<Quota> &quotas, const QList<QuotaSnapshot> &snapshots)
{
    m_quotas.set(quotas, snapshots);
    refresh();
}

void BandwidthChart::setSelection(const ChartSelection &selection)
{
    m_selection = selection;
    refresh();
}

void BandwidthChart::setRange(std::chrono::milliseconds range)
{
    setChartRange(ChartRange::last(range));
}

void BandwidthChart::setChartRange(const ChartRange &range)
{
    m_range = range;
    const bool wasLive = m_follow;
    m_follow = true;
    refresh();
    if (!wasLive)
        Q_EMIT liveChanged(true);
}

void BandwidthChart::goLive()
{
    setChartRange(m_range);
}

void BandwidthChart::setFixedSpan(qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::clamp(toMs - fromMs, kMinSpanMs, kMaxSpanMs);
    const qint64 mid = fromMs + (toMs - fromMs) / 2;
    m_fromMs = toMs - fromMs == span ? fromMs : mid - span / 2;
    m_toMs = m_fromMs + span;
    const bool wasLive = m_follow;
    m_follow = false;
    refresh();
    if (wasLive)
        Q_EMIT liveChanged(false);
}

void BandwidthChart::zoom(qint64 anchorMs, double factor)
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return;
    const double from = double(anchorMs) - double(anchorMs - m_fromMs) * factor;
    const double to = double(anchorMs) + double(m_toMs - anchorMs) * factor;
    if (qint64(to - from) < kMinSpanMs || qint64(to - from) > kMaxSpanMs)
        return; // at the limit: the anchor would drift if the span were clamped
    setFixedSpan(qint64(std::llround(from)), qint64(std::llround(to)));
}

void BandwidthChart::pan(qint64 deltaMs)
{
    setFixedSpan(m_fromMs + deltaMs, m_toMs + deltaMs);
}

void BandwidthChart::onZoom(QPointF anchor, double factor)
{
    zoom(qint64(std::llround(m_chart->mapToValue(anchor).x())), factor);
}

void BandwidthChart::onPan(double dxPixels)
{
    const double width = std::max(1.0, m_chart->plotArea().width());
    pan(-qint64(std::llround(dxPixels * double(m_toMs - m_fromMs) / width)));
}

void BandwidthChart::setEndTime(std::optional<qint64> endMs)
{
    m_endMs = endMs;
    refresh();
}

qint64 BandwidthChart::now() const
{
    return m_endMs.value_or(QDateTime::currentMSecsSinceEpoch());
}

int BandwidthChart::plotWidth() const
{
    // Before the first layout the plot area is empty; the widget is close enough.
    const int plot = int(m_chart->plotArea().width());
    return plot > 50 ? plot : std::max(100, width());
}

void BandwidthChart::refresh()
{
    const qint64 nowMs = now();
    m_selectedKeys.clear();
    if (!m_selection.isEmpty()) {
        for (const SeriesKey &k : m_data.knownKeys()) {
            if (m_selection.matches(k))
                m_selectedKeys << k;
        }
    }
    m_cycle = m_quotas.cycleFor(m_selectedKeys);
    if (m_follow)
        std::tie(m_fromMs, m_toMs) = m_range.resolve(nowMs, m_cycle);
    // Follow the clock about one pixel's worth of time at a time, without busy redraws.
    const auto interval = std::clamp<std::chrono::milliseconds>(range() / 600, 1s, 60s);
    if (m_follow && m_range.followsClock() && !m_endMs)
        m_tick.start(interval);
    else
        m_tick.stop();

    m_drawnWidth = width();
    const int px = plotWidth();
    m_origin = m_data.originFor(m_fromMs, nowMs);
    m_shownIn = m_data.rates(m_selection, m_selectedKeys, Direction::In, m_fromMs, m_toMs, px, nowMs);
    m_shownOut = m_data.rates(m_selection, m_selectedKeys, Direction::Out, m_fromMs, m_toMs, px, nowMs);
    const double maxBps = std::max(m_shownIn.maxValue, m_shownOut.maxValue);
    const QList<Quota> rateQuotas = m_quotas.rateQuotas(m_selectedKeys);
    double axisBps = maxBps;
    for (const Quota &q : rateQuotas) {
        if (q.limit <= maxBps * kNearLimit || maxBps <= 0.0)
            axisBps = std::max(axisBps, q.limit);
    }
    updateValueAxis(axisBps);
    m_lines->draw(Direction::In, m_shownIn, m_scale.divisor);
    m_lines->draw(Direction::Out, m_shownOut, m_scale.divisor);
    ChartAxes::setTimeRange(m_timeAxis, m_fromMs, m_toMs);
    m_view->setBands(ChartQuotas::bands(rateQuotas, m_scale.divisor, m_valueAxis->max(),
                                        palette().color(QPalette::Base).lightness() < 128));

    QString placeholder;
    if (m_selection.isEmpty())
        placeholder = tr("Select a source or series to chart it.");
    else if (m_shownIn.isEmpty() && m_shownOut.isEmpty() && m_origin == ChartDataProvider::Origin::History)
        placeholder = tr("No stored data for \"%1\" in this range.").arg(m_selection.source);
    else if (m_shownIn.isEmpty() && m_shownOut.isEmpty())
        placeholder =
            m_emptyText.isEmpty() ? tr("Waiting for data from \"%1\"…").arg(m_selection.source) : m_emptyText;
    m_placeholder->setText(placeholder);
    m_placeholder->setVisible(!placeholder.isEmpty());
    updateCrosshair();
    if (m_mode == Mode::CycleUsage)
        m_usage->setData(CycleUsageChart::build(m_data, m_quotas, m_selection, m_selectedKeys,
                                                std::min(m_toMs - 1, nowMs), nowMs, m_usage->width()),
                         m_units);
    Q_EMIT refreshed();
}

void BandwidthChart::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    refresh();
}

void BandwidthChart::setUnits(const ChartUnits &units)
{
    m_menu->setUnits(units);
    if (units == m_units)
        return;
    m_units = units;
    QSettings().setValue(kUnitsKey,
                         QVariantMap { { QStringLiteral("bytes"), units.bytes },
                                       { QStringLiteral("iec"), units.system == UnitSystem::IEC } });
    refresh();
    Q_EMIT unitsChanged(m_units);
}

void BandwidthChart::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(int(mode));
    m_pages->setCurrentIndex(int(mode));
    if (mode == m_mode)
        return;
    m_mode = mode;
    refresh();
    Q_EMIT modeChanged(mode);
}

const RateSeries &BandwidthChart::shown(Direction direction) const
{
    return direction == Direction::In ? m_shownIn : m_shownOut;
}

QList<QPointF> BandwidthChart::plottedPoints(Direction direction) const
{
    return m_lines->points(direction);
}

int BandwidthChart::plottedSegments(Direction direction) const
{
    return m_lines->segments(direction);
}

double BandwidthChart::valueAxisMax() const
{
    return m_valueAxis->max();
}

QString BandwidthChart::valueAxisTitle() const
{
    return m_valueAxis->titleText();
}

QStringList BandwidthChart::timeLabels() const
{
    return m_timeAxis->categoriesLabels();
}

QString BandwidthChart::placeholderText() const
{
    return m_placeholder->isVisibleTo(this) ? m_placeholder->text() : QString();
}

QPoint BandwidthChart::viewportPosition(double xMs, double value) const
{
    // New axis labels change the plot area only at the next layout pass;
    // positions must come from the geometry that will be painted.
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    return m_view->mapFromScene(m_chart->mapToPosition(QPointF(xMs, value)));
}

QMenu *BandwidthChart::contextMenu() const
{
    return m_menu;
}

QWidget *BandwidthChart::plotViewport() const
{
    return m_view->viewport();
}

void BandwidthChart::onHovered(QPointF position)
{
    if (m_chart->plotArea().contains(position))
        m_hoverMs = m_chart->mapToValue(position).x();
    else
        m_hoverMs.reset();
    updateCrosshair();
}

void BandwidthChart::updateCrosshair()
{
    m_crosshairText = m_view->showNearest(m_hoverMs, m_shownIn, m_shownOut, m_units, m_scale.divisor);
}

void BandwidthChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyPalette();
        refresh(); // the bands' colours
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BandwidthChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_placeholder->setGeometry(m_view->rect().adjusted(24, 24, -24, -24));
    if (width() != m_drawnWidth)
        refresh(); // the resolution follows the width
}

void BandwidthChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(dark ? 0.16f : 0.11f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.35f);
    QColor muted = text;
    muted.setAlphaF(0.72f);

    m_view->setBackgroundColor(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         { static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis) }) {
        axis->setLabelsBrush(muted);
        axis->setTitleBrush(muted);
        axis->setGridLinePen(QPen(grid, 1));
        axis->setLinePen(QPen(axisLine, 1));
        axis->setShadesVisible(false);
    }
    QFont titleFont = font();
    titleFont.setBold(true);
    m_valueAxis->setTitleFont(titleFont);
    m_lines->applyColors(dark);
    m_placeholder->setStyleSheet(
        QStringLiteral("color: %1; font-size: 11pt;").arg(muted.name(QColor::HexArgb)));
}

void BandwidthChart::retranslate()
{
    m_lines->setNames(tr("In (received)"), tr("Out (sent)"));
    m_tabs->setTabText(int(Mode::Bandwidth), tr("Bandwidth"));
    m_tabs->setTabText(int(Mode::CycleUsage), tr("Cycle usage"));
    refresh();
}

void BandwidthChart::updateValueAxis(double maxBps)
{
    m_scale = m_units.rateScale(maxBps);
    ChartAxes::setNiceRange(m_valueAxis, maxBps / m_scale.divisor);
    m_valueAxis->setTitleText(m_scale.unit);
}

} // namespace Bandwatch
