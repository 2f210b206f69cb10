#include "gui/cycleusagechart.h"

#include "gui/appicon.h"
#include "gui/chartaxes.h"
#include "gui/chartdataprovider.h"
#include "gui/chartquotas.h"
#include "storage/historystore.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Bandwatch {

CycleUsageChart::CycleUsageChart(QWidget *parent)
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
    m_valueAxis->setMinorTickCount(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    auto *upper = new QLineSeries;
    m_usedArea = new QAreaSeries(upper);
    upper->setParent(m_usedArea);
    m_usedLine = new QLineSeries;
    m_projection = new QLineSeries;
    for (QAbstractSeries *s :
         { static_cast<QAbstractSeries *>(m_usedArea), static_cast<QAbstractSeries *>(m_usedLine),
           static_cast<QAbstractSeries *>(m_projection) }) {
        m_chart->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
    }
    for (QLegendMarker *m : m_chart->legend()->markers(m_usedArea))
        m->setVisible(false);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(320, 170);
    m_placeholder = new QLabel(m_view);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyPalette();
    redraw();
}

CycleUsageChart::~CycleUsageChart() = default;

CycleUsageChart::Data CycleUsageChart::build(const ChartDataProvider &data, const ChartQuotas &quotas,
                                             const ChartSelection &selection,
                                             const QList<SeriesKey> &selectedKeys, qint64 atMs, qint64 nowMs,
                                             int widthPx)
{
    Data d;
    const std::optional<Quota> quota = quotas.volumeQuota(selectedKeys);
    if (selection.isEmpty())
        d.emptyText = tr("Select a source or series to chart it.");
    else if (!quota)
        d.emptyText = tr("No volume quota covers \"%1\". Quotas are set in the configuration file.")
                          .arg(selection.isWholeSource() ? selection.source : selection.series);
    else if (!data.store() || !data.store()->isOpen())
        d.emptyText = tr("Cycle usage needs the history database.");
    if (!quota || !d.emptyText.isEmpty())
        return d;
    d.cycle = quota->cycle.cycleContaining(QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()));
    d.quotaName = quota->displayName();
    d.limit = quota->limit;
    d.thresholds = quota->thresholds;
    QList<SeriesKey> keys;
    for (const SeriesKey &k : data.knownKeys()) {
        if (quota->selector.matches(k) && quota->covers(k.direction))
            keys << k;
    }
    const qint64 start = d.cycle.start.toMSecsSinceEpoch();
    const qint64 end = d.cycle.end.toMSecsSinceEpoch();
    d.used = data.cumulativeBytes(keys, start, std::min(end, nowMs + 1), std::max(100, widthPx));
    const double used = d.used.isEmpty() ? 0.0 : d.used.last().y();
    const QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    if (d.cycle.contains(nowUtc)) {
        // The alert service's forecast (weekday-shaped) when it has one for
        // this cycle; otherwise the plain pace so far.
        const std::optional<QuotaSnapshot> snap = quotas.snapshot(quota->id);
        std::optional<Projection> p;
        if (snap && snap->cycle == d.cycle && snap->projection && snap->projection->valid)
            p = snap->projection;
        else
            p = Projection::compute(used, quota->limit, quota->thresholds, d.cycle, nowUtc,
                                    quota->cycle.timeZone());
        if (p && p->valid)
            d.projection = { QPointF(double(nowMs), used), QPointF(double(end), p->projectedTotal) };
    }
    return d;
}

void CycleUsageChart::setData(const Data &data, const ChartUnits &units)
{
    m_data = data;
    m_units = units;
    redraw();
}

QList<double> CycleUsageChart::thresholdLines() const
{
    QList<double> out;
    for (const QLineSeries *s : m_thresholds) {
        if (s->count() > 0)
            out << s->at(0).y() * m_divisor;
    }
    return out;
}

QList<QPointF> CycleUsageChart::projectionPoints() const
{
    QList<QPointF> out = m_projection->points();
    for (QPointF &p : out)
        p.setY(p.y() * m_divisor);
    return out;
}

QList<QPointF> CycleUsageChart::usedPoints() const
{
    QList<QPointF> out = m_usedLine->points();
    for (QPointF &p : out)
        p.setY(p.y() * m_divisor);
    return out;
}

double CycleUsageChart::valueAxisMax() const
{
    return m_valueAxis->max() * m_divisor;
}

QString CycleUsageChart::valueAxisTitle() const
{
    return m_valueAxis->titleText();
}

QString CycleUsageChart::placeholderText() const
{
    return m_placeholder->isVisibleTo(this) ? m_placeholder->text() : QString();
}

void CycleUsageChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void CycleUsageChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_placeholder->setGeometry(m_view->rect().adjusted(24, 24, -24, -24));
}

