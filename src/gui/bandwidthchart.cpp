#include "gui/bandwidthchart.h"

#include "gui/appicon.h"
#include "gui/livetraffic.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <array>
#include <cmath>

namespace Bandwatch {

namespace {

using namespace std::chrono_literals;

// A round step for the time axis that gives at most this many labels.
constexpr int kMaxTimeLabels = 8;
constexpr std::array<std::chrono::milliseconds, 15> kTimeSteps { 1min,  2min, 5min, 10min, 15min,
                                                                 30min, 1h,   2h,   3h,    6h,
                                                                 12h,   24h,  48h,  168h,  336h };

struct NiceAxis
{
    double max = 1.0;
    int ticks = 6;
    int decimals = 1;
};

// 0..max in steps of 1, 2, 2.5 or 5 times a power of ten, with some headroom
// so the highest point never touches the top of the plot.
NiceAxis niceAxis(double maxValue)
{
    if (!(maxValue > 0.0) || !std::isfinite(maxValue))
        return {};
    const double target = maxValue * 1.08 / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    const double norm = target / magnitude;
    const double step = (norm <= 1.0       ? 1.0
                             : norm <= 2.0 ? 2.0
                             : norm <= 2.5 ? 2.5
                             : norm <= 5.0 ? 5.0
                                           : 10.0)
        * magnitude;
    NiceAxis axis;
    const double steps = std::ceil(maxValue * 1.08 / step - 1e-9);
    axis.max = steps * step;
    axis.ticks = int(steps) + 1;
    axis.decimals = 0;
    while (axis.decimals < 4) {
        const double scaled = step * std::pow(10.0, axis.decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++axis.decimals;
    }
    return axis;
}

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

    m_timeAxis = new QCategoryAxis(m_chart);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setMin(0.0);
    m_valueAxis->setMinorTickCount(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    // The first segment of each direction stays in the chart even when empty:
    // it carries the legend entry.
    ensureSegments(Direction::In, 1);
    ensureSegments(Direction::Out, 1);

    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(320, 200);

    m_placeholder = new QLabel(m_view);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_tick.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, &BandwidthChart::refresh);

    applyPalette();
    retranslate();
    setRange(m_range);
}

BandwidthChart::~BandwidthChart() = default;

void BandwidthChart::setTraffic(LiveTraffic *traffic)
{
    if (m_traffic)
        disconnect(m_traffic, nullptr, this, nullptr);
    m_traffic = traffic;
    if (m_traffic)
        connect(m_traffic, &LiveTraffic::updated, this, &BandwidthChart::refresh);
    refresh();
}

void BandwidthChart::setSelection(const ChartSelection &selection)
{
    m_selection = selection;
    refresh();
}

void BandwidthChart::setRange(std::chrono::milliseconds range)
{
    m_range = std::max<std::chrono::milliseconds>(range, 1min);
    // Scroll about one pixel's worth of time at a time, without busy redraws.
    const auto interval = std::clamp<std::chrono::milliseconds>(m_range / 600, 1s, 60s);
    m_tick.setInterval(interval);
    if (!m_endMs)
        m_tick.start();
    refresh();
}

void BandwidthChart::setEndTime(std::optional<qint64> endMs)
{
    m_endMs = endMs;
    if (m_endMs)
        m_tick.stop();
    else
        m_tick.start();
    refresh();
}

void BandwidthChart::refresh()
{
    m_toMs = m_endMs.value_or(QDateTime::currentMSecsSinceEpoch());
    m_fromMs = m_toMs - m_range.count();
    if (m_traffic && !m_selection.isEmpty()) {
        // About two points per pixel of plot is all a line can show.
        m_maxPoints = std::max(600, 2 * width());
        const int maxPoints = m_maxPoints;
        m_shownIn = m_traffic->rates(m_selection, Direction::In, m_fromMs, m_toMs, maxPoints);
        m_shownOut = m_traffic->rates(m_selection, Direction::Out, m_fromMs, m_toMs, maxPoints);
    } else {
        m_shownIn = {};
        m_shownOut = {};
    }
    updateValueAxis(std::max(m_shownIn.maxValue, m_shownOut.maxValue));
    draw(Direction::In, m_shownIn);
    draw(Direction::Out, m_shownOut);
    updateTimeAxis();

    QString placeholder;
    if (m_selection.isEmpty())
        placeholder = tr("Select a source or series to chart it.");
    else if (m_shownIn.isEmpty() && m_shownOut.isEmpty())
        placeholder =
            m_emptyText.isEmpty() ? tr("Waiting for data from \"%1\"…").arg(m_selection.source) : m_emptyText;
    m_placeholder->setText(placeholder);
    m_placeholder->setVisible(!placeholder.isEmpty());
    Q_EMIT refreshed();
}

void BandwidthChart::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    refresh();
}

const RateSeries &BandwidthChart::shown(Direction direction) const
{
    return direction == Direction::In ? m_shownIn : m_shownOut;
}

QList<QPointF> BandwidthChart::plottedPoints(Direction direction) const
{
    QList<QPointF> out;
    for (QLineSeries *line : pool(direction).lines)
        out += line->points();
    return out;
}

int BandwidthChart::plottedSegments(Direction direction) const
{
    int n = 0;
    for (QLineSeries *line : pool(direction).lines)
        n += line->count() > 0 ? 1 : 0;
    return n;
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

void BandwidthChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BandwidthChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_placeholder->setGeometry(m_view->rect().adjusted(24, 24, -24, -24));
    if (std::max(600, 2 * width()) != m_maxPoints)
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

    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
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

    for (Direction d : { Direction::In, Direction::Out }) {
        const QColor c = AppIcon::directionColor(d == Direction::In, dark);
        QColor fill = c;
        fill.setAlphaF(d == Direction::In ? 0.22f : 0.16f);
        for (QAreaSeries *area : pool(d).areas) {
            area->setPen(Qt::NoPen);
            area->setBrush(fill);
        }
        for (QLineSeries *line : pool(d).lines) {
            QPen pen(c, 2.0);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            line->setPen(pen);
        }
    }
    m_placeholder->setStyleSheet(
        QStringLiteral("color: %1; font-size: 11pt;").arg(muted.name(QColor::HexArgb)));
}

void BandwidthChart::retranslate()
{
    m_in.lines.first()->setName(tr("In (received)"));
    m_out.lines.first()->setName(tr("Out (sent)"));
    refresh();
}

void BandwidthChart::ensureSegments(Direction direction, qsizetype count)
{
    Pool &p = pool(direction);
    const bool grows = p.lines.size() < count;
    while (p.lines.size() < count) {
        auto *upper = new QLineSeries;
        auto *area = new QAreaSeries(upper);
        upper->setParent(area);
        auto *line = new QLineSeries;
        m_chart->addSeries(area);
        m_chart->addSeries(line);
        for (QAbstractSeries *s :
             { static_cast<QAbstractSeries *>(area), static_cast<QAbstractSeries *>(line) }) {
            s->attachAxis(m_timeAxis);
            s->attachAxis(m_valueAxis);
        }
        for (QLegendMarker *m : m_chart->legend()->markers(area))
            m->setVisible(false);
        if (!p.lines.isEmpty()) {
            for (QLegendMarker *m : m_chart->legend()->markers(line))
                m->setVisible(false);
        }
        p.areas << area;
        p.lines << line;
    }
    if (grows && m_view) // later segments need the current colours too
        applyPalette();
}

void BandwidthChart::draw(Direction direction, const RateSeries &rates)
{
    ensureSegments(direction, std::max<qsizetype>(1, rates.segments.size()));
    Pool &p = pool(direction);
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        QList<QPointF> points;
        if (i < rates.segments.size()) {
            points = rates.segments.at(i);
            for (QPointF &pt : points)
                pt.setY(pt.y() / m_scale.divisor);
        }
        p.areas.at(i)->upperSeries()->replace(points);
        p.lines.at(i)->replace(points);
    }
}

