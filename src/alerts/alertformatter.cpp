#include "alerts/alertformatter.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <cmath>

namespace Bandwatch {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AlertFormatter", text, disambiguation, n);
}

QString kindText(QuotaKind kind)
{
    switch (kind) {
    case QuotaKind::Volume:
        return tr("volume");
    case QuotaKind::Bandwidth:
        return tr("bandwidth");
    case QuotaKind::Percentile95:
        return tr("95th-percentile");
    }
    return {};
}

QString directionText(QuotaDirection d)
{
    switch (d) {
    case QuotaDirection::In:
        return tr("in (received)");
    case QuotaDirection::Out:
        return tr("out (sent)");
    case QuotaDirection::Both:
        return tr("in and out");
    }
    return {};
}

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

QString AlertFormatter::percentText(double percent)
{
    const double rounded = std::round(percent * 10.0) / 10.0;
    return (std::fabs(rounded - std::round(rounded)) < 1e-9 ? number(rounded, 0) : number(rounded, 1))
        + QStringLiteral(" %");
}

QString AlertFormatter::localTime(qint64 ms, const QString &zoneId)
{
    QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString AlertFormatter::subject(const Alert &alert)
{
    if (alert.projectionWarning)
        return tr("%1: projected to exceed the %2 quota%3 (%4 of %5 used, %6 expected by the end of the "
                  "cycle)")
            .arg(alert.quotaName, kindText(alert.kind),
                 alert.exceedAtMs > 0 ? tr(" on %1").arg(localTime(alert.exceedAtMs, alert.timeZone))
                                      : QString(),
                 alert.formatValue(alert.value), alert.formatValue(alert.limit),
                 alert.formatValue(alert.projectedTotal));
    return tr("%1: %2 of the %3 quota reached (%4 of %5)")
        .arg(alert.quotaName, percentText(alert.threshold), kindText(alert.kind),
             alert.formatValue(alert.value), alert.formatValue(alert.limit));
}

QString AlertFormatter::forecastLine(const Alert &alert)
{
    if (alert.kind == QuotaKind::Percentile95 && alert.burstIntervalsLeft) {
        const int left = *alert.burstIntervalsLeft;
        if (left < 0)
            return tr("The 95th percentile of this cycle will exceed the limit whatever happens next.");
        return tr("Bursts above the limit still allowed this cycle: %1 five-minute intervals (%2).")
            .arg(left)
            .arg(Units::formatDuration(std::chrono::minutes(5LL * left)));
    }
    if (!alert.hasProjection)
        return {};
    QString line = tr("At this pace (%1/day%2): %3 by the end of the cycle (%4 of the limit).")
                       .arg(Units::formatBytes(quint64(std::max(0.0, alert.pacePerDay))),
                            alert.weekdayProfile ? tr(", shaped by the weekday profile") : QString(),
                            alert.formatValue(alert.projectedTotal),
                            percentText(alert.limit > 0 ? 100.0 * alert.projectedTotal / alert.limit : 0.0));
    if (alert.projectedToExceed && alert.exceedAtMs > 0)
        line += u' '
            + tr("Projected to exceed the quota on %1.").arg(localTime(alert.exceedAtMs, alert.timeZone));
    return line;
}

QString AlertFormatter::shortText(const Alert &alert)
{
    QString text = tr("%1 of %2 (%3) used; %4 days left in the cycle.")
                       .arg(alert.formatValue(alert.value), alert.formatValue(alert.limit),
                            percentText(alert.percent()), number(std::max(0.0, alert.daysLeft), 1));
    if (alert.kind != QuotaKind::Volume)
        text = tr("%1 against a limit of %2 (%3); %4 days left in the cycle.")
                   .arg(alert.formatValue(alert.value), alert.formatValue(alert.limit),
                        percentText(alert.percent()), number(std::max(0.0, alert.daysLeft), 1));
    if (alert.projectedToExceed)
        text += u'\n' + tr("Projected to exceed the quota before the cycle ends.");
    return text;
}

QString AlertFormatter::plainText(const Alert &alert)
{
    QStringList l;
    if (alert.projectionWarning)
        l << tr("Bandwatch quota warning: projected to exceed the limit before the cycle ends") << QString();
    else
        l << tr("Bandwatch quota alert: %1 reached").arg(percentText(alert.threshold)) << QString();
    l << tr("Quota:       %1 (%2)").arg(alert.quotaName, alert.quotaId);
    l << tr("Kind:        %1, direction %2").arg(kindText(alert.kind), directionText(alert.direction));
    l << tr("Series:      %1 (%n series)", nullptr, alert.seriesCount).arg(alert.selector);
    if (alert.projectionWarning)
        l << tr("Warning:     a projection, not a crossing: at this pace the limit is exceeded on %1, "
                "%2 expected by the end of the cycle")
                 .arg(alert.exceedAtMs > 0 ? localTime(alert.exceedAtMs, alert.timeZone)
                                           : tr("an unknown date"),
                      alert.formatValue(alert.projectedTotal));
    else
        l << tr("Threshold:   %1 of the limit").arg(percentText(alert.threshold));
    if (alert.kind == QuotaKind::Volume) {
        l << tr("Used:        %1 of %2 (%3; %4 of %5 bytes)")
                 .arg(alert.formatValue(alert.value), alert.formatValue(alert.limit),
                      percentText(alert.percent()), number(alert.value, 0), number(alert.limit, 0));
    } else {
        l << tr("Value:       %1 against a limit of %2 (%3; %4 of %5 bit/s)")
                 .arg(alert.formatValue(alert.value), alert.formatValue(alert.limit),
                      percentText(alert.percent()), number(alert.value, 0), number(alert.limit, 0));
    }
    l << tr("Cycle:       %1 to %2 (%3), %4 days left")
             .arg(localTime(alert.cycleStartMs, alert.timeZone), localTime(alert.cycleEndMs, alert.timeZone),
                  alert.timeZone, number(std::max(0.0, alert.daysLeft), 1));
    if (alert.kind == QuotaKind::Volume) {
        l << tr("Budget left: %1 (%2 per day for the rest of the cycle)")
                 .arg(Units::formatBytes(quint64(std::max(0.0, alert.limit - alert.value))),
                      Units::formatBytes(quint64(std::max(0.0, alert.dailyBudgetLeft))));
    }
    const QString forecast = forecastLine(alert);
    if (!forecast.isEmpty())
        l << QString() << tr("Projection:  %1").arg(forecast);
    for (const auto &[pct, at] : alert.forecasts) {
        if (at > 0)
            l << tr("             %1 expected on %2").arg(percentText(pct), localTime(at, alert.timeZone));
    }
    if (!alert.breakdown.isEmpty()) {
        l << QString() << tr("Per series:");
        const int shown = int(std::min<qsizetype>(alert.breakdown.size(), 20));
        for (int i = 0; i < shown; ++i) {
            const auto &[label, v] = alert.breakdown.at(i);
            QString share;
            if (alert.kind == QuotaKind::Volume && alert.value > 0)
                share = QStringLiteral("  (%1)").arg(percentText(100.0 * v / alert.value));
            l << QStringLiteral("  %1  %2%3").arg(label, -40).arg(alert.formatValue(v), share);
        }
        if (alert.breakdown.size() > shown)
            l << tr("  ... and %n more", nullptr, int(alert.breakdown.size() - shown));
    }
    l << QString() << tr("Fired at %1 (%2).").arg(localTime(alert.firedAtMs, alert.timeZone), alert.timeZone);
    l << (alert.projectionWarning
              ? tr("This warning is sent at most once per cycle; the thresholds are still "
                   "reported when they are reached.")
              : tr("Each threshold is reported once per cycle."));
    return l.join(u'\n') + u'\n';
}

} // namespace Bandwatch
