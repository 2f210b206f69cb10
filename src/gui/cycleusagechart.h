#pragma once

#include "core/billingcycle.h"
#include "core/sample.h"
#include "gui/chartselection.h"
#include "gui/chartunits.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Bandwatch {

class ChartDataProvider;
class ChartQuotas;

// The "Cycle usage" page: bytes used since the start of a volume quota's
// billing cycle, the quota's thresholds as horizontal lines and the forecast
// to the end of the cycle as a dashed line. It only draws what it is given.
class CycleUsageChart : public QWidget
{
    Q_OBJECT
public:
    struct Data
    {
        QString quotaName; // empty: no volume quota; emptyText says why
        CycleInterval cycle;
        QList<QPointF> used; // x: ms, y: bytes since cycle start
        double limit = 0.0; // bytes
        QList<double> thresholds; // percent of the limit
        QList<QPointF> projection; // (now, used) -> (cycle end, projected total); empty: none
        QString emptyText;
    };

    explicit CycleUsageChart(QWidget *parent = nullptr);
    ~CycleUsageChart() override;

    // The usage of the first volume quota covering the selection, in the
    // cycle holding atMs, with its forecast while that cycle runs.
    static Data build(const ChartDataProvider &data, const ChartQuotas &quotas,
                      const ChartSelection &selection, const QList<SeriesKey> &selectedKeys, qint64 atMs,
                      qint64 nowMs, int widthPx);

    void setData(const Data &data, const ChartUnits &units);
    const Data &data() const { return m_data; }

    // What is drawn, in bytes (tests and the screenshot check read these).
    QList<double> thresholdLines() const;
    QList<QPointF> projectionPoints() const;
    QList<QPointF> usedPoints() const;
    double valueAxisMax() const; // bytes
    QString valueAxisTitle() const;
    QString placeholderText() const;
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void redraw();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QAreaSeries *m_usedArea = nullptr;
    QLineSeries *m_usedLine = nullptr;
    QLineSeries *m_projection = nullptr;
    QList<QLineSeries *> m_thresholds;
    QLabel *m_placeholder = nullptr;
    Data m_data;
    ChartUnits m_units;
    double m_divisor = 1.0;
};

} // namespace Bandwatch