void CycleUsageChart::redraw()
{
    const bool hasQuota = !m_data.quotaName.isEmpty() && m_data.cycle.isValid() && m_data.limit > 0;
    double maxBytes = hasQuota ? m_data.limit : 0.0;
    for (const QPointF &p : std::as_const(m_data.used))
        maxBytes = std::max(maxBytes, p.y());
    for (const QPointF &p : std::as_const(m_data.projection))
        maxBytes = std::max(maxBytes, p.y());
    const UnitScale scale = m_units.byteScale(maxBytes);
    m_divisor = scale.divisor;
    ChartAxes::setNiceRange(m_valueAxis, maxBytes / m_divisor);
    m_valueAxis->setTitleText(scale.unit);
    const qint64 from = hasQuota ? m_data.cycle.start.toMSecsSinceEpoch() : 0;
    const qint64 to = hasQuota ? m_data.cycle.end.toMSecsSinceEpoch() : 86'400'000;
    ChartAxes::setTimeRange(m_timeAxis, from, to);

    const auto scaled = [this](QList<QPointF> points) {
        for (QPointF &p : points)
            p.setY(p.y() / m_divisor);
        return points;
    };
    m_usedLine->replace(hasQuota ? scaled(m_data.used) : QList<QPointF>());
    m_usedArea->upperSeries()->replace(m_usedLine->points());
    m_projection->replace(hasQuota ? scaled(m_data.projection) : QList<QPointF>());
    // Short names: five legend entries share the chart's width.
    m_usedLine->setName(hasQuota ? tr("Used (%1)").arg(m_data.quotaName) : tr("Used"));
    m_projection->setName(tr("Forecast"));
    for (QLegendMarker *m : m_chart->legend()->markers(m_projection))
        m->setVisible(!m_projection->points().isEmpty());

    const QList<double> thresholds = hasQuota ? m_data.thresholds : QList<double>();
    while (m_thresholds.size() < thresholds.size()) {
        auto *line = new QLineSeries;
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        m_thresholds << line;
    }
    for (qsizetype i = 0; i < m_thresholds.size(); ++i) {
        QLineSeries *line = m_thresholds.at(i);
        const bool used = i < thresholds.size();
        const double y = used ? m_data.limit * thresholds.at(i) / 100.0 : 0.0;
        line->replace(used ? QList<QPointF> { { double(from), y / m_divisor }, { double(to), y / m_divisor } }
                           : QList<QPointF>());
        line->setName(
            used ? tr("%1 %: %2").arg(QLocale().toString(thresholds.at(i), 'g', 4), m_units.formatBytes(y, 0))
                 : QString());
        for (QLegendMarker *m : m_chart->legend()->markers(line))
            m->setVisible(used);
    }
    applyPalette();

    const QString placeholder = !hasQuota ? m_data.emptyText
        : m_data.used.size() <= 1         ? tr("No traffic stored in this cycle yet.")
                                          : QString();
    m_placeholder->setText(placeholder);
    m_placeholder->setVisible(!placeholder.isEmpty());
}

void CycleUsageChart::applyPalette()
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
    // The view, not the chart item, paints the background: the item leaves
    // a margin of the window colour around itself.
    m_chart->setBackgroundVisible(false);
    m_view->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         { static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis) }) {
        axis->setLabelsBrush(muted);
        axis->setTitleBrush(muted);
        axis->setGridLinePen(QPen(grid, 1));
        axis->setLinePen(QPen(axisLine, 1));
    }
    // Used traffic in the "in" colour family; the forecast in the same hue, dashed.
    const QColor used = AppIcon::directionColor(true, dark);
    QColor fill = used;
    fill.setAlphaF(0.18f);
    m_usedArea->setPen(Qt::NoPen);
    m_usedArea->setBrush(fill);
    m_usedLine->setPen(QPen(used, 2.0));
    QPen dashed(used, 2.0, Qt::DashLine);
    m_projection->setPen(dashed);
    // Amber, orange, red: the same order of warning as the bandwidth bands.
    const QList<QColor> warn = dark
        ? QList<QColor> { QColor(0xf2, 0xc1, 0x4e), QColor(0xff, 0x9a, 0x3c), QColor(0xff, 0x6b, 0x6b) }
        : QList<QColor> { QColor(0xc9, 0x8a, 0x00), QColor(0xe0, 0x6c, 0x00), QColor(0xd0, 0x21, 0x21) };
    for (qsizetype i = 0; i < m_thresholds.size() && i < m_data.thresholds.size(); ++i) {
        const double percent = m_data.thresholds.at(i);
        const QColor c = warn.at(percent >= 100.0 ? 2 : percent >= 90.0 ? 1 : 0);
        m_thresholds.at(i)->setPen(QPen(c, percent >= 100.0 ? 2.0 : 1.5));
    }
    m_placeholder->setStyleSheet(
        QStringLiteral("color: %1; font-size: 11pt;").arg(muted.name(QColor::HexArgb)));
}

} // namespace Bandwatch
