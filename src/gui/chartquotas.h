#pragma once

#include "alerts/quota.h"
#include "alerts/quotasnapshot.h"
#include "core/sample.h"
#include "gui/chartview.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Bandwatch {

// Which quotas concern what the chart shows. A quota concerns a selection
// when its selector covers every selected series (a quota on one interface
// says nothing about the sum of all of them, nor a quota on another source).
class ChartQuotas
{
    Q_DECLARE_TR_FUNCTIONS(ChartQuotas)
public:
    void set(const QList<Quota> &quotas, const QList<QuotaSnapshot> &snapshots);
    const QList<Quota> &quotas() const { return m_quotas; }

    static bool covers(const Quota &quota, const QList<SeriesKey> &selectedKeys);

    // Bandwidth and 95th-percentile quotas covering the selection.
    QList<Quota> rateQuotas(const QList<SeriesKey> &selectedKeys) const;
    // The first volume quota covering the selection.
    std::optional<Quota> volumeQuota(const QList<SeriesKey> &selectedKeys) const;
    // The cycle of the first quota covering the selection, else of the first
    // quota, else the calendar month in UTC.
    BillingCycle cycleFor(const QList<SeriesKey> &selectedKeys) const;
    std::optional<QuotaSnapshot> snapshot(const QString &quotaId) const;

    // Shaded bands between a rate quota's thresholds (80-90 % amber, 90-100 %
    // orange, above 100 % red with a line at the limit), in value-axis units
    // (bit/s divided by `divisor`); the last band reaches past `axisTop`.
    static QList<ChartView::Band> bands(const QList<Quota> &quotas, double divisor, double axisTop,
                                        bool dark);

private:
    QList<Quota> m_quotas;
    QList<QuotaSnapshot> m_snapshots;
};

} // namespace Bandwatch
