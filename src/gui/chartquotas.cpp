#include "gui/chartquotas.h"

#include <QLocale>

namespace Bandwatch {

void ChartQuotas::set(const QList<Quota> &quotas, const QList<QuotaSnapshot> &snapshots)
{
    m_quotas = quotas;
    m_snapshots = snapshots;
}

bool ChartQuotas::covers(const Quota &quota, const QList<SeriesKey> &selectedKeys)
{
    if (selectedKeys.isEmpty())
        return false;
    for (const SeriesKey &k : selectedKeys) {
        // Directions are not compared: the chart draws both, and an "out"
        // quota's bands still belong on it (its label names the direction).
        if (!quota.selector.matches(k))
            return false;
    }
    return true;
}

QList<Quota> ChartQuotas::rateQuotas(const QList<SeriesKey> &selectedKeys) const
{
    QList<Quota> out;
    for (const Quota &q : m_quotas) {
        if (q.isRate() && q.limit > 0 && covers(q, selectedKeys))
            out << q;
    }
    return out;
}

std::optional<Quota> ChartQuotas::volumeQuota(const QList<SeriesKey> &selectedKeys) const
{
    for (const Quota &q : m_quotas) {
        if (q.kind == QuotaKind::Volume && q.limit > 0 && covers(q, selectedKeys))
            return q;
    }
    return std::nullopt;
}

BillingCycle ChartQuotas::cycleFor(const QList<SeriesKey> &selectedKeys) const
{
    for (const Quota &q : m_quotas) {
        if (covers(q, selectedKeys))
            return q.cycle;
    }
    return m_quotas.isEmpty() ? BillingCycle() : m_quotas.first().cycle;
}

std::optional<QuotaSnapshot> ChartQuotas::snapshot(const QString &quotaId) const
{
    for (const QuotaSnapshot &s : m_snapshots) {
        if (s.quotaId == quotaId)
            return s;
    }
    return std::nullopt;
}

QList<ChartView::Band> ChartQuotas::bands(const QList<Quota> &quotas, double divisor, double axisTop,
                                          bool dark)
{
    // Light fills that stay readable under the traffic lines in both palettes;
    // the labels use the saturated tone.
    struct Tone
    {
        QColor fill;
        QColor text;
    };
    const Tone amber { dark ? QColor(242, 193, 78, 46) : QColor(255, 193, 7, 46),
                       dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x9a, 0x6a, 0x00) };
    const Tone orange { dark ? QColor(255, 154, 60, 56) : QColor(255, 140, 0, 56),
                        dark ? QColor(0xff, 0x9a, 0x3c) : QColor(0xb3, 0x56, 0x00) };
    const Tone red { dark ? QColor(255, 107, 107, 40) : QColor(220, 38, 38, 28),
                     dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x1c) };
    QList<ChartView::Band> out;
    if (divisor <= 0)
        return out;
    for (const Quota &q : quotas) {
        const QList<double> &t = q.thresholds;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const double percent = t.at(i);
            const Tone &tone = percent >= 100.0 ? red : percent >= 90.0 ? orange : amber;
            ChartView::Band b;
            b.from = q.limit * percent / 100.0 / divisor;
            b.to = i + 1 < t.size() ? q.limit * t.at(i + 1) / 100.0 / divisor
                                    : std::max(axisTop, b.from) * 4.0 + 1.0;
            b.fill = tone.fill;
            if (percent >= 100.0)
                b.line = tone.text;
            b.labelColor = tone.text;
            const QString pct = tr("%1 %").arg(QLocale().toString(percent, 'g', 4));
            b.label = percent >= 100.0
                ? tr("%1 · %2 (%3)")
                      .arg(pct, q.displayName(),
                           q.kind == QuotaKind::Percentile95 ? tr("95th percentile") : tr("bandwidth"))
                : pct;
            out << b;
        }
    }
    return out;
}

} // namespace Bandwatch