void BandwidthChart::updateValueAxis(double maxBps)
{
    m_scale = Units::bitRateScale(maxBps);
    const NiceAxis axis = niceAxis(maxBps / m_scale.divisor);
    m_valueAxis->setRange(0.0, axis.max);
    m_valueAxis->setTickCount(axis.ticks);
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(axis.decimals));
    m_valueAxis->setTitleText(m_scale.unit);
}

void BandwidthChart::updateTimeAxis()
{
    std::chrono::milliseconds step = kTimeSteps.back();
    for (auto s : kTimeSteps) {
        if (m_range / s <= kMaxTimeLabels) {
            step = s;
            break;
        }
    }
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(double(m_fromMs));
    m_timeAxis->setRange(double(m_fromMs), double(m_toMs));

    // Ticks fall on round local times (xx:00, xx:10, ...), not on whatever
    // second the range happens to start.
    const QDateTime fromLocal = QDateTime::fromMSecsSinceEpoch(m_fromMs);
    const qint64 offsetMs = qint64(fromLocal.offsetFromUtc()) * 1000;
    const qint64 stepMs = step.count();
    const QLocale locale;
    qint64 tick = ((m_fromMs + offsetMs) / stepMs + 1) * stepMs - offsetMs;
    for (; tick <= m_toMs; tick += stepMs) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(tick);
        QString label;
        if (step >= 24h)
            label = locale.toString(t.date(), QStringLiteral("MMM d"));
        else if (t.time() == QTime(0, 0) && m_range > 6h)
            label = locale.toString(t.date(), QStringLiteral("ddd d"));
        else
            label = locale.toString(t.time(), QStringLiteral("HH:mm"));
        m_timeAxis->append(label, double(tick));
    }
}

} // namespace Bandwatch
